//! The test environment: a mock Onyx server (wiremock) serving the contract's
//! examples, an isolated config/state/home per test, the binary to run, and
//! the check that every request body the CLI sent is valid for openapi.json.

#![allow(dead_code)]

pub mod openapi;
pub mod raw;

/// A test that runs against both generations of Onyx: a module `name` with
/// `v4_6` (a mock of v4.6.1, bodies checked against openapi.json) and `main`
/// (a mock of Onyx main = Cloud, bodies checked against openapi.main.json).
/// The body gets the mock as `onyx`.
macro_rules! both_generations {
    ($(#[$meta:meta])* fn $name:ident($onyx:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[allow(unused_mut)]
            fn run(mut $onyx: crate::support::Onyx) $body

            #[test]
            fn v4_6() {
                run(crate::support::Onyx::start())
            }

            #[test]
            fn main() {
                run(crate::support::Onyx::start_main())
            }
        }
    };
}
pub(crate) use both_generations;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A syntactically real API key: `on_` + 256 characters, as Onyx issues them.
pub const TEST_KEY: &str = concat!(
    "on_",
    "tEsTkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-",
    "tEsTkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-",
    "tEsTkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-",
    "tEsTkEy0123456789abcdefghijklmnopqr_SeCr"
);

pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join("onyx-api")
}

/// The text of `../shared/onyx-api/examples/<name>`.
pub fn example(name: &str) -> String {
    let file = shared_dir().join("examples").join(name);
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("example {}: {e}", file.display()))
}

pub fn example_json(name: &str) -> Value {
    serde_json::from_str(&example(name)).unwrap_or_else(|e| panic!("example {name}: {e}"))
}

/// The response body of `../shared/onyx-api/transcripts-main/<name>.txt`, an
/// exchange recorded from a real Onyx main server.
pub fn main_body(name: &str) -> Value {
    let file = shared_dir().join("transcripts-main").join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let response = text
        .split("=== RESPONSE")
        .nth(1)
        .unwrap_or_else(|| panic!("{}: no response", file.display()));
    let body = response.split_once("\n\n").map(|(_, b)| b.trim()).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{}: body is not JSON: {e}", file.display()))
}

/// One request as the mock server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// The path without the API prefix, as openapi.json names it.
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{} {} body is not JSON: {e}", self.method, self.path))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let url = format!("http://x/?{}", self.query.clone().unwrap_or_default());
        reqwest::Url::parse(&url)
            .unwrap()
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
}

/// A mock Onyx API server plus an isolated environment for one test.
pub struct Onyx {
    rt: tokio::runtime::Runtime,
    server: MockServer,
    prefix: String,
    pub dir: TempDir,
    validate: bool,
    spec: openapi::Spec,
}

impl Onyx {
    /// A bare API server (routes at the root, as uvicorn on :8080).
    pub fn start() -> Onyx {
        Onyx::with_prefix("")
    }

    /// A bare Onyx main server (what Onyx Cloud runs: group-based
    /// permissions): bodies are checked against openapi.main.json, and `/me`
    /// and `/version` answer as main's do (transcripts-main 025, 002), so the
    /// client finds the model as it would there.
    pub fn start_main() -> Onyx {
        let mut onyx = Onyx::with_prefix("");
        onyx.spec = openapi::Spec::Main;
        // Below every mock a test mounts itself, which wins over these.
        for (route, file) in [("/me", "025-get-me-admin-key"), ("/version", "002-get-version")] {
            let mock = Mock::given(method("GET"))
                .and(path(route))
                .respond_with(ResponseTemplate::new(200).set_body_json(main_body(file)))
                .with_priority(200);
            onyx.rt.block_on(mock.mount(&onyx.server));
        }
        onyx
    }

    /// Which generation this mock stands for.
    pub fn spec(&self) -> openapi::Spec {
        self.spec
    }

