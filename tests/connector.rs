//! `onyx connector`: create, index, pause, watch and delete connectors.

use crate::support::{example_json, mount_world, pair_status, stdout_of, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn indexing(in_progress: bool, last: Option<&str>) -> Value {
    let mut groups = example_json("indexing-status.response.json");
    let entry = &mut groups[0]["indexing_statuses"][0];
    entry["in_progress"] = json!(in_progress);
    entry["last_finished_status"] = json!(last);
    entry["last_status"] = json!(last);
    groups
}

#[test]
fn create_sends_the_config_and_prints_the_connector() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/connector").json(json!([])).mount();
    onyx.on("GET", "/manage/connector/{connector_id}")
        .example("connector-get.json")
        .mount();
    onyx.on("POST", "/manage/admin/connector")
        .example("connector-create.response.json")
        .mount();
    let config = onyx.dir.path().join("config.json");
    std::fs::write(&config, r#"{"file_locations": ["0b7f"], "zip_metadata_file_id": null}"#).unwrap();
    onyx.cmd()
        .args(["connector", "create", "--source", "file", "--name", "HR handbook PDFs"])
        .arg("--config-file")
        .arg(&config)
        .args(["--config", r#"file_names=["a.pdf"]"#, "--config", "note=plain text"])
        .args(["--refresh-freq", "3600", "--access", "private", "--jq", ".id"])
        .assert()
        .success()
        .stdout("7\n");
    let sent = onyx.received_at("POST", "/manage/admin/connector")[0].json();
    assert_eq!(
        sent["connector_specific_config"],
        json!({"file_locations": ["0b7f"], "zip_metadata_file_id": null, "file_names": ["a.pdf"], "note": "plain text"})
    );
    assert_eq!(sent["refresh_freq"], 3600);
    assert_eq!(sent["access_type"], "private");
    assert_eq!(sent["input_type"], "load_state");
}

#[test]
fn invalid_config_json_is_a_usage_error_naming_the_file() {
    let onyx = Onyx::start();
    let config = onyx.dir.path().join("broken.json");
    std::fs::write(&config, "{not json").unwrap();
    onyx.cmd()
        .args([
            "connector",
            "create",
            "--source",
            "file",
            "--name",
            "x",
            "--config-file",
        ])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.json").and(predicate::str::contains("not valid JSON")));
    assert!(onyx.received().is_empty());
}

#[test]
fn create_existing_is_conflict_unless_if_not_exists_with_the_same_json() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.cmd()
        .args(["connector", "create", "--source", "file", "--name", "HR handbook PDFs"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("exists already"));
    let out = onyx
        .cmd()
        .args([
            "connector",
            "create",
            "--source",
            "file",
            "--name",
            "HR handbook PDFs",
            "--if-not-exists",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(printed, example_json("connector-get.json"));
    assert!(onyx.received_at("POST", "/manage/admin/connector").is_empty());
}

#[test]
fn list_show_and_files() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("GET", "/manage/admin/connector/{connector_id}/files")
        .json(json!({"files": [{"file_id": "0b7f", "file_name": "employee-handbook-2025.pdf", "file_size": 1234, "upload_date": "2025-06-02T09:10:00+00:00"}]}))
        .mount();
    let listed = onyx
        .cmd()
        .args(["connector", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("HR handbook PDFs").and(predicate::str::contains("file")));
    insta::assert_snapshot!("connector_list", stdout_of(listed.get_output()));
    onyx.cmd()
        .args(["connector", "show", "7"])
        .assert()
        .success()
        .stdout(predicate::str::contains("travel-policy.pdf"));
    onyx.cmd()
        .args(["connector", "files", "HR handbook PDFs"])
        .assert()
        .success()
        .stdout(predicate::str::contains("employee-handbook-2025.pdf").and(predicate::str::contains("1234")));
    onyx.cmd().args(["connector", "show", "8"]).assert().code(9);
}

#[test]
fn update_keeps_the_fields_not_given() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("PATCH", "/manage/admin/connector/{connector_id}")
        .example("connector-get.json")
        .mount();
    onyx.cmd()
        .args(["connector", "update", "7", "--name", "Renamed", "--prune-freq", "86400"])
        .assert()
        .success();
    let sent = onyx.received_at("PATCH", "/manage/admin/connector/{connector_id}")[0].json();
    assert_eq!(sent["name"], "Renamed");
    assert_eq!(sent["prune_freq"], 86400);
    assert_eq!(sent["access_type"], "public");
    assert_eq!(
        sent["connector_specific_config"],
        example_json("connector-get.json")["connector_specific_config"]
    );
}

#[test]
fn pause_resume_and_run() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("PUT", "/manage/admin/cc-pair/{cc_pair_id}/status")
        .example("cc-pair-status.response.json")
        .mount();
    onyx.on("POST", "/manage/admin/connector/run-once")
        .example("connector-run-once.response.json")
        .mount();
    onyx.cmd()
        .args(["connector", "pause", "HR handbook PDFs"])
        .assert()
        .success();
    onyx.cmd().args(["connector", "resume", "7"]).assert().success();
    onyx.cmd()
        .args(["connector", "run", "7", "--from-beginning"])
        .assert()
        .success()
        .stderr(predicate::str::contains("started"));
    let statuses = onyx.received_at("PUT", "/manage/admin/cc-pair/{cc_pair_id}/status");
    assert_eq!(statuses[0].path, "/manage/admin/cc-pair/12/status");
    assert_eq!(statuses[0].json(), json!({"status": "PAUSED"}));
    assert_eq!(statuses[1].json(), json!({"status": "ACTIVE"}));
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/connector/run-once")[0].json(),
        json!({"connector_id": 7, "credential_ids": null, "from_beginning": true})
    );
}

#[test]
fn status_waits_until_the_run_ends() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(indexing(true, None))
        .times(3)
        .mount();
    mount_finished_run(&onyx);
    onyx.cmd()
        .args(["connector", "status", "7", "--wait", "--interval", "0.05"])
        .assert()
        .success()
        .stdout(predicate::str::contains("success").and(predicate::str::contains("2025-06-02T09:10:20")));
    assert!(
        onyx.received_at("POST", "/manage/admin/connector/indexing-status")
            .len()
            >= 4
    );
    let body = onyx.received_at("POST", "/manage/admin/connector/indexing-status")[0].json();
    assert_eq!(body["source"], "file");
    assert_eq!(body["get_all_connectors"], true);
}

/// As the real v4.6.1 server with workers answers right after pairing: the
/// attempt exists at once, `not_started`, not in progress, nothing finished.
#[test]
fn status_wait_waits_out_an_attempt_that_has_not_started() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    let mut queued = indexing(false, None);
    queued[0]["indexing_statuses"][0]["last_status"] = json!("not_started");
    queued[0]["indexing_statuses"][0]["cc_pair_status"] = json!("INITIAL_INDEXING");
    queued[0]["indexing_statuses"][0]["docs_indexed"] = json!(0);
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(queued)
        .times(2)
        .mount();
    let mut running = indexing(true, None);
    running[0]["indexing_statuses"][0]["last_status"] = json!("in_progress");
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(running)
        .times(2)
        .mount();
    mount_finished_run(&onyx);
    let out = onyx
        .cmd()
        .args(["connector", "status", "7", "--wait", "--interval", "0.05", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rows[0]["last_status"], "success",
        "returned before the attempt ended: {rows}"
    );
    // Two polls queued, two running, one finished.
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/connector/indexing-status")
            .len(),
        5
    );
}

