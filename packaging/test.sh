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
ctest --test-dir build --output-on-failure -j2 --label-exclude bench || tests_status=$?

echo "== parsers under AddressSanitizer and UBSan (fuzzing and hostile catalogs)"
# Only the parser-facing suites: they read untrusted files. Qt itself is not instrumented.
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$jobs" --target tst_fuzzparsers tst_catalogquirks tst_catalogparser
asan_status=0
for suite in tst_fuzzparsers tst_catalogquirks tst_catalogparser; do
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen "build-asan/tests/models/$suite" || asan_status=$?
done
(( asan_status == 0 )) || tests_status=$asan_status

echo "== benchmarks"
bench_status=0
ctest --test-dir build -L bench -V || bench_status=$?

if (( tests_status != 0 || bench_status != 0 )); then
    echo "test.sh: FAILED (tests exit ${tests_status}, benchmarks exit ${bench_status})" >&2
    exit 1
fi
echo "test.sh: all tests passed"