    /// A server whose API lives under `prefix` (e.g. "/api", as on Cloud and behind nginx).
    pub fn with_prefix(prefix: &str) -> Onyx {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(MockServer::start());
        let dir = tempfile::tempdir().unwrap();
        for sub in ["config", "state", "home", "xdg"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        Onyx {
            rt,
            server,
            prefix: prefix.to_string(),
            dir,
            validate: true,
            spec: openapi::Spec::V461,
        }
    }

    /// The server's origin, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        self.server.uri()
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    /// Turns off the openapi.json check, for tests that send invalid bodies on purpose.
    pub fn skip_validation(&mut self) {
        self.validate = false;
    }

    /// Starts describing the answer to `METHOD path` (path without the prefix;
    /// `{x}` segments match anything).
    pub fn on(&self, http_method: &str, api_path: &str) -> Reply<'_> {
        Reply {
            onyx: self,
            method: http_method.to_string(),
            path: api_path.to_string(),
            template: ResponseTemplate::new(200),
            times: None,
        }
    }

    /// Answers every request with `respond` (a stateful fake server for whole scripts).
    pub fn respond_all(&self, respond: impl Fn(&wiremock::Request) -> ResponseTemplate + Send + Sync + 'static) {
        let mock = Mock::given(wiremock::matchers::any()).respond_with(respond);
        self.rt.block_on(mock.mount(&self.server));
    }

    /// The binary with this server, a valid API key and an isolated home.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("ONYX_SERVER_URL", self.url())
            .env("ONYX_API_PREFIX", &self.prefix)
            .env("ONYX_API_KEY", TEST_KEY);
        cmd
    }

    /// The binary with a valid API key, pointed at a scripted raw server
    /// (a bare API server: no prefix) instead of this mock.
    pub fn raw_cmd(&self, server: &raw::RawServer) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("ONYX_SERVER_URL", &server.url)
            .env("ONYX_API_PREFIX", "")
            .env("ONYX_API_KEY", TEST_KEY);
        cmd
    }

    /// The binary with an isolated home but no server or credentials.
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("onyx").unwrap();
        for (key, _) in std::env::vars() {
            if key.starts_with("ONYX_") || ["NO_COLOR", "FORCE_HYPERLINK", "XDG_CONFIG_HOME"].contains(&key.as_str()) {
                cmd.env_remove(key);
            }
        }
        cmd.env("ONYX_CONFIG_DIR", self.config_dir())
            .env("ONYX_STATE_DIR", self.state_dir())
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"))
            .env("ONYX_RETRIES", "0")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .timeout(Duration::from_secs(60));
        cmd
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let requests = self.rt.block_on(self.server.received_requests()).unwrap_or_default();
        requests
            .into_iter()
            .map(|r| {
                let full = r.url.path().to_string();
                let api_path = full.strip_prefix(&self.prefix).unwrap_or(&full).to_string();
                Received {
                    method: r.method.to_string(),
                    path: api_path,
                    query: r.url.query().map(str::to_string),
                    headers: r
                        .headers
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
                        .collect(),
                    body: r.body,
                }
            })
            .collect()
    }

    /// The requests to one route.
    pub fn received_at(&self, http_method: &str, api_path: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|r| r.method == http_method && openapi::path_matches(api_path, &r.path))
            .collect()
    }
}

impl Drop for Onyx {
    fn drop(&mut self) {
        if !self.validate || std::thread::panicking() {
            return;
        }
        let problems: Vec<String> = self
            .received()
            .iter()
            // Probing for the API prefix asks `/api/health` of a bare server on purpose.
            .filter(|r| !(r.method == "GET" && r.path.ends_with("/health")))
            .filter_map(|r| {
                let content_type = r.header("content-type").unwrap_or("");
                openapi::check_request(self.spec, &r.method, &r.path, content_type, &r.body)
                    .err()
                    .map(|e| format!("{} {}: {e}", r.method, r.path))
            })
            .collect();
        assert!(
            problems.is_empty(),
            "requests the real server would reject ({}):\n{}",
            self.spec.file(),
            problems.join("\n")
        );
    }
}

