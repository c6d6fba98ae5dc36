//! `onyx pat`: personal access tokens, printed once, masked in lists.

use crate::support::{example_json, Onyx};
use predicates::prelude::*;
use serde_json::json;

#[test]
fn create_list_delete() {
    let onyx = Onyx::start();
    onyx.on("GET", "/user/pats").example("pat-list.json").mount();
    onyx.on("POST", "/user/pats")
        .example("pat-create.response.json")
        .mount();
    onyx.on("DELETE", "/user/pats/{token_id}")
        .json(json!({"message": "Token deleted successfully"}))
        .mount();
    let token = example_json("pat-create.response.json")["token"]
        .as_str()
        .unwrap()
        .to_string();
    onyx.cmd()
        .args([
            "pat",
            "create",
            "--name",
            "ci",
            "--expires-days",
            "30",
            "--scope",
            "read:chat",
            "-q",
        ])
        .assert()
        .success()
        .stdout(format!("{token}\n"));
    assert_eq!(
        onyx.received_at("POST", "/user/pats")[0].json(),
        json!({"name": "ci", "expiration_days": 30, "scopes": ["read:chat"]})
    );
    onyx.cmd()
        .args(["pat", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("onyx_pat_Ab3****Zq1x").and(predicate::str::contains("read:search")))
        .stdout(predicate::str::contains(&token).not());
    onyx.cmd()
        .args(["pat", "create", "--name", "laptop cli"])
        .assert()
        .code(11);
    onyx.cmd()
        .args(["pat", "delete", "search bot", "--yes"])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("DELETE", "/user/pats/{token_id}")[0].path,
        "/user/pats/11"
    );
    onyx.cmd()
        .args(["pat", "delete", "nope", "--yes", "--if-exists"])
        .assert()
        .success();
}
