""" anyplot.ai
pie-basic: Basic Pie Chart
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

# Data: annual electricity use of a four-person household by end use (kWh)
uses = ["Heating & hot water", "Kitchen appliances", "Laundry & drying", "Lighting", "Electronics", "Other"]
kwh = [1480, 820, 610, 340, 530, 220]

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
wedges, labels, percents = ax.pie(
    kwh,
    labels=[f"{use}\n{value:,} kWh" for use, value in zip(uses, kwh)],
    colors=OKABE_ITO[: len(kwh)],
    autopct="%1.0f%%",
    pctdistance=0.72,
    labeldistance=1.12,
    startangle=90,
    counterclock=False,
    explode=[0.04, 0, 0, 0, 0, 0],
    wedgeprops={"edgecolor": PAGE_BG, "linewidth": 3},
    textprops={"fontsize": 18, "color": INK},
)
for text, color in zip(percents, OKABE_ITO):
    text.set_fontsize(20)
    text.set_fontweight("bold")
    text.set_color("#1A1A17" if color in ("#E69F00", "#56B4E9", "#F0E442") else "#FFFFFF")

# Style
ax.set_title("pie-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_aspect("equal")

plt.savefig(f"plot-{THEME}.png", dpi=300)
