//! The checked-in completions and man pages match the command tree.

use crate::support::Onyx;
use std::path::Path;

fn assert_same_tree(generated: &Path, checked_in: &Path, regenerate: &str) {
    let mut names: Vec<_> = std::fs::read_dir(generated)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    for name in &names {
        let fresh = std::fs::read(generated.join(name)).unwrap();
        let kept = std::fs::read(checked_in.join(name)).unwrap_or_default();
        assert!(
            fresh == kept,
            "{} is stale; regenerate with: {regenerate}",
            checked_in.join(name).display()
        );
    }
    let kept = std::fs::read_dir(checked_in).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        kept,
        names.len(),
        "{} has files no command generates; {regenerate}",
        checked_in.display()
    );
}

#[test]
fn completions_are_fresh() {
    let onyx = Onyx::start();
    let out = onyx.dir.path().join("completions");
    onyx.bare_cmd()
        .args(["completions", "--dir"])
        .arg(&out)
        .assert()
        .success();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_same_tree(
        &out,
        &root.join("completions"),
        "cargo run -- completions --dir completions",
    );
    onyx.bare_cmd()
        .args(["completions", "zsh"])
        .assert()
        .success()
        .stdout(predicates::str::contains("#compdef onyx"));
}

#[test]
fn man_pages_are_fresh() {
    let onyx = Onyx::start();
    let out = onyx.dir.path().join("man");
    onyx.bare_cmd().args(["man", "--dir"]).arg(&out).assert().success();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_same_tree(&out, &root.join("docs").join("man"), "cargo run -- man --dir docs/man");
    assert!(out.join("onyx-auth-login.1").exists());
}