#[test]
fn status_wait_reports_a_failed_run_and_times_out() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(indexing(false, Some("failed")))
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors")
        .json(json!({"items": [{}], "total_items": 1}))
        .mount();
    onyx.cmd()
        .args(["connector", "status", "7", "--wait", "--interval", "0.05"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did not succeed"));
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(indexing(true, None))
        .mount();
    onyx.cmd()
        .args([
            "connector",
            "status",
            "7",
            "--wait",
            "--interval",
            "0.05",
            "--wait-timeout",
            "0.2",
        ])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("gave up waiting"));
}

#[test]
fn delete_runs_the_deletion_flow_and_waits() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/connector")
        .json(json!([example_json("connector-get.json")]))
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([pair_status(12, "HR handbook PDFs")]))
        .times(2)
        .mount();
    onyx.on("GET", "/manage/admin/connector/status").json(json!([])).mount();
    onyx.on("POST", "/manage/admin/deletion-attempt")
        .body("null", "application/json")
        .mount();
    onyx.on("DELETE", "/manage/admin/connector/{connector_id}")
        .json(json!({"success": true, "message": "Connector deleted successfully", "data": 7}))
        .mount();
    onyx.cmd()
        .args([
            "connector",
            "delete",
            "HR handbook PDFs",
            "--yes",
            "--wait",
            "--interval",
            "0.05",
        ])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/deletion-attempt")[0].json(),
        example_json("deletion-attempt.request.json")
    );
    let order: Vec<String> = onyx
        .received()
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        order,
        [
            "POST /manage/admin/deletion-attempt",
            "DELETE /manage/admin/connector/7"
        ]
    );
    // Without --wait the deletion is started and the connector row left to Onyx's deletion task.
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/deletion-attempt")
        .body("null", "application/json")
        .mount();
    onyx.cmd()
        .args(["connector", "delete", "7", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("in the background"));
    assert_eq!(onyx.received_at("POST", "/manage/admin/deletion-attempt").len(), 1);
    assert!(onyx
        .received_at("DELETE", "/manage/admin/connector/{connector_id}")
        .is_empty());
    onyx.cmd()
        .args(["connector", "delete", "nope", "--yes"])
        .assert()
        .code(9);
    onyx.cmd()
        .args(["connector", "delete", "nope", "--yes", "--if-exists"])
        .assert()
        .success();
}

