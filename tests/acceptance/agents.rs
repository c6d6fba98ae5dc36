//! `onyx mcp` (search, ask, a follow-up) and a short `onyx chat` against the
//! live server, as a coding agent and a person use them.

use super::Live;
use serde_json::json;

#[test]
fn mcp_searches_and_asks_with_a_follow_up() {
    let Some(live) = Live::admin() else { return };
    let (mut mcp, init) = crate::mcp::Mcp::start_command(crate::support::std_command(&live.onyx()));
    assert_eq!(init["result"]["serverInfo"]["name"], "onyx", "{init}");
    let tools = mcp.request("tools/list", json!({}));
    assert_eq!(tools["result"]["tools"].as_array().map(Vec::len), Some(5), "{tools}");

    let found = mcp.call_json("search", json!({"query": "paid time off", "limit": 3}));
    assert!(found["documents"].is_array(), "{found}");

    let agents = mcp.call_json("list_agents", json!({}));
    assert!(agents.as_array().is_some_and(|a| !a.is_empty()), "{agents}");

    let answer = mcp.call_json("ask", json!({"question": "What is the PTO policy?"}));
    assert!(
        !answer["answer"].as_str().unwrap_or_default().trim().is_empty(),
        "{answer}"
    );
    let session = answer["session_id"].as_str().unwrap().to_string();
    let follow_up = mcp.call_json(
        "ask",
        json!({"question": "And for part-time staff?", "session_id": session}),
    );
    assert_eq!(follow_up["session_id"], session.as_str(), "{follow_up}");
    let transcript = mcp.call_json("get_session", json!({"session_id": session}));
    let users = transcript["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "user")
        .count();
    assert_eq!(users, 2, "{transcript}");

    let (is_error, text) = mcp.call("ask", json!({"question": "hi", "agent": "no such agent at all"}));
    assert!(is_error && text.starts_with("error: no agent"), "{text}");
    let (code, stderr) = mcp.finish();
    assert_eq!(code, Some(0), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_short_chat_answers_a_question_and_a_follow_up() {
    let Some(live) = Live::admin() else { return };
    let mut chat = crate::chat::spawn(live.onyx(), &[], &[]);
    crate::chat::expect(&mut chat, "/help for commands");
    crate::chat::say(&mut chat, "What is the PTO policy?");
    crate::chat::expect(&mut chat, "session: ");
    crate::chat::say(&mut chat, "And for part-time staff?");
    crate::chat::say(&mut chat, "/sources");
    let status = crate::chat::leave(chat);
    assert!(status.contains(", 0)"), "{status}");
}
