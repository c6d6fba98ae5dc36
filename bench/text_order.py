#!/usr/bin/env python3
"""Makes link/text-order.txt: the functions that onyx's common commands run, in the order
the linker lays them out in a release build (build.rs hands it to the linker).

    python3 bench/text_order.py          # builds, runs the commands under valgrind, writes the file
    python3 bench/text_order.py --static # the same for the static build: link/text-order-musl.txt

Why: the kernel maps a binary's text 64 KiB around every page a process touches (fault-
around). In the order LLVM emits them, the functions one command runs are spread over the
whole 11 MB binary, so `onyx ask` held ~5.5 MiB of text resident and `--version` 3.9 MiB
(docs/benchmarks.md). Laid side by side, they fill a few contiguous blocks.

How: a release binary that keeps its symbol table (ONYX_KEEP_SYMBOLS=1; the same profile,
hence the same symbol names, as the stripped one) runs each command below under callgrind,
against the benchmark's servers; every function of onyx's own binary that ran is listed,
those that more commands run first (start-up code, then the stream, then the rest), ties in
the address order LLVM gave them. Functions no command here runs stay where they were, after
these. A name that a later change of code or of a dependency no longer matches is simply
left in place (the linker is told not to warn), so a stale file costs locality, never a build.
Needs valgrind (Debian: apt install valgrind).
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import run  # noqa: E402  (the benchmark's servers, venv and environment)

# A function's symbol name differs between the two targets: a file for each.
OUT = {None: os.path.join(ROOT, "link", "text-order.txt"),
       run.STATIC_TARGET: os.path.join(ROOT, "link", "text-order-musl.txt")}


def commands(workdir, mock, stream, tls_stream, ca):
    """(label, argv, environment, on a terminal?) for every command profiled."""
    files = os.path.join(workdir, "docs")
    run.make_files(files, 5, 4 << 10, ".pdf")
    plain = run.client_env(mock.url, workdir)
    chunked = run.client_env(stream.url, workdir)
    tls = run.client_env(tls_stream.url, workdir, ca)
    styled = dict(chunked)
    del styled["NO_COLOR"]
    return [
        ("--help", ["--help"], plain, False),
        ("--version", ["--version"], plain, False),
        ("ask, chunked", ["ask", "q"], chunked, False),
        ("ask, content-length", ["ask", "q"], plain, False),
        ("ask --json", ["ask", "--json", "q"], chunked, False),
        ("ask on a terminal", ["ask", "q"], styled, True),
        ("agent list", ["agent", "list"], chunked, False),
        ("auth status", ["auth", "status"], chunked, False),
        ("session list", ["session", "list"], chunked, False),
        ("agent list, https", ["agent", "list"], tls, False),
        ("session list, https", ["session", "list"], tls, False),
        ("ingest", ["ingest", files, "--docset", "Order"], plain, False),
        ("ingest, unchanged", ["ingest", files, "--docset", "Order"], plain, False),
    ]


def executed(profile, binary):
    """Names of the functions of `binary` that ran, from a callgrind profile."""
    names, obj = set(), None
    with open(profile, errors="replace") as lines:
        for line in lines:
            if line.startswith("ob="):
                obj = line[3:].strip()
            elif line.startswith("fn=") and obj and os.path.realpath(obj) == binary:
                names.add(line[3:].strip())
    return names


def text_symbols(binary):
    """{name: address} of the binary's functions (local ones too: after LTO, most are)."""
    out = subprocess.run(["nm", "--defined-only", binary], check=True, capture_output=True, text=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] in ("t", "T"):
            symbols.setdefault(parts[2], int(parts[0], 16))
    return symbols


def main():
    target = run.STATIC_TARGET if sys.argv[1:] == ["--static"] else None
    if sys.argv[1:] not in ([], ["--static"]):
        raise SystemExit("usage: text_order.py [--static]")
    if not shutil.which("valgrind"):
        raise SystemExit("text_order.py needs valgrind (Debian: apt install valgrind)")
    if target and not run.static_target_ready():
        raise SystemExit(f"--static needs `rustup target add {target}` and musl-gcc (Debian: musl-tools)")
    env = dict(os.environ, ONYX_KEEP_SYMBOLS="1")
    build = ["cargo", "build", "--release", "--locked", "--quiet", *(["--target", target] if target else [])]
    subprocess.run(build, cwd=ROOT, env=env, check=True)
    binary = os.path.realpath(os.path.join(ROOT, "target", *([target] if target else []), "release", "onyx"))
    symbols = text_symbols(binary)
    if not symbols:
        raise SystemExit(f"{binary} has no symbol table: was it built with ONYX_KEEP_SYMBOLS=1?")
    run.ensure_venv()
    workdir = tempfile.mkdtemp(prefix="onyx-order-")
    ran = []
    try:
        ca, cert, key = run.make_tls(workdir)
        with run.Server("mock", {"BENCH_DELTAS": "2000", "BENCH_SESSIONS": "300"}) as mock, \
                run.Server("uvicorn", {"BENCH_DELTAS": "2000", "BENCH_SESSIONS": "300"}) as stream, \
                run.Server("uvicorn", {"BENCH_DELTAS": "10"}, (ca, cert, key)) as tls_stream:
            for index, (label, argv, cmd_env, terminal) in enumerate(commands(workdir, mock, stream, tls_stream, ca)):
                profile = os.path.join(workdir, f"callgrind.{index}")
                cmd = ["valgrind", "-q", "--tool=callgrind", "--demangle=no", "--compress-strings=no",
                       "--compress-pos=no", f"--callgrind-out-file={profile}", binary, *argv]
                if terminal:
                    cmd = ["script", "-qec", " ".join(f"'{c}'" for c in cmd), "/dev/null"]
                done = subprocess.run(cmd, env=cmd_env, stdin=subprocess.DEVNULL, capture_output=True)
                if done.returncode != 0:
                    raise SystemExit(f"{label}: exit {done.returncode}\n{done.stderr.decode(errors='replace')[-2000:]}")
                names = executed(profile, binary) & symbols.keys()
                run.log(f"{label}: {len(names)} functions")
                ran.append(names)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    first = {}
    count = {}
    for index, names in enumerate(ran):
        for name in names:
            first.setdefault(name, index)
            count[name] = count.get(name, 0) + 1
    order = sorted(count, key=lambda name: (-count[name], first[name], symbols[name]))
    out_file = OUT[target]
    os.makedirs(os.path.dirname(out_file), exist_ok=True)
    with open(out_file + ".tmp", "w") as out:
        out.write("# Made by bench/text_order.py: the functions onyx's common commands run, most shared first.\n")
        out.write("# The linker lays them out in this order (build.rs); regenerate after dependency updates.\n")
        out.write("\n".join(order) + "\n")
    os.replace(out_file + ".tmp", out_file)
    run.log(f"wrote {out_file}: {len(order)} functions of {len(symbols)}")


if __name__ == "__main__":
    main()