pub struct Reply<'a> {
    onyx: &'a Onyx,
    method: String,
    path: String,
    template: ResponseTemplate,
    times: Option<u64>,
}

impl Reply<'_> {
    pub fn status(mut self, status: u16) -> Self {
        self.template = ResponseTemplate::new(status);
        self
    }

    /// Answers with an example file from the contract.
    pub fn example(self, name: &str) -> Self {
        let text = example(name);
        // The server sends bodies compactly; the examples are pretty-printed for reading.
        let body = match serde_json::from_str::<Value>(&text) {
            Ok(value) if name.ends_with(".json") => serde_json::to_string(&value).unwrap(),
            _ => text,
        };
        let content_type = if name.ends_with(".ndjson") {
            "text/event-stream; charset=utf-8"
        } else if name.ends_with(".html") {
            "text/html"
        } else {
            "application/json"
        };
        self.body(&body, content_type)
    }

    pub fn json(self, value: Value) -> Self {
        self.body(&value.to_string(), "application/json")
    }

    pub fn body(mut self, body: &str, content_type: &str) -> Self {
        self.template = self.template.set_body_raw(body.as_bytes().to_vec(), content_type);
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.template = self.template.insert_header(name, value);
        self
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.template = self.template.set_delay(delay);
        self
    }

    /// Answers this way only `n` times, then falls through to later mocks.
    pub fn times(mut self, n: u64) -> Self {
        self.times = Some(n);
        self
    }

    pub fn mount(self) {
        let full = format!("{}{}", self.onyx.prefix, self.path);
        let builder = if full.contains('{') {
            let pattern = regex_for(&full);
            Mock::given(method(self.method.as_str())).and(path_regex(pattern))
        } else {
            Mock::given(method(self.method.as_str())).and(path(full.as_str()))
        };
        let mut mock = builder.respond_with(self.template);
        if let Some(n) = self.times {
            mock = mock.up_to_n_times(n);
        }
        self.onyx.rt.block_on(mock.mount(&self.onyx.server));
    }
}

fn regex_for(template: &str) -> String {
    let mut pattern = String::from("^");
    for (i, segment) in template.split('/').enumerate() {
        if i > 0 {
            pattern.push('/');
        }
        if segment.starts_with('{') && segment.ends_with('}') {
            pattern.push_str("[^/]+");
        } else {
            pattern.push_str(&segment.replace('.', "\\.").replace('-', "\\-"));
        }
    }
    pattern.push('$');
    pattern
}

/// The text of stdout of a finished command.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `ConnectorStatus` of pair `cc_pair_id` named `name`, over the example
/// connector 7 and credential 9 (GET /manage/admin/connector/status).
pub fn pair_status(cc_pair_id: i64, name: &str) -> Value {
    serde_json::json!({
        "cc_pair_id": cc_pair_id,
        "name": name,
        "connector": example_json("connector-get.json"),
        "credential": example_json("credential-list.json")[1],
        "access_type": "public",
        "groups": []
    })
}

/// The example world: connector 7 "HR handbook PDFs" paired (pair 12) with credential 9.
pub fn mount_world(onyx: &Onyx) {
    onyx.on("GET", "/manage/connector")
        .json(Value::Array(vec![example_json("connector-get.json")]))
        .mount();
    onyx.on("GET", "/manage/connector/{connector_id}")
        .example("connector-get.json")
        .mount();
    onyx.on("GET", "/manage/credential")
        .example("credential-list.json")
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(Value::Array(vec![pair_status(12, "HR handbook PDFs")]))
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}")
        .example("cc-pair-get.json")
        .mount();
}

