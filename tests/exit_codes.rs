//! The exit-code table has one definition (`ExitCode` in src/error.rs), which
//! `onyx --help` prints; README.md and docs/guide.md repeat it for readers
//! who never run the binary, and must not drift from it.

use crate::support::{stdout_of, Onyx};
use std::path::Path;

/// (code, meaning) rows of the table `onyx --help` ends with.
fn help_table() -> Vec<(String, String)> {
    let onyx = Onyx::start();
    let out = onyx.bare_cmd().arg("--help").output().unwrap();
    let help = stdout_of(&out);
    let table = help
        .split("Exit codes:\n")
        .nth(1)
        .expect("--help has an exit-code table")
        .split("\n\n")
        .next()
        .unwrap();
    table
        .lines()
        .map(|line| {
            let line = line.trim_start();
            let (code, meaning) = line.split_once(' ').expect("a code, then its meaning");
            (code.to_string(), meaning.trim_start().to_string())
        })
        .collect()
}

/// (code, meaning) rows of the first Markdown table after `heading`: its first two columns.
fn markdown_table(file: &str, heading: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let section = text
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("{file} has no '{heading}' section"))
        .1;
    section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect()
}

#[test]
fn readme_and_guide_show_the_exit_codes_of_help() {
    let help = help_table();
    assert_eq!(help.len(), 14, "{help:?}");
    assert_eq!(help[0], ("0".to_string(), "success".to_string()));
    assert_eq!(
        help.last().unwrap(),
        &("130".to_string(), "interrupted (Ctrl-C)".to_string())
    );
    assert_eq!(
        markdown_table("README.md", "## Exit codes"),
        help,
        "README.md's exit codes drifted from src/error.rs (what `onyx --help` shows)"
    );
    assert_eq!(
        markdown_table("docs/guide.md", "## 4. Exit codes"),
        help,
        "docs/guide.md's exit codes drifted from src/error.rs (what `onyx --help` shows)"
    );
}

/// A reader gone before onyx writes (`onyx … | head` once head has exited):
/// the write fails with EPIPE and onyx exits 0 quietly, rather than being
/// killed by SIGPIPE (no exit code at all) or reporting an error.
#[test]
fn a_closed_stdout_pipe_ends_onyx_quietly_with_0() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("onyx"))
        .arg("--version")
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
