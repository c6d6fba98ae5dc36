#!/usr/bin/env bash
# Benchmark `onyx ingest`: N generated files, two runs (first upload, then nothing changed)
# against bench/mock_onyx.py; prints wall time, requests and peak RSS for each run.
# Usage: bench/ingest.sh [N files] [bytes per file] [path to onyx binary]
set -euo pipefail
N=${1:-2000}
SIZE=${2:-4096}
HERE=$(cd "$(dirname "$0")" && pwd)
ONYX=${3:-${CARGO_TARGET_DIR:-$HERE/../target}/release/onyx}
WORK=$(mktemp -d)
trap 'kill $MOCK 2>/dev/null || true; rm -rf "$WORK"' EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

python3 - "$WORK/docs" "$N" "$SIZE" <<'PY'
import os, sys
root, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(n):
    d = os.path.join(root, f"dir{i % 20:02d}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"doc{i:06d}.txt"), "w") as f:
        f.write((f"document {i} " * (size // 10 + 1))[:size])
PY

python3 "$HERE/mock_onyx.py" "$PORT" & MOCK=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT/__stats" >/dev/null && break; sleep 0.1; done

export ONYX_SERVER_URL="http://127.0.0.1:$PORT" ONYX_API_PREFIX="" ONYX_API_KEY="on_bench" \
       ONYX_CONFIG_DIR="$WORK/config" ONYX_STATE_DIR="$WORK/state" NO_COLOR=1
requests() { curl -s "http://127.0.0.1:$PORT/__stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])'; }

echo "files: $N x $SIZE bytes; binary: $ONYX"
for run in first second; do
  before=$(requests)
  /usr/bin/time -v "$ONYX" ingest "$WORK/docs" --docset Bench --batch-size 50 --json \
    >"$WORK/$run.json" 2>"$WORK/$run.err" || { cat "$WORK/$run.err"; exit 1; }
  after=$(requests)
  wall=$(grep 'Elapsed (wall clock)' "$WORK/$run.err" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/$run.err" | awk '{print $NF}')
  summary=$(grep '^ingested' "$WORK/$run.err")
  echo "$run run: wall $wall, requests $((after - before)), peak RSS ${rss} KB — $summary"
done
