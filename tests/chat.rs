//! `onyx chat`: a person's session through a pseudo-terminal — questions,
//! follow-ups, slash commands, Ctrl-C during an answer, Ctrl-D to leave.

use crate::support::{example, example_json, mount_answering, raw, stderr_of, Onyx};
use expectrl::{ControlCode, Expect, Session};
use serde_json::{json, Value};
use std::time::Duration;

const SESSION: &str = "3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01";

/// `onyx chat ARGS` in a pseudo-terminal with the environment of `cmd`.
pub(crate) fn spawn(cmd: assert_cmd::Command, args: &[&str], env: &[(&str, &str)]) -> expectrl::session::OsSession {
    let mut command = crate::support::std_command(&cmd);
    command.envs(env.iter().copied()).arg("chat").args(args);
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Types `line` once the prompt is there: what is typed ahead of the prompt
/// is dropped by the line editor, as by a shell.
pub(crate) fn say(session: &mut expectrl::session::OsSession, line: &str) {
    expect(session, "> ");
    session.send_line(line).unwrap();
}

pub(crate) fn expect(session: &mut expectrl::session::OsSession, text: &str) {
    if let Err(e) = session.expect(text) {
        panic!("waited for {text:?}: {e}");
    }
}

/// Ctrl-D at the prompt, then the exit status as text ("Exited(Pid(…), 0)").
pub(crate) fn leave(mut session: expectrl::session::OsSession) -> String {
    expect(&mut session, "> ");
    session.send(ControlCode::EndOfTransmission).unwrap();
    exit_status(session)
}

/// The exit status once the process ends; a chat that does not end within
/// 20 s is killed and the test fails, rather than hanging.
fn exit_status(mut session: expectrl::session::OsSession) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let status = format!("{:?}", session.get_process().status().unwrap());
        if !status.contains("StillAlive") {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = session.get_process_mut().kill(expectrl::process::unix::Signal::SIGKILL);
            panic!("onyx chat did not end");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn providers() -> Value {
    json!({
        "providers": [{"id": 4, "name": "openai", "provider": "openai", "provider_display_name": "OpenAI",
            "model_configurations": [{"id": 7, "name": "gpt-4o", "is_visible": true, "supports_image_input": true, "display_name": "GPT-4o"}]}],
        "default_text": {"provider_id": 4, "model_name": "gpt-4o"}
    })
}

fn world(onyx: &Onyx) {
    mount_answering(onyx);
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.on("GET", "/llm/provider").json(providers()).mount();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
}

#[test]
fn questions_and_follow_ups_stream_with_sources_then_ctrl_d_leaves() {
    let onyx = Onyx::start();
    world(&onyx);
    let mut chat = spawn(onyx.cmd(), &[], &[]);
    expect(&mut chat, "/help for commands");
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "Employees get 16 weeks of fully paid parental leave");
    expect(&mut chat, "Sources");
    expect(&mut chat, "[1] Parental Leave Policy");
    expect(
        &mut chat,
        "Eligible employees receive 16 weeks of fully paid parental leave.",
    );
    expect(&mut chat, &format!("session: {SESSION}"));
    say(&mut chat, "And for adoption?");
    expect(&mut chat, "Sources");
    say(&mut chat, "/sources");
    expect(&mut chat, "[2] ");
    say(&mut chat, "/agent HR Helper");
    expect(&mut chat, "Agent: HR Helper");
    say(&mut chat, "/model gpt-4o");
    expect(&mut chat, "Model: openai/gpt-4o");
    say(&mut chat, "/docset 'HR Policies'");
    expect(&mut chat, "Searching only these document sets: HR Policies.");
    say(&mut chat, "Who approves exceptions? \\");
    chat.send_line("Answer briefly.").unwrap();
    expect(&mut chat, "Sources");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");

    let sent: Vec<Value> = onyx
        .received_at("POST", "/chat/send-chat-message")
        .iter()
        .map(|r| r.json())
        .collect();
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0]["message"], "What is our parental leave policy?");
    assert_eq!(
        sent[0]["chat_session_info"],
        json!({"persona_id": 0, "description": "What is our parental leave policy?"})
    );
    assert!(sent[0].get("chat_session_id").is_none());
    assert_eq!(sent[1]["chat_session_id"], SESSION, "a follow-up stays in the session");
    // /agent starts a new session with that agent; /model and /docset apply from then on.
    assert!(sent[2].get("chat_session_id").is_none(), "{}", sent[2]);
    assert_eq!(sent[2]["chat_session_info"]["persona_id"], 3);
    assert_eq!(sent[2]["message"], "Who approves exceptions? \nAnswer briefly.");
    assert_eq!(sent[2]["llm_override"]["model_configuration_id"], 7);
    assert_eq!(
        sent[2]["internal_search_filters"]["document_set"],
        json!(["HR Policies"])
    );

    let history = std::fs::read_to_string(onyx.state_dir().join("chat-history").join("default.txt")).unwrap();
    assert!(history.contains("What is our parental leave policy?"), "{history}");
}

