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

/// A token made with an API key belongs to the key's service account (both
/// real servers allow it); a refused one says a person makes tokens.
#[test]
fn a_token_made_with_an_api_key_says_whose_it_is() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/user/pats").json(json!([])).mount();
    onyx.on("POST", "/user/pats")
        .status(403)
        .json(json!({"error_code": "INSUFFICIENT_PERMISSIONS", "detail": "You do not have the required permissions for this action."}))
        .times(1)
        .mount();
    onyx.on("POST", "/user/pats")
        .example("pat-create.response.json")
        .mount();
    let refused = onyx.cmd().args(["pat", "create", "--name", "ci"]).output().unwrap();
    assert_eq!(refused.status.code(), Some(4));
    let said = crate::support::stderr_of(&refused);
    assert!(
        said.contains("a personal access token is made by a person") && said.contains("onyx auth login --email"),
        "{said}"
    );
    assert!(!said.contains("needs an admin"), "{said}");
    let made = onyx
        .cmd()
        .args(["pat", "create", "--name", "ci", "-q"])
        .output()
        .unwrap();
    assert_eq!(made.status.code(), Some(0));
    assert!(
        crate::support::stderr_of(&made).contains("acts as that key's service account, not as you"),
        "{}",
        crate::support::stderr_of(&made)
    );
    // With a web session, no such warning.
    let by_person = onyx
        .cmd()
        .env_remove("ONYX_API_KEY")
        .env("ONYX_SESSION_COOKIE", "cookie-value-0000000000000000")
        .args(["pat", "create", "--name", "ci", "-q"])
        .output()
        .unwrap();
    assert_eq!(by_person.status.code(), Some(0));
    assert!(!crate::support::stderr_of(&by_person).contains("service account"));
}
