//! `onyx search`: what is there, without an answer.

use crate::support::{example_json, stderr_of, stdout_of, Onyx};
use serde_json::{json, Value};

#[test]
fn shows_results_and_sends_filters() {
    let onyx = Onyx::start();
    onyx.on("POST", "/search").example("search.response.json").mount();
    let out = onyx
        .cmd()
        .args([
            "search",
            "who approves",
            "leave exceptions",
            "--source",
            "confluence",
            "--source",
            "web",
            "--since",
            "2024-06-01",
            "--limit",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.contains("Requesting a Leave Exception"), "{stdout}");
    assert!(!stdout.contains("Parental Leave Policy"), "{stdout}");
    let body = onyx.received_at("POST", "/search")[0].json();
    assert_eq!(body["query"], "who approves leave exceptions");
    assert_eq!(body["sources"], json!(["confluence", "web"]));
    assert_eq!(body["time_cutoff"], "2024-06-01T00:00:00Z");
    assert!(body.get("document_sets").is_none());
}

#[test]
fn json_is_the_server_answer() {
    let onyx = Onyx::start();
    onyx.on("POST", "/search").example("search.response.json").mount();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["search", "leave", "--docset", "HR Policies", "--json"])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value, example_json("search.response.json"));
    assert_eq!(
        onyx.received_at("POST", "/search")[0].json()["document_sets"],
        json!(["HR Policies"])
    );
}

#[test]
fn an_impossible_date_is_refused_before_anything_is_sent() {
    let onyx = Onyx::start();
    onyx.on("POST", "/search").example("search.response.json").mount();
    for command in ["search", "ask"] {
        let out = onyx
            .cmd()
            .args([command, "leave", "--since", "2025-13-45"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        let stderr = stderr_of(&out);
        assert!(stderr.contains("--since") && stderr.contains("YYYY-MM-DD"), "{stderr}");
    }
    assert!(onyx.received().is_empty(), "nothing may be sent");
    let out = onyx
        .cmd()
        .args(["search", "leave", "--since", "2024-06-01T09:30:00+02:00"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/search")[0].json();
    assert_eq!(body["time_cutoff"], "2024-06-01T07:30:00Z");
}
