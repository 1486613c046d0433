#!/usr/bin/env bash
# CSV import, side by side in one run on the same file (2 M rows × 6 numeric columns, ~123 MB, warm
# cache): the whole `plotbench import FILE --json` process (start-up included) against the peers'
# in-process load — pandas read_csv, R data.table fread, DuckDB read_csv (@duckdb/node-api) and
# Polars readCSV (nodejs-polars). Best of 5 for everyone (the machine may be shared: compare within
# one run). Prints seconds, MB/s and ratios only; never fails on time. A peer that is not installed
# is skipped with the reason.
# Usage: bench_import.sh BENCH_IMPORT_EXE PLOTBENCH_EXE NPM_DIR
set -uo pipefail
bench=$1 plotbench=$2 npm_dir=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
file=$dir/numeric_2m_x6.csv

"$bench" --write "$file" 2000000 || { echo "could not write the input"; exit 1; }
bytes=$(stat -c %s "$file")
size_mb=$(( bytes / 1000000 ))
echo "input: 2,000,000 rows x 6 numeric columns, ${size_mb} MB, $(nproc) cores"
cat "$file" > /dev/null # warm cache for everyone

now() { date +%s.%N; }
mbps() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%5.0f MB/s", b / 1e6 / t }'; }
ours=1e9
for _ in 1 2 3 4 5; do
    start=$(now)
    "$plotbench" import "$file" --json > "$dir/ours.json" || { echo "plotbench import failed"; exit 1; }
    end=$(now)
    ours=$(awk -v s="$start" -v e="$end" -v b="$ours" 'BEGIN { t = e - s; print (t < b) ? t : b }')
done
grep -q '"rows": 2000000' "$dir/ours.json" || echo "WARNING: plotbench did not report 2000000 rows"
measured=$("$bench" --measure "$file")
inprocess=$(sed -n 's/^in-process load, all cores: \([0-9.]*\) s.*/\1/p' <<< "$measured")
printf "%-48s %7.3f s  %s\n" "plotbench import --json (whole process)" "$ours" "$(mbps "$ours")"
printf "%-48s %7.3f s  %s\n" "plotbench in-process load (all cores)" "$inprocess" "$(mbps "$inprocess")"

results=()
peer() { # name seconds
    printf "%-48s %7.3f s  %s   plotbench is %.2fx faster (whole process), %.2fx (in-process)\n" "$1" "$2" "$(mbps "$2")" \
        "$(awk -v p="$2" -v o="$ours" 'BEGIN { print p / o }')" "$(awk -v p="$2" -v o="$inprocess" 'BEGIN { print p / o }')"
    results+=("$2")
}

if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
    t=$(/usr/bin/python3 - "$file" <<'PY'
import sys, time, pandas as pd
best = 1e9
for _ in range(5):
    start = time.perf_counter(); frame = pd.read_csv(sys.argv[1]); best = min(best, time.perf_counter() - start)
assert len(frame) == 2000000
print(f"{best:.3f}")
PY
) && peer "pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)') read_csv (in-process)" "$t"
else
    echo "pandas: skipped (python3-pandas is not installed)"
fi

if command -v Rscript > /dev/null && Rscript -e 'suppressMessages(library(data.table))' 2>/dev/null; then
    t=$(Rscript -e 'suppressMessages(library(data.table)); setDTthreads(0); f <- commandArgs(TRUE)[1]; b <- Inf;
        for (i in 1:5) { s <- proc.time()[["elapsed"]]; d <- fread(f); b <- min(b, proc.time()[["elapsed"]] - s) };
        stopifnot(nrow(d) == 2000000); cat(sprintf("%.3f\n", b))' "$file") \
        && peer "R data.table fread, $(Rscript -e 'suppressMessages(library(data.table)); cat(getDTthreads())') threads (in-process)" "$t"
else
    echo "R data.table: skipped (r-cran-data.table is not installed)"
fi

if command -v node > /dev/null && [ -d "$npm_dir/node_modules/@duckdb/node-api" ]; then
    t=$(cd "$npm_dir" && node -e '
        const { DuckDBInstance } = require("@duckdb/node-api");
        (async () => {
            const instance = await DuckDBInstance.create(":memory:");
            const connection = await instance.connect();
            let best = 1e9;
            for (let i = 0; i < 5; ++i) {
                await connection.run("DROP TABLE IF EXISTS t");
                const start = process.hrtime.bigint();
                await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv(\x27${process.argv[1]}\x27)`);
                best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
            }
            console.log(best.toFixed(3));
        })();' "$file") && peer "DuckDB read_csv (@duckdb/node-api, in-process)" "$t"
else
    echo "DuckDB: skipped (@duckdb/node-api is not installed in $npm_dir)"
fi

if command -v node > /dev/null && [ -d "$npm_dir/node_modules/nodejs-polars" ]; then
    t=$(cd "$npm_dir" && node -e '
        const pl = require("nodejs-polars");
        let best = 1e9;
        for (let i = 0; i < 5; ++i) {
            const start = process.hrtime.bigint();
            const frame = pl.readCSV(process.argv[1]);
            best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
            if (frame.height !== 2000000) throw new Error("rows");
        }
        console.log(best.toFixed(3));' "$file" 2>/dev/null) && peer "Polars readCSV (nodejs-polars, in-process)" "$t" \
        || echo "Polars: skipped (nodejs-polars did not load)"
else
    echo "Polars: skipped (nodejs-polars is not installed in $npm_dir)"
fi

if (( ${#results[@]} > 0 )); then
    fastest=$(printf "%s\n" "${results[@]}" | sort -g | head -1)
    printf "fastest peer %.3f s; plotbench whole process %.3f s: %.2fx the fastest peer's speed (goal: > 1, aim 1.5); in-process %.2fx\n" \
        "$fastest" "$ours" "$(awk -v p="$fastest" -v o="$ours" 'BEGIN { print p / o }')" \
        "$(awk -v p="$fastest" -v o="$inprocess" 'BEGIN { print p / o }')"
fi
echo "-- in-process figures"
echo "$measured"
