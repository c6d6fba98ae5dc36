//! `onyx ingest`: a folder into a document set, re-runs send only what changed.

mod docs;
mod failures;
mod interrupt;
mod runs;
mod sweep;
mod wait;

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