#[test]
fn a_basic_key_is_refused_on_curator_routes() {
    let onyx = Onyx::start();
    onyx.on("GET", "/manage/connector")
        .status(403)
        .example("error-403-not-curator.json")
        .mount();
    onyx.cmd()
        .args(["connector", "list"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("admin"));
}

#[test]
fn wait_bounds_take_units_and_bad_ones_name_the_flag() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    mount_finished_run(&onyx);
    onyx.cmd()
        .args([
            "connector",
            "status",
            "7",
            "--wait",
            "--wait-timeout",
            "10m",
            "--interval",
            "50ms",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("success"));
    let before = onyx.received().len();
    for (flag, value) in [
        ("--wait-timeout", "abc"),
        ("--interval", "often"),
        ("--refresh-freq", "soon"),
    ] {
        let command = if flag == "--refresh-freq" { "update" } else { "status" };
        onyx.cmd()
            .args(["connector", command, "7", flag, value])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(flag).and(predicate::str::contains("invalid digit").not()));
    }
    assert_eq!(onyx.received().len(), before, "a bad value sends nothing");
}

#[test]
fn config_pairs_and_frequencies_are_parsed_at_the_edge() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/connector")
        .example("connector-create.response.json")
        .mount();
    let create = |extra: &[&str]| {
        onyx.cmd()
            .args(["connector", "create", "--source", "web", "--name", "Docs"])
            .args(extra)
            .assert()
    };
    create(&[
        "--config",
        "base_url=https://x.test/?a=b",
        "--refresh-freq",
        "1h",
        "--prune-freq",
        "1d",
    ])
    .success();
    let body = onyx.received_at("POST", "/manage/admin/connector")[0].json();
    assert_eq!(body["connector_specific_config"]["base_url"], "https://x.test/?a=b");
    assert_eq!(body["refresh_freq"], 3600);
    assert_eq!(body["prune_freq"], 86400);
    assert_eq!(body["input_type"], "load_state");
    create(&["--input-type", "poll"]).success();
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/connector")[1].json()["input_type"],
        "poll"
    );
    for (flag, value, hint) in [
        ("--input-type", "sometimes", "slim_retrieval"),
        ("--config", "no-equals", "KEY=VALUE"),
    ] {
        create(&[flag, value])
            .code(2)
            .stderr(predicate::str::contains(flag).and(predicate::str::contains(hint)));
    }
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/connector").len(),
        2,
        "a bad value sends nothing"
    );
}

