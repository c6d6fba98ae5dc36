//! `onyx ingest`: a folder into a document set, re-runs send only what changed.

use crate::support::openapi::{multipart_parts, Part};
use crate::support::{example_json, stderr_of, stdout_of, Onyx, Received};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

const UPLOAD: &str = "/manage/admin/connector/file/upload";
const UPDATE: &str = "/manage/admin/connector/{connector_id}/files/update";
const FILES: &str = "/manage/admin/connector/{connector_id}/files";

fn write_tree(onyx: &Onyx, files: &[(&str, &str)]) -> PathBuf {
    let root = onyx.dir.path().join("docs");
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    std::fs::create_dir_all(&root).unwrap();
    root
}

fn parts(request: &Received) -> Vec<Part> {
    let content_type = request.header("content-type").expect("multipart content type");
    let boundary = content_type.split("boundary=").nth(1).unwrap().trim_matches('"');
    multipart_parts(&request.body, boundary)
}

fn sent_file_names(request: &Received) -> Vec<String> {
    parts(request)
        .into_iter()
        .filter(|p| p.name == "files")
        .map(|p| p.filename.unwrap_or_default())
        .collect()
}

fn removed_ids(request: &Received) -> Vec<String> {
    parts(request)
        .into_iter()
        .find(|p| p.name == "file_ids_to_remove")
        .map(|p| serde_json::from_slice(&p.data).unwrap())
        .unwrap_or_default()
}

fn upload_answer(files: &[(&str, &str)]) -> Value {
    json!({
        "file_paths": files.iter().map(|f| f.0).collect::<Vec<_>>(),
        "file_names": files.iter().map(|f| f.1).collect::<Vec<_>>(),
        "zip_metadata_file_id": null
    })
}

fn connector(id: i64, name: &str) -> Value {
    let mut c = example_json("connector-get.json");
    c["id"] = json!(id);
    c["name"] = json!(name);
    c
}

fn server_file(id: &str, name: &str, size: usize) -> Value {
    json!({"file_id": id, "file_name": name, "file_size": size, "upload_date": "2025-06-02T09:10:12.448101+00:00"})
}

/// A server that has never seen this connector; the first calls find nothing.
fn mount_fresh(onyx: &Onyx, uploaded: &[(&str, &str)]) {
    onyx.on("GET", "/manage/connector").json(json!([])).times(1).mount();
    onyx.on("POST", UPLOAD).json(upload_answer(uploaded)).mount();
    onyx.on("POST", "/manage/admin/connector")
        .example("connector-create.response.json")
        .mount();
    onyx.on("GET", "/manage/credential").json(json!([])).mount();
    onyx.on("POST", "/manage/credential")
        .example("credential-create.response.json")
        .mount();
    onyx.on("PUT", "/manage/connector/{connector_id}/credential/{credential_id}")
        .example("cc-pair-associate.response.json")
        .mount();
    onyx.on("GET", "/manage/document-set").json(json!([])).times(1).mount();
    onyx.on("POST", "/manage/admin/document-set").json(json!(3)).mount();
}

/// A first run whose connector, credential and pair (40) are new, for a set
/// "Legal" that exists already; returns that set for the test to adjust.
fn mount_new_connector_beside_set(onyx: &Onyx) -> Value {
    onyx.on("GET", "/manage/connector").json(json!([])).mount();
    onyx.on("POST", UPLOAD)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    onyx.on("POST", "/manage/admin/connector")
        .example("connector-create.response.json")
        .mount();
    onyx.on("GET", "/manage/credential").json(json!([])).mount();
    onyx.on("POST", "/manage/credential")
        .example("credential-create.response.json")
        .mount();
    onyx.on("PUT", "/manage/connector/{connector_id}/credential/{credential_id}")
        .json(json!({"success": true, "message": "ok", "data": 40}))
        .mount();
    let mut set = example_json("document-set-list.json")[0].clone();
    set["name"] = json!("Legal");
    set
}

/// Connector 7 "ingest-Legal" paired as cc-pair 12, in set "Legal", holding `files`.
fn mount_existing(onyx: &Onyx, files: Value) {
    onyx.on("GET", "/manage/connector")
        .json(json!([connector(7, "ingest-Legal")]))
        .mount();
    onyx.on("GET", FILES).json(json!({ "files": files })).mount();
    let credential = example_json("credential-create.response.json")["credential"].clone();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([{
            "cc_pair_id": 12, "name": "ingest-Legal", "connector": connector(7, "ingest-Legal"),
            "credential": credential, "access_type": "public", "groups": []
        }]))
        .mount();
    let mut set = example_json("document-set-list.json")[0].clone();
    set["name"] = json!("Legal");
    set["id"] = json!(3);
    set["is_up_to_date"] = json!(true);
    onyx.on("GET", "/manage/document-set").json(json!([set])).mount();
}

