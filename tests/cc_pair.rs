//! `onyx cc-pair`: the connector-credential pairs that actually index.

use crate::support::{example_json, mount_world, pair_status, Onyx};
use predicates::prelude::*;
use serde_json::json;

#[test]
fn create_and_repairing() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/connector")
        .json(json!([example_json("connector-get.json")]))
        .mount();
    onyx.on("GET", "/manage/credential")
        .example("credential-list.json")
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([]))
        .times(1)
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([pair_status(12, "HR handbook PDFs")]))
        .mount();
    onyx.on("PUT", "/manage/connector/{connector_id}/credential/{credential_id}")
        .example("cc-pair-associate.response.json")
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}")
        .example("cc-pair-get.json")
        .mount();
    onyx.cmd()
        .args([
            "cc-pair",
            "create",
            "--connector",
            "HR handbook PDFs",
            "--credential",
            "9",
            "--jq",
            ".id",
        ])
        .assert()
        .success()
        .stdout("12\n");
    let sent = onyx.received_at("PUT", "/manage/connector/{connector_id}/credential/{credential_id}");
    assert_eq!(sent[0].path, "/manage/connector/7/credential/9");
    assert_eq!(
        sent[0].json(),
        json!({"name": "HR handbook PDFs", "access_type": "public", "groups": []})
    );
    onyx.cmd()
        .args([
            "cc-pair",
            "create",
            "--connector",
            "7",
            "--credential",
            "9",
            "--name",
            "other",
        ])
        .assert()
        .code(11);
    onyx.cmd()
        .args([
            "cc-pair",
            "create",
            "--connector",
            "7",
            "--credential",
            "9",
            "--if-not-exists",
            "--jq",
            ".id",
        ])
        .assert()
        .success()
        .stdout("12\n");
    let mut deleting = example_json("indexing-status.response.json");
    deleting[0]["indexing_statuses"][0]["cc_pair_status"] = json!("DELETING");
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(deleting)
        .mount();
    // The state of each pair: a deletion under way shows as such.
    onyx.cmd().args(["cc-pair", "list"]).assert().success().stdout(
        predicate::str::contains("12\tHR handbook PDFs\tDELETING\t")
            .and(predicate::str::contains("7 HR handbook PDFs")),
    );
    let shown = crate::support::on_a_terminal(&onyx, &["cc-pair", "list"]);
    assert!(shown.contains("STATUS") && shown.contains("deleting"), "{shown}");
    onyx.cmd()
        .args(["cc-pair", "show", "HR handbook PDFs"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ACTIVE"));
}

#[test]
fn success_false_is_a_conflict() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/connector")
        .json(json!([example_json("connector-get.json")]))
        .mount();
    onyx.on("GET", "/manage/credential")
        .example("credential-list.json")
        .mount();
    // The list does not show the pair yet, but the server knows it.
    onyx.on("GET", "/manage/admin/connector/status").json(json!([])).mount();
    onyx.on("PUT", "/manage/connector/{connector_id}/credential/{credential_id}")
        .json(json!({"success": false, "message": "Connector 7 already has Credential 9", "data": 7}))
        .mount();
    onyx.cmd()
        .args(["cc-pair", "create", "--connector", "7", "--credential", "9"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("already has Credential 9"));
}

#[test]
fn delete_and_server_conflict() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/deletion-attempt")
        .status(409)
        .example("error-409.json")
        .mount();
    onyx.cmd()
        .args(["cc-pair", "delete", "12", "--yes"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("already in progress"));
}

#[test]
fn an_ambiguous_connector_name_is_a_conflict() {
    let onyx = Onyx::start();
    let first = example_json("connector-get.json");
    let mut second = first.clone();
    second["id"] = json!(8);
    onyx.on("GET", "/manage/connector").json(json!([first, second])).mount();
    onyx.cmd()
        .args([
            "cc-pair",
            "create",
            "--connector",
            "HR handbook PDFs",
            "--credential",
            "9",
        ])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("ids 7, 8").and(predicate::str::contains("by id")));
}

/// Onyx deletes a pair in the background: without --wait it has only begun.
#[test]
fn delete_without_wait_says_the_deletion_started() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/deletion-attempt")
        .json(json!(null))
        .mount();
    let out = onyx.cmd().args(["cc-pair", "delete", "12", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Deletion of pair") && stderr.contains("--wait"),
        "{stderr}"
    );
    assert!(!stderr.contains("Deleted"), "{stderr}");
}