/// The connector's last run succeeded, with no indexing errors.
fn mount_finished_run(onyx: &Onyx) {
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .example("indexing-status.response.json")
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors")
        .json(json!({"items": [], "total_items": 0}))
        .mount();
}

/// Onyx keeps access on each pair and no request changes it: `update
/// --access` is refused in one line, with nothing sent but the lookup.
#[test]
fn update_access_is_refused_rather_than_faked() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    let out = onyx
        .cmd()
        .args(["connector", "update", "7", "--access", "private"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("cc-pair create --connector 7 --access"), "{stderr}");
    assert!(
        onyx.received().iter().all(|r| r.method == "GET"),
        "something was changed"
    );
}

/// `run` that no pair took (paused, or a run already queued) says nothing started.
#[test]
fn run_that_started_nothing_says_so() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    onyx.on("POST", "/manage/admin/connector/run-once")
        .json(json!({"success": true, "message": "Marked 0 index attempts with indexing triggers.", "data": 0}))
        .mount();
    let out = onyx.cmd().args(["connector", "run", "7"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("nothing was started") && !stderr.contains("Marked 0"),
        "{stderr}"
    );
}

/// A person reads "initial indexing", "263.8 KiB" and "3 hours ago"; a script
/// gets the server's `INITIAL_INDEXING`, the bytes and the RFC 3339 time.
#[test]
fn tables_show_words_and_sizes_on_a_terminal_and_server_values_in_a_pipe() {
    let onyx = Onyx::start();
    mount_world(&onyx);
    let mut queued = indexing(false, None);
    queued[0]["indexing_statuses"][0]["last_finished_status"] = json!("completed_with_errors");
    queued[0]["indexing_statuses"][0]["cc_pair_status"] = json!("INITIAL_INDEXING");
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(queued)
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors")
        .json(json!({"items": [], "total_items": 0}))
        .mount();
    onyx.on("GET", "/manage/admin/connector/{connector_id}/files")
        .json(json!({"files": [{"file_id": "0b7f", "file_name": "handbook.pdf", "file_size": 270177, "upload_date": "2025-06-02T09:10:00+00:00"}]}))
        .mount();
    let status = crate::support::on_a_terminal(&onyx, &["connector", "status", "7"]);
    assert!(status.contains("initial indexing"), "{status}");
    assert!(status.contains("completed with errors"), "{status}");
    assert!(!status.contains("INITIAL_INDEXING"), "{status}");
    let files = crate::support::on_a_terminal(&onyx, &["connector", "files", "7"]);
    assert!(files.contains("263.8 KiB"), "{files}");
    assert!(files.contains(" ago"), "{files}");

    let piped = onyx.cmd().args(["connector", "status", "7"]).output().unwrap();
    let piped = stdout_of(&piped);
    assert!(
        piped.contains("INITIAL_INDEXING\t") && piped.contains("completed_with_errors"),
        "{piped}"
    );
    let piped = onyx.cmd().args(["connector", "files", "7"]).output().unwrap();
    let piped = stdout_of(&piped);
    assert!(piped.contains("\t270177\t2025-06-02T09:10:00+00:00"), "{piped}");
}
