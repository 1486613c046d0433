#!/usr/bin/env bash
# Installs everything Plotbench needs to build, run and test, from the distribution's own archive.
# Debian 12 (bookworm) is the baseline; Debian 13+ and Ubuntu 24.04+ also get KF6 syntax-highlighting.
# Usage: packaging/install-deps.sh [--runtime-only]
set -euo pipefail

runtime_only=false
[[ "${1:-}" == "--runtime-only" ]] && runtime_only=true

if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
else
    SUDO=
fi

# Skip the slow apt round-trip when every package is already there (CI reruns, developer rebuilds).
have_all() {
    dpkg-query -W -f='${Status}\n' "$@" 2>/dev/null | grep -vc '^install ok installed$' | grep -qx 0
}

build_packages=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
    libgl-dev libquazip1-qt6-dev libyaml-dev libpq-dev qtkeychain-qt6-dev libsimdjson-dev
    libxxhash-dev  # the push memory's row digests
    qt6-websockets-dev  # Qt6HttpServer's CMake config requires Qt6WebSockets (fake GitHub in tests)
    zlib1g-dev
)
runtime_packages=(
    libqt6widgets6 libqt6charts6 libqt6svg6 libqt6network6 libqt6concurrent6
    qt6-qpa-plugins fonts-dejavu-core libxxhash0
    bubblewrap  # the sandbox of "Run locally" (without it, a Python audit hook alone confines scripts)
)
# Test servers and peers: PostgreSQL for the database tests, matplotlib/seaborn for running catalog
# scripts, the xlsx/ods producers of the import tests, the reference readers of the benchmarks,
# clang's sanitizer runtimes for fuzzing.
test_packages=(
    xvfb xauth postgresql python3-matplotlib python3-seaborn
    desktop-file-utils appstream imagemagick
    python3-pandas python3-openpyxl python3-xlsxwriter python3-odf libreoffice-calc-nogui r-cran-data.table
    clang libclang-rt-14-dev
)

# KSyntaxHighlighting for Qt 6 exists from Debian 13 / Ubuntu 24.04 on; bookworm uses our fallback.
optional_packages=()
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
    optional_packages+=(libkf6syntaxhighlighting-dev)
fi

if $runtime_only; then
    packages=("${runtime_packages[@]}")
else
    packages=("${build_packages[@]}" "${runtime_packages[@]}" "${test_packages[@]}" "${optional_packages[@]}")
fi

if have_all "${packages[@]}"; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
