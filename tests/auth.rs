//! Connecting: login with a key or e-mail, status, logout, base URL detection.

use crate::support::{stderr_of, stdout_of, Onyx, TEST_KEY};
use predicates::prelude::*;
use std::fs;

fn serve_identity(onyx: &Onyx) {
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("GET", "/version").example("version.json").mount();
    onyx.on("GET", "/me").example("me.json").mount();
}

#[test]
fn status_shows_server_identity_and_masked_key() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let out = onyx.cmd().args(["auth", "status"]).output().unwrap();
    let (stdout, stderr) = (stdout_of(&out), stderr_of(&out));
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("priya.raman@acme-corp.example"), "{stdout}");
    assert!(stdout.contains("v4.6.1"), "{stdout}");
    assert!(stdout.contains(&onyx.url()), "{stdout}");
    assert!(stdout.contains("API key on_tEsT****SeCr"), "{stdout}");
    assert!(!stdout.contains(TEST_KEY) && !stderr.contains(TEST_KEY));

    // The key goes in X-Onyx-Authorization (read first by Onyx) and Authorization.
    let me = &onyx.received_at("GET", "/me")[0];
    assert_eq!(
        me.header("x-onyx-authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(me.header("authorization"), Some(format!("Bearer {TEST_KEY}").as_str()));
}

/// A `/me` that shows neither a role nor permissions: the version shown also
/// says the permission model, and is asked for once.
#[test]
fn status_takes_the_model_from_the_version_when_me_does_not_say() {
    let onyx = Onyx::start();
    let mut me = crate::support::example_json("me.json");
    me.as_object_mut().unwrap().remove("role");
    onyx.on("GET", "/version").example("version.json").mount();
    onyx.on("GET", "/me").json(me).mount();
    let out = onyx.cmd().args(["auth", "status", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["server_version"], "v4.6.1");
    assert_eq!(value["permission_model"], "roles");
    assert_eq!(onyx.received_at("GET", "/version").len(), 1);
}

#[test]
fn status_json_is_one_object() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let out = onyx.cmd().args(["auth", "status", "--json"]).output().unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["user"]["email"], "priya.raman@acme-corp.example");
    assert_eq!(value["server_version"], "v4.6.1");
    assert_eq!(value["auth"]["kind"], "API key");
    assert!(!stdout_of(&out).contains(TEST_KEY));
}

#[test]
fn login_with_key_on_stdin_detects_bare_api_server_and_saves_0600() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.bare_cmd()
        .args(["auth", "login", "--server", &onyx.url(), "--api-key", "-"])
        .write_stdin(format!("{TEST_KEY}\n"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Logged in to").and(predicate::str::contains("priya.raman@acme-corp.example")))
        .stderr(predicate::str::contains(TEST_KEY).not())
        .stdout(predicate::str::is_empty());
    // /api/health was probed first and missed (bare API server), then /health answered.
    let paths: Vec<String> = onyx.received().iter().map(|r| r.path.clone()).collect();
    assert_eq!(&paths[..2], ["/api/health", "/health"]);

    let config = onyx.config_dir().join("config.json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&config).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let saved: serde_json::Value = serde_json::from_str(&fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(saved["profiles"]["default"]["api_prefix"], "");

    // Later commands need no environment at all, and do not probe again.
    onyx.bare_cmd()
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("priya.raman@acme-corp.example"));
    assert_eq!(onyx.received_at("GET", "/health").len(), 1);
}

#[test]
fn login_detects_api_prefix_behind_nginx() {
    let onyx = Onyx::with_prefix("/api");
    serve_identity(&onyx);
    onyx.bare_cmd()
        .args([
            "auth",
            "login",
            "--server",
            &format!("{}/", onyx.url()),
            "--api-key",
            "-",
        ])
        .write_stdin(TEST_KEY)
        .assert()
        .success();
    let saved = fs::read_to_string(onyx.config_dir().join("config.json")).unwrap();
    assert!(saved.contains("\"api_prefix\": \"/api\""), "{saved}");
    onyx.bare_cmd()
        .args(["api", "GET", "/me", "--jq", ".email"])
        .assert()
        .success()
        .stdout("priya.raman@acme-corp.example\n");
}

#[test]
fn login_with_rejected_key_saves_nothing() {
    let onyx = Onyx::start();
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("GET", "/me")
        .status(403)
        .example("error-403-unauthorized.json")
        .mount();
    onyx.bare_cmd()
        .args(["auth", "login", "--server", &onyx.url(), "--api-key", "-"])
        .write_stdin("on_wrong-key-0000000000000000")
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("403 Forbidden from GET")
                .and(predicate::str::contains("nothing was stored"))
                .and(predicate::str::contains("--no-verify"))
                // Logging in again with the same key is no advice.
                .and(predicate::str::contains("run 'onyx auth login'").not()),
        );
    assert!(!onyx.config_dir().join("config.json").exists());
}

