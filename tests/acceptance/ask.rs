//! Asking: streamed, follow-ups, JSON, filters reaching the index, citations
//! with their exact passages, Ctrl-C, sessions, agents and search.

use super::{unique, Live};
use serde_json::Value;
use std::sync::OnceLock;

/// One indexed document set shared by the tests of this file (indexing on the
/// real workers takes a while): its name.
fn indexed_docset(live: &Live) -> &'static str {
    static NAME: OnceLock<String> = OnceLock::new();
    NAME.get_or_init(|| {
        let name = unique("ask");
        let dir = live.dir.path().join("ask-docs");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("pto.md"),
            "# PTO policy\n\nFull-time employees accrue 25 days of paid time off a year.\n",
        )
        .unwrap();
        live.run(&[
            "ingest",
            dir.to_str().unwrap(),
            "--docset",
            &name,
            "--wait",
            "--wait-timeout",
            "900",
            "--interval",
            "2",
        ])
        .success();
        name
    })
}

#[test]
fn ask_streams_then_cites_the_exact_passage() {
    let Some(live) = Live::admin() else { return };
    if !live.search_hits_on() {
        eprintln!("skipped: set ONYX_ACCEPTANCE_OPENSEARCH=http://127.0.0.1:9200 (the fake index) to test citations");
        return;
    }
    let docset = indexed_docset(&live);
    let out = live.run(&["ask", "--docset", docset, "please cite: what is the PTO policy?"]);
    out.success();
    let (answer, sources) = out
        .stdout
        .split_once("Sources")
        .unwrap_or_else(|| panic!("no Sources block:\n{}", out.stdout));
    assert!(!answer.trim().is_empty(), "no answer text:\n{}", out.stdout);
    assert!(
        sources.contains("pto.md"),
        "the cited file is not listed:\n{}",
        out.stdout
    );
    assert!(
        sources.contains("25 days of paid time off"),
        "no exact passage:\n{}",
        out.stdout
    );
    // Notes go to stderr, on their own line, never glued to the answer.
    assert!(!out.stdout.contains("session:"), "{}", out.stdout);

    let json = live.json(&["ask", "--docset", docset, "please cite: how many PTO days?"]);
    let cited = json["citations"].as_array().unwrap();
    assert!(!cited.is_empty(), "{json}");
    assert!(
        cited
            .iter()
            .any(|c| c["passage_from"] == "chunk" && c["passage"].as_str().is_some_and(|p| p.contains("25 days"))),
        "{json}"
    );
    assert_eq!(json["stop_reason"], "finished", "{json}");

    // A filter that matches nothing reaches the index: nothing to cite.
    let other = live.json(&["ask", "--source", "web", "please cite: what is the PTO policy?"]);
    assert_eq!(other["citations"], Value::Array(vec![]), "{other}");
}

#[test]
fn follow_ups_by_continue_and_by_session() {
    let Some(live) = Live::admin() else { return };
    let first = live.json(&["ask", "hello there"]);
    let session = first["chat_session_id"].as_str().expect("a session id").to_string();
    assert!(!first["answer"].as_str().unwrap().is_empty(), "{first}");

    let next = live.json(&["ask", "-c", "and again"]);
    assert_eq!(
        next["chat_session_id"],
        session.as_str(),
        "-c did not continue the session"
    );
    let by_id = live.json(&["ask", "--session", &session, "once more"]);
    assert_eq!(by_id["chat_session_id"], session.as_str());

    let shown = live.json(&["session", "show", &session]);
    assert!(
        shown["messages"].as_array().map_or(0, Vec::len) >= 6,
        "three questions and answers expected: {shown}"
    );
    let listed = live.json(&["session", "list"]);
    assert!(listed.to_string().contains(&session), "{listed}");

    // Defect 8: a session that does not exist (or was deleted) is exit 9 everywhere.
    live.run(&["session", "delete", &session, "--yes"]).success();
    live.run(&["session", "delete", &session, "--yes"]).code(9);
    live.run(&["ask", "--session", &session, "are you there?"]).code(9);
    let cont = live.run(&["ask", "-c", "are you there?"]);
    cont.code(9);
    assert!(cont.stderr.contains("session"), "{}", cont.stderr);
}

#[test]
fn jsonl_and_no_stream() {
    let Some(live) = Live::admin() else { return };
    let out = live.run(&["ask", "--jsonl", "hello"]);
    out.success();
    let events: Vec<Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let text: String = events
        .iter()
        .filter(|e| e["event"] == "answer")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(!text.is_empty(), "no answer events:\n{}", out.stdout);
    assert!(
        events.iter().any(|e| e["event"] == "stop"),
        "no stop event:\n{}",
        out.stdout
    );

    let whole = live.run(&["ask", "--no-stream", "hello"]);
    whole.success();
    assert!(whole.stdout.trim().len() > 3, "{}", whole.stdout);
}

/// Ctrl-C during a slow answer: what arrived is kept, the exit is 130, the
/// server stops generating, and the session takes the next question.
#[test]
fn ctrl_c_stops_the_answer() {
    let Some(live) = Live::admin() else { return };
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("onyx"));
    let template = live.onyx();
    for (k, v) in template.get_envs() {
        match v {
            Some(v) => child.env(k, v),
            None => child.env_remove(k),
        };
    }
    let mut child = child
        .args(["ask", "please answer slow and long"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once the answer has begun (a loaded server may take a while).
    let mut stdout = child.stdout.take().unwrap();
    let (began, begun) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        use std::io::Read;
        let mut seen = Vec::new();
        let mut buf = [0u8; 256];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            if seen.is_empty() {
                let _ = began.send(());
            }
            seen.extend_from_slice(&buf[..n]);
        }
        seen
    });
    begun
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the answer never began");
    std::thread::sleep(std::time::Duration::from_secs(2));
    unsafe { libc_kill(child.id() as i32, 2) };
    let status = child.wait().unwrap();
    let printed = reader.join().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(!printed.is_empty(), "the partial answer was lost");
    let next = live.json(&["ask", "-c", "short now"]);
    assert_eq!(next["stop_reason"], "finished", "{next}");
}

extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

#[test]
fn agents_and_search() {
    let Some(live) = Live::admin() else { return };
    let agents = live.json(&["agent", "list"]);
    let first = &agents.as_array().expect("a list")[0];
    let shown = live.json(&["agent", "show", &first["id"].to_string()]);
    assert_eq!(shown["name"], first["name"]);
    let by_name = live.json(&["agent", "show", first["name"].as_str().unwrap()]);
    assert_eq!(by_name["id"], first["id"]);
    live.run(&["agent", "show", &unique("no-such-agent")]).code(9);

    if live.search_hits_on() {
        let docset = indexed_docset(&live);
        let found = live.json(&["search", "--docset", docset, "PTO"]);
        assert!(found.to_string().contains("pto.md"), "{found}");
    }
}
