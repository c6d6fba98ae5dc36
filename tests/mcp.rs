//! `onyx mcp`: an MCP client's session over stdio (JSON-RPC, one message a
//! line) against the mock server: initialize, tools/list, each tool, errors.

use crate::support::{example_json, Onyx, TEST_KEY};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Stdio};

const SESSION: &str = "3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01";

/// A running `onyx mcp`, spoken to as an MCP client would.
pub(crate) struct Mcp {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Mcp {
    /// Starts `onyx mcp` with this server's environment and completes the handshake.
    fn start(onyx: &Onyx) -> (Mcp, Value) {
        Mcp::start_with(onyx, &[])
    }

    fn start_with(onyx: &Onyx, env: &[(&str, &str)]) -> (Mcp, Value) {
        let mut child = crate::support::std_command(&onyx.cmd());
        child.envs(env.iter().copied());
        Mcp::start_command(child)
    }

    /// Starts `onyx mcp` as `command` runs it (program and environment) and completes the handshake.
    pub(crate) fn start_command(mut child: std::process::Command) -> (Mcp, Value) {
        let mut child = child
            .arg("mcp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut mcp = Mcp {
            child,
            stdin,
            stdout,
            next_id: 1,
        };
        let init = mcp.request(
            "initialize",
            json!({"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}),
        );
        mcp.send(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
        (mcp, init)
    }

    fn send(&mut self, message: Value) {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{message}").unwrap();
        stdin.flush().unwrap();
    }

    /// Sends a request and returns the response with its id (whole, with result or error).
    pub(crate) fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let mut line = String::new();
            let read = self.stdout.read_line(&mut line).unwrap();
            assert!(read > 0, "onyx mcp closed stdout while {method} was pending");
            let message: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON-RPC: {line:?}: {e}"));
            if message["id"] == id {
                return message;
            }
        }
    }

    /// Calls a tool; returns (is_error, the text content).
    pub(crate) fn call(&mut self, tool: &str, arguments: Value) -> (bool, String) {
        let response = self.request("tools/call", json!({"name": tool, "arguments": arguments}));
        let result = &response["result"];
        assert!(result.is_object(), "{response}");
        let text = result["content"][0]["text"].as_str().unwrap_or_default().to_string();
        (result["isError"] == true, text)
    }

    pub(crate) fn call_json(&mut self, tool: &str, arguments: Value) -> Value {
        let (is_error, text) = self.call(tool, arguments);
        assert!(!is_error, "{tool}: {text}");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{tool} gave no JSON: {text}: {e}"))
    }

    /// Closes stdin (the client leaves) and returns the exit code and stderr.
    pub(crate) fn finish(mut self) -> (Option<i32>, String) {
        drop(self.stdin.take());
        let output = self.child.wait_with_output().unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }
}

#[test]
fn initialize_then_tools_list_describes_each_tool() {
    let onyx = Onyx::start();
    let (mut mcp, init) = Mcp::start(&onyx);
    assert_eq!(init["result"]["serverInfo"]["name"], "onyx", "{init}");
    assert!(init["result"]["capabilities"]["tools"].is_object(), "{init}");
    let tools = mcp.request("tools/list", json!({}));
    let tools = tools["result"]["tools"].as_array().unwrap().clone();
    let mut names: Vec<&str> = tools.iter().map(|t| t["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(
        names,
        ["ask", "get_session", "list_agents", "list_document_sets", "search"]
    );
    for tool in &tools {
        assert!(tool["description"].as_str().unwrap().len() > 40, "{tool}");
        assert_eq!(tool["inputSchema"]["type"], "object", "{tool}");
    }
    let schema = |name: &str| tools.iter().find(|t| t["name"] == name).unwrap()["inputSchema"].clone();
    assert_eq!(schema("search")["required"], json!(["query"]));
    assert_eq!(schema("search")["properties"]["document_sets"]["type"], "array");
    assert_eq!(schema("search")["properties"]["limit"]["minimum"], 1);
    assert_eq!(schema("ask")["required"], json!(["question"]));
    assert!(schema("ask")["properties"]["session_id"].is_object());
    assert_eq!(schema("get_session")["required"], json!(["session_id"]));
    let (code, stderr) = mcp.finish();
    assert_eq!(code, Some(0), "{stderr}");
    // Nothing was asked of Onyx just to start.
    assert!(onyx.received().is_empty());
}

#[test]
fn search_returns_documents_with_their_passages() {
    let onyx = Onyx::start();
    onyx.on("POST", "/search").example("search.response.json").mount();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let (mut mcp, _) = Mcp::start(&onyx);
    let found = mcp.call_json(
        "search",
        json!({"query": "leave exceptions", "document_sets": ["HR Policies"], "sources": ["confluence"], "since": "2025-01-31", "limit": 1}),
    );
    let documents = found["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1, "{found}");
    let first = &example_json("search.response.json")["results"][0];
    assert_eq!(documents[0]["title"], first["title"]);
    assert_eq!(documents[0]["link"], first["link"]);
    assert_eq!(documents[0]["source"], first["source_type"]);
    assert_eq!(documents[0]["passage"], first["content"]);
    let body = onyx.received_at("POST", "/search")[0].json();
    assert_eq!(body["query"], "leave exceptions");
    assert_eq!(body["document_sets"], json!(["HR Policies"]));
    assert_eq!(body["sources"], json!(["confluence"]));
    assert_eq!(body["time_cutoff"], "2025-01-31T00:00:00Z");
    mcp.finish();
}

#[test]
fn ask_answers_with_citations_and_a_session_for_the_follow_up() {
    let onyx = Onyx::start();
    crate::support::mount_answering(&onyx);
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let (mut mcp, _) = Mcp::start(&onyx);
    let answer = mcp.call_json(
        "ask",
        json!({"question": "What is our parental leave policy?", "document_sets": ["HR Policies"]}),
    );
    let text = answer["answer"].as_str().unwrap();
    assert!(
        text.starts_with("Employees get 16 weeks of fully paid parental leave"),
        "{text}"
    );
    assert!(text.contains("birth or adoption [1]."), "{text}");
    assert_eq!(answer["session_id"], SESSION);
    let citations = answer["citations"].as_array().unwrap();
    assert_eq!(citations.len(), 2, "{answer}");
    assert_eq!(citations[0]["number"], 1);
    assert_eq!(citations[0]["title"], "Parental Leave Policy");
    assert_eq!(
        citations[0]["passage"],
        example_json("document-chunk-info.json")["content"],
        "the exact passage, not the blurb"
    );

    let follow_up = mcp.call_json("ask", json!({"question": "and for adoption?", "session_id": SESSION}));
    assert_eq!(follow_up["session_id"], SESSION);
    let sent = onyx.received_at("POST", "/chat/send-chat-message");
    assert_eq!(sent.len(), 2);
    let first = sent[0].json();
    assert_eq!(first["chat_session_info"]["persona_id"], 0);
    assert_eq!(first["stream"], true);
    assert_eq!(first["internal_search_filters"]["document_set"], json!(["HR Policies"]));
    let second = sent[1].json();
    assert_eq!(second["chat_session_id"], SESSION);
    assert!(second.get("chat_session_info").is_none(), "{second}");
    mcp.finish();
}

#[test]
fn agents_document_sets_and_a_session_are_listed() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .example("chat-get-chat-session.json")
        .mount();
    let (mut mcp, _) = Mcp::start(&onyx);
    let agents = mcp.call_json("list_agents", json!({}));
    assert_eq!(agents[1]["id"], 3);
    assert_eq!(agents[1]["name"], "HR Helper");
    let sets = mcp.call_json("list_document_sets", json!({}));
    assert_eq!(
        sets,
        json!([{"id": 2, "name": "HR Policies", "description": "Handbooks and HR process pages"}])
    );
    let session = mcp.call_json("get_session", json!({"session_id": SESSION}));
    assert_eq!(session["session_id"], SESSION);
    assert_eq!(session["name"], "Parental leave policy and exceptions");
    let roles: Vec<&str> = session["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["system", "user", "assistant"]);
    assert_eq!(
        session["messages"][2]["citations"]["1"],
        json!("https://wiki.acme-corp.example/spaces/HR/pages/48213/Parental+Leave+Policy")
    );
    mcp.finish();
}

#[test]
fn failures_are_tool_errors_with_the_clis_line_and_the_server_goes_on() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.on("GET", "/manage/document-set")
        .status(403)
        .example("error-403.json")
        .mount();
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream-error.ndjson")
        .mount();
    onyx.on("GET", "/chat/get-chat-session/{session_id}")
        .status(400)
        .json(json!({"detail": "Invalid Chat Session ID provided"}))
        .mount();
    let (mut mcp, _) = Mcp::start(&onyx);

    let (is_error, text) = mcp.call("ask", json!({"question": "hi", "agent": "Nobody"}));
    assert!(is_error);
    assert!(text.starts_with("error: no agent 'Nobody' by id or name"), "{text}");
    assert!(!text.contains('\n'), "one line: {text}");

    let (is_error, text) = mcp.call("list_document_sets", json!({}));
    assert!(is_error);
    assert!(text.starts_with("error: 403"), "{text}");
    assert!(!text.contains(TEST_KEY) && !text.contains("SeCr"), "{text}");

    let (is_error, text) = mcp.call("ask", json!({"question": "hi"}));
    assert!(is_error);
    assert!(
        text.contains("the server failed to answer: The LLM provider rejected the request"),
        "{text}"
    );

    let (is_error, text) = mcp.call("get_session", json!({"session_id": "nope"}));
    assert!(is_error);
    assert!(text.starts_with("error: no chat session nope"), "{text}");

    let (is_error, text) = mcp.call("search", json!({"query": "x", "since": "last week"}));
    assert!(is_error);
    assert!(text.starts_with("error: since 'last week':"), "{text}");

    // Arguments that do not fit the schema are a tool error naming the field;
    // an unknown tool is a protocol error.
    let (is_error, text) = mcp.call("search", json!({"limit": 3}));
    assert!(is_error);
    assert!(text.contains("missing field `query`"), "{text}");
    let unknown = mcp.request("tools/call", json!({"name": "delete_everything", "arguments": {}}));
    assert!(unknown["error"].is_object(), "{unknown}");

    // Still serving.
    let agents = mcp.call_json("list_agents", json!({}));
    assert_eq!(agents[0]["name"], "Assistant");
    let (code, stderr) = mcp.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains(TEST_KEY));
}

#[test]
fn without_credentials_each_tool_says_how_to_log_in() {
    let onyx = Onyx::start();
    let (mut mcp, _) = Mcp::start_with(&onyx, &[("ONYX_API_KEY", "")]);
    let (is_error, text) = mcp.call("list_agents", json!({}));
    assert!(is_error);
    assert_eq!(
        text,
        "error: no credentials: run 'onyx auth login', or set ONYX_API_KEY (or ONYX_PAT)"
    );
    mcp.finish();
}

/// The JSON-RPC messages in a streamable-HTTP answer (SSE `data:` lines, or one JSON body).
fn messages_of(body: &str) -> Vec<Value> {
    let from_sse: Vec<Value> = body
        .lines()
        .filter_map(|l| l.strip_prefix("data:"))
        .filter_map(|d| serde_json::from_str(d.trim()).ok())
        .collect();
    if from_sse.is_empty() {
        serde_json::from_str(body).into_iter().collect()
    } else {
        from_sse
    }
}

#[test]
fn http_serves_the_same_tools_on_loopback() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let mut command = crate::support::std_command(&onyx.cmd());
    let mut child = command
        .args(["mcp", "--http", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let http = reqwest::Client::new();
    // One POST: the answer's status, its mcp-session-id and its body.
    let post = |session: Option<&str>, message: Value| -> (u16, Option<String>, String) {
        let mut request = http
            .post(&url)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(message.to_string());
        if let Some(id) = session {
            request = request.header("mcp-session-id", id);
        }
        rt.block_on(async {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let session = response
                .headers()
                .get("mcp-session-id")
                .map(|v| v.to_str().unwrap().to_string());
            (status, session, response.text().await.unwrap())
        })
    };
    let init = post(
        None,
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
               "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}),
    );
    let (status, session, body) = init;
    assert_eq!(status, 200);
    let init = messages_of(&body);
    assert_eq!(init[0]["result"]["serverInfo"]["name"], "onyx", "{init:?}");
    post(
        session.as_deref(),
        json!({"jsonrpc": "2.0", "method": "notifications/initialized"}),
    );
    let called = post(
        session.as_deref(),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list_agents", "arguments": {}}}),
    );
    let called = messages_of(&called.2);
    let text = called[0]["result"]["content"][0]["text"].as_str().unwrap().to_string();
    let agents: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(agents[1]["name"], "HR Helper");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn http_refuses_an_address_beyond_loopback() {
    let onyx = Onyx::start();
    let out = onyx.cmd().args(["mcp", "--http", "0.0.0.0:8765"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: onyx mcp --http serves loopback only"),
        "{stderr}"
    );
    assert!(onyx.received().is_empty());
}