#[test]
fn key_on_the_command_line_is_refused() {
    let onyx = Onyx::start();
    onyx.bare_cmd()
        .args(["auth", "login", "--server", &onyx.url(), "--api-key", TEST_KEY])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use '-' to read from stdin"))
        .stderr(predicate::str::contains(TEST_KEY).not());
}

#[test]
fn login_with_email_keeps_the_session_cookie() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.on("POST", "/auth/login")
        .status(204)
        .header(
            "set-cookie",
            "fastapiusersauth=Zk3pQm8r2V0yWc1tLh6sXbN4aJe7uDgK; HttpOnly; Max-Age=608400; Path=/; SameSite=lax",
        )
        .mount();
    onyx.bare_cmd()
        .args([
            "auth",
            "login",
            "--server",
            &onyx.url(),
            "--email",
            "priya.raman@acme-corp.example",
        ])
        .write_stdin("correct-horse-battery-staple\n")
        .assert()
        .success();
    let login = &onyx.received_at("POST", "/auth/login")[0];
    assert_eq!(
        login.body_text(),
        "username=priya.raman%40acme-corp.example&password=correct-horse-battery-staple"
    );
    let me = onyx.received_at("GET", "/me");
    assert_eq!(
        me.last().unwrap().header("cookie"),
        Some("fastapiusersauth=Zk3pQm8r2V0yWc1tLh6sXbN4aJe7uDgK")
    );
    onyx.bare_cmd()
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("session cookie Zk3pQm8****gK").or(predicate::str::contains("session cookie")))
        .stdout(predicate::str::contains("Zk3pQm8r2V0yWc1tLh6sXbN4aJe7uDgK").not());
}

#[test]
fn bad_password_is_an_auth_failure() {
    let onyx = Onyx::start();
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("POST", "/auth/login")
        .status(400)
        .json(serde_json::json!({"detail": "LOGIN_BAD_CREDENTIALS"}))
        .mount();
    onyx.bare_cmd()
        .args(["auth", "login", "--server", &onyx.url(), "--email", "a@b.example"])
        .write_stdin("nope\n")
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("LOGIN_BAD_CREDENTIALS").and(predicate::str::contains("wrong e-mail or password")),
        );
}

#[test]
fn terminated_session_says_log_in_again() {
    let onyx = Onyx::start();
    onyx.on("GET", "/version").example("version.json").mount();
    onyx.on("GET", "/me")
        .status(403)
        .example("error-403-session-terminated.json")
        .mount();
    onyx.bare_cmd()
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_PREFIX", "")
        .env("ONYX_SESSION_COOKIE", "stale-cookie-value-123456")
        .args(["auth", "status"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("Session was signed out").and(predicate::str::contains("log in again")));
}

#[test]
fn logout_removes_stored_credentials() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.bare_cmd()
        .args(["auth", "login", "--server", &onyx.url(), "--api-key", "-"])
        .write_stdin(TEST_KEY)
        .assert()
        .success();
    onyx.bare_cmd()
        .args(["auth", "logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Logged out"));
    let saved = fs::read_to_string(onyx.config_dir().join("config.json")).unwrap();
    assert!(!saved.contains(TEST_KEY));
    onyx.bare_cmd()
        .args(["auth", "status"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("onyx auth login"));
}

#[test]
fn nothing_configured_exits_3() {
    let onyx = Onyx::start();
    onyx.bare_cmd()
        .args(["auth", "status"])
        .assert()
        .code(3)
        .stderr(predicate::str::starts_with("error: ").and(predicate::str::contains("ONYX_API_KEY")));
    assert!(onyx.received().is_empty());
}

#[test]
fn world_readable_config_is_warned_about() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let config = onyx.config_dir().join("config.json");
    let body = serde_json::json!({"current_profile": "default", "profiles": {"default": {
        "server_url": onyx.url(), "api_prefix": "", "api_key": TEST_KEY}}});
    fs::write(&config, body.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&config, fs::Permissions::from_mode(0o644)).unwrap();
        onyx.bare_cmd()
            .args(["auth", "status"])
            .assert()
            .success()
            .stderr(predicate::str::contains("readable by other users").and(predicate::str::contains("chmod 600")));
    }
}

