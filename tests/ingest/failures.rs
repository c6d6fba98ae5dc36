//! `onyx ingest` when something fails: one file, the server, the credentials.

use super::*;
use crate::support::both_generations;

both_generations! {
fn server_going_down_mid_run_is_a_partial_failure_and_a_rerun_sends_only_the_rest(onyx) {
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
    assert!(stderr.contains("2 of 3 files failed"), "{stderr}");
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
}

both_generations! {
fn a_batch_stored_before_the_answer_timed_out_is_not_sent_again(onyx) {
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
}

both_generations! {
fn a_file_the_server_rejects_fails_alone_with_the_servers_reason(onyx) {
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
}

both_generations! {
fn no_document_index_says_so(onyx) {
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
}

both_generations! {
fn basic_key_is_told_a_curator_or_admin_key_is_needed(onyx) {
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
}

both_generations! {
fn missing_path_and_nothing_indexable_are_usage_errors(onyx) {
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
        stderr.contains("nothing to ingest") && stderr.contains("2 paths found"),
        "{stderr}"
    );
    assert!(onyx.received().is_empty(), "no request for nothing to do");
}
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
both_generations! {
fn symlink_loops_are_reported_not_followed_forever(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    std::os::unix::fs::symlink(&root, root.join("loop")).unwrap();
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    let out = ingest(&onyx, &root, &["--dry-run", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "loop"), "skipped");
}
}

both_generations! {
fn credentials_refused_halfway_stop_the_run_keep_what_was_stored_and_exit_4(onyx) {
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
}

both_generations! {
fn a_file_over_the_servers_size_limit_fails_alone(onyx) {
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
}

both_generations! {
fn a_docset_owned_by_someone_else_is_refused_clearly_and_the_files_stay_uploaded(onyx) {
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
}

#[cfg(unix)]
#[test]
fn an_unreadable_directory_is_a_failed_path() {
    use std::os::unix::fs::PermissionsExt;
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("locked/b.txt", "beta")]);
    let locked = root.join("locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_ok() {
        eprintln!("skipped: running as a user who can read mode-000 directories (root)");
        return;
    }
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    let out = ingest(&onyx, &root, &["--json"]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    assert_eq!(outcome_of(&json_of(&out), "locked"), "failed");
}

#[cfg(unix)]
#[test]
fn a_name_that_is_not_utf8_fails_alone_instead_of_colliding() {
    use std::os::unix::ffi::OsStrExt;
    let onyx = Onyx::start();
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    // Two names that a lossy conversion would both make "caf\u{FFFD}.txt".
    for byte in [0xe9u8, 0xe8] {
        let bytes = [b'c', b'a', b'f', byte, b'.', b't', b'x', b't'];
        std::fs::write(root.join(std::ffi::OsStr::from_bytes(&bytes)), "latin-1 name").unwrap();
    }
    mount_existing(&onyx, json!([server_file("id-a", "a.txt", 5)]));
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let report = json_of(&out);
    let failed: Vec<&Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["outcome"] == "failed")
        .collect();
    assert_eq!(failed.len(), 2, "{report}");
    assert!(
        failed
            .iter()
            .all(|f| f["reason"].as_str().unwrap().contains("not valid UTF-8")),
        "{report}"
    );
    assert!(onyx.received_at("POST", UPDATE).is_empty(), "nothing was to be sent");
}
