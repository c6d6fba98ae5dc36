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

/// `onyx` alone is a screenful: what it is, its commands, where to start.
#[test]
fn onyx_alone_shows_the_commands_in_a_screenful() {
    let onyx = crate::support::Onyx::start();
    let out = onyx.bare_cmd().output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Commands:") && stdout.contains("  ask "), "{stdout}");
    assert!(!stdout.contains("Global options"), "{stdout}");
    assert!(stdout.lines().count() <= 35, "{} lines", stdout.lines().count());
}
