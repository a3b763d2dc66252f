#!/usr/bin/env bash
# Runs every fuzz target for SECONDS_PER_TARGET (default 60) with the nightly toolchain.
# Usage: fuzz/run-fuzz.sh [seconds]   (cargo install cargo-fuzz first)
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
for target in analyze numbers quotes spans grammar; do
    mkdir -p "corpus/$target"
    cp -n regressions/* "corpus/$target/" 2>/dev/null || true
    cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        || echo "run-fuzz: $target stopped on a finding: see fuzz/artifacts/$target"
done
