//! `onyx ingest --docs`: documents from JSONL through the ingestion API.

use super::*;
use crate::support::both_generations;

both_generations! {
fn docs_from_jsonl_go_through_the_ingestion_api_one_request_a_line(onyx) {
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
}
