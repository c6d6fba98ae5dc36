//! `onyx completions`: the checked-in completions match the command tree.

use crate::support::{assert_same_tree, Onyx};
use std::path::Path;

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
