//! Stamps the git commit into `onyx --version` ("unknown" outside a checkout)
//! and decides how a release binary is linked on Linux.

use std::path::Path;
use std::process::{Command, Stdio};

/// The functions the common commands run, in the order the linker lays them
/// out (made by `bench/text_order.py`; docs/benchmarks.md says why). One file
/// per C library: a function's symbol name differs between the two targets.
const TEXT_ORDER: &str = "link/text-order.txt";
const TEXT_ORDER_MUSL: &str = "link/text-order-musl.txt";

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=ONYX_GIT_COMMIT={commit}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    println!("cargo:rerun-if-changed={TEXT_ORDER}");
    println!("cargo:rerun-if-changed={TEXT_ORDER_MUSL}");
    println!("cargo:rerun-if-env-changed=ONYX_KEEP_SYMBOLS");
    static_libc_mem();
    // Debug builds (and the tests) keep the defaults.
    if std::env::var("PROFILE").as_deref() != Ok("release")
        || std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("linux")
    {
        return;
    }
    // A position-dependent executable: the dynamic loader has no relocations
    // to apply to it (~21,000 in a PIE, each a write to a page that the
    // process then holds), which is start-up time and resident memory of
    // every command.
    // Not for musl: its static-pie start-up code (rcrt1.o, which rustc picks
    // for that target) relocates the binary itself and crashes in one linked
    // without PIE.
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    // Symbols are stripped here rather than by the profile's `strip`: the
    // profile is part of every crate's symbol hashes, so a build keeping its
    // symbols for bench/text_order.py would name every function differently
    // from the build it orders.
    if std::env::var_os("ONYX_KEEP_SYMBOLS").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,--strip-all");
    }
    // The functions that commands run, laid out side by side: the kernel maps
    // a binary's text 64 KiB around each page a process touches, so code
    // spread over the whole binary is resident memory and page faults of
    // every command. Only where the linker understands the order (rust-lld,
    // rustc's default here since 1.90; mold; a recent lld): a probe link says.
    let musl = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("musl");
    let order_file = if musl { TEXT_ORDER_MUSL } else { TEXT_ORDER };
    let order = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(order_file);
    let mut order_args = Vec::new();
    // rustc links the musl target with the system's GNU ld, which has no
    // symbol order: the C compiler is pointed at the lld that the toolchain
    // ships (and links the gnu target with) instead.
    if let Some(lld) = musl.then(toolchain_lld).flatten() {
        order_args.push("-fuse-ld=lld".to_string());
        order_args.push(format!("-B{}", lld.display()));
    }
    order_args.push(format!("-Wl,--symbol-ordering-file={}", order.display()));
    // A function renamed since the order was made is simply left where it is.
    order_args.push("-Wl,--no-warn-symbol-ordering".to_string());
    if order.is_file() && probe_links("order", &order_args) {
        for arg in &order_args {
            println!("cargo:rustc-link-arg-bins={arg}");
        }
    }
    // The unwinder linked in (what `-static-libgcc` does for a C program)
    // rather than loaded from libgcc_s.so: one shared library fewer to map and
    // bind, and its constructor no longer runs `cpuid` a dozen times, each a
    // trap to the hypervisor on a virtual machine; together about a tenth of
    // a one-request command's CPU. Rust links `-lgcc_s` by name, so the static
    // unwinder is offered under that name in a directory searched first.
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") {
        if let Some(dir) = static_unwinder() {
            println!("cargo:rustc-link-search=native={}", dir.display());
        }
    }
}

/// link/mem.c: memcpy, memmove and memcmp for the static (musl) binary,
/// whose own are slow on the few-byte copies and compares Rust makes all the
/// time (see there). Built into every x86_64 build under its own names, so
/// that the tests check it wherever they run; the musl build links it whole,
/// as its memcpy, memmove, memcmp and bcmp, ahead of musl's.
fn static_libc_mem() {
    println!("cargo:rerun-if-changed=link/mem.c");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("x86_64") {
        return;
    }
    let mut build = cc::Build::new();
    build
        .file("link/mem.c")
        .opt_level(2)
        // It must not be compiled into calls to itself.
        .flag("-ffreestanding")
        .flag("-fno-builtin")
        .flag_if_supported("-fno-tree-loop-distribute-patterns");
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("musl") {
        build.define("ONYX_LIBC_MEM", None).link_lib_modifier("+whole-archive");
    }
    build.compile("onyx_mem");
}

/// The toolchain's directory of lld under the names a C compiler looks for
/// (`-B` it, then `-fuse-ld=lld`), when it has one.
fn toolchain_lld() -> Option<std::path::PathBuf> {
    let output = Command::new(std::env::var("RUSTC").ok()?)
        .args(["--print", "sysroot"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let sysroot = String::from_utf8(output.stdout).ok()?;
    let dir = Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(std::env::var("HOST").ok()?)
        .join("bin/gcc-ld");
    dir.join("ld.lld").is_file().then_some(dir)
}

/// A directory holding the C compiler's libgcc_eh.a as libgcc_s.a, when there
/// is one and a program links with it.
fn static_unwinder() -> Option<std::path::PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let output = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let archive = std::path::PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    // Without the archive the compiler prints the bare name back.
    if !archive.is_absolute() || !archive.is_file() {
        return None;
    }
    let dir = Path::new(&std::env::var("OUT_DIR").ok()?).join("static-unwinder");
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::copy(&archive, dir.join("libgcc_s.a")).ok()?;
    probe_links("unwinder", &[format!("-L{}", dir.display())]).then_some(dir)
}

/// Links an empty program with these linker arguments, the way this build links.
fn probe_links(name: &str, link_args: &[String]) -> bool {
    let (Ok(rustc), Ok(out_dir), Ok(target)) = (
        std::env::var("RUSTC"),
        std::env::var("OUT_DIR"),
        std::env::var("TARGET"),
    ) else {
        return false;
    };
    let source = Path::new(&out_dir).join(format!("{name}_probe.rs"));
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let mut probe = Command::new(rustc);
    probe
        .arg(&source)
        .arg("-o")
        .arg(Path::new(&out_dir).join(format!("{name}_probe")))
        .args(["--target", &target]);
    for arg in link_args {
        probe.arg("-C").arg(format!("link-arg={arg}"));
    }
    if let Ok(linker) = std::env::var("RUSTC_LINKER") {
        probe.arg("-C").arg(format!("linker={linker}"));
    }
    if let Ok(flags) = std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        probe.args(flags.split('\u{1f}').filter(|flag| !flag.is_empty()));
    }
    probe
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}
