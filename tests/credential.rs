//! `onyx credential`: secrets read from a file or stdin, masked when shown.

use crate::support::{example_json, Onyx};
use predicates::prelude::*;
use serde_json::json;

#[test]
fn secret_comes_from_a_file_or_stdin_never_argv() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/credential")
        .example("credential-list.json")
        .mount();
    onyx.on("POST", "/manage/credential")
        .example("credential-create.response.json")
        .mount();
    onyx.cmd()
        .args(["credential", "create", "--source", "confluence", "--name", "c"])
        .args(["--credential-json", r#"{"token": "s3cret"}"#])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--file"));
    onyx.cmd()
        .args([
            "credential",
            "create",
            "--source",
            "confluence",
            "--name",
            "c",
            "--file",
            r#"{"token":"s3cret"}"#,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not taken from the command line"));
    onyx.cmd()
        .args([
            "credential",
            "create",
            "--source",
            "confluence",
            "--name",
            "c",
            "--file",
            "-",
            "--jq",
            ".id",
        ])
        .write_stdin(r#"{"confluence_access_token": "ATATT3xFfGF0-very-secret-Q9c2"}"#)
        .assert()
        .success()
        .stdout("9\n");
    let sent = onyx.received_at("POST", "/manage/credential");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].json()["credential_json"],
        json!({"confluence_access_token": "ATATT3xFfGF0-very-secret-Q9c2"})
    );
    let bad = onyx.dir.path().join("cred.json");
    std::fs::write(&bad, "[1,").unwrap();
    onyx.cmd()
        .args([
            "credential",
            "create",
            "--source",
            "confluence",
            "--name",
            "d",
            "--file",
        ])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cred.json"));
}

#[test]
fn list_hides_credential_0_and_masks_values() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/credential")
        .example("credential-list.json")
        .mount();
    onyx.cmd()
        .args(["credential", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Confluence service account"))
        .stdout(predicate::str::contains("not_applicable").not())
        .stdout(predicate::str::contains("svc-onyx@acme-corp.example").not())
        .stdout(predicate::str::contains("confluence_username"));
    let ids = onyx
        .cmd()
        .args(["credential", "list", "--jq", "map(.id)"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0").not());
    // The server lists credentials 0, 9 and 4; 0 (the placeholder) is left out.
    let ids: serde_json::Value = serde_json::from_slice(&ids.get_output().stdout).unwrap();
    assert_eq!(ids, serde_json::json!([9, 4]));
    onyx.cmd()
        .args([
            "credential",
            "create",
            "--source",
            "file",
            "--name",
            "Confluence service account",
        ])
        .assert()
        .code(11);
    onyx.on("DELETE", "/manage/credential/{credential_id}")
        .json(json!({"success": true, "message": "Credential deleted successfully", "data": 4}))
        .mount();
    onyx.on("GET", "/manage/admin/connector/status").json(json!([])).mount();
    onyx.cmd()
        .args(["credential", "delete", "Confluence service account", "--yes"])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("DELETE", "/manage/credential/{credential_id}")[0].path,
        "/manage/credential/4"
    );
    onyx.cmd().args(["credential", "delete", "0", "--yes"]).assert().code(9);
}

#[test]
fn show_masks_secret_values() {
    let onyx = Onyx::start();
    let mut list = example_json("credential-list.json");
    list[2]["credential_json"]["confluence_access_token"] = json!("ATATT3xFfGF0-plain-secret-Q9c2");
    onyx.on("GET", "/manage/credential").json(list).mount();
    onyx.cmd()
        .args(["credential", "show", "Confluence service account"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ATATT3xFfGF0-plain-secret-Q9c2").not())
        .stdout(predicate::str::contains("****Q9c2").and(predicate::str::contains("confluence_access_token")));
}

/// Onyx answers the deletion of a credential still paired with a 500 ("try
/// again", exit 8); it is a conflict with what uses it.
#[test]
fn a_credential_in_use_is_a_conflict_naming_its_pairs() {
    let onyx = Onyx::start();
    crate::support::mount_world(&onyx);
    onyx.on("DELETE", "/manage/credential/{credential_id}")
        .status(500)
        .json(json!({"detail": "Internal Server Error"}))
        .mount();
    let out = onyx
        .cmd()
        .args(["credential", "delete", "9", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(11), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("still used by cc-pair") && stderr.contains("delete those pairs first"),
        "{stderr}"
    );
    assert!(onyx
        .received_at("DELETE", "/manage/credential/{credential_id}")
        .is_empty());
}
