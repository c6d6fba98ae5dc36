//! `onyx doc list|delete`: documents sent through the ingestion API.

use crate::support::{stderr_of, stdout_of, Onyx};

#[test]
fn list_ingested_documents_or_those_of_a_pair() {
    let onyx = Onyx::start();
    onyx.on("GET", "/onyx-api/ingestion")
        .example("ingestion-list.json")
        .mount();
    onyx.on("GET", "/onyx-api/connector-docs/{cc_pair_id}")
        .example("connector-docs.json")
        .mount();
    let out = onyx.cmd().args(["doc", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("kb-article-1042"), "{}", stdout_of(&out));

    let out = onyx
        .cmd()
        .args(["doc", "list", "--cc-pair", "12", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(listed.is_array());
    assert_eq!(listed, crate::support::example_json("connector-docs.json"));
    let calls = onyx.received_at("GET", "/onyx-api/connector-docs/{cc_pair_id}");
    assert_eq!(calls.len(), 1);
    assert!(calls[0].path.ends_with("/12"));
}

#[test]
fn delete_encodes_the_id_and_needs_yes_outside_a_terminal() {
    let onyx = Onyx::start();
    onyx.on("DELETE", "/onyx-api/ingestion/{document_id}")
        .body("null", "application/json")
        .mount();
    let out = onyx.cmd().args(["doc", "delete", "kb/1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--yes"), "{}", stderr_of(&out));
    assert!(onyx.received().is_empty());

    let out = onyx.cmd().args(["doc", "delete", "kb/1", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let sent = onyx.received_at("DELETE", "/onyx-api/ingestion/{document_id}");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].path, "/onyx-api/ingestion/kb%2F1");
}

#[test]
fn deleting_an_unknown_document_is_not_found() {
    let onyx = Onyx::start();
    onyx.on("DELETE", "/onyx-api/ingestion/{document_id}")
        .status(404)
        .json(serde_json::json!({"detail": "Document not found"}))
        .mount();
    let out = onyx.cmd().args(["doc", "delete", "nope", "-y"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr_of(&out).contains("no document 'nope'"), "{}", stderr_of(&out));
}
