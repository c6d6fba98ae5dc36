//! Every failure is one line on stderr with what to do, and a documented exit code.

use crate::support::{raw, stderr_of, Onyx, TEST_KEY};
use predicates::prelude::*;
use std::time::Duration;

/// Runs `onyx api GET /persona` and returns (exit code, stderr), checking the
/// error is one line and the key never leaks.
fn fail(onyx: &Onyx, extra: &[&str]) -> (i32, String) {
    let out = onyx
        .cmd()
        .args(["api", "GET", "/persona"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(
        out.stdout.is_empty(),
        "stdout must stay empty: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains(TEST_KEY), "key leaked: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    (out.status.code().unwrap(), stderr)
}

#[test]
fn forbidden_bad_key_is_auth_failure() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(403).example("error-403.json").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 4);
    assert!(stderr.contains("Access denied. User is not authenticated."), "{stderr}");
    assert!(stderr.contains("onyx auth login"), "{stderr}");
}

#[test]
fn forbidden_for_lack_of_permission_says_admin_key_needed() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(403)
        .example("error-403-permission.json")
        .mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 4);
    assert!(stderr.contains("admin"), "{stderr}");
    assert!(!stderr.contains("onyx auth login"), "{stderr}");
}

#[test]
fn unrecognised_403_is_settled_by_asking_who_we_are() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(403)
        .json(serde_json::json!({"detail": "Some new wording"}))
        .mount();
    onyx.on("GET", "/me").example("me.json").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 4);
    assert!(stderr.contains("not allowed here"), "{stderr}");
    assert_eq!(onyx.received_at("GET", "/me").len(), 1);
}

#[test]
fn unauthorized_401() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(401).example("error-401.json").mount();
    assert_eq!(fail(&onyx, &[]).0, 4);
}

#[test]
fn unknown_route_points_at_the_prefix() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(404)
        .example("error-404-unknown-route.json")
        .mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 9);
    assert!(stderr.contains("--api-prefix"), "{stderr}");
}

#[test]
fn validation_error_shows_the_field() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(422).example("error-422.json").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("message: Field required"), "{stderr}");
    assert!(!stderr.contains("chat_backend.py"), "{stderr}");
}

#[test]
fn rate_limited_then_success_is_retried() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(429)
        .header("retry-after", "0")
        .example("error-429.json")
        .times(1)
        .mount();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.cmd()
        .env("ONYX_RETRIES", "2")
        .args(["api", "GET", "/persona", "--jq", ".[0].name"])
        .assert()
        .success()
        .stdout("Assistant\n");
    assert_eq!(onyx.received_at("GET", "/persona").len(), 2);
}

#[test]
fn rate_limited_without_retries_left() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(429).example("error-429.json").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 6);
    assert!(stderr.contains("usage budget"), "{stderr}");
}

#[test]
fn post_is_never_retried_silently() {
    let onyx = Onyx::start();
    onyx.on("POST", "/manage/admin/document-set")
        .status(503)
        .json(serde_json::json!({"detail": "busy"}))
        .mount();
    onyx.cmd()
        .env("ONYX_RETRIES", "3")
        .args([
            "api",
            "POST",
            "/manage/admin/document-set",
            "-f",
            "name=X",
            "-f",
            "description=",
            "-F",
            "cc_pair_ids=[2]",
            "-F",
            "is_public=true",
        ])
        .assert()
        .code(8);
    assert_eq!(onyx.received_at("POST", "/manage/admin/document-set").len(), 1);
}

#[test]
fn server_error_500() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(500).example("error-500.json").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 8);
    assert!(stderr.contains("Unexpected error"), "{stderr}");
}

#[test]
fn html_502_from_a_proxy_is_summarised_not_dumped() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").status(502).example("proxy-502.html").mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 8);
    assert!(stderr.contains("HTML page \"502 Bad Gateway\""), "{stderr}");
    assert!(!stderr.contains("<html>"), "{stderr}");
}

#[test]
fn no_vector_db_is_not_available() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(501)
        .example("error-501-no-vector-db.json")
        .mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 9);
    assert!(stderr.contains("vector"), "{stderr}");
}

#[test]
fn sso_redirect_is_a_proxy_login() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .status(302)
        .header("location", "https://sso.example/login")
        .mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 4);
    assert!(stderr.contains("redirected to https://sso.example/login"), "{stderr}");
}

#[test]
fn html_page_with_200_is_not_json() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .body("<!DOCTYPE html><html><title>Onyx</title></html>", "text/html")
        .mount();
    let (code, stderr) = fail(&onyx, &[]);
    assert_eq!(code, 1);
    assert!(stderr.contains("HTML page"), "{stderr}");
}

