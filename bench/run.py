#!/usr/bin/env python3
"""One command that measures onyx side by side with Onyx's own CLI (onyx-cli 1.4.4, from
PyPI) on loopback, as ratios, with the goals of issue 15 beside them:

    python3 bench/run.py                 # every row, BENCH_RUNS pairs each (default 11)
    python3 bench/run.py --quick         # 3 pairs a row, small ingest only
    python3 bench/run.py --only ask,requests --runs 5
    python3 bench/run.py --save-baseline # keep these figures as the "no regression" base

Rows: ask (the chat stream as uvicorn sends it: chunked, one chunk per packet), ask-cl (the
same packets with a content-length body, bench/mock_onyx.py), requests (agent list, auth
status, session list on http:// and https://), start (--help, --version), sessions (session
list of 10,000) and ingest (1,000 files, 20 x 50 MB).

Every figure of onyx and of onyx-cli comes from the same run, measured pair by pair
(onyx, onyx-cli, onyx, onyx-cli, ...), and is the median over the pairs. CPU (user +
system) and peak RSS are the kernel's accounting of the finished process (wait4 in
bench/rusage.c, which starts it: a process started from Python itself would report Python's
peak RSS, which Linux carries across exec); wall time runs from its fork to its reap, in that
launcher too. stdout is always a pipe read by that launcher (C), which timestamps every read
with CLOCK_MONOTONIC, the same way for both clients. bench/capture.c (root: a packet socket
on loopback) records when each packet of the answer arrived, by the kernel's timestamp: that
gives the time from the first delta's arrival to the first byte on stdout and how long any
delta was held back after it arrived, the goal's own terms. The server's log of when each
write of a packet returned (stream_server.py) gives the same from the server's side, which
also counts the time a packet then waited in the server's socket. Beside each pair, bench/oversleep.c sleeps out as many
write windows as onyx does and reports how late its sleeps ended: the machine's own floor
under any delay that ends in a sleep; then it waits as many times for a wake-up sent from
the other core (no timer), and reports how late those came; then it spins, never sleeping,
as long as onyx's answer took, and reports the longest the core was taken from it: the
floor under any client at all. The server runs on the first core, the clients and the
harness on the others (sched_setaffinity), so a client never waits behind the busy server
for a core. Nothing here is a pass/fail test.
"""
import argparse
import array
import json
import os
import platform
import shutil
import socket
import ssl
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
sys.path.insert(0, BENCH)
import shapes  # noqa: E402

# The static Linux build (musl, no dynamic loader) is what is measured where it can be built:
# glibc's start-up asks the CPU for its caches with `cpuid` ~90 times at every start, each a
# trap to the hypervisor on a virtual machine (7 us each here; an empty C program takes
# 0.64 ms of CPU with glibc, 0.05 ms with musl). --glibc measures the build a plain
# `cargo install` makes instead.
STATIC_TARGET = "x86_64-unknown-linux-musl"
ONYX = os.environ.get("BENCH_ONYX")


def linkage(binary):
    """"static" or "dynamic": whether the binary asks for a program interpreter (ld.so)."""
    with open(binary, "rb") as elf:
        head = elf.read(1 << 16)
    return "dynamic" if b"ld-linux" in head else "static"


def static_target_ready():
    if not shutil.which("rustup") or not shutil.which("x86_64-linux-musl-gcc"):
        return False
    installed = subprocess.run(["rustup", "target", "list", "--installed"], capture_output=True, text=True)
    return STATIC_TARGET in installed.stdout.split()


VENV = os.path.join(BENCH, ".venv")
VENV_PY = os.path.join(VENV, "bin", "python")
ONYX_CLI = os.path.join(VENV, "bin", "onyx-cli")
# The server's own stack: the FastAPI and Starlette that Onyx v4.6.1 pins
# (../shared/onyx-api/REFERENCE.md), plain uvicorn (h11, asyncio).
PINS = ["onyx-cli==1.4.4", "fastapi==0.133.1", "starlette==1.3.1", "uvicorn==0.54.0"]
BASELINE = os.path.join(BENCH, "baseline.json")
DELTAS = int(os.environ.get("BENCH_DELTAS", "50000"))
# bench/oversleep.c's sleeps: onyx's write window (src/commands/ask/stream.rs), as many
# times as onyx writes an answer of the ask row.
FLOOR_SLEEPS, FLOOR_SLEEP_US = 600, 500
ROWS = ["ask", "ask-cl", "requests", "start", "sessions", "ingest"]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- setup

