//! `onyx ingest --wait`: until the files are indexed and the set is in sync.

use super::*;
use crate::support::both_generations;

both_generations! {
fn wait_polls_until_indexed_and_the_set_is_in_sync(onyx) {
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
}

both_generations! {
fn wait_gives_up_after_wait_timeout(onyx) {
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
}

both_generations! {
/// The README's cron line logs the upload even on a night the wait gives up.
fn a_wait_that_times_out_still_prints_what_was_uploaded(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .example("indexing-status.response.json")
        .mount();
    let out = ingest(
        &onyx,
        &root,
        &["--wait", "--interval", "0.02", "--wait-timeout", "0.2", "--json"],
    );
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(report["counts"]["uploaded"], 1, "{report}");
    // The table too, without --json.
    std::fs::write(root.join("b.txt"), "beta").unwrap();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-b", "b.txt")]))
        .mount();
    let out = ingest(&onyx, &root, &["--wait", "--interval", "0.02", "--wait-timeout", "0.2"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("b.txt"), "{}", stdout_of(&out));
}
}

both_generations! {
/// The server going away after the upload (the document-set step) still
/// prints every path's outcome before the error.
fn the_server_failing_after_the_upload_keeps_the_report(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    onyx.on("GET", "/manage/connector")
        .json(json!([connector(7, "ingest-Legal")]))
        .mount();
    onyx.on("GET", FILES).json(json!({ "files": [] })).mount();
    let credential = example_json("credential-create.response.json")["credential"].clone();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([{
            "cc_pair_id": 12, "name": "ingest-Legal", "connector": connector(7, "ingest-Legal"),
            "credential": credential, "access_type": "public", "groups": []
        }]))
        .mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    onyx.on("GET", "/manage/document-set")
        .status(503)
        .body("<html><body>502 Bad Gateway</body></html>", "text/html")
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert!(stderr_of(&out).contains("503"), "{}", stderr_of(&out));
}
}

both_generations! {
/// On a terminal the wait says what it waits for and for how long; the
/// table comes after, then the indexing result.
fn a_terminal_sees_what_the_wait_is_for(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    let mut before = example_json("indexing-status.response.json");
    before[0]["indexing_statuses"][0]["last_success"] = json!("2025-06-01T00:00:00Z");
    let mut running = before.clone();
    running[0]["indexing_statuses"][0]["in_progress"] = json!(true);
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(before)
        .times(1)
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .json(running)
        .times(6)
        .mount();
    onyx.on("POST", "/manage/admin/connector/indexing-status")
        .example("indexing-status.response.json")
        .mount();
    onyx.on("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors")
        .json(json!({"items": [], "total_items": 0}))
        .mount();
    let root_arg = root.to_string_lossy().into_owned();
    let shown = crate::support::on_a_terminal_as(
        &onyx,
        &["ingest", &root_arg, "--docset", "Legal", "--wait", "--interval", "0.2"],
        100,
        &[("NO_COLOR", ""), ("ONYX_RETRY_BASE_MS", "1")],
    );
    assert!(shown.contains("waiting for indexing of cc-pair 12"), "{shown:?}");
    let table = shown.find("a.txt").expect("the upload table");
    let indexed = shown.find("indexed:").expect("the indexing result");
    assert!(table < indexed, "the table comes before the indexing result: {shown:?}");
}
}
