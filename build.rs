//! Stamps the git commit into `onyx --version`; "unknown" outside a checkout.

fn main() {
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=ONYX_GIT_COMMIT={commit}");
    // A release binary on Linux is linked as a position-dependent executable:
    // the dynamic loader then has no relocations to apply to it (~21,000 in a
    // PIE, each a write to a page that the process then holds), which is
    // start-up time and resident memory of every command. Debug builds (and
    // the tests) keep the default.
    if std::env::var("PROFILE").as_deref() == Ok("release")
        && std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
    {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
}
