//! `onyx --help` and `--version`: what a newcomer reads first.

use crate::support::{stdout_of, Onyx};
use predicates::prelude::*;

#[test]
fn help_lists_exit_codes() {
    let onyx = Onyx::start();
    onyx.bare_cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:").and(predicate::str::contains("12   answer stream cut")));
    // The whole page, so a change of layout or wording is reviewed as a diff.
    let help = onyx.bare_cmd().arg("--help").output().unwrap();
    insta::assert_snapshot!("onyx_help", stdout_of(&help));
    onyx.bare_cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!(
            "onyx {}",
            env!("CARGO_PKG_VERSION")
        )));
}