#[test]
fn slash_commands_help_open_copy_new_and_sessions() {
    let onyx = Onyx::start();
    world(&onyx);
    onyx.on("GET", "/chat/get-user-chat-sessions")
        .example("chat-get-user-chat-sessions.json")
        .mount();
    let opened = onyx.dir.path().join("opened.txt");
    let browser = onyx.dir.path().join("browser.sh");
    std::fs::write(&browser, format!("#!/bin/sh\necho \"$1\" >> {}\n", opened.display())).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let browser = browser.display().to_string();
    let mut chat = spawn(onyx.cmd(), &[], &[("BROWSER", browser.as_str())]);
    expect(&mut chat, "/help for commands");
    say(&mut chat, "/help");
    expect(&mut chat, "/docset [NAME…]");
    say(&mut chat, "/frobnicate");
    expect(&mut chat, "error: no command /frobnicate; /help lists them");
    say(&mut chat, "/open 1");
    expect(&mut chat, "error: no answer yet: ask a question first");
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "Sources");
    say(&mut chat, "/open 1");
    expect(
        &mut chat,
        "Opened [1] https://wiki.acme-corp.example/spaces/HR/pages/48213/Parental+Leave+Policy",
    );
    say(&mut chat, "/open 7");
    expect(&mut chat, "error: the last answer has no citation [7]; it has 2 (1, 2)");
    say(&mut chat, "/copy");
    let copied = chat
        .expect(expectrl::Regex("Copied the last answer|No clipboard here"))
        .unwrap();
    assert!(!copied.matches().next().unwrap().is_empty());
    say(&mut chat, "/model llama");
    expect(&mut chat, "error: no model 'llama'; known: openai/gpt-4o");
    say(&mut chat, "/new");
    expect(&mut chat, "A new session starts with the next question.");
    say(&mut chat, "/sessions");
    expect(&mut chat, "resume which?");
    chat.send_line("1").unwrap();
    expect(&mut chat, "Resumed");
    say(&mut chat, "and for adoption?");
    expect(&mut chat, "Sources");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");

    assert!(std::fs::read_to_string(&opened)
        .unwrap()
        .contains("Parental+Leave+Policy"));
    let listed = example_json("chat-get-user-chat-sessions.json");
    let first = listed["sessions"][0]["id"].as_str().unwrap().to_string();
    let sent = onyx.received_at("POST", "/chat/send-chat-message");
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[1].json()["chat_session_id"],
        first,
        "the picked session is resumed"
    );
}

#[test]
fn a_failed_answer_leaves_the_chat_usable() {
    let onyx = Onyx::start();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream-error.ndjson")
        .times(1)
        .mount();
    mount_answering(&onyx);
    let mut chat = spawn(onyx.cmd(), &[], &[]);
    expect(&mut chat, "/help for commands");
    say(&mut chat, "first?");
    expect(
        &mut chat,
        "error: the server failed to answer: The LLM provider rejected the request",
    );
    say(&mut chat, "again?");
    expect(&mut chat, "Employees get 16 weeks");
    expect(&mut chat, "Sources");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_answer_and_the_chat_goes_on() {
    let onyx = Onyx::start();
    let mut script = vec![raw::stream_head()];
    for line in example("chat-send-chat-message.stream.ndjson").lines().take(20) {
        script.push(raw::Step::Chunk(format!("{line}\n").into_bytes()));
    }
    script.push(raw::Step::Pause(Duration::from_secs(3)));
    let heartbeat = json!({"placement": {"turn_index": 0, "tab_index": 0, "sub_turn_index": null, "model_index": 0}, "obj": {"type": "chat_heartbeat"}});
    script.push(raw::Step::Chunk(format!("{heartbeat}\n").into_bytes()));
    script.push(raw::Step::Pause(Duration::from_secs(3)));
    script.push(raw::Step::Close);
    let server = raw::serve(script);
    let mut chat = spawn(onyx.raw_cmd(&server), &[], &[]);
    expect(&mut chat, "/help for commands");
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "Employees get 16 weeks");
    chat.send(ControlCode::EndOfText).unwrap();
    expect(&mut chat, "(stopped)");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");
    let requests = server.requests.lock().unwrap().clone();
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with(&format!("POST /chat/stop-chat-session/{SESSION}"))),
        "{requests:?}"
    );
}

