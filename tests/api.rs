//! `onyx api`: any endpoint with the profile's base URL and credentials.

use crate::support::{stderr_of, Onyx};
use predicates::prelude::*;

#[test]
fn get_with_jq_prints_raw_strings() {
    let onyx = Onyx::with_prefix("/api");
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.cmd()
        .args(["api", "GET", "/persona", "--jq", ".[].name"])
        .assert()
        .success()
        .stdout("Assistant\nHR Helper\n");
}

#[test]
fn json_output_is_the_servers_json() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let out = onyx.cmd().args(["api", "GET", "persona"]).output().unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value, crate::support::example_json("persona-list.json"));
}

#[test]
fn fields_go_to_the_query_for_get_and_the_body_for_post() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-user-chat-sessions")
        .example("chat-get-user-chat-sessions.json")
        .mount();
    onyx.on("POST", "/manage/admin/document-set")
        .body("7", "application/json")
        .mount();
    onyx.cmd()
        .args(["api", "GET", "/chat/get-user-chat-sessions", "-f", "page_size=5"])
        .assert()
        .success();
    onyx.cmd()
        .args([
            "api",
            "POST",
            "/manage/admin/document-set",
            "-f",
            "name=Legal",
            "-f",
            "description=contracts",
            "-F",
            "cc_pair_ids=[2]",
            "-F",
            "is_public=true",
        ])
        .assert()
        .success()
        .stdout("7\n");
    let get = &onyx.received_at("GET", "/chat/get-user-chat-sessions")[0];
    assert_eq!(get.query_pairs(), vec![("page_size".to_string(), "5".to_string())]);
    let post = &onyx.received_at("POST", "/manage/admin/document-set")[0];
    assert_eq!(
        post.json(),
        serde_json::json!({"name": "Legal", "description": "contracts", "cc_pair_ids": [2], "is_public": true})
    );
}

#[test]
fn body_from_input_file() {
    let onyx = Onyx::start();
    onyx.on("PATCH", "/admin/api-key/{api_key_id}")
        .example("api-key-list.json")
        .mount();
    let file = onyx.dir.path().join("body.json");
    std::fs::write(&file, crate::support::example("api-key-update.request.json")).unwrap();
    onyx.cmd()
        .args(["api", "PATCH", "/admin/api-key/3", "--input"])
        .arg(&file)
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("PATCH", "/admin/api-key/{api_key_id}")[0].json(),
        crate::support::example_json("api-key-update.request.json")
    );
}

#[test]
fn bad_jq_and_bad_method_are_usage_errors() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.cmd()
        .args(["api", "GET", "/persona", "--jq", ".[0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--jq"));
    onyx.cmd()
        .args(["api", "FETCH", "/persona"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown HTTP method"));
}

#[test]
fn closed_pipe_is_not_an_error() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    // `head -c1` closes the pipe after one byte; onyx must exit 0 and say nothing.
    let script = format!(
        "'{}' api GET /persona | head -c1 >/dev/null; exit ${{PIPESTATUS[0]}}",
        assert_cmd::cargo::cargo_bin("onyx").display()
    );
    let mut cmd = onyx.cmd();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .output()
        .unwrap();
    let _ = &mut cmd;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_field_without_equals_names_the_flag() {
    let onyx = Onyx::start();
    onyx.cmd()
        .args(["api", "post", "/persona", "-f", "no-equals"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--field").and(predicate::str::contains("KEY=VALUE")));
    assert!(onyx.received().is_empty());
}

#[test]
fn a_jq_expression_that_does_not_parse_says_where() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    for (expr, place) in [
        (".[0", "expected closing bracket at the end"),
        (".a | foo bar", "unexpected input at column 10"),
    ] {
        let out = onyx
            .cmd()
            .args(["api", "GET", "/persona", "--jq", expr])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = stderr_of(&out);
        assert!(stderr.contains(place), "{expr}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

/// jaq has no recursion bound: a filter that calls itself without end used
/// to abort the process (exit 134).
#[test]
fn a_jq_filter_that_recurses_without_end_is_one_clear_error() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let out = onyx
        .cmd()
        .args(["api", "GET", "/persona", "--jq", "def f: [f]; f"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("recursed without end"), "{stderr}");
}
