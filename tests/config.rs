//! `onyx config`: a profile's defaults, set once and used by every command.

use crate::support::{example_json, mount_answering, stderr_of, stdout_of, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn config_file(onyx: &Onyx) -> Value {
    serde_json::from_slice(&std::fs::read(onyx.config_dir().join("config.json")).unwrap()).unwrap()
}

/// Two profiles, the other one holding a key that must stay as it is.
fn two_profiles(onyx: &Onyx) {
    let text = json!({
        "current_profile": "default",
        "profiles": {
            "default": {},
            "staging": {"server_url": "https://staging.example", "api_key": "on_staging_key_1234567890", "default_agent_id": 5}
        }
    });
    let path = onyx.config_dir().join("config.json");
    std::fs::write(&path, text.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

fn document_sets(onyx: &Onyx) {
    let mut benefits = example_json("document-set-list.json")[0].clone();
    benefits["id"] = json!(3);
    benefits["name"] = json!("Benefits");
    let hr = example_json("document-set-list.json")[0].clone();
    onyx.on("GET", "/manage/document-set")
        .json(json!([hr, benefits]))
        .mount();
}

#[test]
fn config_set_then_get_keeps_the_file_private_and_other_profiles_untouched() {
    let onyx = Onyx::start();
    two_profiles(&onyx);
    let before = config_file(&onyx)["profiles"]["staging"].clone();
    let out = onyx.cmd().args(["config", "set", "output", "JSON"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("output = json in profile 'default'"),
        "{}",
        stderr_of(&out)
    );
    onyx.cmd().args(["config", "set", "color", "never"]).assert().success();
    let out = onyx.cmd().args(["config", "get", "output"]).output().unwrap();
    assert_eq!(stdout_of(&out), "json\n");
    assert_eq!(config_file(&onyx)["profiles"]["staging"], before);
    assert_eq!(
        config_file(&onyx)["profiles"]["default"],
        json!({"output": "json", "color": "never"})
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(onyx.config_dir().join("config.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // --profile picks another profile's value; unset forgets one key only.
    let out = onyx
        .cmd()
        .args(["config", "get", "agent", "--profile", "staging"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "5\n");
    onyx.cmd().args(["config", "unset", "color"]).assert().success();
    assert_eq!(config_file(&onyx)["profiles"]["default"], json!({"output": "json"}));
}

#[test]
fn config_list_is_tab_separated_in_a_pipe_and_an_object_with_json() {
    let onyx = Onyx::start();
    two_profiles(&onyx);
    let out = onyx
        .cmd()
        .args(["config", "list", "--profile", "staging"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.starts_with("KEY\tVALUE\nagent\t5\n"), "{stdout}");
    assert!(stdout.contains("server\thttps://staging.example\n"), "{stdout}");
    assert!(!stdout.contains("on_staging"), "no secret is listed: {stdout}");
    let out = onyx
        .cmd()
        .args(["config", "list", "--profile", "staging", "--json"])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["agent"], 5);
    assert_eq!(value["docset"], json!([]));
    assert_eq!(value["color"], Value::Null);
}

#[test]
fn default_agent_and_docsets_go_into_the_request_unless_a_flag_names_others() {
    let onyx = Onyx::start();
    mount_answering(&onyx);
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    document_sets(&onyx);
    onyx.cmd()
        .args(["config", "set", "agent", "hr helper"])
        .assert()
        .success()
        // Stored as its id, said with the server's spelling of its name.
        .stderr(predicate::str::contains(
            "agent = 3 ('HR Helper') in profile 'default'.",
        ));
    onyx.cmd()
        .args(["config", "set", "docset", "hr policies", "Benefits"])
        .assert()
        .success();
    let out = onyx.cmd().args(["config", "get", "docset"]).output().unwrap();
    assert_eq!(
        stdout_of(&out),
        "HR Policies\nBenefits\n",
        "the server's spelling is kept"
    );

    let out = onyx.cmd().args(["ask", "--no-passages", "leave?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(body["chat_session_info"]["persona_id"], 3);
    assert_eq!(
        body["internal_search_filters"]["document_set"],
        json!(["HR Policies", "Benefits"])
    );

    onyx.cmd()
        .args(["ask", "--docset", "Benefits", "--no-passages", "leave?"])
        .assert()
        .success();
    let body = onyx.received_at("POST", "/chat/send-chat-message")[1].json();
    assert_eq!(body["internal_search_filters"]["document_set"], json!(["Benefits"]));
}

#[test]
fn a_default_output_of_json_applies_unless_a_flag_says_otherwise() {
    let onyx = Onyx::start();
    document_sets(&onyx);
    onyx.cmd().args(["config", "set", "output", "json"]).assert().success();
    let out = onyx.cmd().args(["docset", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let value: Value = serde_json::from_slice(&out.stdout).expect("JSON by default");
    assert_eq!(value[1]["name"], "Benefits");
    let out = onyx
        .cmd()
        .args(["docset", "list", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "HR Policies\n");
}

#[test]
fn a_default_colour_applies_on_a_terminal_but_no_color_and_the_flag_win() {
    let onyx = Onyx::start();
    onyx.cmd().args(["config", "set", "color", "always"]).assert().success();
    // A warning is styled where stderr is decorated.
    let warned = |env: &[(&str, &str)]| {
        let mut cmd = onyx.cmd();
        cmd.env_remove("NO_COLOR")
            .env("ONYX_API_KEY", "odd-key")
            .args(["config", "get", "color"]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        stderr_of(&cmd.output().unwrap())
    };
    assert!(warned(&[]).contains("\u{1b}["), "{}", warned(&[]));
    assert!(!warned(&[("NO_COLOR", "1")]).contains("\u{1b}["));
    onyx.cmd().args(["config", "set", "color", "auto"]).assert().success();
    assert!(!warned(&[]).contains("\u{1b}["), "a pipe is not a terminal");
    let mut cmd = onyx.cmd();
    cmd.env_remove("NO_COLOR")
        .env("ONYX_API_KEY", "odd-key")
        .args(["--color", "always", "config", "get", "color"]);
    assert!(stderr_of(&cmd.output().unwrap()).contains("\u{1b}["));
}

#[test]
fn an_unknown_key_a_secret_or_a_bad_value_is_refused_with_what_to_do() {
    let onyx = Onyx::start();
    two_profiles(&onyx);
    let before = std::fs::read(onyx.config_dir().join("config.json")).unwrap();
    let out = onyx.cmd().args(["config", "set", "colour", "never"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out)
            .contains("unknown key 'colour'; the keys are: agent, docset, model, output, color, server, api-prefix"),
        "{}",
        stderr_of(&out)
    );
    let out = onyx.cmd().args(["config", "set", "api-key", "on_x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("use 'onyx auth login'"), "{}", stderr_of(&out));
    let out = onyx
        .cmd()
        .args(["config", "set", "color", "sometimes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: 'sometimes' is not a value of color; use one of: auto, always, never\n"
    );
    let out = onyx
        .cmd()
        .args([
            "config",
            "set",
            "server",
            "https://elsewhere.example",
            "--profile",
            "staging",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("holds credentials for https://staging.example"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        std::fs::read(onyx.config_dir().join("config.json")).unwrap(),
        before,
        "nothing written"
    );
}
