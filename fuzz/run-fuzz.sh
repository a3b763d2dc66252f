#!/usr/bin/env bash
# Runs every fuzz target for SECONDS per target (default 60) with the nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`). Exits 1 if any target found a crash; the input is
# in fuzz/artifacts/<target>/ (keep it in fuzz/regressions/ once fixed).
# Usage: fuzz/run-fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
failed=()
for target in analyze numbers quotes spans grammar; do
    mkdir -p "corpus/$target"
    cp -n regressions/* "corpus/$target/" 2>/dev/null || true
    if ! cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        2>"artifacts-$target.log"; then
        tail -n 40 "artifacts-$target.log"
        failed+=("$target")
    fi
    grep -E "stat::number_of_executed_units" "artifacts-$target.log" \
        | sed "s/^/run-fuzz: $target: /" || true
    rm -f "artifacts-$target.log"
done
if ((${#failed[@]})); then
    echo "run-fuzz: a crash in: ${failed[*]} (inputs in fuzz/artifacts/)"
    exit 1
fi