fn ingest(onyx: &Onyx, root: &Path, extra: &[&str]) -> std::process::Output {
    onyx.cmd()
        .arg("ingest")
        .arg(root)
        .args(["--docset", "Legal"])
        .args(extra)
        .env("ONYX_RETRY_BASE_MS", "1")
        .output()
        .unwrap()
}

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout_of(out)))
}

fn outcome_of(report: &Value, path_suffix: &str) -> String {
    let file = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with(path_suffix))
        .unwrap_or_else(|| panic!("{path_suffix} not in {report}"));
    file["outcome"].as_str().unwrap().to_string()
}

fn writes(onyx: &Onyx) -> usize {
    onyx.received()
        .iter()
        .filter(|r| r.method != "GET" && !r.path.ends_with("indexing-status"))
        .count()
}

const TREE: &[(&str, &str)] = &[
    ("a.txt", "alpha"),
    ("b.md", "# beta"),
    ("notes/c.txt", "gamma"),
    ("tool.exe", "MZ"),
    (".secret.txt", "hidden"),
    (".git/config.txt", "hidden dir"),
];

const IDS: &[(&str, &str)] = &[("id-a", "a.txt"), ("id-b", "b.md"), ("id-c", "notes/c.txt")];

fn existing_files() -> Value {
    json!([
        server_file("id-a", "a.txt", 5),
        server_file("id-b", "b.md", 6),
        server_file("id-c", "notes/c.txt", 5)
    ])
}

#[test]
fn first_run_uploads_creates_connector_pair_and_set_and_reports_every_path() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, TREE);
    mount_fresh(&onyx, IDS);
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    let uploads = onyx.received_at("POST", UPLOAD);
    assert_eq!(uploads.len(), 1);
    assert_eq!(sent_file_names(&uploads[0]), ["a.txt", "b.md", "notes/c.txt"]);
    assert_eq!(uploads[0].query_pairs(), [("unzip".to_string(), "false".to_string())]);
    let contents: Vec<Vec<u8>> = parts(&uploads[0]).into_iter().map(|p| p.data).collect();
    assert_eq!(contents[0], b"alpha");

    let create = onyx.received_at("POST", "/manage/admin/connector")[0].json();
    assert_eq!(create["name"], "ingest-Legal");
    assert_eq!(create["source"], "file");
    assert_eq!(
        create["connector_specific_config"]["file_locations"],
        json!(["id-a", "id-b", "id-c"])
    );
    assert_eq!(
        create["connector_specific_config"]["file_names"],
        json!(["a.txt", "b.md", "notes/c.txt"])
    );
    let credential = onyx.received_at("POST", "/manage/credential")[0].json();
    assert_eq!(credential["credential_json"], json!({}));
    let pair = onyx.received_at("PUT", "/manage/connector/{connector_id}/credential/{credential_id}");
    assert!(pair[0].path.ends_with("/connector/7/credential/9"), "{}", pair[0].path);
    let set = onyx.received_at("POST", "/manage/admin/document-set")[0].json();
    assert_eq!(set["name"], "Legal");
    assert_eq!(set["cc_pair_ids"], json!([12]));

    let report = json_of(&out);
    assert_eq!(report["files"].as_array().unwrap().len(), 6, "{report}");
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "notes/c.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "tool.exe"), "skipped");
    assert_eq!(outcome_of(&report, ".secret.txt"), "skipped");
    assert_eq!(outcome_of(&report, ".git"), "skipped");
    assert_eq!(report["connector_id"], 7);
    assert_eq!(report["cc_pair_id"], 12);
    assert_eq!(report["docset_id"], 3);
    assert_eq!(report["counts"]["uploaded"], 3);
    assert!(stderr_of(&out).contains("3 uploaded"), "{}", stderr_of(&out));

    let manifests: Vec<_> = std::fs::read_dir(onyx.state_dir().join("ingest"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(manifests.len(), 1);
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(&manifests[0]).unwrap()).unwrap();
    assert_eq!(manifest["files"]["notes/c.txt"]["file_id"], "id-c");
}

