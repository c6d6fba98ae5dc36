//! `onyx ask`: a question in, the streamed answer and its sources out.

use crate::support::{example, on_a_terminal, raw, stderr_of, stdout_of, Onyx, TEST_KEY};
use serde_json::{json, Value};
use std::time::Duration;

const SESSION: &str = "3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01";
const POLICY: &str = "https://wiki.acme-corp.example/spaces/HR/pages/48213/Parental+Leave+Policy";

fn answering(onyx: &Onyx) {
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .example("document-chunk-info.json")
        .mount();
}

/// The first `n` lines of the recorded stream, each with its newline.
fn stream_lines(n: usize) -> String {
    example("chat-send-chat-message.stream.ndjson")
        .lines()
        .take(n)
        .map(|l| format!("{l}\n"))
        .collect()
}

fn packet(obj: Value) -> String {
    json!({"placement": {"turn_index": 0, "tab_index": 0, "sub_turn_index": null, "model_index": 0}, "obj": obj})
        .to_string()
        + "\n"
}

#[test]
fn streams_the_answer_then_sources_with_exact_passages() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx
        .cmd()
        .args(["ask", "What is our parental leave policy?"])
        .output()
        .unwrap();
    let stdout = stdout_of(&out);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.starts_with("Employees get 16 weeks of fully paid parental leave"),
        "{stdout}"
    );
    assert!(stdout.contains("birth or adoption [1]. Exceptions"), "{stdout}");
    assert!(!stdout.contains("[[1]]"), "{stdout}");
    assert!(stdout.contains("\nSources\n"), "{stdout}");
    assert!(
        stdout.contains(&format!("[1] Parental Leave Policy — {POLICY}")),
        "{stdout}"
    );
    assert!(stdout.contains("[2] "), "{stdout}");
    assert!(
        stdout.contains("    Eligible employees receive 16 weeks of fully paid parental leave."),
        "{stdout}"
    );
    assert!(stderr.contains(&format!("session: {SESSION}")), "{stderr}");
    assert!(!stderr.contains(TEST_KEY));

    let sent = onyx.received_at("POST", "/chat/send-chat-message");
    assert_eq!(sent.len(), 1);
    let body = sent[0].json();
    assert_eq!(body["message"], "What is our parental leave policy?");
    // Named after its question, so `session list` tells it apart.
    assert_eq!(
        body["chat_session_info"],
        json!({"persona_id": 0, "description": "What is our parental leave policy?"})
    );
    assert_eq!(body["stream"], true);
    assert_eq!(body["origin"], "api");
    assert_eq!(body["include_citations"], true);
    assert_eq!(body["file_descriptors"], json!([]));
    assert!(body.get("chat_session_id").is_none());

    let chunks = onyx.received_at("GET", "/document/chunk-info");
    assert_eq!(chunks.len(), 2);
    let asked: Vec<Vec<(String, String)>> = chunks.iter().map(|r| r.query_pairs()).collect();
    assert!(asked
        .iter()
        .any(|q| q.contains(&("document_id".into(), POLICY.into())) && q.contains(&("chunk_id".into(), "3".into()))));
}

#[test]
fn raw_markers_keep_the_server_text() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx
        .cmd()
        .args(["ask", "--raw-markers", "--no-passages", "leave?"])
        .output()
        .unwrap();
    let stdout = stdout_of(&out);
    assert!(stdout.contains(&format!("adoption [[1]]({POLICY})")), "{stdout}");
    assert!(onyx.received_at("GET", "/document/chunk-info").is_empty());
    assert!(!stdout.contains("Eligible employees"), "{stdout}");
}

