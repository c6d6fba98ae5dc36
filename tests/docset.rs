//! `onyx docset`: document sets from scripts, including the sync Onyx makes everyone wait for.

use crate::support::{example_json, mount_world, pair_status, stdout_of, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn set(up_to_date: bool) -> Value {
    let mut set = example_json("document-set-list.json")[0].clone();
    set["is_up_to_date"] = json!(up_to_date);
    set
}

#[test]
fn list_prints_a_table_and_json_is_the_servers() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let listed = onyx
        .cmd()
        .args(["docset", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("HR Policies").and(predicate::str::contains("SYNCED")));
    insta::assert_snapshot!("docset_list", stdout_of(listed.get_output()));
    let out = onyx.cmd().args(["docset", "list", "--json"]).output().unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, example_json("document-set-list.json"));
    onyx.cmd()
        .args(["docset", "list", "--jq", ".[0].cc_pair_summaries[].id"])
        .assert()
        .success()
        .stdout("12\n6\n");
}

#[test]
fn create_by_connector_name_prints_the_new_set_as_json() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    // Before the create no set exists; afterwards the list holds it.
    onyx.on("GET", "/manage/document-set").json(json!([])).times(1).mount();
    onyx.on("GET", "/manage/document-set").json(json!([set(false)])).mount();
    onyx.on("POST", "/manage/admin/document-set")
        .body("2", "application/json")
        .mount();
    let out = onyx
        .cmd()
        .args([
            "docset",
            "create",
            "--name",
            "HR Policies",
            "--description",
            "Handbooks",
        ])
        .args(["--connector", "HR handbook PDFs", "--cc-pair", "12", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(printed["id"], 2);
    let sent = onyx.received_at("POST", "/manage/admin/document-set")[0].json();
    assert_eq!(sent["cc_pair_ids"], json!([12]));
    assert_eq!(sent["name"], "HR Policies");
    assert_eq!(sent["is_public"], true);
}

#[test]
fn create_of_an_existing_name_is_a_conflict_unless_if_not_exists() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    onyx.cmd()
        .args(["docset", "create", "--name", "HR Policies", "--cc-pair", "12"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("exists already").and(predicate::str::contains("--if-not-exists")));
    onyx.cmd()
        .args([
            "docset",
            "create",
            "--name",
            "HR Policies",
            "--cc-pair",
            "12",
            "--if-not-exists",
        ])
        .args(["--jq", ".id"])
        .assert()
        .success()
        .stdout("2\n");
    assert!(onyx.received_at("POST", "/manage/admin/document-set").is_empty());
}

#[test]
fn create_without_pairs_is_a_usage_error() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set").json(json!([])).mount();
    onyx.cmd()
        .args(["docset", "create", "--name", "Empty"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--connector"));
}

#[test]
fn add_waits_for_the_sync_then_sends_the_whole_set() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set")
        .json(json!([set(false)]))
        .times(2)
        .mount();
    onyx.on("GET", "/manage/document-set").json(json!([set(true)])).mount();
    onyx.on("PATCH", "/manage/admin/document-set")
        .body("null", "application/json")
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([
            pair_status(12, "HR handbook PDFs"),
            pair_status(13, "Travel PDFs")
        ]))
        .mount();
    onyx.cmd()
        .args([
            "docset",
            "add",
            "HR Policies",
            "--cc-pair",
            "Travel PDFs",
            "--interval",
            "0.05",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("syncing"));
    let sent = onyx.received_at("PATCH", "/manage/admin/document-set");
    assert_eq!(sent.len(), 1);
    let body = sent[0].json();
    assert_eq!(body["id"], 2);
    assert_eq!(body["name"], "HR Policies");
    assert_eq!(body["description"], "Handbooks and HR process pages");
    assert_eq!(body["cc_pair_ids"], json!([12, 6, 13]));
    assert_eq!(body["is_public"], true);
}

#[test]
fn remove_and_update_keep_the_other_fields() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("GET", "/manage/document-set").json(json!([set(true)])).mount();
    onyx.on("PATCH", "/manage/admin/document-set")
        .body("null", "application/json")
        .mount();
    onyx.cmd()
        .args(["docset", "remove", "2", "--connector", "7"])
        .assert()
        .success();
    onyx.cmd()
        .args(["docset", "update", "HR Policies", "--description", "New words"])
        .assert()
        .success();
    let sent = onyx.received_at("PATCH", "/manage/admin/document-set");
    assert_eq!(sent[0].json()["cc_pair_ids"], json!([6]));
    assert_eq!(sent[1].json()["cc_pair_ids"], json!([12, 6]));
    assert_eq!(sent[1].json()["description"], "New words");
}

