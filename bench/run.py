#!/usr/bin/env python3
"""One command that measures onyx side by side with Onyx's own CLI (onyx-cli, from
PyPI) and curl/jq/Python equivalents, against bench/mock_onyx.py on loopback.

    python3 bench/run.py            # writes the tables to stdout (markdown)

It builds the release binary, installs onyx-cli into bench/.venv when PyPI is
reachable (skipped otherwise), and reports wall time (median), CPU time and peak
RSS (GNU time) per command. Nothing here is a pass/fail test.
"""
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
ONYX = os.path.join(ROOT, "target", "release", "onyx")
VENV = os.path.join(ROOT, "bench", ".venv")
ONYX_CLI = os.path.join(VENV, "bin", "onyx-cli")
GNU_TIME = "/usr/bin/time"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_mock(deltas, extra_env=None):
    port = free_port()
    env = dict(os.environ, BENCH_DELTAS=str(deltas), BENCH_LIFETIME="900", **(extra_env or {}))
    proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench", "mock_onyx.py"), str(port)], env=env)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise SystemExit("mock server did not start")


def bench_env(url, workdir):
    env = dict(os.environ)
    for key in list(env):
        if key.startswith("ONYX_"):
            del env[key]
    env.update({
        "ONYX_SERVER_URL": url, "ONYX_API_PREFIX": "", "ONYX_API_KEY": "on_" + "b" * 256,
        "ONYX_PAT": "on_" + "b" * 256, "ONYX_CONFIG_DIR": os.path.join(workdir, "cfg"),
        "ONYX_STATE_DIR": os.path.join(workdir, "state"), "XDG_CONFIG_HOME": os.path.join(workdir, "xdg"),
        "NO_COLOR": "1",
    })
    return env


def measure(cmd, env, shell=False, runs=RUNS):
    """Median wall seconds, mean CPU seconds, max RSS KiB over `runs` runs."""
    walls, cpus, rss = [], [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r") as stats:
            wrapped = [GNU_TIME, "-f", "%U %S %M", "-o", stats.name]
            wrapped += ["bash", "-c", cmd] if shell else cmd
            start = time.perf_counter()
            done = subprocess.run(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            walls.append(time.perf_counter() - start)
            if done.returncode != 0:
                return None
            user, system, peak = stats.read().split()[-3:]
            cpus.append(float(user) + float(system))
            rss.append(int(peak))
    return statistics.median(walls), statistics.mean(cpus), max(rss)


def first_byte_latency(cmd, env, mark):
    """Seconds from the first delta leaving the server to the first byte on stdout."""
    samples = []
    for _ in range(RUNS):
        if os.path.exists(mark):
            os.remove(mark)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        proc.stdout.read(1)
        seen = time.time()
        proc.stdout.read()
        proc.wait()
        with open(mark) as f:
            samples.append(seen - float(f.read()))
    return statistics.median(samples)


def row(name, result, baseline=None):
    if result is None:
        return f"| {name} | failed | | | |"
    wall, cpu, rss = result
    ratio = f"{wall / baseline[0]:.2f}×" if baseline else ""
    return f"| {name} | {wall * 1000:.1f} ms | {cpu * 1000:.0f} ms | {rss / 1024:.1f} MiB | {ratio} |"


def header(title):
    print(f"\n### {title}\n")
    print("| command | wall (median) | CPU (mean) | peak RSS | vs. first row |")
    print("|---|---|---|---|---|")


def ensure_onyx_cli():
    if os.path.exists(ONYX_CLI):
        return True
    try:
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "onyx-cli"], check=True, timeout=300)
        return True
    except Exception as err:  # no PyPI here: compare with the rest only
        print(f"(onyx-cli not installed: {err})", file=sys.stderr)
        return False