#[test]
fn malformed_config_is_named() {
    let onyx = Onyx::start();
    fs::write(onyx.config_dir().join("config.json"), "{ not json").unwrap();
    onyx.bare_cmd()
        .args(["auth", "status"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("config.json").and(predicate::str::contains("fix or remove it")));
}

#[test]
fn onyx_cli_config_is_used_when_onyx_has_none() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let dir = onyx.dir.path().join("xdg").join("onyx-cli");
    fs::create_dir_all(&dir).unwrap();
    let cfg = serde_json::json!({"server_url": onyx.url(), "api_key": TEST_KEY, "default_persona_id": 0});
    fs::write(dir.join("config.json"), cfg.to_string()).unwrap();
    onyx.bare_cmd()
        .env("ONYX_API_PREFIX", "")
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("onyx-cli config"));
}

#[test]
fn proxy_credentials_leave_the_onyx_key_in_x_onyx_authorization() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.cmd()
        .args(["api", "GET", "/me", "--proxy-auth", "iap-token-abcdef123456"])
        .assert()
        .success();
    onyx.cmd()
        .args([
            "api",
            "GET",
            "/me",
            "--proxy-auth",
            "iap-token-abcdef123456",
            "--proxy-auth-header",
            "authorization",
        ])
        .assert()
        .success();
    let me = onyx.received_at("GET", "/me");
    assert_eq!(
        me[0].header("proxy-authorization"),
        Some("Bearer iap-token-abcdef123456")
    );
    assert_eq!(
        me[0].header("x-onyx-authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(me[1].header("authorization"), Some("Bearer iap-token-abcdef123456"));
    assert_eq!(
        me[1].header("x-onyx-authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(me[1].header("proxy-authorization"), None);
}

#[test]
fn unknown_token_prefix_is_a_warning_not_a_refusal() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.cmd()
        .env("ONYX_API_KEY", "xyz_custom_token_0123456789")
        .args(["api", "GET", "/me"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning:").and(predicate::str::contains("onyx_pat_")))
        .stderr(predicate::str::contains("xyz_custom_token_0123456789").not());
}

#[test]
fn pat_from_onyx_pat_env_is_sent_as_bearer() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let pat = format!("onyx_pat_{}", "p".repeat(256));
    onyx.bare_cmd()
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_PREFIX", "")
        .env("ONYX_PAT", &pat)
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("personal access token"));
    assert_eq!(
        onyx.received_at("GET", "/me")[0].header("authorization"),
        Some(format!("Bearer {pat}").as_str())
    );
}

#[test]
fn extra_headers_are_sent() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.cmd()
        .args(["api", "GET", "/me", "-H", "X-Tenant: acme"])
        .assert()
        .success();
    assert_eq!(onyx.received_at("GET", "/me")[0].header("x-tenant"), Some("acme"));
    onyx.cmd()
        .args(["api", "GET", "/me", "-H", "no-colon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Name: value"));
}

#[test]
fn a_server_from_the_environment_is_probed_once_per_machine() {
    let onyx = Onyx::with_prefix("/api");
    serve_identity(&onyx);
    for _ in 0..3 {
        onyx.bare_cmd()
            .env("ONYX_SERVER_URL", onyx.url())
            .env("ONYX_API_KEY", TEST_KEY)
            .args(["api", "GET", "/me", "--jq", ".role"])
            .assert()
            .success()
            .stdout("admin\n");
    }
    assert_eq!(
        onyx.received_at("GET", "/health").len(),
        1,
        "probed once, then remembered"
    );
    // An explicit prefix needs no probe at all, and the config was never written.
    assert!(!onyx.config_dir().join("config.json").exists());
}

#[test]
fn status_of_a_server_that_is_down_is_one_error_and_nothing_on_stdout() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let onyx = Onyx::start();
    onyx.cmd()
        .env("ONYX_SERVER_URL", &url)
        .args(["auth", "status"])
        .assert()
        .code(5)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("connection refused"));
}

/// A config with one profile for `server` holding `credential` (a profile field).
fn stored_profile(onyx: &Onyx, server: &str, field: &str, value: &str) {
    let body = serde_json::json!({"current_profile": "default", "profiles": {"default": {
        "server_url": server, "api_prefix": "", field: value
    }}});
    fs::create_dir_all(onyx.config_dir()).unwrap();
    let path = onyx.config_dir().join("config.json");
    fs::write(&path, body.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    }
}