#[test]
fn second_run_sends_nothing_and_a_changed_file_replaces_its_old_copy() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, TREE);
    mount_fresh(&onyx, IDS);
    mount_existing(&onyx, existing_files());
    assert_eq!(ingest(&onyx, &root, &[]).status.code(), Some(0));
    let after_first = writes(&onyx);

    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(writes(&onyx), after_first, "a second run must create and send nothing");
    let table = stdout_of(&out);
    assert!(
        !table.contains("unchanged"),
        "unchanged files are counted, not listed: {table}"
    );
    assert!(
        stderr_of(&out).contains("0 uploaded, 0 replaced, 3 unchanged"),
        "{}",
        stderr_of(&out)
    );

    std::fs::write(root.join("a.txt"), "alpha, revised").unwrap();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a2", "a.txt")]))
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 1);
    assert!(updates[0].path.contains("/connector/7/"), "{}", updates[0].path);
    assert_eq!(sent_file_names(&updates[0]), ["a.txt"]);
    assert_eq!(removed_ids(&updates[0]), ["id-a"]);
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "replaced");
    assert_eq!(outcome_of(&report, "b.md"), "unchanged");
    assert_eq!(
        onyx.received_at("POST", UPLOAD).len(),
        1,
        "later runs go through files/update"
    );
}

#[test]
fn a_file_deleted_on_the_server_is_uploaded_again() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, TREE);
    mount_fresh(&onyx, IDS);
    // The server lost b.md since the first run: the manifest does not decide.
    mount_existing(
        &onyx,
        json!([server_file("id-a", "a.txt", 5), server_file("id-c", "notes/c.txt", 5)]),
    );
    assert_eq!(ingest(&onyx, &root, &[]).status.code(), Some(0));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-b2", "b.md")]))
        .mount();
    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 1);
    assert_eq!(sent_file_names(&updates[0]), ["b.md"]);
    assert!(removed_ids(&updates[0]).is_empty());
}

#[test]
fn dry_run_sends_only_reads() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, TREE);
    mount_existing(
        &onyx,
        json!([server_file("id-a", "a.txt", 5), server_file("id-old", "old.txt", 3)]),
    );
    let out = ingest(&onyx, &root, &["--dry-run", "--prune"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let methods: Vec<String> = onyx.received().iter().map(|r| r.method.clone()).collect();
    assert!(methods.iter().all(|m| m == "GET"), "{methods:?}");
    let table = stdout_of(&out);
    assert!(table.contains("would upload"), "{table}");
    assert!(table.contains("would remove"), "{table}");
    // a.txt has the same name and size on the server: adopted, not re-sent
    // (counted as unchanged; the table lists only what would change).
    assert!(!table.contains("a.txt"), "{table}");
    assert!(stderr_of(&out).contains("1 unchanged"), "{}", stderr_of(&out));
    assert!(
        !onyx.state_dir().join("ingest").exists(),
        "a dry run writes no manifest"
    );
}

#[test]
fn prune_removes_files_gone_locally() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(
        &onyx,
        json!([server_file("id-a", "a.txt", 5), server_file("id-old", "old.txt", 3)]),
    );
    onyx.on("POST", UPDATE).json(upload_answer(&[])).mount();
    let out = ingest(&onyx, &root, &["--prune", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 1);
    assert!(sent_file_names(&updates[0]).is_empty());
    assert_eq!(removed_ids(&updates[0]), ["id-old"]);
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "old.txt"), "removed");
    assert_eq!(outcome_of(&report, "a.txt"), "unchanged");
}

#[test]
fn server_going_down_mid_run_is_a_partial_failure_and_a_rerun_sends_only_the_rest() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.txt", "beta!"), ("c.txt", "gamma")]);
    // Planning, then one listing per failed attempt (reconciliation), find nothing new.
    onyx.on("GET", FILES).json(json!({"files": []})).times(4).mount();
    onyx.on("GET", FILES)
        .json(json!({"files": [server_file("id-a", "a.txt", 5)]}))
        .mount();
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .times(1)
        .mount();
    onyx.on("POST", UPDATE).status(503).times(3).mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-b", "b.txt"), ("id-c", "c.txt")]))
        .mount();

    let out = ingest(&onyx, &root, &["--batch-size", "1", "--upload-retries", "2", "--json"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("2 of 3 file(s) failed"), "{stderr}");
    assert!(stderr.contains("b.txt"), "{stderr}");
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "b.txt"), "failed");
    assert_eq!(outcome_of(&report, "c.txt"), "failed");
    // b.txt was tried three times; c.txt was not sent to a server that is down.
    assert_eq!(onyx.received_at("POST", UPDATE).len(), 4);

    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 5);
    assert_eq!(sent_file_names(&updates[4]), ["b.txt", "c.txt"]);
    assert_eq!(outcome_of(&json_of(&out), "a.txt"), "unchanged");
}

