""" anyplot.ai
donut-basic: Basic Donut Chart
Library: matplotlib 3.6.3 | Python 3.11
Quality: 89/100 | Created: 2026-11-21
"""

import os

import matplotlib.pyplot as plt


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
    }
)

# Data: where a small non-profit's annual budget goes (thousand EUR)
areas = ["Programmes", "Staff", "Fundraising", "Premises", "Administration"]
budget = [412, 236, 88, 64, 50]
total = sum(budget)

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
wedges, _ = ax.pie(
    budget,
    colors=OKABE_ITO[: len(budget)],
    startangle=90,
    counterclock=False,
    wedgeprops={"width": 0.38, "edgecolor": PAGE_BG, "linewidth": 4},
)
ax.text(0, 0.08, f"€{total}k", ha="center", va="center", fontsize=40, fontweight="bold", color=INK)
ax.text(0, -0.14, "annual budget", ha="center", va="center", fontsize=18, color=INK_MUTED)

ax.legend(
    wedges,
    [f"{area}  ·  €{value}k  ({value / total:.0%})" for area, value in zip(areas, budget)],
    loc="center left",
    bbox_to_anchor=(1.02, 0.5),
    frameon=False,
    fontsize=18,
    handlelength=1.2,
    handleheight=1.2,
    labelspacing=1.0,
)

# Style
ax.set_title("donut-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_aspect("equal")

plt.savefig(f"plot-{THEME}.png", dpi=300)