def main():
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    have_cli = ensure_onyx_cli()
    have_jq = shutil.which("jq") is not None and shutil.which("curl") is not None
    workdir = tempfile.mkdtemp(prefix="onyx-bench-")
    mark = os.path.join(workdir, "first-delta")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; runs per row: {RUNS}")

    mock, url = start_mock(50_000, {"BENCH_MARK_FILE": mark})
    env = bench_env(url, workdir)
    try:
        header("Start-up")
        base = measure([ONYX, "--help"], env)
        print(row("onyx --help", base))
        if have_cli:
            print(row("onyx-cli --help", measure([ONYX_CLI, "--help"], env), base))
        status = measure([ONYX, "auth", "status"], env)
        print(row("onyx auth status (GET /me, /version)", status))
        if have_cli:
            print(row("onyx-cli validate-config", measure([ONYX_CLI, "validate-config"], env), status))
        curl = measure(f"curl -sf {url}/me >/dev/null && curl -sf {url}/version >/dev/null", env, shell=True)
        print(row("curl GET /me + /version (the server's own time)", curl, status))

        header("ask: a 10 MB answer stream (50,000 deltas)")
        raw = measure(f"curl -sN -X POST {url}/chat/send-chat-message -d '{{}}' -o /dev/null", env, shell=True)
        print(row("curl, body to /dev/null (the server's own time)", raw))
        print(row("onyx ask --no-passages", measure([ONYX, "ask", "q", "--no-passages"], env), raw))
        print(row("onyx ask --json --no-passages", measure([ONYX, "ask", "q", "--json", "--no-passages"], env), raw))
        if have_cli:
            print(row("onyx-cli ask", measure([ONYX_CLI, "ask", "q"], env), raw))
        if have_jq:
            pipeline = f"curl -sN -X POST {url}/chat/send-chat-message -d '{{}}' | jq -j 'select(.obj.type? == \"message_delta\") | .obj.content'"
            print(row("curl | jq (deltas only)", measure(pipeline, env, shell=True), raw))
        latency = first_byte_latency([ONYX, "ask", "q", "--no-passages"], env, mark)
        print(f"\nTime from the first delta leaving the server to onyx's first byte on stdout (median): {latency * 1000:.2f} ms")
        if have_cli:
            latency = first_byte_latency([ONYX_CLI, "ask", "q"], env, mark)
            print(f"Same for onyx-cli: {latency * 1000:.2f} ms")
    finally:
        mock.terminate()

    small, small_url = start_mock(5_000)
    try:
        result = measure([ONYX, "ask", "q", "--no-passages"], bench_env(small_url, workdir))
        print(f"\nPeak RSS of onyx ask with a 1 MB stream: {result[2] / 1024:.1f} MiB (memory does not grow with the stream)")
    finally:
        small.terminate()

    mock, url = start_mock(10)
    env = bench_env(url, workdir)
    try:
        header("session list: 10,000 sessions (100 pages of 100)")
        onyx = measure([ONYX, "session", "list", "--limit", "10000", "--json"], env, runs=5)
        print(row("onyx session list --limit 10000 --json", onyx))
        if have_jq:
            loop = (
                f"before=''; while :; do page=$(curl -sf -G {url}/chat/get-user-chat-sessions --data-urlencode page_size=100 "
                f"${{before:+--data-urlencode before=$before}}); echo \"$page\" | jq -c '.sessions[]'; "
                f"[ \"$(echo \"$page\" | jq .has_more)\" = true ] || break; before=$(echo \"$page\" | jq -r '.sessions[-1].time_updated'); done"
            )
            print(row("curl + jq paging loop", measure(loop, env, shell=True, runs=5), onyx))
    finally:
        mock.terminate()
    bench_ingest(workdir)
    shutil.rmtree(workdir, ignore_errors=True)


def make_files(root, count, size, suffix):
    chunk = os.urandom(min(size, 1 << 20))
    for i in range(count):
        folder = os.path.join(root, f"dir{i % 20:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"doc{i:05d}{suffix}"), "wb") as out:
            left = size
            while left > 0:
                out.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)


def requests_made(url):
    import json
    import urllib.request
    with urllib.request.urlopen(url + "/__stats") as response:
        return json.load(response)["requests"]


def bench_ingest(workdir):
    small = int(os.environ.get("BENCH_INGEST_SMALL", "1000"))
    big = int(os.environ.get("BENCH_INGEST_BIG", "20"))
    big_mb = int(os.environ.get("BENCH_INGEST_BIG_MB", "50"))
    print(f"\n### ingest: {small} PDFs of 100 KB, then {big} PDFs of {big_mb} MB (one run each)\n")
    print("| command | wall | CPU | peak RSS | requests |")
    print("|---|---|---|---|---|")
    for label, count, size in [("small", small, 100 * 1024), ("big", big, big_mb << 20)]:
        if count == 0:
            continue
        folder = os.path.join(workdir, f"ingest-{label}")
        make_files(folder, count, size, ".pdf")
        mock, url = start_mock(10)
        env = bench_env(url, workdir)
        try:
            runs = [
                (f"onyx ingest, first run ({label})", [ONYX, "ingest", folder, "--docset", f"Bench-{label}"]),
                (f"onyx ingest, nothing changed ({label})", [ONYX, "ingest", folder, "--docset", f"Bench-{label}"]),
                (f"Python loop, first run ({label})", [sys.executable, os.path.join(ROOT, "bench", "ingest_loop.py"), url, folder]),
                (f"Python loop, again ({label})", [sys.executable, os.path.join(ROOT, "bench", "ingest_loop.py"), url, folder]),
            ]
            for name, cmd in runs:
                before = requests_made(url)
                result = measure(cmd, env, runs=1)
                made = requests_made(url) - before
                if result is None:
                    print(f"| {name} | failed | | | |")
                    continue
                wall, cpu, rss = result
                print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {rss / 1024:.1f} MiB | {made} |")
        finally:
            mock.terminate()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