#[test]
fn a_stored_key_goes_only_to_the_server_it_was_stored_for() {
    let home = Onyx::start();
    serve_identity(&home);
    let other = Onyx::start();
    other.on("GET", "/persona").example("persona-list.json").mount();
    stored_profile(&home, &home.url(), "api_key", TEST_KEY);
    let out = home
        .bare_cmd()
        .args(["--server", &other.url(), "--api-prefix", "", "agent", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!("no credentials for {}", other.url())),
        "{stderr}"
    );
    assert!(stderr.contains("auth login --server"), "{stderr}");
    assert!(
        other.received().is_empty(),
        "the other server was contacted: {:?}",
        other.received()
    );

    // The profile's own server, named explicitly, still gets its key.
    home.on("GET", "/persona").example("persona-list.json").mount();
    home.bare_cmd()
        .args(["--server", &format!("{}/", home.url()), "agent", "list"])
        .assert()
        .success();
    // A key given for this run goes where this run goes.
    home.bare_cmd()
        .env("ONYX_API_KEY", TEST_KEY)
        .args(["--server", &other.url(), "--api-prefix", "", "agent", "list"])
        .assert()
        .success();
    let sent = other.received_at("GET", "/persona");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
}

#[test]
fn an_environment_key_is_sent_alone_beside_a_stored_session() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    stored_profile(&onyx, &onyx.url(), "session_cookie", "Zk3pQm8r2V0yWc1tLh6sXbN4aJe7uDgK");
    onyx.bare_cmd()
        .env("ONYX_API_KEY", TEST_KEY)
        .args(["agent", "list"])
        .assert()
        .success();
    let sent = &onyx.received_at("GET", "/persona")[0];
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {TEST_KEY}").as_str())
    );
    assert_eq!(
        sent.header("cookie"),
        None,
        "the profile's session went along with the key"
    );

    let out = onyx
        .bare_cmd()
        .env("ONYX_API_KEY", TEST_KEY)
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["auth"]["source"], "env ONYX_API_KEY", "{status}");
    assert_eq!(status["auth"]["kind"], "API key", "{status}");

    // Without the variable the stored session is used, and said to be.
    onyx.bare_cmd().args(["agent", "list"]).assert().success();
    let sent = onyx.received_at("GET", "/persona").pop().unwrap();
    assert_eq!(
        sent.header("cookie"),
        Some("fastapiusersauth=Zk3pQm8r2V0yWc1tLh6sXbN4aJe7uDgK")
    );
    assert_eq!(sent.header("authorization"), None);
}

#[test]
fn a_login_made_while_another_command_runs_is_kept() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .delay(std::time::Duration::from_millis(1500))
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .example("document-chunk-info.json")
        .mount();
    stored_profile(&onyx, &onyx.url(), "api_key", TEST_KEY);
    let login = std::thread::spawn({
        let cmd = onyx.bare_cmd();
        let url = onyx.url();
        move || {
            std::thread::sleep(std::time::Duration::from_millis(500));
            let mut cmd = cmd;
            cmd.args([
                "auth",
                "login",
                "--profile",
                "staging",
                "--server",
                &url,
                "--api-key",
                "-",
                "--no-verify",
            ])
            .write_stdin(format!("{TEST_KEY}\n"))
            .assert()
            .success();
        }
    });
    // The question is asked while the login happens, half a second in.
    let ask = onyx
        .bare_cmd()
        .args(["ask", "--no-passages", "hello?"])
        .output()
        .unwrap();
    login.join().unwrap();
    assert!(ask.status.success(), "{}", stderr_of(&ask));
    let saved: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(onyx.config_dir().join("config.json")).unwrap()).unwrap();
    assert!(
        saved["profiles"]["staging"].is_object(),
        "the concurrent login was lost: {saved}"
    );
    assert!(saved["profiles"]["default"]["api_key"].is_string(), "{saved}");
}

