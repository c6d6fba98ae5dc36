//! `onyx ingest DIR`: what a run sends, and what a re-run leaves alone.

use super::*;
use crate::support::both_generations;

both_generations! {
fn first_run_uploads_creates_connector_pair_and_set_and_reports_every_path(onyx) {
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
}

both_generations! {
fn second_run_sends_nothing_and_a_changed_file_replaces_its_old_copy(onyx) {
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
}

both_generations! {
fn a_file_deleted_on_the_server_is_uploaded_again(onyx) {
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
}

both_generations! {
fn dry_run_sends_only_reads(onyx) {
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
}

both_generations! {
fn prune_removes_files_gone_locally(onyx) {
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
}

both_generations! {
fn paths_from_stdin(onyx) {
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
}

both_generations! {
fn include_and_exclude_globs(onyx) {
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
}

both_generations! {
fn existing_set_gets_the_pair_added_by_full_replacement_waiting_out_a_sync(onyx) {
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
}

both_generations! {
fn batch_bytes_and_upload_timeout_take_units(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.txt", "beta!")]);
    mount_existing(&onyx, json!([]));
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .times(1)
        .mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-b", "b.txt")]))
        .mount();
    for (flag, value) in [("--batch-bytes", "lots"), ("--upload-timeout", "abc")] {
        let out = ingest(&onyx, &root, &[flag, value]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        assert!(stderr_of(&out).contains(flag), "{}", stderr_of(&out));
    }
    assert!(onyx.received().is_empty(), "a bad value sends nothing");
    // 8 bytes hold one 5-byte file: two uploads.
    let out = ingest(
        &onyx,
        &root,
        &["--batch-bytes", "8B", "--upload-timeout", "2m", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(onyx.received_at("POST", UPDATE).len(), 2);
}
}

both_generations! {
/// Two runners with separate state (two hosts, two users) share one
/// connector: the server's file list decides, so nothing is added twice.
fn another_runners_copy_is_replaced_and_duplicates_are_pruned(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.md", "# beta")]);
    // a.txt was uploaded by another runner with other content; b.md twice.
    mount_existing(
        &onyx,
        json!([
            server_file("id-a-other", "a.txt", 99),
            server_file("id-b1", "b.md", 6),
            server_file("id-b2", "b.md", 6)
        ]),
    );
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a2", "a.txt")]))
        .mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    assert_eq!(updates.len(), 1);
    assert_eq!(sent_file_names(&updates[0]), ["a.txt"]);
    assert_eq!(
        removed_ids(&updates[0]),
        ["id-a-other"],
        "a.txt must replace the other copy"
    );
    assert_eq!(outcome_of(&json_of(&out), "a.txt"), "replaced");
    assert!(
        stderr_of(&out).contains("1 extra copy of b.md") && stderr_of(&out).contains("--prune"),
        "{}",
        stderr_of(&out)
    );

    let out = ingest(&onyx, &root, &["--json", "--prune"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let updates = onyx.received_at("POST", UPDATE);
    let last = updates.last().unwrap();
    assert_eq!(removed_ids(last), ["id-b2"], "--prune removes the extra copy");
}
}

/// On a terminal with colour the table's header is bold and each outcome
/// green (done) or red (failed), as are the summary's counts; a pipe gets
/// plain text.
#[test]
fn outcomes_are_coloured_on_a_terminal_only() {
    let onyx = Onyx::start();
    let root = write_tree(&onyx, TREE);
    mount_fresh(&onyx, IDS);
    let root_arg = root.to_string_lossy().into_owned();
    let shown = crate::support::on_a_terminal_as(
        &onyx,
        &["ingest", &root_arg, "--docset", "Legal"],
        100,
        &[
            ("NO_COLOR", ""),
            ("TERM", "xterm-256color"),
            ("ONYX_RETRY_BASE_MS", "1"),
        ],
    );
    assert!(shown.contains("\u{1b}[1mPATH"), "{shown:?}");
    assert!(shown.contains("\u{1b}[32muploaded\u{1b}[0m"), "{shown:?}");
    assert!(shown.contains("\u{1b}[32m3 uploaded\u{1b}[0m"), "{shown:?}");
    assert!(shown.contains(", 0 failed"), "nothing failed, nothing red: {shown:?}");
    let piped = ingest(&onyx, &root, &[]);
    assert!(!stdout_of(&piped).contains('\u{1b}'), "{}", stdout_of(&piped));
    assert!(!stderr_of(&piped).contains('\u{1b}'), "{}", stderr_of(&piped));
}