#[test]
fn adding_a_pair_already_in_the_set_sends_nothing_and_waits_for_nothing() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    // Syncing: a PATCH would have to wait, but there is nothing to send.
    onyx.on("GET", "/manage/document-set").json(json!([set(false)])).mount();
    onyx.cmd()
        .args([
            "docset",
            "add",
            "HR Policies",
            "--connector",
            "HR handbook PDFs",
            "--wait-timeout",
            "0",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("nothing to change"));
    assert!(onyx.received_at("PATCH", "/manage/admin/document-set").is_empty());
}

#[test]
fn update_without_changes_is_a_usage_error() {
    let onyx = Onyx::start();
    onyx.cmd()
        .args(["docset", "update", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to change"));
    assert!(onyx.received().is_empty());
}

#[test]
fn a_set_still_syncing_times_out_with_a_clear_message() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set").json(json!([set(false)])).mount();
    onyx.cmd()
        .args([
            "docset",
            "delete",
            "HR Policies",
            "--yes",
            "--wait-timeout",
            "0.2",
            "--interval",
            "0.05",
        ])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("still syncing"));
    assert!(onyx
        .received_at("DELETE", "/manage/admin/document-set/{document_set_id}")
        .is_empty());
}

#[test]
fn the_servers_syncing_refusal_is_reported() {
    let onyx = Onyx::start();
    // The list says synced, but the server disagrees (the sync restarted in between).
    onyx.on("GET", "/manage/document-set").json(json!([set(true)])).mount();
    onyx.on("PATCH", "/manage/admin/document-set")
        .status(400)
        .example("error-400-document-set-syncing.json")
        .mount();
    onyx.cmd()
        .args(["docset", "update", "2", "--name", "Renamed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("while it is syncing"));
}

#[test]
fn delete_waits_until_the_set_is_gone_and_if_exists_tolerates_absence() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set")
        .json(json!([set(true)]))
        .times(2)
        .mount();
    onyx.on("GET", "/manage/document-set").json(json!([])).mount();
    onyx.on("DELETE", "/manage/admin/document-set/{document_set_id}")
        .body("null", "application/json")
        .mount();
    onyx.cmd()
        .args([
            "docset",
            "delete",
            "HR Policies",
            "--yes",
            "--wait",
            "--interval",
            "0.05",
        ])
        .assert()
        .success();
    let deletes = onyx.received_at("DELETE", "/manage/admin/document-set/{document_set_id}");
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].path, "/manage/admin/document-set/2");
    onyx.cmd()
        .args(["docset", "delete", "HR Policies", "--yes"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains("no docset"));
    onyx.cmd()
        .args(["docset", "delete", "HR Policies", "--yes", "--if-exists"])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("DELETE", "/manage/admin/document-set/{document_set_id}")
            .len(),
        1
    );
}