#[test]
fn a_batch_stored_before_the_answer_timed_out_is_not_sent_again() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    onyx.on("GET", FILES).json(json!({"files": []})).times(1).mount();
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .delay(Duration::from_secs(3))
        .mount();
    let out = ingest(&onyx, &root, &["--upload-timeout", "0.5", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(onyx.received_at("POST", UPDATE).len(), 1);
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(report["files"][0]["file_id"], "id-a");
}

#[test]
fn a_file_the_server_rejects_fails_alone_with_the_servers_reason() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.pdf", "not really a pdf")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .status(415)
        .json(json!({"detail": "Unsupported file: b.pdf"}))
        .times(1)
        .mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .times(1)
        .mount();
    onyx.on("POST", UPDATE)
        .status(415)
        .json(json!({"detail": "Unsupported file: b.pdf"}))
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "b.pdf"), "failed");
    let failed = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["outcome"] == "failed")
        .unwrap();
    assert!(
        failed["reason"].as_str().unwrap().contains("Unsupported file: b.pdf"),
        "{failed}"
    );
    // One try as a batch, then each file alone; a rejection is never retried.
    assert_eq!(onyx.received_at("POST", UPDATE).len(), 3);
}

#[test]
fn paths_from_stdin() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.txt", "beta!"), ("c.bin", "x")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "docs/a.txt")]))
        .mount();
    let list = format!("{}\n{}\n", root.join("a.txt").display(), root.join("c.bin").display());
    let out = onyx
        .cmd()
        .args(["ingest", "-", "--docset", "Legal", "--json"])
        .write_stdin(list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 1);
    let names = sent_file_names(&updates[0]);
    assert_eq!(names.len(), 1);
    assert!(
        names[0].ends_with("docs/a.txt") && !names[0].starts_with('/'),
        "{names:?}"
    );
    let report = json_of(&out);
    assert_eq!(report["files"].as_array().unwrap().len(), 2);
    assert_eq!(outcome_of(&report, "c.bin"), "skipped");
}

#[test]
fn existing_set_gets_the_pair_added_by_full_replacement_waiting_out_a_sync() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    let set = mount_new_connector_beside_set(&onyx);
    onyx.on("GET", "/manage/document-set").json(json!([set])).mount();
    onyx.on("PATCH", "/manage/admin/document-set")
        .status(400)
        .example("error-400-document-set-syncing.json")
        .times(1)
        .mount();
    onyx.on("PATCH", "/manage/admin/document-set").json(json!(null)).mount();
    let out = ingest(&onyx, &root, &["--interval", "0.01"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let patches = onyx.received_at("PATCH", "/manage/admin/document-set");
    assert_eq!(patches.len(), 2);
    let body = patches[1].json();
    assert_eq!(body["id"], 2);
    assert_eq!(body["cc_pair_ids"], json!([12, 6, 40]));
    assert_eq!(body["description"], "Handbooks and HR process pages");
    assert!(onyx.received_at("POST", "/manage/admin/document-set").is_empty());
}

#[test]
fn wait_polls_until_indexed_and_the_set_is_in_sync() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    let mut before = example_json("indexing-status.response.json");
    before[0]["indexing_statuses"][0]["last_success"] = json!("2025-06-01T00:00:00Z");
    let mut running = before.clone();
    running[0]["indexing_statuses"][0]["in_progress"] = json!(true);
    // Baseline, then one poll while it runs, then done.
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(before)
        .times(1)
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(running)
        .times(1)
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .example("indexing-status.response.json")
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors")
        .json(
            json!({"items": [{"id": 1, "connector_credential_pair_id": 12, "document_id": "FILE_CONNECTOR__id-a",
            "document_link": null, "entity_id": null, "failed_time_range_start": null, "failed_time_range_end": null,
            "failure_message": "could not parse", "is_resolved": false, "time_created": "2025-06-02T09:10:20Z",
            "index_attempt_id": 5, "error_type": null}], "total_items": 1}),
        )
        .mount();
    let out = ingest(&onyx, &root, &["--wait", "--interval", "0.01", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/connector/indexing-status")
            .len(),
        3
    );
    let report = json_of(&out);
    assert_eq!(report["indexing"]["docs_indexed"], 2);
    let stderr = stderr_of(&out);
    assert!(stderr.contains("could not parse"), "{stderr}");
}

#[test]
fn wait_gives_up_after_wait_timeout() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .example("indexing-status.response.json")
        .mount();
    let out = ingest(&onyx, &root, &["--wait", "--interval", "0.02", "--wait-timeout", "0.2"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("indexing of cc-pair 12 did not finish"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn no_document_index_says_so() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    onyx.on("GET", "/manage/connector")
        .status(501)
        .example("error-501-no-vector-db.json")
        .mount();
    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(9));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("no document index; file connectors are unavailable"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn basic_key_is_told_a_curator_or_admin_key_is_needed() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    onyx.on("GET", "/manage/connector")
        .status(403)
        .example("error-403-not-curator.json")
        .mount();
    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(4));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("curator"), "{stderr}");
    assert_eq!(writes(&onyx), 0);
}

#[test]
fn missing_path_and_nothing_indexable_are_usage_errors() {
    let onyx = Onyx::start();
    let out = ingest(&onyx, &onyx.dir.path().join("nope"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("no such file or directory"),
        "{}",
        stderr_of(&out)
    );

    let root = write_tree(&onyx, &[("a.exe", "MZ"), ("b.bin", "x")]);
    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("nothing to ingest") && stderr.contains("2 path(s) found"),
        "{stderr}"
    );
    assert!(onyx.received().is_empty(), "no request for nothing to do");
}

#[test]
fn include_and_exclude_globs() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "a"), ("b.md", "b"), ("drafts/c.txt", "c")]);
    mount_existing(&onyx, json!([]));
    let out = ingest(
        &onyx,
        &root,
        &["--include", "*.txt", "--exclude", "drafts", "--dry-run", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "b.md"), "skipped");
    assert_eq!(outcome_of(&report, "drafts"), "skipped");
}