/// Runs a bash script with this server's environment and the onyx binary first on PATH.
pub fn run_bash(onyx: &Onyx, script: &Path, env: &[(&str, &str)]) -> std::process::Output {
    let cmd = onyx.cmd();
    let bin_dir = assert_cmd::cargo::cargo_bin("onyx").parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let mut bash = std::process::Command::new("bash");
    bash.arg(script);
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => bash.env(key, v),
            None => bash.env_remove(key),
        };
    }
    bash.env("PATH", path)
        .envs(env.iter().copied())
        .current_dir(onyx.dir.path());
    bash.output().unwrap()
}

/// Checks that `generated` and `checked_in` hold the same files, byte for byte.
pub fn assert_same_tree(generated: &Path, checked_in: &Path, regenerate: &str) {
    let mut names: Vec<_> = std::fs::read_dir(generated)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    for name in &names {
        let fresh = std::fs::read(generated.join(name)).unwrap();
        let kept = std::fs::read(checked_in.join(name)).unwrap_or_default();
        assert!(
            fresh == kept,
            "{} is stale; regenerate with: {regenerate}",
            checked_in.join(name).display()
        );
    }
    let kept = std::fs::read_dir(checked_in).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        kept,
        names.len(),
        "{} has files no command generates; {regenerate}",
        checked_in.display()
    );
}

/// The recorded answer to every question, with the exact passage of each citation.
pub fn mount_answering(onyx: &Onyx) {
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .example("document-chunk-info.json")
        .mount();
}

/// The same program and environment as `cmd`, as a std Command (for a child
/// the test talks to while it runs: stdin pipes, a pseudo-terminal).
pub fn std_command(cmd: &Command) -> std::process::Command {
    let mut command = std::process::Command::new(cmd.get_program());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => command.env(key, v),
            None => command.env_remove(key),
        };
    }
    command
}

/// Runs `onyx ARGS` with stdout and stderr on a pseudo-terminal (util-linux
/// `script`), returning what the terminal received.
pub fn on_a_terminal(onyx: &Onyx, args: &[&str]) -> String {
    on_a_terminal_sized(onyx, args, 200)
}

/// `on_a_terminal` with a terminal `columns` wide.
pub fn on_a_terminal_sized(onyx: &Onyx, args: &[&str], columns: usize) -> String {
    on_a_terminal_as(onyx, args, columns, &[("NO_COLOR", "1")])
}

/// `on_a_terminal` with these environment variables set (an empty value
/// removes one, e.g. `("NO_COLOR", "")` for a terminal with colour).
pub fn on_a_terminal_as(onyx: &Onyx, args: &[&str], columns: usize, env: &[(&str, &str)]) -> String {
    in_a_terminal(onyx, args, columns, env, "")
}

/// What stdout alone put on a terminal (stderr goes to /dev/null, so no
/// spinner or note is mixed in): for snapshots of the styled output.
pub fn stdout_on_a_terminal(onyx: &Onyx, args: &[&str], columns: usize, env: &[(&str, &str)]) -> String {
    in_a_terminal(onyx, args, columns, env, " 2>/dev/null")
}

fn in_a_terminal(onyx: &Onyx, args: &[&str], columns: usize, env: &[(&str, &str)], redirect: &str) -> String {
    let template = onyx.cmd();
    let bin = assert_cmd::cargo::cargo_bin("onyx");
    let quoted: Vec<String> = args.iter().map(|a| format!("'{}'", a.replace('\'', "'\\''"))).collect();
    let mut script = std::process::Command::new("script");
    for (k, v) in template.get_envs() {
        match v {
            Some(v) => script.env(k, v),
            None => script.env_remove(k),
        };
    }
    for (key, value) in env {
        if value.is_empty() {
            script.env_remove(key);
        } else {
            script.env(key, value);
        }
    }
    let out = script
        .env("COLUMNS", columns.to_string())
        .args([
            "-qec",
            &format!(
                "stty rows 50 cols {columns} 2>/dev/null; {} {}{redirect}",
                bin.display(),
                quoted.join(" ")
            ),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}