#[test]
fn the_onyx_cli_config_keeps_working_after_a_question() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.on("POST", "/chat/send-chat-message")
        .example("chat-send-chat-message.stream.ndjson")
        .mount();
    let dir = onyx.dir.path().join("xdg").join("onyx-cli");
    fs::create_dir_all(&dir).unwrap();
    let cfg = serde_json::json!({"server_url": onyx.url(), "api_key": TEST_KEY, "default_persona_id": 0});
    fs::write(dir.join("config.json"), cfg.to_string()).unwrap();
    for question in ["first?", "second?"] {
        onyx.bare_cmd()
            .env("ONYX_API_PREFIX", "")
            .args(["ask", "--no-passages", question])
            .assert()
            .success();
    }
    onyx.bare_cmd()
        .env("ONYX_API_PREFIX", "")
        .args(["ask", "--no-passages", "-c", "third?"])
        .assert()
        .success();
    assert!(
        !onyx.config_dir().join("config.json").exists(),
        "a config file now hides the onyx-cli one"
    );
}

#[test]
fn a_config_path_that_is_no_regular_file_is_a_config_error() {
    let onyx = Onyx::start();
    // A directory where the file should be.
    fs::create_dir_all(onyx.config_dir().join("config.json")).unwrap();
    let out = onyx.cmd().args(["agent", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("not a regular file"), "{}", stderr_of(&out));
    fs::remove_dir(onyx.config_dir().join("config.json")).unwrap();

    // A FIFO would block the read for ever.
    #[cfg(unix)]
    {
        let fifo = onyx.config_dir().join("config.json");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let out = onyx
            .cmd()
            .args(["agent", "list"])
            .timeout(std::time::Duration::from_secs(10))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    }
}

#[test]
fn a_short_secret_is_mostly_hidden_and_argv_secrets_are_warned_about() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let cookie = "c00kieSecretValue123";
    let out = onyx
        .bare_cmd()
        .args([
            "--server",
            &onyx.url(),
            "--api-prefix",
            "",
            "--session-cookie",
            cookie,
            "auth",
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    let line = stdout
        .lines()
        .find(|l| l.contains("session cookie"))
        .expect("a credentials line");
    let shown: String = line.split("session cookie ").nth(1).unwrap().replace('*', "");
    let shown = shown.split_whitespace().next().unwrap_or("");
    assert!(
        shown.len() * 4 <= cookie.len(),
        "{} of {} characters shown: {line}",
        shown.len(),
        cookie.len()
    );
    assert!(
        stderr_of(&out).contains("--session-cookie puts a secret on the command line"),
        "{}",
        stderr_of(&out)
    );
}

/// An identity-aware proxy in front of Onyx answers 407 (HTML) to anything
/// without its credentials, the API-prefix probe included.
fn mount_proxy_in_front(onyx: &Onyx) {
    onyx.respond_all(|request| {
        let has = |name: &str| request.headers.get(name).is_some();
        if !has("proxy-authorization") || !has("x-tenant") {
            return wiremock::ResponseTemplate::new(407)
                .insert_header("content-type", "text/html")
                .set_body_string("<html><body><h1>407 Proxy Authentication Required</h1></body></html>");
        }
        match request.url.path() {
            "/api/health" => wiremock::ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"success": true, "message": "ok", "data": null})),
            "/api/persona" => wiremock::ResponseTemplate::new(200)
                .set_body_raw(crate::support::example("persona-list.json"), "application/json"),
            _ => wiremock::ResponseTemplate::new(404).set_body_json(serde_json::json!({"detail": "Not Found"})),
        }
    });
}

