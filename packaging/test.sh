#!/usr/bin/env bash
# The test command: installs the dependencies, configures and builds the default preset
# (RelWithDebInfo, Ninja, build/), runs every test suite, then the benchmarks with their output.
# Non-interactive: safe under CI=true with no terminal and no stdin.
# Usage: packaging/test.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
exec </dev/null
export DEBIAN_FRONTEND=noninteractive

jobs=$(nproc 2>/dev/null || echo 2)

# A compiler cache, when there is one, keyed by paths relative to this checkout: a second clone
# or a rebuild after a small change compiles only what changed.
if command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true \
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
fi

echo "== dependencies"
./packaging/install-deps.sh

echo "== configure"
cmake --preset default

echo "== build"
cmake --build --preset default --parallel "$jobs"

echo "== npm test servers (recorded GitHub traffic for tst_octokitfixtures)"
# Into build/npm, never globally; an install already there is reused. Without the registry the
# test skips locally and fails under CI=true.
if [[ ! -f build/npm/node_modules/@octokit/fixtures-server/package.json ]]; then
    npm install --prefix build/npm --no-audit --no-fund --loglevel=error @octokit/fixtures-server@8 \
        || echo "test.sh: npm install of @octokit/fixtures-server failed" >&2
fi

echo "== tests"
tests_status=0
# Inside a throwaway PostgreSQL 15 cluster (PLOTBENCH_TEST_PG_URL), stopped and removed afterwards.
tests/sync/with-postgres.sh ctest --test-dir build --output-on-failure -j2 --label-exclude bench || tests_status=$?

echo "== parsers under AddressSanitizer and UBSan (fuzzing and hostile catalogs)"
# Only the parser-facing suites: they read untrusted files. Qt itself is not instrumented.
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$jobs" --target tst_fuzzparsers tst_catalogquirks tst_catalogparser \
    tst_fuzzcsv tst_csvreader tst_typeinference \
    tst_fuzzreaders tst_xlsxreader tst_odsreader tst_jsonreader tst_xmlscanner
asan_status=0
for suite in models/tst_fuzzparsers models/tst_catalogquirks models/tst_catalogparser \
    data/tst_fuzzcsv data/tst_csvreader data/tst_typeinference \
    data/tst_fuzzreaders data/tst_xlsxreader data/tst_odsreader data/tst_jsonreader data/tst_xmlscanner; do
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen "build-asan/tests/$suite" || asan_status=$?
done
# The zip reader reads untrusted archives too.
cmake --build --preset asan --parallel "$jobs" --target tst_zipcatalogsource tst_fuzzzip
for suite in tst_zipcatalogsource tst_fuzzzip; do
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen "build-asan/tests/sync/$suite" || asan_status=$?
done
(( asan_status == 0 )) || tests_status=$asan_status

echo "== benchmarks"
bench_status=0
tests/sync/with-postgres.sh ctest --test-dir build -L bench -V || bench_status=$?

if (( tests_status != 0 || bench_status != 0 )); then
    echo "test.sh: FAILED (tests exit ${tests_status}, benchmarks exit ${bench_status})" >&2
    exit 1
fi
echo "test.sh: all tests passed"
