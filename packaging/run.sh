#!/usr/bin/env bash
# The run command: installs the dependencies, configures and builds the default preset, then starts
# Plotbench with the given arguments (none: the GUI; see `plotbench --help` for the commands).
# Usage: packaging/run.sh [plotbench arguments…]
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
export DEBIAN_FRONTEND=noninteractive

jobs=$(nproc 2>/dev/null || echo 2)

# Progress goes to stderr so that `plotbench … --json` output on stdout stays machine-readable.
{
    ./packaging/install-deps.sh </dev/null
    cmake --preset default
    cmake --build --preset default --parallel "$jobs" --target plotbench
} >&2

exec ./build/app/plotbench "$@"