#[cfg(unix)]
#[test]
fn unreadable_file_fails_alone() {
    use std::os::unix::fs::PermissionsExt;
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("locked.txt", "secret")]);
    let locked = root.join("locked.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipped: running as a user who can read mode-000 files (root)");
        return;
    }
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(10));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "locked.txt"), "failed");
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed_forever() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    std::os::unix::fs::symlink(&root, root.join("loop")).unwrap();
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    let out = ingest(&onyx, &root, &["--dry-run", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "loop"), "skipped");
}

#[test]
fn a_second_run_on_the_same_connector_is_refused_while_the_first_holds_the_lock() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    assert_eq!(ingest(&onyx, &root, &[]).status.code(), Some(0));
    let lock = std::fs::read_dir(onyx.state_dir().join("ingest"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "lock"))
        .expect("a lock file next to the manifest");
    let held = std::fs::OpenOptions::new().write(true).open(&lock).unwrap();
    fs4::FileExt::try_lock(&held).unwrap();
    let out = ingest(&onyx, &root, &[]);
    assert_eq!(out.status.code(), Some(11));
    assert!(
        stderr_of(&out).contains("another 'onyx ingest' is running"),
        "{}",
        stderr_of(&out)
    );
    fs4::FileExt::unlock(&held).unwrap();
    assert_eq!(ingest(&onyx, &root, &[]).status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_the_batch_in_flight_records_it_and_stops() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.txt", "beta!"), ("c.txt", "gamma")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .delay(Duration::from_millis(1500))
        .mount();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_onyx"));
    for (key, _) in std::env::vars() {
        if key.starts_with("ONYX_") || key == "NO_COLOR" {
            cmd.env_remove(key);
        }
    }
    let child = cmd
        .env("ONYX_CONFIG_DIR", onyx.config_dir())
        .env("ONYX_STATE_DIR", onyx.state_dir())
        .env("HOME", onyx.dir.path().join("home"))
        .env("ONYX_SERVER_URL", onyx.url())
        .env("ONYX_API_PREFIX", "")
        .env("ONYX_API_KEY", crate::support::TEST_KEY)
        .env("ONYX_RETRIES", "0")
        .env("NO_COLOR", "1")
        .arg("ingest")
        .arg(&root)
        .args(["--docset", "Legal", "--batch-size", "1", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while onyx.received_at("POST", UPDATE).is_empty() {
        assert!(started.elapsed() < Duration::from_secs(20), "no upload started");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
    assert_eq!(onyx.received_at("POST", UPDATE).len(), 1, "nothing sent after Ctrl-C");
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "b.txt"), "failed");
    let manifest = std::fs::read_dir(onyx.state_dir().join("ingest"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(manifest).unwrap()).unwrap();
    assert_eq!(manifest["files"]["a.txt"]["file_id"], "id-a");
}

#[test]
fn docs_from_jsonl_go_through_the_ingestion_api_one_request_a_line() {
    let onyx = Onyx::start();
    let file = onyx.dir.path().join("articles.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id": "kb-1042", "title": "Resetting your VPN token", "link": "https://kb.example/1042", "text": "Open the portal.", "metadata": {"team": "IT"}}"#,
            "\n\n",
            "not json\n",
            r#"{"id": "kb-7", "title": "Bad", "text": "x"}"#,
            "\n",
        ),
    )
    .unwrap();
    onyx.on("POST", "/onyx-api/ingestion")
        .example("ingestion.response.json")
        .times(1)
        .mount();
    onyx.on("POST", "/onyx-api/ingestion")
        .status(400)
        .json(json!({"detail": "Connector-Credential Pair specified does not exist"}))
        .mount();
    let out = onyx
        .cmd()
        .args(["ingest", "--docs"])
        .arg(&file)
        .args(["--cc-pair", "5", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let sent = onyx.received_at("POST", "/onyx-api/ingestion");
    assert_eq!(sent.len(), 2, "the bad line is not sent");
    let first = sent[0].json();
    assert_eq!(first["cc_pair_id"], 5);
    assert_eq!(first["document"]["id"], "kb-1042");
    assert_eq!(first["document"]["semantic_identifier"], "Resetting your VPN token");
    assert_eq!(first["document"]["sections"][0]["link"], "https://kb.example/1042");
    let report = json_of(&out);
    let outcomes: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes.len(), 3);
    assert_ne!(outcomes[0], "failed");
    assert_eq!(&outcomes[1..], ["failed", "failed"]);
    assert!(stderr_of(&out).contains("does not exist"), "{}", stderr_of(&out));
}

#[test]
fn credentials_refused_halfway_stop_the_run_keep_what_was_stored_and_exit_4() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.txt", "beta!")]);
    onyx.on("GET", FILES).json(json!({"files": []})).times(1).mount();
    onyx.on("GET", FILES)
        .json(json!({"files": [server_file("id-a", "a.txt", 5)]}))
        .mount();
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .times(1)
        .mount();
    onyx.on("POST", UPDATE).status(403).example("error-403.json").mount();
    let out = ingest(&onyx, &root, &["--batch-size", "1", "--json"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("not authenticated"), "{stderr}");
    // The summary still names every path.
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(outcome_of(&report, "b.txt"), "failed");
    // The first batch was confirmed: the next run does not send it again.
    let again = ingest(&onyx, &root, &["--json"]);
    assert_eq!(again.status.code(), Some(4), "{}", stderr_of(&again));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(sent_file_names(updates.last().unwrap()), ["b.txt"]);
}

#[test]
fn a_file_over_the_servers_size_limit_fails_alone() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("small.txt", "tiny"), ("huge.txt", "pretend this is 6 GB")]);
    onyx.on("GET", FILES).json(json!({"files": []})).mount();
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .status(413)
        .body(
            "<html><head><title>413 Request Entity Too Large</title></head></html>",
            "text/html",
        )
        .times(2)
        .mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-s", "small.txt")]))
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(10), "{stderr}");
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "huge.txt"), "failed");
    assert_eq!(outcome_of(&report, "small.txt"), "uploaded");
    assert!(stderr.contains("huge.txt"), "{stderr}");
    assert!(!stderr.contains("<html>"), "{stderr}");
}

#[test]
fn a_docset_owned_by_someone_else_is_refused_clearly_and_the_files_stay_uploaded() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    let mut set = mount_new_connector_beside_set(&onyx);
    set["is_up_to_date"] = json!(true);
    onyx.on("GET", "/manage/document-set").json(json!([set])).mount();
    // A curator may not change a set of another group: Onyx refuses the PATCH.
    onyx.on("PATCH", "/manage/admin/document-set")
        .status(403)
        .example("error-403-not-curator.json")
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("not a curator or admin"), "{stderr}");
    // The upload itself happened and is recorded: a re-run does not send it again.
    assert_eq!(onyx.received_at("POST", UPLOAD).len(), 1);
    assert!(onyx.state_dir().join("ingest").exists());
}
