//! `onyx session`: what was asked.

use crate::support::{example_json, stderr_of, stdout_of, Onyx};
use serde_json::{json, Value};

const SESSION: &str = "3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01";

#[test]
fn list_shows_a_table() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-user-chat-sessions")
        .example("chat-get-user-chat-sessions.json")
        .mount();
    let out = onyx.cmd().args(["session", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("ID"), "{stdout}");
    assert!(
        lines[1].starts_with(SESSION) && lines[1].contains("Parental leave policy and exceptions"),
        "{stdout}"
    );
    assert!(lines[2].starts_with("b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38"), "{stdout}");
    assert_eq!(lines.len(), 3);
    insta::assert_snapshot!("session_list", stdout);
    // Scripts get the agent ids the other commands take, without asking for names.
    assert!(onyx.received_at("GET", "/persona").is_empty());
    // A person at an 80-column terminal gets aligned columns, the ids whole,
    // and times as "… ago" (made five minutes old here, so the snapshot holds).
    let onyx = Onyx::start();
    let mut page = example_json("chat-get-user-chat-sessions.json");
    let five_minutes_ago = (jiff::Timestamp::now() - jiff::SignedDuration::from_secs(300)).to_string();
    for session in page["sessions"].as_array_mut().unwrap() {
        session["time_created"] = json!(five_minutes_ago);
    }
    onyx.on("GET", "/chat/get-user-chat-sessions").json(page).mount();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let shown = crate::support::on_a_terminal_sized(&onyx, &["session", "list"], 80).replace("\r\n", "\n");
    insta::assert_snapshot!("session_list_on_a_terminal", shown);
}

#[test]
fn list_pages_with_before_until_the_limit() {
    let onyx = Onyx::start();
    let mut first = example_json("chat-get-user-chat-sessions.json");
    first["has_more"] = json!(true);
    let mut second = example_json("chat-get-user-chat-sessions.json");
    second["sessions"][0]["id"] = json!("00000000-0000-0000-0000-000000000003");
    second["sessions"][0]["time_updated"] = json!("2025-05-01T00:00:00+00:00");
    second["sessions"][1]["id"] = json!("00000000-0000-0000-0000-000000000004");
    onyx.on("GET", "/chat/get-user-chat-sessions")
        .json(first)
        .times(1)
        .mount();
    onyx.on("GET", "/chat/get-user-chat-sessions").json(second).mount();
    let out = onyx
        .cmd()
        .args(["session", "list", "--limit", "3", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            SESSION,
            "b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38",
            "00000000-0000-0000-0000-000000000003"
        ]
    );
    let calls = onyx.received_at("GET", "/chat/get-user-chat-sessions");
    assert_eq!(calls.len(), 2);
    assert!(calls[0].query_pairs().contains(&("page_size".into(), "3".into())));
    assert!(calls[1]
        .query_pairs()
        .contains(&("before".into(), "2025-05-30T16:41:09.774190+00:00".into())));
    assert!(calls[1].query_pairs().contains(&("page_size".into(), "1".into())));
}

#[test]
fn show_renders_the_conversation_with_citations() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .example("chat-get-chat-session.json")
        .mount();
    let out = onyx.cmd().args(["session", "show", SESSION]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(
        stdout.contains("you:\n    What is our parental leave policy"),
        "{stdout}"
    );
    assert!(stdout.contains("assistant:\n    Employees get 16 weeks"), "{stdout}");
    assert!(!stdout.contains("[[1]]"), "{stdout}");
    assert!(
        stdout.contains("    [1] Parental Leave Policy — https://wiki.acme-corp.example/spaces/HR/pages/48213/Parental+Leave+Policy"),
        "{stdout}"
    );
    assert!(stdout.contains("    [2] "), "{stdout}");
}

#[test]
fn show_json_is_the_server_object() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .example("chat-get-chat-session.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["session", "show", SESSION, "--json"])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value, example_json("chat-get-chat-session.json"));
}