#[test]
fn json_is_one_object_with_citations_and_passages() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx.cmd().args(["ask", "--json", "leave?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(value["answer"].as_str().unwrap().contains(&format!("[[1]]({POLICY})")));
    let plain = value["answer_citationless"].as_str().unwrap();
    assert!(plain.contains("birth or adoption. Exceptions"), "{plain}");
    assert!(!plain.contains("[["), "{plain}");
    assert_eq!(value["chat_session_id"], SESSION);
    assert_eq!(value["user_message_id"], 41);
    assert_eq!(value["assistant_message_id"], 42);
    assert_eq!(value["stop_reason"], "finished");
    assert_eq!(value["error"], Value::Null);
    assert_eq!(value["queries"].as_array().unwrap().len(), 3);
    let first = &value["citations"][0];
    assert_eq!(first["number"], 1);
    assert_eq!(first["document_id"], POLICY);
    assert_eq!(first["title"], "Parental Leave Policy");
    assert_eq!(first["chunk_ind"], 3);
    assert_eq!(first["passage_from"], "chunk");
    assert!(first["passage"].as_str().unwrap().contains("16 weeks"));
    assert!(value["documents"].as_array().unwrap().len() >= 2);
    assert!(value["reasoning"].as_str().unwrap().contains("parental leave"));
}

#[test]
fn jsonl_prints_events_as_they_arrive_and_passes_unknown_packets() {
    let onyx = Onyx::start();
    let body = stream_lines(2)
        + &packet(json!({"type": "python_tool_start", "code": "print(1)"}))
        + &packet(json!({"type": "message_start", "final_documents": null}))
        + &packet(json!({"type": "message_delta", "content": "Hi"}))
        + &packet(json!({"type": "stop", "stop_reason": null}));
    onyx.on("POST", "/chat/send-chat-message")
        .body(&body, "text/event-stream")
        .mount();
    let out = onyx.cmd().args(["ask", "--jsonl", "hi"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let events: Vec<Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = events.iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["session", "message_ids", "unknown", "answer_start", "answer", "stop"]
    );
    assert_eq!(events[2]["packet"]["type"], "python_tool_start");
    assert_eq!(events[4]["text"], "Hi");
}

#[test]
fn a_passage_that_cannot_be_fetched_falls_back_to_the_blurb() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .status(404)
        .json(json!({"detail": "Chunk not found"}))
        .mount();
    let out = onyx.cmd().args(["ask", "leave?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = stdout_of(&out);
    assert!(stdout.contains("could not be fetched"), "{stdout}");
    assert!(stderr_of(&out).contains("warning: 2 cited passages could not be fetched"));
}

#[test]
fn continue_uses_the_last_session_of_the_profile() {
    let onyx = Onyx::start();
    answering(&onyx);
    let first = onyx.cmd().args(["ask", "--no-passages", "leave?"]).output().unwrap();
    assert_eq!(first.status.code(), Some(0));
    let second = onyx
        .cmd()
        .args(["ask", "-c", "--no-passages", "and for adoption?"])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(0), "{}", stderr_of(&second));
    let sent = onyx.received_at("POST", "/chat/send-chat-message");
    assert_eq!(sent.len(), 2);
    let body = sent[1].json();
    assert_eq!(body["chat_session_id"], SESSION);
    assert_eq!(body["parent_message_id"], -1);
    assert!(body.get("chat_session_info").is_none());
}

#[test]
fn continue_without_an_earlier_session_is_a_usage_error() {
    let onyx = Onyx::start();
    let out = onyx.cmd().args(["ask", "-c", "more?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(onyx.received().is_empty());
}

#[test]
fn session_flag_continues_that_session() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx
        .cmd()
        .args([
            "ask",
            "--session",
            "b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38",
            "--no-passages",
            "q",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(body["chat_session_id"], "b71d0e9c-2a44-4f3b-8d65-0c9e1f2a7b38");
}

#[test]
fn agent_by_name_filters_and_deep_research_go_into_the_request() {
    let onyx = Onyx::start();
    answering(&onyx);
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let mut benefits = crate::support::example_json("document-set-list.json")[0].clone();
    benefits["id"] = json!(3);
    benefits["name"] = json!("Benefits");
    let hr = crate::support::example_json("document-set-list.json")[0].clone();
    onyx.on("GET", "/manage/document-set")
        .json(json!([hr, benefits]))
        .mount();
    let out = onyx
        .cmd()
        .args([
            "ask",
            "--agent",
            "hr helper",
            "--docset",
            "HR Policies",
            "--docset",
            "Benefits",
            "--source",
            "confluence",
            "--since",
            "2024-01-01",
            "--deep-research",
            "--no-passages",
            "leave?",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(body["chat_session_info"]["persona_id"], 3);
    assert_eq!(body["deep_research"], true);
    let filters = &body["internal_search_filters"];
    assert_eq!(filters["document_set"], json!(["HR Policies", "Benefits"]));
    assert_eq!(filters["source_type"], json!(["confluence"]));
    assert_eq!(filters["updated_at_range"]["start"], "2024-01-01T00:00:00Z");
}

#[test]
fn an_unknown_agent_fails_before_asking() {
    let onyx = Onyx::start();
    answering(&onyx);
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let out = onyx.cmd().args(["ask", "--agent", "Nobody", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr_of(&out).contains("no agent 'Nobody'"));
    assert!(onyx.received_at("POST", "/chat/send-chat-message").is_empty());
}

#[test]
fn piped_stdin_is_extra_context() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx
        .cmd()
        .args(["ask", "--no-passages", "review this"])
        .write_stdin("diff --git a/x b/x\n+new line\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(body["message"], "review this");
    assert_eq!(body["additional_context"], "diff --git a/x b/x\n+new line\n");
}

#[test]
fn an_empty_question_is_refused_before_any_request() {
    let onyx = Onyx::start();
    let out = onyx.cmd().args(["ask", "  "]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("no question"));
    let out = onyx.cmd().args(["ask"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(onyx.received().is_empty());
}

#[test]
fn an_error_line_mid_stream_keeps_what_arrived() {
    for terminator in ["\n", ""] {
        let onyx = Onyx::start();
        let body = stream_lines(21)
            + r#"{"error": "The LLM provider rejected the request", "stack_trace": null, "error_code": "RATE_LIMIT", "is_retryable": true, "details": null}"#
            + terminator;
        onyx.on("POST", "/chat/send-chat-message")
            .body(&body, "text/event-stream")
            .mount();
        let out = onyx.cmd().args(["ask", "--no-passages", "leave?"]).output().unwrap();
        let stdout = stdout_of(&out);
        let stderr = stderr_of(&out);
        // The stream's error_code decides the exit code as its HTTP twin would: 429 → 6.
        assert_eq!(out.status.code(), Some(6), "{stderr}");
        assert!(stdout.starts_with("Employees get 16 weeks"), "{stdout}");
        let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error: ")).collect();
        assert_eq!(errors.len(), 1, "{stderr}");
        assert!(
            errors[0].contains("The LLM provider rejected the request (RATE_LIMIT)"),
            "{stderr}"
        );
    }
}

#[test]
fn an_early_stream_error_is_shown_as_the_server_said_it() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream-error-early.ndjson")
        .mount();
    let out = onyx.cmd().args(["ask", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "{}", stdout_of(&out));
    let stderr = stderr_of(&out);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("No default LLM model found (VALIDATION_ERROR)"),
        "{stderr}"
    );
}

#[test]
fn a_failed_tool_is_a_warning_and_the_answer_goes_on() {
    let onyx = Onyx::start();
    let body = stream_lines(2)
        + &packet(json!({"type": "search_tool_start", "is_internet_search": false}))
        + &packet(json!({"type": "error"}))
        + &packet(json!({"type": "section_end"}))
        + &packet(json!({"type": "message_start", "final_documents": null}))
        + &packet(json!({"type": "message_delta", "content": "Done anyway."}))
        + &packet(json!({"type": "stop", "stop_reason": null}));
    onyx.on("POST", "/chat/send-chat-message")
        .body(&body, "text/event-stream")
        .mount();
    let out = onyx.cmd().args(["ask", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_of(&out), "Done anyway.\n");
    assert!(
        stderr_of(&out).contains("warning: a tool failed"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn deep_research_refused_with_403_shows_the_server_words() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .status(403)
        .json(json!({"detail": "Deep research is not enabled for this workspace"}))
        .mount();
    onyx.on("GET", "/me").example("me.json").mount();
    let out = onyx.cmd().args(["ask", "--deep-research", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr_of(&out).contains("Deep research is not enabled for this workspace"));
}

#[test]
fn no_stream_prints_the_full_answer_with_the_passages_the_llm_read() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.json")
        .mount();
    let out = onyx.cmd().args(["ask", "--no-stream", "leave?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.starts_with("Employees get 16 weeks"), "{stdout}");
    assert!(stdout.contains("adoption [1]."), "{stdout}");
    assert!(
        stdout.contains(&format!("[1] Parental Leave Policy — {POLICY}")),
        "{stdout}"
    );
    assert!(stdout.contains("    Eligible employees receive 16 weeks"), "{stdout}");
    assert_eq!(
        onyx.received_at("POST", "/chat/send-chat-message")[0].json()["stream"],
        false
    );
    assert!(onyx.received_at("GET", "/document/chunk-info").is_empty());
}

/// `onyx ask` against a server that sends these chunks of the answer stream
/// and then drops the connection.
fn ask_on_a_stream_cut_after(onyx: &Onyx, chunks: Vec<String>) -> std::process::Output {
    let mut script = vec![raw::stream_head()];
    script.extend(chunks.into_iter().map(|chunk| raw::Step::Chunk(chunk.into_bytes())));
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    onyx.raw_cmd(&server)
        .args(["ask", "--no-passages", "q"])
        .output()
        .unwrap()
}

#[test]
fn a_cut_stream_keeps_the_partial_answer_and_exits_12() {
    let onyx = Onyx::start();
    let chunks = stream_lines(20).lines().map(|line| format!("{line}\n")).collect();
    let out = ask_on_a_stream_cut_after(&onyx, chunks);
    let stdout = stdout_of(&out);
    assert_eq!(out.status.code(), Some(12), "{}", stderr_of(&out));
    assert!(
        stdout.starts_with("Employees get 16 weeks of fully paid parental leave"),
        "{stdout}"
    );
    assert!(stderr_of(&out).contains("incomplete"), "{}", stderr_of(&out));
}

#[test]
fn a_stream_cut_after_a_long_burst_keeps_every_delta_that_came() {
    // More than one read's buffer arrives at once before the cut: the reads
    // that take it in must hand all of it on before reporting the end.
    let onyx = Onyx::start();
    let mut lines = stream_lines(2);
    lines += &packet(json!({"type": "message_start", "final_documents": null}));
    let words: Vec<String> = (0..3000).map(|i| format!("w{i} ")).collect();
    for word in &words {
        lines += &packet(json!({"type": "message_delta", "content": word}));
    }
    let out = ask_on_a_stream_cut_after(&onyx, vec![lines]);
    assert_eq!(out.status.code(), Some(12), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim_end(), words.concat().trim_end());
    assert!(stderr_of(&out).contains("incomplete"), "{}", stderr_of(&out));
}

#[test]
fn heartbeats_keep_a_slow_stream_alive() {
    let onyx = Onyx::start();
    let heartbeat = packet(json!({"type": "chat_heartbeat"}));
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(2).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    for _ in 0..3 {
        script.push(raw::Step::Pause(Duration::from_millis(1500)));
        script.push(raw::Step::Chunk(heartbeat.clone().into_bytes()));
    }
    for obj in [
        json!({"type": "message_start", "final_documents": null}),
        json!({"type": "message_delta", "content": "Slow but sure."}),
        json!({"type": "stop", "stop_reason": null}),
    ] {
        script.push(raw::Step::Chunk(packet(obj).into_bytes()));
    }
    script.push(raw::Step::EndChunks);
    let server = raw::serve(script);
    let out = onyx
        .raw_cmd(&server)
        .args(["ask", "--timeout", "2", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "Slow but sure.\n");
}

/// `onyx ask --no-passages q` started in the background, its stdout and
/// stderr piped, for a test that acts while the answer streams.
fn spawn_asking(cmd: assert_cmd::Command) -> std::process::Child {
    let mut std_cmd = std::process::Command::new(cmd.get_program());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => std_cmd.env(key, value),
            None => std_cmd.env_remove(key),
        };
    }
    std_cmd
        .args(["ask", "--no-passages", "q"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Writes are gathered for a moment, but a delta is never kept waiting for
/// the next packet: here the server sends nothing more until the first
/// delta has been read from onyx's stdout.
#[test]
fn a_delta_is_on_stdout_before_the_next_packet_is_sent() {
    use std::io::Read;
    let onyx = Onyx::start();
    let gate = raw::Gate::default();
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(2).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    for obj in [
        json!({"type": "message_start", "final_documents": null}),
        json!({"type": "message_delta", "content": "First words"}),
    ] {
        script.push(raw::Step::Chunk(packet(obj).into_bytes()));
    }
    script.push(raw::Step::Wait(gate.clone()));
    for obj in [
        json!({"type": "message_delta", "content": ", then the rest."}),
        json!({"type": "stop", "stop_reason": null}),
    ] {
        script.push(raw::Step::Chunk(packet(obj).into_bytes()));
    }
    script.push(raw::Step::EndChunks);
    let server = raw::serve(script);
    let mut child = spawn_asking(onyx.raw_cmd(&server));
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut piece = [0u8; 256];
    while !String::from_utf8_lossy(&seen).contains("First words") {
        let n = stdout.read(&mut piece).unwrap();
        assert!(n > 0, "stdout ended early: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&piece[..n]);
    }
    assert!(
        !gate.gave_up(),
        "the first delta was written only after the server sent the next packet"
    );
    gate.open();
    stdout.read_to_end(&mut seen).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&seen), "First words, then the rest.\n");
}

/// After a write onyx sleeps out a window before it reads again; a stream
/// that then goes quiet must be read again the moment its next packet comes,
/// not at the read timeout.
#[test]
fn a_pause_after_the_first_words_ends_with_the_next_packet() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(2).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    script.push(raw::Step::Chunk(
        packet(json!({"type": "message_start", "final_documents": null})).into_bytes(),
    ));
    for words in ["First words", ", after a pause", ", and the end."] {
        script.push(raw::Step::Chunk(
            packet(json!({"type": "message_delta", "content": words})).into_bytes(),
        ));
        script.push(raw::Step::Pause(Duration::from_millis(1200)));
    }
    script.push(raw::Step::Chunk(
        packet(json!({"type": "stop", "stop_reason": null})).into_bytes(),
    ));
    script.push(raw::Step::EndChunks);
    let server = raw::serve(script);
    // Each pause is within the 2 s read timeout; a read that waited for
    // more than the next packet would run into it.
    let out = onyx
        .raw_cmd(&server)
        .args(["ask", "--no-passages", "--timeout", "2", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "First words, after a pause, and the end.\n");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_generation_and_exits_130() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(20).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    script.push(raw::Step::Pause(Duration::from_secs(4)));
    script.push(raw::Step::Chunk(packet(json!({"type": "chat_heartbeat"})).into_bytes()));
    script.push(raw::Step::Pause(Duration::from_secs(4)));
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    let child = spawn_asking(onyx.raw_cmd(&server));
    std::thread::sleep(Duration::from_millis(2000));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).starts_with("Employees get 16 weeks"),
        "{}",
        stdout_of(&out)
    );
    let requests = server.requests.lock().unwrap().clone();
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with(&format!("POST /chat/stop-chat-session/{SESSION}"))),
        "{requests:?}"
    );
}

#[test]
fn a_cut_stream_with_json_still_prints_what_arrived() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(20).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    let out = onyx
        .raw_cmd(&server)
        .args(["ask", "--json", "--no-passages", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(12), "{}", stderr_of(&out));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["stop_reason"], "truncated");
    assert!(value["answer"].as_str().unwrap().starts_with("Employees get 16 weeks"));
    assert_eq!(value["chat_session_id"], SESSION);
}

#[test]
fn reasoning_goes_to_stderr_only_when_asked() {
    let onyx = Onyx::start();
    answering(&onyx);
    let out = onyx
        .cmd()
        .args(["ask", "--reasoning", "--no-passages", "q"])
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("The user is asking about parental leave and who signs off on exceptions."),
        "{stderr}"
    );
    assert!(!stdout_of(&out).contains("The user is asking"));
    let out = onyx.cmd().args(["ask", "--no-passages", "q"]).output().unwrap();
    assert!(!stderr_of(&out).contains("The user is asking"));
}

#[test]
fn a_cut_stream_is_resumed_from_the_server_without_repeating_what_arrived() {
    let onyx = Onyx::start();
    // The whole answer, as a stream that is never cut gives it.
    answering(&onyx);
    let whole = onyx
        .cmd()
        .args(["ask", "--json", "--no-passages", "q"])
        .output()
        .unwrap();
    let whole: Value = serde_json::from_slice(&whole.stdout).unwrap();

    let server = raw::serve_with(|head| {
        let mut script = vec![raw::stream_head()];
        let lines = example("chat-send-chat-message.stream.ndjson");
        if head.starts_with("GET /chat/chat-session/") {
            // The replay: the run's buffer from its start, then the end.
            for line in lines.lines() {
                script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
            }
            script.push(raw::Step::EndChunks);
        } else {
            for line in lines.lines().take(20) {
                script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
            }
            script.push(raw::Step::Close);
        }
        script
    });
    let out = onyx
        .raw_cmd(&server)
        .args(["ask", "--json", "--no-passages", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let resumed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(resumed["answer"], whole["answer"]);
    assert_eq!(resumed["citations"], whole["citations"]);
    assert_eq!(resumed["stop_reason"], "finished");
    let requests = server.requests.lock().unwrap();
    assert_eq!(requests.len(), 2);
    assert!(
        requests[1].starts_with(&format!("GET /chat/chat-session/{SESSION}/resume-stream?cursor=0 ")),
        "{}",
        requests[1]
    );
}

#[test]
fn a_line_longer_than_16_mib_is_refused_not_held() {
    let onyx = Onyx::start();
    let body = stream_lines(2)
        + &packet(json!({"type": "message_start", "final_documents": null}))
        + &packet(json!({"type": "message_delta", "content": "Before the flood."}))
        + &"a".repeat(16 * 1024 * 1024 + 1)
        + "\n"
        + &packet(json!({"type": "stop", "stop_reason": null}));
    onyx.on("POST", "/chat/send-chat-message")
        .body(&body, "text/event-stream")
        .mount();
    let out = onyx.cmd().args(["ask", "--no-passages", "q"]).output().unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout_of(&out).starts_with("Before the flood."), "{}", stdout_of(&out));
    assert!(
        stderr.contains("a line of the answer stream is longer than 16 MiB"),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );
}

#[test]
fn an_unreachable_model_is_a_server_failure() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .body(
            "{\"error\": \"litellm.APIConnectionError: OpenAIException - Connection error.\", \"stack_trace\": null, \"error_code\": \"UNKNOWN_ERROR\", \"is_retryable\": true, \"details\": null}\n",
            "application/json",
        )
        .mount();
    let out = onyx.cmd().args(["ask", "hello"]).output().unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Connection error"), "{}", stderr_of(&out));
}

/// Escape sequences in server text reach a terminal as visible text: no
/// window retitle, no screen clear, no clipboard write. A pipe gets the bytes.
#[test]
fn server_text_cannot_drive_the_terminal() {
    let onyx = Onyx::start();
    let body = stream_lines(2)
        + &packet(json!({"type": "message_start", "final_documents": null}))
        + &packet(
            json!({"type": "message_delta", "content": "Hello \u{1b}]0;pwned\u{7} and \u{1b}[2J and \u{1b}]52;c;ZXZpbA==\u{7} done."}),
        )
        + &packet(json!({"type": "stop", "stop_reason": null}));
    onyx.on("POST", "/chat/send-chat-message")
        .body(&body, "text/event-stream")
        .mount();
    let shown = on_a_terminal(&onyx, &["ask", "--no-passages", "hi"]);
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "raw escapes reached the terminal: {shown:?}"
    );
    assert!(shown.contains("\\x1b]0;pwned\\x07"), "{shown:?}");
    assert!(shown.contains("done."), "{shown:?}");

    let piped = onyx.cmd().args(["ask", "--no-passages", "hi"]).output().unwrap();
    assert!(
        stdout_of(&piped).contains("\u{1b}]0;pwned\u{7}"),
        "a pipe gets the text as it is"
    );
}

/// On a terminal the answer's last line is ended before the session note,
/// which comes on its own line after the sources.
#[test]
fn the_session_note_never_joins_the_answer_line() {
    let onyx = Onyx::start();
    answering(&onyx);
    let shown = on_a_terminal(&onyx, &["ask", "What is our parental leave policy?"]);
    let lines: Vec<&str> = shown.lines().collect();
    let note = lines
        .iter()
        .position(|l| l.contains("session:"))
        .unwrap_or_else(|| panic!("no session note: {shown}"));
    assert!(
        lines[note].trim_start().starts_with("session: "),
        "glued to other text: {:?}",
        lines[note]
    );
    let sources = lines
        .iter()
        .position(|l| l.contains("Sources"))
        .expect("a Sources block");
    assert!(note > sources, "the note comes after the sources: {shown}");
}

/// A filter naming a document set or source that does not exist would find
/// nothing without a word: it is refused before the question is sent.
#[test]
fn a_misspelt_docset_or_source_is_refused_with_the_closest_name() {
    let onyx = Onyx::start();
    answering(&onyx);
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["ask", "--docset", "HR Polices", "leave?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("did you mean 'HR Policies'"),
        "{}",
        stderr_of(&out)
    );
    let out = onyx
        .cmd()
        .args(["ask", "--source", "confluenc", "leave?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("did you mean 'confluence'"),
        "{}",
        stderr_of(&out)
    );
    // A case-insensitive name is the set as the server spells it.
    onyx.cmd()
        .args(["ask", "--docset", "hr policies", "--no-passages", "leave?"])
        .assert()
        .success();
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(
        body["internal_search_filters"]["document_set"],
        json!(["HR Policies"]),
        "{body}"
    );
    let out = onyx
        .cmd()
        .args(["search", "--docset", "Nope", "leave"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
    assert!(onyx.received_at("POST", "/search").is_empty());
}

/// Blank lines inside a cited passage are one paragraph break, not a gap.
#[test]
fn a_passage_keeps_one_blank_line_between_paragraphs() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .mount();
    let mut chunk = crate::support::example_json("document-chunk-info.json");
    chunk["content"] = json!("Parental Leave Policy\n\n\n\nEligible employees receive 16 weeks.");
    onyx.on("GET", "/document/chunk-info").json(chunk).mount();
    for shown in [
        stdout_of(&onyx.cmd().args(["ask", "leave?"]).output().unwrap()),
        on_a_terminal(&onyx, &["ask", "leave?"]).replace("\r\n", "\n"),
    ] {
        assert!(
            shown.contains("    Parental Leave Policy\n\n    Eligible employees receive 16 weeks."),
            "{shown:?}"
        );
    }
}

/// A silence mid-answer longer than --timeout is a timeout (exit 7), like a
/// stall before the answer, with what arrived kept on stdout.
#[test]
fn a_silence_mid_stream_is_a_timeout() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for line in stream_lines(2).lines() {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    for obj in [
        json!({"type": "message_start", "final_documents": null}),
        json!({"type": "message_delta", "content": "Half an"}),
    ] {
        script.push(raw::Step::Chunk(packet(obj).into_bytes()));
    }
    script.push(raw::Step::Pause(Duration::from_secs(4)));
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    let out = onyx
        .raw_cmd(&server)
        .args(["ask", "--no-passages", "--timeout", "1", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(stdout_of(&out).starts_with("Half an"), "{}", stdout_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("--timeout") && !stderr.contains("within 0s"),
        "{stderr}"
    );
}

/// The three packets of a short answer, "Split " + "reads." then stop.
fn short_answer_packets() -> Vec<String> {
    vec![
        packet(json!({"type": "message_start", "final_documents": null})),
        packet(json!({"type": "message_delta", "content": "Split "})),
        packet(json!({"type": "message_delta", "content": "reads."})),
        packet(json!({"type": "stop", "stop_reason": null})),
    ]
}

#[test]
fn a_chunked_stream_split_anywhere_with_extensions_and_trailers_is_read_in_full() {
    let onyx = Onyx::start();
    // The framing a server or proxy may use: extensions after a chunk's size,
    // a chunk holding a packet and a half, trailers after the last chunk,
    // and every piece arriving in its own read (a pause between writes).
    let body = short_answer_packets().concat().into_bytes();
    let (first, rest) = body.split_at(body.len() / 3 + 5);
    let mut wire = format!("{:X};name=\"value\"\r\n", first.len()).into_bytes();
    wire.extend_from_slice(first);
    wire.extend_from_slice(format!("\r\n{:x} ; ext\r\n", rest.len()).as_bytes());
    wire.extend_from_slice(rest);
    wire.extend_from_slice(b"\r\n0\r\nx-trailer: done\r\n\r\n");
    let mut script = vec![raw::stream_head()];
    for piece in wire.chunks(7) {
        script.push(raw::Step::Send(piece.to_vec()));
        script.push(raw::Step::Pause(Duration::from_millis(2)));
    }
    let server = raw::serve(script);
    let out = onyx.raw_cmd(&server).args(["ask", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "Split reads.\n");
    let request = server.requests.lock().unwrap()[0].to_lowercase();
    assert!(
        request.starts_with("post /chat/send-chat-message http/1.1\r\n"),
        "{request}"
    );
    assert!(
        request.contains(&format!("authorization: bearer {}", TEST_KEY.to_lowercase())),
        "{request}"
    );
    assert!(request.contains("user-agent: onyx-cli-rs/"), "{request}");
    assert!(request.contains("content-type: application/json"), "{request}");
    assert!(request.contains("\"stream\":true"), "{request}");
}

#[test]
fn a_chunk_cut_in_its_middle_keeps_the_partial_answer_and_exits_12() {
    let onyx = Onyx::start();
    let packets = short_answer_packets();
    let mut script = vec![raw::stream_head()];
    script.push(raw::Step::Chunk(packets[..2].concat().into_bytes()));
    // A chunk that announces more than is ever sent.
    script.push(raw::Step::Send(format!("{:x}\r\n", 500).into_bytes()));
    script.push(raw::Step::Send(packets[2].as_bytes()[..10].to_vec()));
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    let out = onyx.raw_cmd(&server).args(["ask", "q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(12), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "Split \n");
    assert!(stderr_of(&out).contains("incomplete"), "{}", stderr_of(&out));
}

#[test]
fn a_stream_through_an_http_proxy_from_the_environment_goes_through_it() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for packet in short_answer_packets() {
        script.push(raw::Step::Chunk(packet.into_bytes()));
    }
    script.push(raw::Step::EndChunks);
    let proxy = raw::serve(script);
    let out = onyx
        .bare_cmd()
        .env("ONYX_SERVER_URL", "http://onyx.invalid")
        .env("ONYX_API_PREFIX", "")
        .env("ONYX_API_KEY", TEST_KEY)
        .env("HTTP_PROXY", &proxy.url)
        .args(["ask", "q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "Split reads.\n");
    let request = proxy.requests.lock().unwrap()[0].clone();
    assert!(
        request.starts_with("POST http://onyx.invalid/chat/send-chat-message HTTP/1.1\r\n"),
        "{request}"
    );
}

mod render;