#[test]
fn delete_without_yes_off_a_terminal_is_refused() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/document-set").json(json!([set(true)])).mount();
    onyx.cmd()
        .args(["docset", "delete", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
}

#[test]
fn ambiguous_and_unknown_names() {
    let onyx = Onyx::start();
    let mut twin = set(true);
    twin["id"] = json!(3);
    onyx.on("GET", "/manage/document-set")
        .json(json!([set(true), twin]))
        .mount();
    onyx.cmd()
        .args(["docset", "show", "HR Policies"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("ids 2, 3"));
    onyx.cmd()
        .args(["docset", "show", "Nope"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains("onyx docset list"));
    onyx.cmd()
        .args(["docset", "show", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("12 HR handbook PDFs (file)"));
}

#[test]
fn duplicate_name_rejected_by_the_server_is_a_usage_error() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("GET", "/manage/document-set").json(json!([])).mount();
    onyx.on("POST", "/manage/admin/document-set")
        .status(400)
        .json(json!({"detail": "(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"document_set_name_key\""}))
        .mount();
    onyx.cmd()
        .args(["docset", "create", "--name", "Race", "--cc-pair", "12"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("UniqueViolation"));
}

/// An empty listing says so to a person, with the next step, and prints
/// nothing for a program; `--json` is `[]`.
#[test]
fn an_empty_list_says_what_to_do_on_a_terminal_only() {
    let onyx = crate::support::Onyx::start();
    onyx.on("GET", "/manage/document-set")
        .json(serde_json::json!([]))
        .mount();
    let shown = crate::support::on_a_terminal(&onyx, &["docset", "list"]);
    assert!(
        shown.contains("No document sets yet") && shown.contains("onyx docset create"),
        "{shown:?}"
    );
    let piped = onyx.cmd().args(["docset", "list"]).output().unwrap();
    assert!(piped.status.success());
    assert!(piped.stdout.is_empty() && piped.stderr.is_empty(), "{piped:?}");
    let json = onyx.cmd().args(["docset", "list", "--json"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&json.stdout).trim(), "[]");
}

/// `--if-not-exists` reusing a set that differs says so (and changes nothing).
#[test]
fn reusing_a_different_set_says_how_it_differs() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .mount();
    let out = onyx
        .cmd()
        .args([
            "docset",
            "create",
            "--name",
            "HR Policies",
            "--description",
            "Other",
            "--cc-pair",
            "12",
            "--if-not-exists",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("exists already (id 2) and was reused as it is"),
        "{stderr}"
    );
    assert!(
        stderr.contains("its description is 'Handbooks and HR process pages', not 'Other'"),
        "{stderr}"
    );
    assert!(stderr.contains("it holds pairs 6, 12, not 12"), "{stderr}");
    assert!(onyx.received().iter().all(|r| r.method == "GET"));
}

/// A set that syncs for two looks, then is in sync.
fn syncing_then_synced(onyx: &Onyx) {
    onyx.on("GET", "/manage/document-set")
        .json(json!([set(false)]))
        .times(2)
        .mount();
    onyx.on("GET", "/manage/document-set").json(json!([set(true)])).mount();
}

#[test]
fn docset_show_watch_in_a_pipe_prints_a_block_per_change_until_synced() {
    let onyx = Onyx::start();
    syncing_then_synced(&onyx);
    let out = onyx
        .cmd()
        .args(["docset", "show", "HR Policies", "--watch", "--interval", "0.1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", crate::support::stderr_of(&out));
    let text = stdout_of(&out);
    let blocks: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(blocks.len(), 2, "one block per change: {text}");
    assert!(
        blocks[0].contains("no (syncing)") && blocks[1].contains("synced") && !blocks[1].contains("syncing"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no escape codes in a pipe: {text:?}");
}

#[test]
fn docset_show_watch_on_a_terminal_redraws_in_place() {
    let onyx = Onyx::start();
    syncing_then_synced(&onyx);
    let shown = crate::support::on_a_terminal(
        &onyx,
        &["docset", "show", "HR Policies", "--watch", "--interval", "0.1"],
    );
    let syncing = shown.find("no (syncing)").expect("the first frame");
    let redraw = shown.find("\u{1b}[").expect("the cursor moves back over the frame");
    assert!(syncing < redraw, "{shown:?}");
    assert_eq!(shown.matches("name").count(), 2, "two frames: {shown:?}");
    assert!(shown[redraw..].contains("yes"), "{shown:?}");
}