#[test]
fn show_of_a_missing_session_fails() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .status(404)
        .json(json!({"detail": "Chat session not found"}))
        .mount();
    let out = onyx.cmd().args(["session", "show", SESSION]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr_of(&out).contains("Chat session not found"));
}

#[test]
fn delete_needs_confirmation() {
    let onyx = Onyx::start();
    onyx.on("DELETE", "/chat/delete-chat-session/{session_id}")
        .json(Value::Null)
        .mount();
    let out = onyx.cmd().args(["session", "delete", SESSION]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--yes"));
    assert!(onyx
        .received_at("DELETE", "/chat/delete-chat-session/{session_id}")
        .is_empty());

    let out = onyx
        .cmd()
        .args([
            "session",
            "delete",
            "--yes",
            SESSION,
            "b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let deleted: Vec<String> = onyx
        .received_at("DELETE", "/chat/delete-chat-session/{session_id}")
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert_eq!(
        deleted,
        [
            format!("/chat/delete-chat-session/{SESSION}"),
            "/chat/delete-chat-session/b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38".to_string()
        ]
    );
}

#[test]
fn delete_all() {
    let onyx = Onyx::start();
    onyx.on("DELETE", "/chat/delete-all-chat-sessions")
        .json(Value::Null)
        .mount();
    let out = onyx
        .cmd()
        .args(["session", "delete", "--all", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(onyx.received_at("DELETE", "/chat/delete-all-chat-sessions").len(), 1);
}

#[test]
fn rename() {
    let onyx = Onyx::start();
    onyx.on("PUT", "/chat/rename-chat-session")
        .example("chat-rename-chat-session.response.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["session", "rename", SESSION, "Leave policy Q&A"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Leave policy Q&A"));
    let body = onyx.received_at("PUT", "/chat/rename-chat-session")[0].json();
    assert_eq!(body, example_json("chat-rename-chat-session.request.json"));
}

#[test]
fn list_json_of_nothing_is_an_empty_array() {
    let onyx = Onyx::start();
    onyx.on("GET", "/chat/get-user-chat-sessions")
        .json(json!({"sessions": [], "has_more": false}))
        .mount();
    let out = onyx.cmd().args(["session", "list", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), json!([]));
    onyx.cmd()
        .args(["session", "list", "--jq", "length"])
        .assert()
        .success()
        .stdout("0\n");
}

#[test]
fn a_session_that_is_gone_is_not_found_everywhere() {
    let onyx = Onyx::start();
    onyx.on("DELETE", "/chat/delete-chat-session/{session_id}")
        .status(400)
        .json(json!({"detail": "Chat session has been deleted"}))
        .mount();
    onyx.on("POST", "/chat/send-chat-message")
        .body(
            "{\"error\": \"Chat session has been deleted\", \"stack_trace\": null, \"error_code\": \"VALIDATION_ERROR\", \"is_retryable\": true, \"details\": null}\n",
            "application/json",
        )
        .mount();
    let delete = onyx
        .cmd()
        .args(["session", "delete", SESSION, "--yes"])
        .output()
        .unwrap();
    assert_eq!(delete.status.code(), Some(9), "{}", stderr_of(&delete));
    assert!(
        stderr_of(&delete).contains(&format!("no chat session {SESSION}")),
        "{}",
        stderr_of(&delete)
    );

    let ask = onyx
        .cmd()
        .args(["ask", "--session", SESSION, "still there?"])
        .output()
        .unwrap();
    assert_eq!(ask.status.code(), Some(9), "{}", stderr_of(&ask));
    let stderr = stderr_of(&ask);
    assert_eq!(
        stderr.lines().count(),
        1,
        "one line, no session note for a session that is gone: {stderr}"
    );
    assert!(stderr.contains("Chat session has been deleted"), "{stderr}");
}

#[test]
fn continuing_a_deleted_last_session_says_so() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .times(1)
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .example("document-chunk-info.json")
        .mount();
    onyx.cmd().args(["ask", "--no-passages", "first"]).assert().success();
    onyx.on("POST", "/chat/send-chat-message")
        .body(
            "{\"error\": \"Chat session has been deleted\", \"stack_trace\": null, \"error_code\": \"VALIDATION_ERROR\", \"is_retryable\": true, \"details\": null}\n",
            "application/json",
        )
        .mount();
    let out = onyx.cmd().args(["ask", "-c", "again"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("ask without -c"), "{}", stderr_of(&out));
}

fn many_sessions(onyx: &Onyx) {
    let mut page = example_json("chat-get-user-chat-sessions.json");
    let sessions = page["sessions"].as_array_mut().unwrap();
    sessions[0]["id"] = json!("71279707-358d-457e-9a7f-2d5e6b8c9a01");
    sessions[0]["name"] = json!("Parental leave questions for the handbook review of spring");
    onyx.on("GET", "/chat/get-user-chat-sessions").json(page).mount();
}

/// A narrow terminal shortens the name, never the id a person copies.
#[test]
fn ids_are_never_cut_and_a_prefix_or_name_names_a_session() {
    let onyx = Onyx::start();
    many_sessions(&onyx);
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .example("chat-get-chat-session.json")
        .mount();
    let shown = crate::support::on_a_terminal_sized(&onyx, &["session", "list"], 60);
    assert!(shown.contains("71279707-358d-457e-9a7f-2d5e6b8c9a01"), "{shown}");

    onyx.cmd().args(["session", "show", "71279707"]).assert().success();
    onyx.cmd()
        .args([
            "session",
            "show",
            "parental leave questions for the handbook review of spring",
        ])
        .assert()
        .success();
    let asked: Vec<String> = onyx
        .received_at("GET", "/chat/get-chat-session/{session_id}")
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(
        asked,
        vec!["/chat/get-chat-session/71279707-358d-457e-9a7f-2d5e6b8c9a01"; 2],
        "the prefix and the name name the session"
    );
    let out = onyx.cmd().args(["session", "show", "ffff0000"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert!(
        stderr_of(&out).contains("by id, id prefix or name"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn an_unnamed_session_shows_no_empty_name() {
    let onyx = Onyx::start();
    let mut session = example_json("chat-get-chat-session.json");
    session["description"] = json!(null);
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .json(session)
        .mount();
    let out = onyx.cmd().args(["session", "show", SESSION]).output().unwrap();
    let first = stdout_of(&out).lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with(&format!("session: {SESSION}")), "{first}");
    assert!(!first.contains("name:"), "{first}");
}

#[test]
fn list_pages_again_when_the_server_closed_the_connection_between_pages() {
    // A server that answers each connection once, then closes it without
    // saying so (no `connection: close`): the next page must go out on a new
    // connection, not fail on the closed one.
    let page = |body: Value| {
        let body = body.to_string();
        vec![
            crate::support::raw::Step::Send(
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                )
                .into_bytes(),
            ),
            crate::support::raw::Step::Pause(std::time::Duration::from_millis(50)),
            crate::support::raw::Step::Close,
        ]
    };
    let mut first = example_json("chat-get-user-chat-sessions.json");
    first["has_more"] = json!(true);
    let mut second = example_json("chat-get-user-chat-sessions.json");
    second["sessions"][0]["id"] = json!("00000000-0000-0000-0000-000000000003");
    second["sessions"][0]["time_updated"] = json!("2025-05-01T00:00:00+00:00");
    let server = crate::support::raw::serve_with(move |head| {
        if head.contains("before=") {
            page(second.clone())
        } else {
            page(first.clone())
        }
    });
    let onyx = Onyx::start();
    let out = onyx
        .raw_cmd(&server)
        .args(["session", "list", "--limit", "3", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 3, "{listed}");
    assert_eq!(listed[2]["id"], "00000000-0000-0000-0000-000000000003");
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}