def ensure_venv():
    stamp = os.path.join(VENV, "bench-pins.txt")
    if os.path.exists(stamp) and open(stamp).read().split() == PINS:
        return
    log("installing", " ".join(PINS), "into bench/.venv")
    if not os.path.exists(VENV_PY):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([VENV_PY, "-m", "pip", "install", "-q", *PINS], check=True, timeout=600)
    with open(stamp, "w") as out:
        out.write("\n".join(PINS) + "\n")


def make_tls(folder):
    """A self-signed CA and a certificate for 127.0.0.1 signed by it (openssl CLI)."""
    ca, ca_key = os.path.join(folder, "ca.pem"), os.path.join(folder, "ca.key")
    cert, key, csr = (os.path.join(folder, n) for n in ("server.pem", "server.key", "server.csr"))
    ext = os.path.join(folder, "ext.cnf")
    with open(ext, "w") as out:
        out.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", ca_key, "-out", ca, "-days", "30", "-subj", "/CN=onyx bench CA",
                    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign"], **quiet)
    subprocess.run(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", csr, "-subj", "/CN=127.0.0.1"], **quiet)
    subprocess.run(["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
                    "-out", cert, "-days", "30", "-extfile", ext], **quiet)
    return ca, cert, key


# The server (Python, busy for the whole stream) gets one core and the clients and this
# harness the other(s), so that neither client waits for a core behind the server.
CPUS = sorted(os.sched_getaffinity(0))
SERVER_CPUS = set(CPUS[:1]) if len(CPUS) > 1 else set(CPUS)
CLIENT_CPUS = set(CPUS[1:]) if len(CPUS) > 1 else set(CPUS)


def pin(cpus):
    return lambda: os.sched_setaffinity(0, cpus)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """bench/stream_server.py (uvicorn) or bench/mock_onyx.py, stopped by its own pid."""

    def __init__(self, kind, env=None, tls=None):
        self.port = free_port()
        full_env = dict(os.environ, BENCH_LIFETIME="3600", **(env or {}))
        if kind == "uvicorn":
            cmd = [VENV_PY, os.path.join(BENCH, "stream_server.py"), str(self.port)]
            cmd += [tls[1], tls[2]] if tls else []
        else:
            cmd = [sys.executable, os.path.join(BENCH, "mock_onyx.py"), str(self.port)]
        self.proc = subprocess.Popen(cmd, env=full_env, preexec_fn=pin(SERVER_CPUS))
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise SystemExit(f"{kind} server did not start")

    def served(self):
        """The application's time on requests so far, in seconds (stream_server.py only)."""
        ctx = ssl._create_unverified_context() if self.url.startswith("https") else None
        with urllib.request.urlopen(self.url + "/__served", context=ctx, timeout=5) as reply:
            return int(reply.read()) / 1e9

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def client_env(url, workdir, ca=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONYX_")}
    env.update({
        "ONYX_SERVER_URL": url, "ONYX_API_PREFIX": "", "ONYX_API_KEY": "on_" + "b" * 256,
        "ONYX_PAT": "on_" + "b" * 256, "ONYX_CONFIG_DIR": os.path.join(workdir, "cfg"),
        "ONYX_STATE_DIR": os.path.join(workdir, "state"), "XDG_CONFIG_HOME": os.path.join(workdir, "xdg"),
        "NO_COLOR": "1",
    })
    if ca:  # rustls-native-certs and Go's crypto/x509 both read it on Linux
        env["SSL_CERT_FILE"] = ca
    return env


# ---------------------------------------------------------------- one process

def build_c(workdir, name):
    """bench/NAME.c, compiled once per run."""
    out = os.path.join(workdir, name)
    subprocess.run(["cc", "-O2", "-pthread", "-o", out, os.path.join(BENCH, name + ".c")], check=True)
    return out


# bench/rusage.c (see there why the harness does not wait4 itself), bench/oversleep.c and
# bench/capture.c.
RUSAGE = None
OVERSLEEP = None
CAPTURE = None
# --realtime: the launcher and the client run SCHED_FIFO (both clients alike), so that the
# builds of other tenants of a shared machine do not decide when a client gets its core; the
# launcher one priority above the client, so that it reads each write as it happens.
REALTIME = False


def client_sched():
    if REALTIME:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(2))


def run_once(cmd, env):
    """Spawn under bench/rusage, which reads the command's stdout through a pipe and times
    each read (CLOCK_MONOTONIC), then reports the command's own CPU, peak RSS and wall time
    (fork to wait4) as the kernel accounted them."""
    stderr, stdout = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    report_r, report_w = os.pipe()
    reads_file = tempfile.NamedTemporaryFile(prefix="onyx-bench-reads-", delete=False)
    reads_file.close()
    try:
        proc = subprocess.Popen([RUSAGE, str(report_w), reads_file.name, *cmd], env=env, stdout=stdout,
                                stderr=stderr, stdin=subprocess.DEVNULL, pass_fds=(report_w,),
                                preexec_fn=client_sched)
        os.close(report_w)
        with os.fdopen(report_r) as report:
            fields = report.read().split()
        proc.wait()
        reads = array.array("q")
        with open(reads_file.name, "rb") as f:
            reads.frombytes(f.read())
    finally:
        os.remove(reads_file.name)
    stdout.seek(0)
    stderr.seek(0)
    if len(fields) != 5:
        raise SystemExit(f"{' '.join(cmd)}: no rusage report (launcher exited {proc.returncode})")
    user, sys_, rss, rc, wall = (int(f) for f in fields)
    return {
        "rc": rc, "wall": wall / 1e9, "cpu": (user + sys_) / 1e6,
        "user": user / 1e6, "sys": sys_ / 1e6, "rss": rss * 1024,
        "out": stdout.read(), "reads": reads, "err": stderr.read().decode("utf-8", "replace"),
    }


def check(result, cmd):
    if result["rc"] != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {result['rc']}:\n{result['err'][-2000:]}")
    return result


def pairs(runs, commands, server=None):
    """commands: {name: (cmd, env)}; one of each per round, in order, `runs` rounds. With a
    server, each result also holds the server's own time on that run's requests ("served")."""
    out = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, env) in commands.items():
            before = server.served() if server else 0.0
            result = check(run_once(cmd, env), cmd)
            result["served"] = server.served() - before if server else 0.0
            result["client_wall"] = result["wall"] - result["served"]
            out[name].append(result)
    return out


