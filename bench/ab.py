#!/usr/bin/env python3
"""Two or more builds of onyx on the ask row's stream, run by turns (A B A B …) against one
uvicorn server, with the CPU, wall time, writes and hold-back of each: for choosing between
builds, where bench/run.py sets one build beside onyx-cli.

    python3 bench/ab.py [--runs N] BINARY BINARY...

Each figure is the median over the runs; the hold-back (from each packet's arrival, the
capture of bench/run.py) needs root and is left out without it.
"""
import argparse
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=12, help="rounds (default 12)")
    parser.add_argument("binaries", nargs="+", metavar="BINARY")
    args = parser.parse_args()
    bench.ensure_venv()
    workdir = tempfile.mkdtemp(prefix="onyx-ab-")
    bench.RUSAGE, bench.OVERSLEEP, bench.CAPTURE = (bench.build_c(workdir, n) for n in ("rusage", "oversleep", "capture"))
    os.sched_setaffinity(0, bench.CLIENT_CPUS)
    marks = os.path.join(workdir, "marks")
    os.makedirs(marks)
    contents = bench.shapes.deltas(bench.DELTAS)
    head, body, _ = bench.shapes.stream(bench.DELTAS)
    results = {binary: [] for binary in args.binaries}
    streams, capture_error = 0, None
    with bench.Server("uvicorn", {"BENCH_DELTAS": str(bench.DELTAS), "BENCH_MARK_DIR": marks}) as server:
        env = bench.client_env(server.url, workdir)
        for _ in range(args.runs):
            for binary in args.binaries:
                capture = None
                if capture_error is None:
                    try:
                        capture = bench.Capture(server.port, os.path.join(workdir, "capture.bin"))
                    except OSError as err:
                        capture_error = str(err)
                cmd = [binary, "ask", "q"]
                result = bench.check(bench.run_once(cmd, env), cmd)
                streams += 1
                bench.sent_marks(os.path.join(marks, f"stream-{streams}.ns"))
                if capture:
                    held = bench.holds(result, capture.arrivals(len(head), len(body)), contents)
                    result["p99"], result["max"] = sorted(held)[int(len(held) * 0.99)], max(held)
                result["writes"] = len(result["reads"]) // 2
                results[binary].append(result)
    print(f"{args.runs} rounds; medians" + (f" (no hold-back: {capture_error})" if capture_error else ""))
    print("| build | CPU | sys | wall | reads of stdout | hold-back p99 | longest hold-back |")
    print("|---|---|---|---|---|---|---|")
    for binary, runs in results.items():
        med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
        holds = f"{med('p99') / 1e6:.2f} ms | {med('max') / 1e6:.2f} ms" if not capture_error else "| "
        print(f"| {binary} | {med('cpu') * 1e3:.1f} ms | {med('sys') * 1e3:.1f} ms | {med('wall') * 1e3:.0f} ms | "
              f"{med('writes'):,.0f} | {holds} |")


if __name__ == "__main__":
    main()
