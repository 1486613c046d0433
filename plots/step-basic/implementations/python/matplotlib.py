""" anyplot.ai
step-basic: Basic Step Plot
Library: matplotlib 3.6.3 | Python 3.11
Quality: 93/100 | Created: 2026-11-21
"""

import os

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np


# Theme tokens
THEME = os.getenv("ANYPLOT_THEME", "light")
PAGE_BG = "#FAF8F1" if THEME == "light" else "#1A1A17"
INK = "#1A1A17" if THEME == "light" else "#F0EFE8"
INK_MUTED = "#5C5B55" if THEME == "light" else "#B8B7B0"
OKABE_ITO = ["#009E73", "#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]

plt.rcParams.update(
    {
        "figure.facecolor": PAGE_BG,
        "axes.facecolor": PAGE_BG,
        "savefig.facecolor": PAGE_BG,
        "text.color": INK,
        "axes.labelcolor": INK,
        "axes.edgecolor": INK_MUTED,
        "xtick.color": INK_MUTED,
        "ytick.color": INK_MUTED,
        "xtick.labelsize": 16,
        "ytick.labelsize": 16,
    }
)

# Data: policy interest rate of a fictional central bank; each row is a rate decision
decisions = np.array(
    [
        "2020-01-15",
        "2020-03-18",
        "2021-06-16",
        "2022-03-16",
        "2022-05-04",
        "2022-06-15",
        "2022-07-27",
        "2022-09-21",
        "2022-11-02",
        "2022-12-14",
        "2023-02-01",
        "2023-03-22",
        "2023-05-03",
        "2023-07-26",
        "2024-09-18",
        "2024-11-07",
        "2024-12-18",
        "2025-03-19",
        "2025-06-18",
        "2025-10-29",
    ],
    dtype="datetime64[D]",
)
rate = np.array(
    [1.50, 0.25, 0.25, 0.50, 1.00, 1.75, 2.50, 3.25, 4.00, 4.50,
     4.75, 5.00, 5.25, 5.50, 5.00, 4.75, 4.50, 4.25, 4.00, 3.75]
)  # fmt: skip
# Carry the last decision forward to the end of the observation window
dates = np.append(decisions, np.datetime64("2026-01-01"))
rate = np.append(rate, rate[-1])

peak = int(np.argmax(rate))
held_months = (dates[peak + 1] - dates[peak]).astype(int) / 30.44

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.step(dates, rate, where="post", color=OKABE_ITO[0], linewidth=3.5, zorder=3)
ax.scatter(decisions, rate[:-1], s=70, color=OKABE_ITO[0], edgecolors=PAGE_BG, linewidths=1.5, zorder=4)
ax.annotate(
    f"Peak {rate[peak]:.2f}% held for {held_months:.0f} months",
    xy=(dates[peak] + (dates[peak + 1] - dates[peak]) // 2, rate[peak]),
    xytext=(0, 14),
    textcoords="offset points",
    ha="center",
    fontsize=16,
    color=INK,
)

# Style
ax.set_title("step-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Decision Date", fontsize=20)
ax.set_ylabel("Policy Rate (%)", fontsize=20)
ax.set_ylim(0, 6.5)
ax.xaxis.set_major_locator(mdates.YearLocator())
ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=[4, 7, 10]))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0, which="both")

plt.savefig(f"plot-{THEME}.png", dpi=300)
