//! Stamps the git commit into `onyx --version` ("unknown" outside a checkout)
//! and decides how a release binary is linked on Linux.

use std::path::Path;
use std::process::{Command, Stdio};

/// The functions the common commands run, in the order the linker lays them
/// out (made by `bench/text_order.py`; docs/benchmarks.md says why).
const TEXT_ORDER: &str = "link/text-order.txt";

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
    println!("cargo:rerun-if-env-changed=ONYX_KEEP_SYMBOLS");
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
    println!("cargo:rustc-link-arg-bins=-no-pie");
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
    let order = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(TEXT_ORDER);
    if order.is_file() && linker_takes_order(&order) {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // A function renamed since the order was made is simply left where it is.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// Links an empty program with the order, the way this build links.
fn linker_takes_order(order: &Path) -> bool {
    let (Ok(rustc), Ok(out_dir), Ok(target)) = (
        std::env::var("RUSTC"),
        std::env::var("OUT_DIR"),
        std::env::var("TARGET"),
    ) else {
        return false;
    };
    let source = Path::new(&out_dir).join("order_probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let mut probe = Command::new(rustc);
    probe
        .arg(&source)
        .arg("-o")
        .arg(Path::new(&out_dir).join("order_probe"))
        .args(["--target", &target, "-C"])
        .arg(format!("link-arg=-Wl,--symbol-ordering-file={}", order.display()))
        .args(["-C", "link-arg=-Wl,--no-warn-symbol-ordering"]);
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
