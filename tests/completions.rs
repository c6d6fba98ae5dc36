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

/// What the shell's TAB gets back for `words` (the generated script calls
/// the binary the same way: COMPLETE=<shell>, then `-- onyx WORDS…`).
fn complete(cmd: &mut assert_cmd::Command, shell: &str, words: &[&str]) -> std::process::Output {
    let index = words.len().to_string();
    cmd.env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", &index)
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .arg("--")
        .arg("onyx")
        .args(words)
        .output()
        .unwrap()
}

fn values(out: &std::process::Output) -> Vec<String> {
    crate::support::stdout_of(out)
        .split(['\n', '\u{b}'])
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

#[test]
fn complete_env_prints_the_registration_script() {
    let onyx = Onyx::start();
    let out = onyx.bare_cmd().env("COMPLETE", "bash").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let script = crate::support::stdout_of(&out);
    assert!(script.contains("_clap_complete_onyx()"), "{script}");
    assert!(script.contains("COMPLETE=\"bash\""), "{script}");
}

#[test]
fn names_are_completed_from_the_server_and_flags_only_after_a_dash() {
    let onyx = Onyx::start();
    let mut benefits = crate::support::example_json("document-set-list.json")[0].clone();
    benefits["id"] = serde_json::json!(3);
    benefits["name"] = serde_json::json!("Benefits");
    let hr = crate::support::example_json("document-set-list.json")[0].clone();
    onyx.on("GET", "/manage/document-set")
        .json(serde_json::json!([hr, benefits]))
        .mount();
    onyx.on("GET", "/persona").example("persona-list.json").mount();

    let out = complete(&mut onyx.cmd(), "bash", &["docset", "show", ""]);
    assert_eq!(out.status.code(), Some(0), "{}", crate::support::stderr_of(&out));
    assert_eq!(values(&out), ["HR Policies", "Benefits"]);
    assert!(out.stderr.is_empty());

    let out = complete(&mut onyx.cmd(), "fish", &["ask", "--docset", "Be"]);
    assert_eq!(values(&out), ["Benefits"]);
    let out = complete(&mut onyx.cmd(), "fish", &["ask", "--agent", ""]);
    assert_eq!(values(&out), ["Assistant", "HR Helper"]);

    let out = complete(&mut onyx.cmd(), "fish", &["docset", "show", "--"]);
    let flags = values(&out);
    assert!(
        flags.contains(&"--wait".to_string()) && flags.contains(&"--json".to_string()),
        "{flags:?}"
    );
}

#[test]
fn sources_profiles_and_config_keys_are_completed_without_a_server() {
    let onyx = Onyx::start();
    std::fs::write(
        onyx.config_dir().join("config.json"),
        r#"{"profiles": {"default": {}, "staging": {"server_url": "https://staging.example"}}}"#,
    )
    .unwrap();
    let out = complete(&mut onyx.bare_cmd(), "fish", &["ask", "--source", "conf"]);
    assert_eq!(values(&out), ["confluence"]);
    let out = complete(&mut onyx.bare_cmd(), "fish", &["--profile", ""]);
    assert_eq!(values(&out), ["default", "staging"]);
    let out = complete(&mut onyx.bare_cmd(), "fish", &["config", "set", "co"]);
    assert_eq!(values(&out), ["color"]);
}

#[test]
fn a_server_that_is_down_completes_nothing_and_prints_no_error() {
    let onyx = Onyx::start();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let mut cmd = onyx.cmd();
    cmd.env("ONYX_SERVER_URL", &url);
    let out = complete(&mut cmd, "bash", &["connector", "show", "HR"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "{:?}", values(&out));
    assert!(out.stderr.is_empty(), "{}", crate::support::stderr_of(&out));
}
