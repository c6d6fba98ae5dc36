//! `onyx doctor`: one line per check, the fix for each failure, and an exit
//! code that says what failed first.

use crate::support::{stderr_of, stdout_of, Onyx};
use serde_json::{json, Value};

fn healthy(onyx: &Onyx, providers: Value) {
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("GET", "/me").example("me.json").mount();
    onyx.on("GET", "/version").example("version.json").mount();
    onyx.on("GET", "/llm/provider").json(providers).mount();
    onyx.on("GET", "/settings")
        .json(json!({"vector_db_enabled": true, "version": "v4.6.1"}))
        .mount();
}

fn one_provider() -> Value {
    json!({
        "providers": [{"id": 1, "name": "fake-llm", "provider": "openai_compatible", "model_configurations": [
            {"id": 1, "name": "fake-model", "is_visible": true, "supports_image_input": false}]}],
        "default_text": {"provider_id": 1, "model_name": "fake-model"}
    })
}

fn no_providers() -> Value {
    json!({"providers": [], "default_text": null})
}

/// A config file of `mode` holding no credentials (the key comes from the environment).
fn config_with_mode(onyx: &Onyx, mode: u32) {
    let path = onyx.config_dir().join("config.json");
    std::fs::write(&path, r#"{"profiles": {"default": {"output": "table"}}}"#).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = mode;
}

fn lines_of(out: &std::process::Output) -> Vec<String> {
    stdout_of(out).lines().map(str::to_string).collect()
}

#[test]
fn doctor_passes_every_check_on_a_healthy_server() {
    let onyx = Onyx::start();
    healthy(&onyx, one_provider());
    config_with_mode(&onyx, 0o600);
    let out = onyx.cmd().arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout_of(&out), stderr_of(&out));
    let lines = lines_of(&out);
    let names: Vec<&str> = lines.iter().map(|l| l.split_whitespace().nth(1).unwrap()).collect();
    assert_eq!(
        names,
        [
            "config",
            "server",
            "reachable",
            "credential",
            "accepted",
            "permissions",
            "version",
            "llm",
            "document"
        ]
    );
    assert!(lines.iter().all(|l| l.starts_with('✓')), "{lines:#?}");
    let text = stdout_of(&out);
    assert!(text.contains("(mode 600)"), "{text}");
    assert!(
        text.contains(&format!("{} (from env ONYX_SERVER_URL); API prefix none", onyx.url())),
        "{text}"
    );
    assert!(text.contains("(from env ONYX_API_KEY)"), "{text}");
    assert!(text.contains("as priya.raman@acme-corp.example (role admin)"), "{text}");
    assert!(text.contains("roles (Onyx v4.6"), "{text}");
    assert!(text.contains("v4.6.1"), "{text}");
    assert!(text.contains("1 provider; default fake-llm/fake-model"), "{text}");
    assert!(!text.contains('\u{1b}'), "no escape codes in a pipe: {text}");
    assert!(stderr_of(&out).is_empty(), "{}", stderr_of(&out));
}

#[test]
fn doctor_with_the_server_down_says_so_and_exits_5() {
    let onyx = Onyx::start();
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let out = onyx.cmd().env("ONYX_SERVER_URL", &url).arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}{}", stdout_of(&out), stderr_of(&out));
    let text = stdout_of(&out);
    let last_check = text.lines().rev().find(|l| l.starts_with(['✓', '✗'])).unwrap();
    assert!(last_check.starts_with("✗ reachable"), "{text}");
    assert!(text.contains("fix: check the URL"), "{text}");
    assert!(!text.contains("credential"), "later checks are not run: {text}");
    // The failure is said once, above; stderr sums it up in one line.
    assert_eq!(
        stderr_of(&out).trim(),
        "error: 1 of 3 checks failed: reachable; the fixes are above"
    );
}

#[test]
fn doctor_with_a_refused_key_names_its_source_and_exits_4() {
    let onyx = Onyx::start();
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("GET", "/me")
        .status(403)
        .json(json!({"detail": "Invalid API key"}))
        .mount();
    let out = onyx.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}{}", stdout_of(&out), stderr_of(&out));
    let checks: Value = serde_json::from_slice(&out.stdout).unwrap();
    let last = checks.as_array().unwrap().last().unwrap();
    assert_eq!(last["check"], "accepted");
    assert_eq!(last["ok"], false);
    // The source named as every refused command names it.
    assert!(
        last["fix"]
            .as_str()
            .unwrap()
            .contains("the API key in ONYX_API_KEY was not accepted"),
        "{last}"
    );
    assert_eq!(
        checks[2],
        json!({"check": "reachable", "ok": true, "detail": checks[2]["detail"], "fix": null})
    );
}

#[test]
fn doctor_without_an_llm_provider_fails_that_check_and_exits_10() {
    let onyx = Onyx::start();
    healthy(&onyx, no_providers());
    let out = onyx.cmd().arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(10), "{}{}", stdout_of(&out), stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.contains("✗ llm "), "{text}");
    assert!(
        text.contains("fix: an admin adds one under Admin panel → LLM providers"),
        "{text}"
    );
    assert!(
        text.contains("✓ document index"),
        "the checks after it still run: {text}"
    );
    assert!(
        stderr_of(&out).contains("1 of 9 checks failed: llm"),
        "{}",
        stderr_of(&out)
    );
}

#[cfg(unix)]
#[test]
fn doctor_flags_a_config_file_others_can_read_with_the_chmod_to_run() {
    let onyx = Onyx::start();
    healthy(&onyx, one_provider());
    config_with_mode(&onyx, 0o644);
    let out = onyx.cmd().arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(10), "{}{}", stdout_of(&out), stderr_of(&out));
    let lines = lines_of(&out);
    assert!(
        lines[0].starts_with("✗ config") && lines[0].contains("mode 644"),
        "{lines:#?}"
    );
    let path = onyx.config_dir().join("config.json");
    assert!(
        lines[1]
            .trim_start()
            .starts_with(&format!("fix: chmod 600 {}", path.display())),
        "{lines:#?}"
    );
}
