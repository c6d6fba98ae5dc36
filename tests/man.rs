//! `onyx man`: the checked-in man pages match the command tree.

use crate::support::{assert_same_tree, Onyx};
use std::path::Path;

#[test]
fn man_pages_are_fresh() {
    let onyx = Onyx::start();
    let out = onyx.dir.path().join("man");
    onyx.bare_cmd().args(["man", "--dir"]).arg(&out).assert().success();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_same_tree(&out, &root.join("docs").join("man"), "cargo run -- man --dir docs/man");
    assert!(out.join("onyx-auth-login.1").exists());
}
