//! `onyx api-key`: secrets printed once, never again.

use crate::support::{example_json, stdout_of, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn secret() -> String {
    example_json("api-key-create.response.json")["api_key"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn create_quiet_prints_only_the_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").json(json!([])).mount();
    onyx.on("POST", "/admin/api-key")
        .example("api-key-create.response.json")
        .mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin", "--quiet"])
        .assert()
        .success()
        .stdout(format!("{}\n", secret()));
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        example_json("api-key-create.request.json")
    );
}

#[test]
fn create_json_has_the_full_object_and_the_table_says_save_it() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").json(json!([])).mount();
    onyx.on("POST", "/admin/api-key")
        .example("api-key-create.response.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin", "--json"])
        .output()
        .unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, example_json("api-key-create.response.json"));
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin"])
        .assert()
        .success()
        .stdout(predicate::str::contains(secret()).and(predicate::str::contains("on_Xq7m********xJ6y")))
        .stderr(predicate::str::contains("not shown again"));
}

#[test]
fn list_never_shows_a_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    let listed = onyx
        .cmd()
        .args(["api-key", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("on_Xq7m********xJ6y").and(predicate::str::contains("ci-ingest")));
    insta::assert_snapshot!("api_key_list", stdout_of(listed.get_output()));
}

#[test]
fn existing_name_is_a_conflict_unless_if_not_exists() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("exists already"));
    onyx.cmd()
        .args([
            "api-key",
            "create",
            "--name",
            "ci-ingest",
            "--if-not-exists",
            "--jq",
            ".api_key_id",
        ])
        .assert()
        .success()
        .stdout("5\n")
        .stderr(predicate::str::contains("not shown again"));
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--if-not-exists", "--quiet"])
        .assert()
        .success()
        .stdout("");
    assert!(onyx.received_at("POST", "/admin/api-key").is_empty());
}

#[test]
fn update_keeps_what_was_not_changed() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("PATCH", "/admin/api-key/{api_key_id}")
        .json(example_json("api-key-list.json")[0].clone())
        .mount();
    onyx.cmd()
        .args(["api-key", "update", "ci-ingest", "--role", "basic"])
        .assert()
        .success();
    onyx.cmd()
        .args(["api-key", "update", "5", "--name", "renamed"])
        .assert()
        .success();
    let sent = onyx.received_at("PATCH", "/admin/api-key/{api_key_id}");
    assert_eq!(sent[0].path, "/admin/api-key/5");
    assert_eq!(sent[0].json(), example_json("api-key-update.request.json"));
    assert_eq!(sent[1].json(), json!({"name": "renamed", "role": "admin"}));
}

#[test]
fn regenerate_needs_yes_and_prints_the_new_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("POST", "/admin/api-key/{api_key_id}/regenerate")
        .example("api-key-create.response.json")
        .mount();
    onyx.cmd()
        .args(["api-key", "regenerate", "ci-ingest", "--quiet"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    onyx.cmd()
        .args(["api-key", "regenerate", "ci-ingest", "--quiet", "--yes"])
        .assert()
        .success()
        .stdout(format!("{}\n", secret()));
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key/{api_key_id}/regenerate").len(),
        1
    );
}

#[test]
fn delete_by_name_and_if_exists() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("DELETE", "/admin/api-key/{api_key_id}")
        .body("null", "application/json")
        .mount();
    onyx.cmd()
        .args(["api-key", "delete", "ci-ingest", "-y"])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("DELETE", "/admin/api-key/{api_key_id}")[0].path,
        "/admin/api-key/5"
    );
    onyx.cmd().args(["api-key", "delete", "gone", "-y"]).assert().code(9);
    onyx.cmd()
        .args(["api-key", "delete", "gone", "-y", "--if-exists"])
        .assert()
        .success();
    assert_eq!(onyx.received_at("DELETE", "/admin/api-key/{api_key_id}").len(), 1);
}

#[test]
fn a_basic_key_on_an_admin_route_is_told_it_needs_admin() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key")
        .status(403)
        .example("error-403-permission.json")
        .mount();
    let out = onyx.cmd().args(["api-key", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("admin"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stdout_of(&out).is_empty());
}

/// A stock v4.6.1 (license enforcement on, no licence) refuses every API-key
/// route with 402; the user is told what works instead.
#[test]
fn a_plan_without_api_keys_says_to_use_a_personal_access_token() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key")
        .status(402)
        .json(serde_json::json!({"error_code": "FEATURE_NOT_AVAILABLE", "detail": "This feature requires the Business plan.", "message": "This feature requires the Business plan."}))
        .mount();
    let out = onyx.cmd().args(["api-key", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Business plan") && stderr.contains("onyx pat create"),
        "{stderr}"
    );
}
