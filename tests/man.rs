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

/// A page reads as man(7) expects: the command as typed in SYNOPSIS, its
/// examples, the exit status, environment and files; no page for `help`.
#[test]
fn pages_have_the_sections_a_reader_expects() {
    let onyx = Onyx::start();
    let out = onyx.dir.path().join("man");
    onyx.bare_cmd().args(["man", "--dir"]).arg(&out).assert().success();
    let login = std::fs::read_to_string(out.join("onyx-auth-login.1")).unwrap();
    for section in [
        "SYNOPSIS",
        "EXAMPLES",
        "EXIT STATUS",
        "ENVIRONMENT",
        "FILES",
        "SEE ALSO",
    ] {
        assert!(
            login.contains(&format!(".SH \"{section}\"")) || login.contains(&format!(".SH {section}")),
            "{section} missing:\n{login}"
        );
    }
    assert!(
        login.contains("\\fBonyx auth login\\fR"),
        "SYNOPSIS names the command as typed:\n{login}"
    );
    assert!(!login.contains("EXTRA"), "{login}");
    let top = std::fs::read_to_string(out.join("onyx.1")).unwrap();
    assert!(
        !top.contains("onyx-help"),
        "onyx.1 refers to a page that does not exist"
    );
    assert!(!out.join("onyx-help.1").exists());
}
