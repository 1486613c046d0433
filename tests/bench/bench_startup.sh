#!/usr/bin/env bash
# Start-up as a user sees it: time to the window's first paint and to the catalog on screen, for the
# embedded sample and for a real-size folder catalog re-opened from its index cache. Baseline in the
# same script: the same binary printing --version (process start, libraries loaded, no window).
# Usage: bench_startup.sh PLOTBENCH [REAL_SIZE_PLOTS_FOLDER]
set -euo pipefail
plotbench=$1
folder=${2:-}
runs=7
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$(mktemp -d)}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ms_of() { # runs a command, prints its wall time in ms
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

baseline=$(for _ in $(seq $runs); do ms_of "$plotbench" --version; done | median)

measure() { # label, then plotbench arguments
    local label=$1
    shift
    local log paint shown finished
    log=$(mktemp)
    for _ in $(seq $runs); do
        PLOTBENCH_STARTUP_REPORT=quit "$plotbench" "$@" 2>>"$log" >/dev/null
    done
    paint=$(sed -n 's/^startup: first paint after \([0-9.]*\) ms/\1/p' "$log" | median)
    shown=$(sed -n 's/^startup: catalog shown after \([0-9.]*\) ms.*/\1/p' "$log" | median)
    finished=$(sed -n 's/^startup: loading finished after \([0-9.]*\) ms.*/\1/p' "$log" | median)
    rm -f "$log"
    printf 'bench: %-38s first paint %7.1f ms (budget 300 ms; %.1f× a --version run of %d ms)\n' \
        "$label" "$paint" "$(awk -v p="$paint" -v b="$baseline" 'BEGIN { print p / b }')" "$baseline"
    printf 'bench: %-38s catalog shown %5.1f ms, loading finished %5.1f ms\n' "$label" "$shown" "$finished"
}

measure "sample catalog" --catalog sample
if [[ -n "$folder" ]]; then
    PLOTBENCH_STARTUP_REPORT=quit "$plotbench" --catalog "$folder" >/dev/null 2>&1 # fills the index cache
    measure "real-size folder, index cache" --catalog "$folder"
fi