#[test]
fn connection_refused_is_unreachable() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let onyx = Onyx::start();
    let out = onyx
        .cmd()
        .env("ONYX_SERVER_URL", &url)
        .args(["api", "GET", "/persona"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("connection refused"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn unresolvable_host_is_unreachable() {
    let onyx = Onyx::start();
    onyx.cmd()
        .env("ONYX_SERVER_URL", "http://onyx.invalid")
        .args(["api", "GET", "/persona"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("cannot reach"));
}

#[test]
fn stalled_server_times_out() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona")
        .example("persona-list.json")
        .delay(Duration::from_secs(4))
        .mount();
    let (code, stderr) = fail(&onyx, &["--timeout", "1"]);
    assert_eq!(code, 7);
    assert!(stderr.contains("within 1s"), "{stderr}");
}

#[test]
fn server_that_accepts_but_never_answers_times_out() {
    let server = raw::serve(vec![raw::Step::Pause(Duration::from_secs(5))]);
    let onyx = Onyx::start();
    onyx.cmd()
        .env("ONYX_SERVER_URL", &server.url)
        .args(["api", "GET", "/persona", "--timeout", "1"])
        .assert()
        .code(7);
}

#[test]
fn non_json_body_is_named() {
    let onyx = Onyx::start();
    onyx.on("GET", "/me")
        .body("definitely not json", "application/json")
        .mount();
    onyx.cmd()
        .args(["auth", "status"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not the JSON expected").and(predicate::str::contains("definitely not json")));
}

#[test]
fn verbose_logs_requests_with_secrets_masked() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.cmd()
        .args([
            "api",
            "GET",
            "/persona",
            "--verbose",
            "--proxy-auth",
            "proxy-secret-value-9999",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("GET ").and(predicate::str::contains("/persona → 200")))
        .stderr(predicate::str::contains("on_tEsT****SeCr"))
        .stderr(predicate::str::contains(TEST_KEY).not())
        .stderr(predicate::str::contains("proxy-secret-value-9999").not());
    onyx.cmd()
        .env("ONYX_DEBUG", "1")
        .args(["api", "GET", "/persona"])
        .assert()
        .success()
        .stderr(predicate::str::contains("/persona → 200"));
}

#[test]
fn bad_server_url_is_usage_error() {
    let onyx = Onyx::start();
    onyx.cmd()
        .env("ONYX_SERVER_URL", "ftp://example.com")
        .args(["api", "GET", "/persona"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("http(s)://"));
}

#[test]
fn wrong_prefix_guess_names_the_urls_tried() {
    let onyx = Onyx::start();
    onyx.on("GET", "/api/health")
        .body("<html><title>Onyx</title></html>", "text/html")
        .mount();
    onyx.bare_cmd()
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_KEY", TEST_KEY)
        .args(["api", "GET", "/persona"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/api/health → an HTML page").and(predicate::str::contains("--api-prefix")));
}

#[test]
fn https_to_a_plain_http_port_is_a_tls_failure() {
    let onyx = Onyx::start();
    let https = onyx.url().replace("http://", "https://");
    onyx.cmd()
        .env("ONYX_SERVER_URL", &https)
        .args(["api", "GET", "/persona"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("TLS failed").and(predicate::str::contains("try http://")));
}

#[test]
fn timeouts_take_units_and_a_bad_one_names_the_flag() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    onyx.cmd()
        .args(["api", "GET", "/persona", "--timeout", "2m", "--connect-timeout", "10s"])
        .assert()
        .success();
    for flag in ["--timeout", "--connect-timeout"] {
        onyx.cmd()
            .args(["api", "GET", "/persona", flag, "soon"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(flag).and(predicate::str::contains("90s")));
    }
}

#[test]
fn a_bad_number_names_its_flag_and_sends_nothing() {
    let onyx = Onyx::start();
    for (flag, line) in [
        ("--limit", "session list --limit lots"),
        ("--limit", "search q --limit ten"),
        ("--group", "cc-pair create --connector 7 --credential 9 --group hr"),
        ("--cc-pair", "doc list --cc-pair twelve"),
        ("--batch-size", "ingest . --docset Legal --batch-size big"),
        ("--expires-days", "pat create --name laptop --expires-days 30d"),
        ("--retries", "--retries many api GET /persona"),
    ] {
        onyx.cmd()
            .args(line.split(' '))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(flag).and(predicate::str::contains("invalid digit").not()));
    }
    assert!(onyx.received().is_empty(), "a bad value sends nothing");
}

#[test]
fn a_get_whose_connection_drops_before_the_answer_is_retried() {
    let onyx = Onyx::start();
    let connections = std::sync::atomic::AtomicUsize::new(0);
    let server = raw::serve_with(move |_| {
        if connections.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            return vec![raw::Step::Close];
        }
        let body = r#"[{"id": 0, "name": "Assistant"}]"#;
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        vec![raw::Step::Send(format!("{head}{body}").into_bytes())]
    });
    let out = onyx
        .raw_cmd(&server)
        .env("ONYX_RETRIES", "1")
        .env("ONYX_RETRY_BASE_MS", "1")
        .args(["api", "GET", "/persona", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Assistant\n");
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}

#[test]
fn a_get_whose_connection_drops_in_the_body_is_retried() {
    let onyx = Onyx::start();
    let connections = std::sync::atomic::AtomicUsize::new(0);
    let body = crate::support::example("persona-list.json");
    let server = raw::serve_with(move |_| {
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        if connections.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            // Half the promised body, then the connection is gone.
            let half = format!("{head}{}", &body[..body.len() / 2]);
            return vec![raw::Step::Send(half.into_bytes()), raw::Step::Close];
        }
        vec![raw::Step::Send(format!("{head}{body}").into_bytes())]
    });
    let out = onyx
        .raw_cmd(&server)
        .env("ONYX_RETRIES", "1")
        .env("ONYX_RETRY_BASE_MS", "1")
        .args(["agent", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Assistant"));
    assert_eq!(server.requests.lock().unwrap().len(), 2);
}

/// On main a refusal names the permission the route checks and what the
/// key has, with the fix in main's terms; v4.6 keeps asking for an admin key.
#[test]
fn on_main_a_refusal_names_the_missing_permission_and_what_the_key_has() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/me")
        .json(crate::support::main_body("027-get-me-basic-key"))
        .mount();
    onyx.on("GET", "/manage/connector")
        .status(403)
        .json(crate::support::main_body("031-err-basic-key-admin-connector-list"))
        .mount();
    let out = onyx.cmd().args(["connector", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = stderr_of(&out);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("this needs `read:connectors`"), "{stderr}");
    assert!(stderr.contains("(they have: add:agents, basic,"), "{stderr}");
    assert!(stderr.contains("--group Admin"), "{stderr}");
    assert!(!stderr.contains("curator"), "{stderr}");
}

#[test]
fn on_v4_6_a_refusal_still_asks_for_an_admin_or_curator_key() {
    let onyx = Onyx::start();
    onyx.on("GET", "/me").example("me.json").mount();
    onyx.on("GET", "/manage/connector")
        .status(403)
        .example("error-403-permission.json")
        .mount();
    let out = onyx.cmd().args(["connector", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("admin (or curator)"), "{stderr}");
    assert!(!stderr.contains("--group"), "{stderr}");
}

/// An interval of 0 would poll the server thousands of times a second.
#[test]
fn a_zero_poll_interval_is_refused_before_any_request() {
    let onyx = crate::support::Onyx::start();
    for args in [
        &["connector", "status", "7", "--wait", "--interval", "0"][..],
        &["docset", "show", "Legal", "--wait", "--interval", "0s"][..],
    ] {
        let out = onyx.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--interval"), "{args:?}");
    }
    assert!(onyx.received().is_empty());
}

/// Main refuses a pair that does not exist with the same 403 as a missing
/// permission (transcripts-main 056): an admin key is not told to get one.
#[test]
fn on_main_a_refusal_of_an_admin_key_points_at_the_resource() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/manage/connector")
        .status(403)
        .json(crate::support::main_body(
            "056-err-put-manage-admin-cc-pair-status-unknown",
        ))
        .mount();
    let out = onyx.cmd().args(["connector", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("the credentials have `read:connectors`") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains("--group Admin"), "{stderr}");
}

/// `error:` is red on a terminal with colour, plain with NO_COLOR, --color
/// never, or in a pipe; --color always colours even a pipe.
#[test]
fn error_lines_are_red_only_where_colour_belongs() {
    let onyx = crate::support::Onyx::start();
    onyx.on("GET", "/persona")
        .status(500)
        .json(serde_json::json!({"detail": "boom"}))
        .mount();
    let coloured = crate::support::on_a_terminal_as(&onyx, &["agent", "list"], 100, &[("NO_COLOR", "")]);
    assert!(
        coloured.contains("\u{1b}[") && coloured.contains("error:"),
        "{coloured:?}"
    );
    let never =
        crate::support::on_a_terminal_as(&onyx, &["--color", "never", "agent", "list"], 100, &[("NO_COLOR", "")]);
    assert!(!never.contains('\u{1b}') && never.contains("error: "), "{never:?}");
    let no_color = crate::support::on_a_terminal_as(&onyx, &["agent", "list"], 100, &[("NO_COLOR", "1")]);
    assert!(!no_color.contains('\u{1b}'), "{no_color:?}");
    let piped = onyx
        .cmd()
        .args(["agent", "list"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&piped.stderr).contains('\u{1b}'));
    let forced = onyx
        .cmd()
        .args(["--color", "always", "agent", "list"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&forced.stderr).contains("\u{1b}["),
        "{:?}",
        forced.stderr
    );
}