#[test]
fn an_unknown_model_or_session_is_refused_before_the_prompt() {
    let onyx = Onyx::start();
    world(&onyx);
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .status(400)
        .json(json!({"detail": "Invalid Chat Session ID provided"}))
        .mount();
    let mut chat = spawn(onyx.cmd(), &["--model", "llama"], &[]);
    expect(&mut chat, "error: no model 'llama'; known: openai/gpt-4o");
    let status = exit_status(chat);
    assert!(status.contains(", 9)"), "{status}");

    let gone = "00000000-0000-4000-8000-000000000000";
    let mut chat = spawn(onyx.cmd(), &["--session", gone], &[]);
    expect(&mut chat, &format!("error: no chat session {gone}"));
    let status = exit_status(chat);
    assert!(status.contains(", 9)"), "{status}");
    assert!(onyx.received_at("POST", "/chat/send-chat-message").is_empty());
}

#[test]
fn without_a_terminal_chat_points_to_ask() {
    let onyx = Onyx::start();
    let out = onyx.cmd().arg("chat").write_stdin("hello\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: onyx chat needs a terminal on stdin; from a script or a pipe use 'onyx ask QUESTION' (piped input becomes its context)\n"
    );
    assert!(onyx.received().is_empty());
}

#[test]
fn chat_c_resumes_the_last_session_of_the_profile() {
    let onyx = Onyx::start();
    world(&onyx);
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .example("chat-get-chat-session.json")
        .mount();
    let mut chat = spawn(onyx.cmd(), &["-c"], &[]);
    expect(
        &mut chat,
        "error: no earlier session to continue in this profile; run 'onyx chat' without -c",
    );
    let status = exit_status(chat);
    assert!(status.contains(", 2)"), "{status}");

    let mut chat = spawn(onyx.cmd(), &[], &[]);
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "Sources");
    leave(chat);

    let mut chat = spawn(onyx.cmd(), &["-c"], &[]);
    expect(
        &mut chat,
        &format!("agent: Assistant · model: the agent's default · session: {SESSION} · /help for commands"),
    );
    say(&mut chat, "And for adoption?");
    expect(&mut chat, "Sources");
    leave(chat);
    let sent = onyx.received_at("POST", "/chat/send-chat-message");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].json()["chat_session_id"], SESSION);
}

/// On a colour terminal chat renders answers as ask does (citations
/// highlighted, the Sources heading bold); --raw keeps the answer as written.
/// `onyx open N` afterwards opens the chat's last answer's citations.
#[test]
fn answers_are_rendered_on_a_colour_terminal_unless_raw() {
    let onyx = Onyx::start();
    world(&onyx);
    let colour = [("NO_COLOR", ""), ("TERM", "xterm-256color"), ("FORCE_HYPERLINK", "0")];
    let mut chat = spawn(onyx.cmd(), &[], &colour);
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "birth or adoption \u{1b}[1;36m[1]\u{1b}[0m.");
    expect(&mut chat, "\u{1b}[1mSources\u{1b}[0m");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");
    let printed = onyx.cmd().args(["open", "1", "--print"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&printed.stdout),
        "https://wiki.acme-corp.example/spaces/HR/pages/48213/Parental+Leave+Policy\n"
    );

    let mut chat = spawn(onyx.cmd(), &["--raw"], &colour);
    say(&mut chat, "What is our parental leave policy?");
    expect(&mut chat, "birth or adoption [1]. Exceptions");
    expect(&mut chat, "\u{1b}[1mSources\u{1b}[0m");
    let status = leave(chat);
    assert!(status.contains(", 0)"), "{status}");
}
