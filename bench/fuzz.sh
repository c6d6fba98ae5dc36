#!/usr/bin/env bash
# Bounded fuzzing of the stream packet parser, the citation-marker rewriter and
# the error-body decoder: the proptest properties with many more cases than the
# normal test run. A failure is shrunk to a minimal input and saved by proptest
# under proptest-regressions/, which the normal `cargo test` then replays
# forever: commit that file with the fix.
#   bash bench/fuzz.sh [SECONDS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
PROPTEST_CASES=${PROPTEST_CASES:-200000} timeout --preserve-status "$seconds" \
  cargo test --release --locked --bin onyx properties -- --nocapture
