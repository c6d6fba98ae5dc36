//! `onyx model` and `--model`: which LLM answers, chosen before anything is sent.

use crate::support::{stderr_of, stdout_of, Onyx};
use serde_json::{json, Value};

/// Two providers as `GET /llm/provider` lists them (rec. 054, with a second provider).
fn providers() -> Value {
    json!({
        "providers": [
            {"id": 1, "name": "fake-llm", "provider": "openai_compatible", "provider_display_name": "OpenAI-Compatible",
             "model_configurations": [
                {"id": 1, "name": "fake-model", "is_visible": true, "max_input_tokens": 32000, "supports_image_input": false,
                 "display_name": "Fake Model", "provider_display_name": "OpenAI-Compatible"},
                {"id": 2, "name": "fake-large", "is_visible": true, "supports_image_input": false, "display_name": "Fake Large"}
             ]},
            {"id": 4, "name": "openai", "provider": "openai", "provider_display_name": "OpenAI",
             "model_configurations": [
                {"id": 7, "name": "gpt-4o", "is_visible": true, "supports_image_input": true, "display_name": "GPT-4o"}
             ]}
        ],
        "default_text": {"provider_id": 1, "model_name": "fake-model"},
        "default_vision": null,
        "default_chat_naming": null
    })
}

fn serving(onyx: &Onyx) {
    onyx.on("GET", "/llm/provider").json(providers()).mount();
    crate::support::mount_answering(onyx);
}

#[test]
fn model_list_shows_providers_models_and_the_default() {
    let onyx = Onyx::start();
    serving(&onyx);
    let out = onyx.cmd().args(["model", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("PROVIDER") || lines[0].trim_start().starts_with("PROVIDER"),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with('*') && lines[1].contains("fake-llm") && lines[1].contains("fake-model"),
        "{stdout}"
    );
    assert!(lines[1].contains("Fake Model"), "{stdout}");
    assert!(
        !lines[2].starts_with('*') && lines[2].contains("fake-large"),
        "{stdout}"
    );
    assert!(
        lines[3].contains("openai") && lines[3].contains("gpt-4o") && lines[3].contains("GPT-4o"),
        "{stdout}"
    );
    assert_eq!(lines.len(), 4, "{stdout}");
}

#[test]
fn model_list_json_is_the_servers_object() {
    let onyx = Onyx::start();
    serving(&onyx);
    let out = onyx.cmd().args(["model", "list", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        value["default_text"],
        json!({"provider_id": 1, "model_name": "fake-model"})
    );
    assert_eq!(value["providers"][1]["model_configurations"][0]["name"], "gpt-4o");
}

#[test]
fn ask_with_a_model_sends_its_llm_override() {
    let onyx = Onyx::start();
    serving(&onyx);
    for (key, id, provider, version) in [
        ("gpt-4o", 7, "openai", "gpt-4o"),
        ("Fake Large", 2, "fake-llm", "fake-large"),
        ("fake-llm/fake-model", 1, "fake-llm", "fake-model"),
    ] {
        let out = onyx
            .cmd()
            .args([
                "ask",
                "--model",
                key,
                "--temperature",
                "0.3",
                "what is our leave policy?",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let sent = onyx.received_at("POST", "/chat/send-chat-message");
        let body = sent.last().unwrap().json();
        assert_eq!(body["llm_override"]["model_configuration_id"], id, "{key}");
        assert_eq!(body["llm_override"]["model_provider"], provider, "{key}");
        assert_eq!(body["llm_override"]["model_version"], version, "{key}");
        assert_eq!(body["llm_override"]["temperature"], 0.3, "{key}");
    }
}

#[test]
fn ask_without_a_model_sends_no_override_and_asks_for_no_list() {
    let onyx = Onyx::start();
    serving(&onyx);
    let out = onyx.cmd().args(["ask", "hello?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert!(body.get("llm_override").is_none(), "{body}");
    assert!(onyx.received_at("GET", "/llm/provider").is_empty());

    let out = onyx
        .cmd()
        .args(["ask", "--temperature", "0", "hello?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[1].json();
    assert_eq!(body["llm_override"], json!({"temperature": 0.0}));
}

#[test]
fn an_unknown_model_is_refused_before_the_question_is_sent() {
    let onyx = Onyx::start();
    serving(&onyx);
    let out = onyx.cmd().args(["ask", "--model", "llama", "hello?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    let stderr = stderr_of(&out);
    assert_eq!(
        stderr,
        "error: no model 'llama'; known: fake-llm/fake-model, fake-llm/fake-large, openai/gpt-4o (see 'onyx model list')\n"
    );
    assert!(stdout_of(&out).is_empty());
    assert!(onyx.received_at("POST", "/chat/send-chat-message").is_empty());
}

#[test]
fn a_temperature_out_of_range_is_bad_usage() {
    let onyx = Onyx::start();
    let out = onyx
        .cmd()
        .args(["ask", "--temperature", "3", "hello?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("expected a number from 0 to 2"),
        "{}",
        stderr_of(&out)
    );
    assert!(onyx.received().is_empty());
}

#[test]
fn the_profile_keeps_a_default_model_for_ask() {
    let onyx = Onyx::start();
    serving(&onyx);
    let out = onyx.cmd().args(["model", "use", "gpt-4o"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("now answers with openai/gpt-4o"),
        "{}",
        stderr_of(&out)
    );

    let out = onyx.cmd().args(["ask", "hello?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[0].json();
    assert_eq!(body["llm_override"]["model_configuration_id"], 7);

    // --model wins over the profile's choice.
    let out = onyx
        .cmd()
        .args(["ask", "--model", "fake-model", "hello?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[1].json();
    assert_eq!(body["llm_override"]["model_configuration_id"], 1);

    // ONYX_MODEL wins over the profile too (flags > environment > config).
    let out = onyx
        .cmd()
        .env("ONYX_MODEL", "fake-large")
        .args(["ask", "hello?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[2].json();
    assert_eq!(body["llm_override"]["model_configuration_id"], 2);

    let out = onyx.cmd().args(["model", "use", "--clear"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let out = onyx.cmd().args(["ask", "hello?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let body = onyx.received_at("POST", "/chat/send-chat-message")[3].json();
    assert!(body.get("llm_override").is_none(), "{body}");
}