def spread(runs):
    """Median, 99th percentile and maximum over the values of all runs."""
    values = sorted(v for run in runs for v in run)
    return values[len(values) // 2], values[int(len(values) * 0.99)], values[-1]


def med(results, key):
    return statistics.median(r[key] for r in results)


# ---------------------------------------------------------------- stream timing

def sent_marks(sent_file):
    """Per delta: when the server's write of its packet returned (bench/stream_server.py)."""
    for _ in range(500):
        if os.path.exists(sent_file):
            break
        time.sleep(0.01)
    sent = array.array("q")
    with open(sent_file, "rb") as f:
        sent.frombytes(f.read())
    os.remove(sent_file)
    return sent


def holds(result, since, answer_deltas):
    """Per delta: ns from since[i] (its packet sent, or arrived) to its last byte read from stdout."""
    reads = result["reads"]
    out, j, end = [], 0, 0
    for i, content in enumerate(answer_deltas):
        end += len(content.encode())
        while j < len(reads) and reads[j + 1] < end:
            j += 2
        if j >= len(reads):
            break
        out.append(reads[j] - since[i])
    return out


class Capture:
    """bench/capture.c on the server's port for one run: when each packet reached the client's
    side of loopback. OSError where it cannot run (it needs root for a packet socket)."""

    def __init__(self, port, path):
        self.path = path
        self.proc = subprocess.Popen([CAPTURE, str(port), path], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, preexec_fn=pin(SERVER_CPUS))
        if self.proc.stdout.readline() != b"ready\n":
            self.proc.wait()
            raise OSError(self.proc.stderr.read().decode(errors="replace").strip() or "capture did not start")

    def arrivals(self, head, body):
        """Per packet of the answer's body: CLOCK_MONOTONIC ns the segment holding its last byte
        arrived, from the server's stream reassembled out of the captured segments."""
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            raise OSError(self.proc.stderr.read().decode(errors="replace").strip())
        with open(self.path, "rb") as f:
            data = f.read()
        os.remove(self.path)
        connections, at = {}, 0
        while at < len(data):
            stamp, client, seq, size = struct.unpack_from("<qIII", data, at)
            connections.setdefault(client, []).append((seq, stamp, data[at + 20:at + 20 + size]))
            at += 20 + size
        for segments in connections.values():
            first = segments[0][0]
            stream, ends, stamps = bytearray(), [], []
            for seq, stamp, payload in sorted(segments, key=lambda s: ((s[0] - first) & 0xFFFFFFFF, s[1])):
                offset = (seq - first) & 0xFFFFFFFF
                if offset + len(payload) <= len(stream):
                    continue  # a retransmission of bytes already in place
                if offset > len(stream):
                    raise OSError("a hole in the captured stream")
                stream += payload[len(stream) - offset:]
                ends.append(len(stream))
                stamps.append(stamp)
            start = bytes(stream).lower().find(b"transfer-encoding: chunked")
            if start < 0:
                continue
            at = stream.index(b"\r\n\r\n", start) + 4
            chunk_ends = []
            while True:
                line_end = stream.index(b"\r\n", at)
                size = int(stream[at:line_end], 16)
                if size == 0:
                    break
                chunk_ends.append(line_end + 2 + size)
                at = line_end + 2 + size + 2
            out, j = [], 0
            for end in chunk_ends[head:head + body]:
                while ends[j] < end:
                    j += 1
                out.append(stamps[j])
            return out
        raise OSError("no chunked answer in the capture")


# ---------------------------------------------------------------- report

class Report:
    def __init__(self):
        self.lines, self.data = [], {}

    def title(self, text):
        self.lines += ["", f"### {text}", "", "| | onyx | onyx-cli | ratio | goal | |", "|---|---|---|---|---|---|"]

    def ratio(self, name, onyx, cli, fmt, goal=None, key=None):
        ratio = onyx / cli if cli else float("inf")
        mark = "" if goal is None else ("met" if ratio <= goal else "**not met**")
        goal_text = "" if goal is None else f"≤ {goal:g}×"
        self.lines.append(f"| {name} | {fmt(onyx)} | {fmt(cli)} | {ratio:.2f} | {goal_text} | {mark} |")
        self.data[key or name] = {"onyx": onyx, "onyx-cli": cli, "ratio": ratio, "goal": goal}

    def absolute(self, name, onyx, cli, fmt, limit=None, key=None, note=""):
        mark = "" if limit is None else ("met" if onyx <= limit else "**not met**")
        goal_text = "" if limit is None else f"≤ {fmt(limit)}"
        cli_text = fmt(cli) if cli is not None else note
        self.lines.append(f"| {name} | {fmt(onyx)} | {cli_text} | | {goal_text} | {mark} |")
        self.data[key or name] = {"onyx": onyx, "onyx-cli": cli, "limit": limit}

    def text(self, line):
        self.lines.append(line)


def ms(v):
    return f"{v * 1000:.1f} ms" if v < 10 else f"{v:.2f} s"


def mib(v):
    return f"{v / (1 << 20):.1f} MiB"


def us_ms(ns):
    return f"{ns / 1e6:.2f} ms"


def cpu_split(results):
    return f"{ms(med(results, 'cpu'))} ({ms(med(results, 'user'))} user, {ms(med(results, 'sys'))} sys)"


# ---------------------------------------------------------------- rows

# The machine's TCP congestion control decides how the server's writes leave: with cubic
# (Linux's default) and TCP_NODELAY each packet is its own segment; bbr paces them, several to
# a segment at this rate, and the client has fewer segments to take in. --congestion sets it
# for the run (root) and puts the machine's back afterwards.
CONGESTION = "/proc/sys/net/ipv4/tcp_congestion_control"


def tcp_congestion():
    with open(CONGESTION) as f:
        return f.read().strip()


def set_tcp_congestion(name):
    with open(CONGESTION, "w") as f:
        f.write(name)


def row_ask(report, runs, workdir):
    marks = os.path.join(workdir, "marks")
    os.makedirs(marks, exist_ok=True)
    contents = shapes.deltas(DELTAS)
    answer = shapes.answer(DELTAS)
    with Server("uvicorn", {"BENCH_DELTAS": str(DELTAS), "BENCH_MARK_DIR": marks}) as server:
        env = client_env(server.url, workdir)
        onyx_cmd, cli_cmd = [ONYX, "ask", "q"], [ONYX_CLI, "ask", "--max-output", "0", "q"]
        results = {"onyx": [], "onyx-cli": []}
        timing = {"onyx": [], "onyx-cli": []}
        # The machine's own share of any delay that ends in a sleep, measured in the same
        # rounds: onyx sleeps out one write window per write, ~600 per answer.
        floor_cmd = [OVERSLEEP, str(FLOOR_SLEEPS), str(FLOOR_SLEEP_US)]
        # The same waits, each ended by a wake-up from the other core instead of a timer.
        woken_cmd = [OVERSLEEP, "wake", str(FLOOR_SLEEPS), str(FLOOR_SLEEP_US)]
        floor, woken, spun = [], [], []
        count = 0
        # From the packet's arrival (bench/capture.c) where a packet socket can be had.
        arrived = {"onyx": [], "onyx-cli": []}
        leaving = {"onyx": [], "onyx-cli": []}
        capture_error = None
        head, body, _ = shapes.stream(DELTAS)
        for _ in range(runs):
            for name, cmd in (("onyx", onyx_cmd), ("onyx-cli", cli_cmd)):
                capture = None
                if capture_error is None:
                    try:
                        capture = Capture(server.port, os.path.join(workdir, "capture.bin"))
                    except OSError as err:
                        capture_error = str(err)
                result = check(run_once(cmd, env), cmd)
                count += 1
                sent = sent_marks(os.path.join(marks, f"stream-{count}.ns"))
                timing[name].append(holds(result, sent, contents))
                if capture:
                    try:
                        arrival = capture.arrivals(len(head), len(body))
                        arrived[name].append(holds(result, arrival, contents))
                        leaving[name].append([a - s for a, s in zip(arrival, sent)])
                    except OSError as err:
                        capture_error = str(err)
                result["reads"] = len(result["reads"]) // 2
                results[name].append(result)
            floor.append([int(v) for v in check(run_once(floor_cmd, env), floor_cmd)["out"].split()])
            woken.append([int(v) for v in check(run_once(woken_cmd, env), woken_cmd)["out"].split()])
            # And what no client can avoid, sleeping or not: a program that never sleeps,
            # for as long as onyx's answer took, and the longest its core was taken away.
            spin_cmd = [OVERSLEEP, "spin", str(max(1, round(results["onyx"][-1]["wall"] * 1000)))]
            spun.append([int(v) for v in check(run_once(spin_cmd, env), spin_cmd)["out"].split()])
    wire = sum(len(p) for group in shapes.stream(DELTAS) for p in group)
    report.title(f"ask: {DELTAS:,} deltas, {wire / 1e6:.1f} MB chunked (uvicorn, one chunk per packet), "
                 f"{len(answer) / 1e3:.0f} KB answer; TCP congestion control {tcp_congestion()}")
    a, b = results["onyx"], results["onyx-cli"]
    report.text(f"| CPU, user + sys (detail) | {cpu_split(a)} | {cpu_split(b)} | | | |")
    report.ratio("ask, CPU (user + sys)", med(a, "cpu"), med(b, "cpu"), ms, 0.2, "ask.cpu")
    report.ratio("ask, peak RSS", med(a, "rss"), med(b, "rss"), mib, 0.5, "ask.rss")
    report.ratio("ask, wall", med(a, "wall"), med(b, "wall"), ms, None, "ask.wall")
    full = {n: all(r["out"].rstrip(b"\n") == answer for r in results[n]) for n in results}
    sizes = {n: len(results[n][0]["out"]) for n in results}
    report.text(f"| answer printed in full ({len(answer):,} bytes) | {'yes' if full['onyx'] else '**no**'} "
                f"({sizes['onyx']:,} B) | {'yes' if full['onyx-cli'] else 'no'} ({sizes['onyx-cli']:,} B) | | "
                f"all of it | {'met' if full['onyx'] else '**not met**'} |")
    # The goal is from each packet's arrival at the client (the kernel's timestamp on loopback);
    # without a capture it falls back on the server's mark of its write, which is earlier by
    # whatever time the packet then spent in the server's socket (TCP pacing).
    since_arrival = all(arrived[n] and len(arrived[n]) == len(timing[n]) for n in arrived)
    hold_rows = [("packet arrived", arrived, "ask.arrival")] if since_arrival else []
    hold_rows.append(("server's write", timing, "ask"))
    for index, (since, per_run, key) in enumerate(hold_rows):
        goal = 1e6 if index == 0 else None  # the first rows are the goal's
        firsts = {n: [t[0] for t in per_run[n] if t] for n in per_run}
        worst = {n: [max(t) for t in per_run[n] if t] for n in per_run}
        p99 = {n: [sorted(t)[int(len(t) * 0.99)] for t in per_run[n] if t] for n in per_run}
        report.absolute(f"first delta: {since} → first byte on stdout (median)", statistics.median(firsts["onyx"]),
                        statistics.median(firsts["onyx-cli"]), us_ms, goal, f"{key}.first_delta_ns")
        report.absolute(f"longest a delta was held back since its {since} (median of each run's max)",
                        statistics.median(worst["onyx"]), statistics.median(worst["onyx-cli"]), us_ms, goal,
                        f"{key}.max_hold_ns")
        report.absolute(f"longest a delta was held back since its {since} (worst run)", max(worst["onyx"]),
                        max(worst["onyx-cli"]), us_ms, None, f"{key}.max_hold_worst_ns")
        report.absolute(f"99th percentile of the hold-back since its {since} (median)",
                        statistics.median(p99["onyx"]), statistics.median(p99["onyx-cli"]), us_ms, None,
                        f"{key}.p99_hold_ns")
    if since_arrival:
        # A client that reads slowly fills the socket's buffers: its packets wait in the server.
        report.text("| in the server's socket: its write returned → the packet left (median / p99 / longest, "
                    f"all runs) | {' / '.join(us_ms(v) for v in spread(leaving['onyx']))} | "
                    f"{' / '.join(us_ms(v) for v in spread(leaving['onyx-cli']))} | | | |")
    else:
        report.text(f"| (no capture of arrivals: {capture_error}) | | | | | |")
    report.absolute(f"the machine's floor: how late a {FLOOR_SLEEP_US / 1000:g} ms sleep ends, longest of "
                    f"{FLOOR_SLEEPS} (bench/oversleep.c; median of runs)", statistics.median(f[0] for f in floor),
                    None, us_ms, None, "ask.floor_oversleep_ns", note="(any client that sleeps)")
    report.absolute("the machine's floor, worst run", max(f[0] for f in floor), None, us_ms, None,
                    "ask.floor_oversleep_worst_ns", note="")
    report.absolute("the machine's floor, 99th percentile (median)", statistics.median(f[1] for f in floor),
                    None, us_ms, None, "ask.floor_oversleep_p99_ns", note="")
    report.absolute(f"the same {FLOOR_SLEEPS} waits, each ended by a wake-up sent from the other core instead of "
                    "a timer: how late the longest came (bench/oversleep.c wake; median of runs)",
                    statistics.median(w[0] for w in woken), None, us_ms, None, "ask.floor_wake_ns",
                    note="(no timer)")
    report.absolute("the same, worst run", max(w[0] for w in woken), None, us_ms, None, "ask.floor_wake_worst_ns",
                    note="")
    report.absolute("the same, 99th percentile (median)", statistics.median(w[1] for w in woken), None, us_ms, None,
                    "ask.floor_wake_p99_ns", note="")
    report.absolute("the core taken from a program that never sleeps, as long as an answer takes: longest gap "
                    "between two clock reads (bench/oversleep.c spin; median of runs)",
                    statistics.median(g[0] for g in spun), None, us_ms, None, "ask.floor_spin_gap_ns",
                    note="(any client)")
    report.text(f"| the same: runs in which it lost its core for over 1 ms; gaps over 1 ms in all | "
                f"{sum(1 for g in spun if g[1])} of {len(spun)}; {sum(g[1] for g in spun)} | | | | |")
    report.data["ask.floor_spin_runs_over_1ms"] = sum(1 for g in spun if g[1])
    report.text(f"| reads of its stdout pipe (median; ≥ 1 per write that arrives alone) | "
                f"{med(a, 'reads'):,.0f} | {med(b, 'reads'):,.0f} | | | |")


def row_ask_cl(report, runs, workdir):
    with Server("mock", {"BENCH_DELTAS": str(DELTAS)}) as server:
        env = client_env(server.url, workdir)
        r = pairs(runs, {"onyx": ([ONYX, "ask", "q"], env),
                         "onyx-cli": ([ONYX_CLI, "ask", "--max-output", "0", "q"], env)})
    report.title("ask: the same packets with a content-length body (bench/mock_onyx.py)")
    a, b = r["onyx"], r["onyx-cli"]
    report.text(f"| CPU, user + sys (detail) | {cpu_split(a)} | {cpu_split(b)} | | | |")
    report.ratio("ask (content-length), CPU", med(a, "cpu"), med(b, "cpu"), ms, None, "ask_cl.cpu")
    report.ratio("ask (content-length), peak RSS", med(a, "rss"), med(b, "rss"), mib, None, "ask_cl.rss")


def row_requests(report, runs, workdir):
    tls = make_tls(workdir)
    report.title("one-request commands (uvicorn)")
    for scheme in ("http", "https"):
        with Server("uvicorn", {"BENCH_DELTAS": "10"}, tls if scheme == "https" else None) as server:
            env = client_env(server.url, workdir, tls[0] if scheme == "https" else None)
            commands = {
                "agent list": ([ONYX, "agent", "list"], env),
                "agents": ([ONYX_CLI, "agents"], env),
                "auth status": ([ONYX, "auth", "status"], env),
                "validate-config": ([ONYX_CLI, "validate-config"], env),
                "session list": ([ONYX, "session", "list"], env),
            }
            try:
                r = pairs(runs, commands, server)
            except SystemExit as err:
                report.text(f"| {scheme}: failed | {str(err).splitlines()[0][:120]} | | | | **not met** |")
                report.data[f"{scheme}.failed"] = str(err)
                log(err)
                continue
        for mine, theirs in (("agent list", "agents"), ("auth status", "validate-config"),
                             ("session list", "agents")):
            label = f"`{mine}` vs `onyx-cli {theirs}`, {scheme}"
            report.ratio(f"{label}, CPU", med(r[mine], "cpu"), med(r[theirs], "cpu"), ms, 0.5,
                         f"{scheme}.{mine}.cpu")
            report.ratio(f"{label}, wall", med(r[mine], "wall"), med(r[theirs], "wall"), ms, 0.5,
                         f"{scheme}.{mine}.wall")
            # The server's own time differs by route (50 sessions take FastAPI longer to
            # serialize than one agent): the client's share of the wall, side by side.
            report.text(f"| {label}, the server's own time in that wall | {ms(med(r[mine], 'served'))} | "
                        f"{ms(med(r[theirs], 'served'))} | | | |")
            report.ratio(f"{label}, wall less the server's own time", med(r[mine], "client_wall"),
                         med(r[theirs], "client_wall"), ms, 0.5, f"{scheme}.{mine}.client_wall")
        report.text(f"| peak RSS, {scheme} (agent list / agents) | {mib(med(r['agent list'], 'rss'))} | "
                    f"{mib(med(r['agents'], 'rss'))} | | | |")


def row_start(report, runs, workdir):
    with Server("uvicorn", {"BENCH_DELTAS": "10"}) as server:
        env = client_env(server.url, workdir)
        r = pairs(runs, {"onyx --help": ([ONYX, "--help"], env), "onyx-cli --help": ([ONYX_CLI, "--help"], env),
                         "onyx --version": ([ONYX, "--version"], env),
                         "onyx-cli --version": ([ONYX_CLI, "--version"], env)})
    report.title("start-up (onyx-cli --version also asks the server for its version)")
    for flag in ("--help", "--version"):
        a, b = r[f"onyx {flag}"], r[f"onyx-cli {flag}"]
        report.ratio(f"`{flag}`, CPU", med(a, "cpu"), med(b, "cpu"), ms, 0.5, f"start{flag}.cpu")
        report.ratio(f"`{flag}`, wall", med(a, "wall"), med(b, "wall"), ms, 0.5, f"start{flag}.wall")


def baseline_row(report, key, results, baseline, slack=1.2):
    """onyx against its own figures saved by --save-baseline (no onyx-cli equivalent)."""
    now = {"wall": med(results, "wall"), "cpu": med(results, "cpu"), "rss": med(results, "rss")}
    report.data[key] = now
    before = baseline.get(key)
    for what, fmt in (("wall", ms), ("cpu", ms), ("rss", mib)):
        if before:
            ratio = now[what] / before[what] if before[what] else 1.0
            # A few ms of CPU are noise-sized: a small absolute change is no regression.
            small = what != "rss" and now[what] - before[what] < 0.005
            mark = "met" if ratio <= slack or small else "**not met**"
            report.text(f"| {key}, {what} | {fmt(now[what])} | before: {fmt(before[what])} | {ratio:.2f} | "
                        f"≤ {slack:g}× before | {mark} |")
        else:
            report.text(f"| {key}, {what} | {fmt(now[what])} | (no baseline) | | | |")


def row_sessions(report, runs, workdir, baseline):
    report.title("no regression: session list of 10,000 sessions (onyx-cli has no such command)")
    with Server("mock", {"BENCH_DELTAS": "10", "BENCH_SESSIONS": "10000"}) as server:
        env = client_env(server.url, workdir)
        r = pairs(max(3, runs // 2), {"s": ([ONYX, "session", "list", "--limit", "10000", "--json"], env)})
    baseline_row(report, "session list --limit 10000 --json", r["s"], baseline)


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


def row_ingest(report, quick, workdir, baseline):
    small = int(os.environ.get("BENCH_INGEST_SMALL", "1000"))
    big = 0 if quick else int(os.environ.get("BENCH_INGEST_BIG", "20"))
    big_mb = int(os.environ.get("BENCH_INGEST_BIG_MB", "50"))
    report.title(f"no regression: ingest of {small} files of 100 KB and {big} of {big_mb} MB (one run each)")
    for label, count, size in (("1000 files", small, 100 << 10), ("20 x 50 MB", big, big_mb << 20)):
        if count == 0:
            continue
        folder = os.path.join(workdir, f"ingest-{count}")
        make_files(folder, count, size, ".pdf")
        with Server("mock", {"BENCH_DELTAS": "10"}) as server:
            env = client_env(server.url, workdir)
            cmd = [ONYX, "ingest", folder, "--docset", f"Bench-{count}"]
            first = check(run_once(cmd, env), cmd)
            again = check(run_once(cmd, env), cmd)
        baseline_row(report, f"ingest {label}, first run", [first], baseline)
        baseline_row(report, f"ingest {label}, unchanged re-run", [again], baseline)
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 pairs a row, no 20 x 50 MB ingest")
    parser.add_argument("--runs", type=int, default=None, help="pairs per row (default BENCH_RUNS or 11)")
    parser.add_argument("--only", default=",".join(ROWS), help=f"comma-separated rows: {','.join(ROWS)}")
    parser.add_argument("--no-build", action="store_true", help="use target/release/onyx as it is")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--realtime", action="store_true",
                        help="run the clients SCHED_FIFO (a shared machine's other load aside)")
    parser.add_argument("--congestion", metavar="NAME",
                        help="TCP congestion control for the run, e.g. cubic (root; restored after)")
    parser.add_argument("--static", action="store_true",
                        help=f"measure the static build ({STATIC_TARGET}); the default where it can be built")
    parser.add_argument("--glibc", action="store_true", help="measure the glibc build (what `cargo install` makes)")
    parser.add_argument("--save-baseline", action="store_true", help="store the no-regression rows as the base")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else int(os.environ.get("BENCH_RUNS", "11")))
    only = [r.strip() for r in args.only.split(",") if r.strip()]
    unknown = set(only) - set(ROWS)
    if unknown:
        parser.error(f"unknown rows: {', '.join(sorted(unknown))}")

    global ONYX
    if args.static and args.glibc:
        parser.error("--static and --glibc: one build at a time")
    ready = static_target_ready()
    if args.static and not ready:
        parser.error(f"--static needs `rustup target add {STATIC_TARGET}` and musl-gcc (Debian: musl-tools)")
    target = STATIC_TARGET if ready and not args.glibc else None
    if not ready and not args.glibc and not ONYX:
        log(f"measuring the glibc build: the static one needs `rustup target add {STATIC_TARGET}` and "
            "musl-gcc (Debian: musl-tools)")
    if not ONYX:
        ONYX = os.path.join(ROOT, "target", *([target] if target else []), "release", "onyx")
    if not args.no_build and not os.environ.get("BENCH_ONYX"):
        build = ["cargo", "build", "--release", "--locked", "--quiet", *(["--target", target] if target else [])]
        subprocess.run(build, cwd=ROOT, check=True)
    ensure_venv()
    baseline = json.load(open(BASELINE)) if os.path.exists(BASELINE) else {}
    workdir = tempfile.mkdtemp(prefix="onyx-bench-")
    global RUSAGE, OVERSLEEP, CAPTURE, REALTIME
    RUSAGE, OVERSLEEP, CAPTURE = (build_c(workdir, name) for name in ("rusage", "oversleep", "capture"))
    REALTIME = args.realtime
    os.sched_setaffinity(0, CLIENT_CPUS)
    machine_congestion = tcp_congestion()
    report = Report()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    report.text(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.platform()}; "
                f"{runs} pairs per row{'; clients SCHED_FIFO' if REALTIME else ''}; onyx {subprocess.run([ONYX, '--version'], capture_output=True, text=True).stdout.strip()}, {ONYX} ({linkage(ONYX)})")
    try:
        if args.congestion:
            set_tcp_congestion(args.congestion)
        for name in only:
            log(f"row {name} ...")
            if name == "ask":
                row_ask(report, runs, workdir)
            elif name == "ask-cl":
                row_ask_cl(report, runs, workdir)
            elif name == "requests":
                row_requests(report, runs, workdir)
            elif name == "start":
                row_start(report, runs, workdir)
            elif name == "sessions":
                row_sessions(report, runs, workdir, baseline)
            elif name == "ingest":
                row_ingest(report, args.quick, workdir, baseline)
    finally:
        if args.congestion:
            set_tcp_congestion(machine_congestion)
        shutil.rmtree(workdir, ignore_errors=True)
    print("\n".join(report.lines))
    if args.json:
        with open(args.json, "w") as out:
            json.dump(report.data, out, indent=1)
    if args.save_baseline:
        keep = {k: v for k, v in report.data.items() if k.startswith(("session list", "ingest"))}
        with open(BASELINE, "w") as out:
            json.dump(dict(baseline, **keep), out, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