#[test]
fn the_api_probe_carries_the_proxy_credentials_and_headers() {
    let onyx = Onyx::with_prefix("/api");
    mount_proxy_in_front(&onyx);
    let out = onyx
        .bare_cmd()
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_KEY", TEST_KEY)
        .env("ONYX_PROXY_AUTH", "Bearer iap-token-0123456789abcdef")
        .args(["-H", "X-Tenant: acme", "--verbose", "agent", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("/api/health"), "--verbose shows the probe: {stderr}");
    assert!(!stderr.contains("iap-token-0123456789abcdef"), "{stderr}");

    // Without the proxy's credentials: the proxy refused (exit 4), with the fix.
    let out = onyx
        .bare_cmd()
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_KEY", TEST_KEY)
        .env("ONYX_STATE_DIR", onyx.dir.path().join("other-state"))
        .args(["-H", "X-Tenant: acme", "agent", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("--proxy-auth"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

crate::support::both_generations! {
/// `auth status` says which permission model and version it found, and what
/// the caller may do in the server's terms: a role, or groups' permissions.
fn status_names_the_permission_model_and_version(onyx) {
    let main = onyx.spec() == crate::support::openapi::Spec::Main;
    if !main {
        serve_identity(&onyx);
    }
    let out = onyx.cmd().args(["auth", "status"]).output().unwrap();
    let stdout = stdout_of(&out);
    assert!(out.status.success(), "{}", stderr_of(&out));
    if main {
        assert!(stdout.contains("nightly-latest-20260822"), "{stdout}");
        assert!(stdout.contains("groups (Onyx main"), "{stdout}");
        assert!(stdout.contains("(API key, admin: 27 permissions)"), "{stdout}");
        assert!(stdout.contains("manage:connectors"), "{stdout}");
    } else {
        assert!(stdout.contains("v4.6.1"), "{stdout}");
        assert!(stdout.contains("roles (Onyx v4.6"), "{stdout}");
        assert!(stdout.contains("(role admin)"), "{stdout}");
    }
    let out = onyx.cmd().args(["auth", "status", "--json"]).output().unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["permission_model"], if main { "groups" } else { "roles" });
    if main {
        assert_eq!(value["user"]["account_type"], "SERVICE_ACCOUNT");
        assert!(value["user"].get("role").is_none(), "{value}");
    } else {
        assert_eq!(value["user"]["role"], "admin");
    }
}
}

crate::support::both_generations! {
/// `auth login` checks the key with `/me`, which has no `role` on main.
fn login_with_a_key_checks_it_on_either_generation(onyx) {
    let main = onyx.spec() == crate::support::openapi::Spec::Main;
    onyx.on("GET", "/health").example("health.json").mount();
    if !main {
        serve_identity(&onyx);
    }
    let out = onyx
        .bare_cmd()
        .args(["--server", &onyx.url(), "auth", "login", "--api-key", "-"])
        .write_stdin(TEST_KEY)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let expected = if main { "(API key, admin: 27 permissions)" } else { "(role admin)" };
    assert!(stderr.contains(expected), "{stderr}");
    // The model is remembered: a status afterwards does not need to guess it.
    let state = fs::read_to_string(onyx.state_dir().join("permission-models.json")).unwrap();
    assert!(state.contains(if main { "\"groups\"" } else { "\"roles\"" }), "{state}");
}
}

/// `auth login </dev/null` (a CI step with nothing piped) cannot prompt: it
/// says how to pipe the key, not that the key "was empty".
#[test]
fn login_with_nothing_on_stdin_says_how_to_pipe_the_key() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    let out = onyx
        .bare_cmd()
        .args(["auth", "login", "--server", &onyx.url()])
        // assert_cmd gives the child /dev/null as stdin.
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("stdin is not a terminal") && stderr.contains("--api-key -"),
        "{stderr}"
    );
    assert!(!onyx.config_dir().join("config.json").exists());
}

/// A rejected key is fixed where it came from: ONYX_API_KEY is named, and a
/// stored key points at logging in to its profile again.
#[test]
fn a_rejected_key_names_where_it_came_from() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(403)
        .json(serde_json::json!({"detail": "Access denied. User is not authenticated."}))
        .mount();
    let from_env = onyx.cmd().args(["agent", "list"]).output().unwrap();
    assert_eq!(from_env.status.code(), Some(4));
    let said = stderr_of(&from_env);
    assert!(said.contains("the API key in ONYX_API_KEY was not accepted"), "{said}");
    assert!(said.contains("or unset it and run 'onyx auth login'"), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");

    stored_profile(&onyx, &onyx.url(), "api_key", "on_stored-key-0000000000000000");
    let stored_too = onyx.cmd().args(["agent", "list"]).output().unwrap();
    assert!(
        stderr_of(&stored_too).contains("or unset ONYX_API_KEY to use the credentials of profile 'default'"),
        "{}",
        stderr_of(&stored_too)
    );
    let from_profile = onyx.bare_cmd().args(["agent", "list"]).output().unwrap();
    assert_eq!(from_profile.status.code(), Some(4));
    let said = stderr_of(&from_profile);
    assert!(
        said.contains("the API key stored in profile 'default' was not accepted")
            && said.contains("store a new one with 'onyx auth login'"),
        "{said}"
    );
    assert!(!said.contains("ONYX_API_KEY"), "{said}");

    // A refused session cookie is renewed by signing in, not with a key.
    stored_profile(&onyx, &onyx.url(), "session_cookie", "cookie-value-0000000000000000");
    let cookie = onyx.bare_cmd().args(["agent", "list"]).output().unwrap();
    let said = stderr_of(&cookie);
    assert!(
        said.contains("the session cookie stored in profile 'default' was not accepted")
            && said.contains("'onyx auth login --email …'"),
        "{said}"
    );
}
