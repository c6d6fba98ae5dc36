//! `onyx ingest` stopped halfway: by a lock held elsewhere or by Ctrl-C.

use super::*;
use crate::support::both_generations;

both_generations! {
fn a_second_run_on_the_same_connector_is_refused_while_the_first_holds_the_lock(onyx) {
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
}

#[cfg(unix)]
both_generations! {
fn ctrl_c_finishes_the_batch_in_flight_records_it_and_stops(onyx) {
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
}

both_generations! {
/// A first run stopped after creating the connector and before pairing it
/// (kill -9 there): the server lists and takes files only for a paired
/// connector, so the next run pairs it first, then does the rest.
fn a_connector_left_unpaired_is_paired_first_then_filled(onyx) {
    let root = write_tree(&onyx, &[("a.txt", "alpha")]);
    onyx.on("GET", "/manage/connector")
        .json(json!([connector(7, "ingest-Legal")]))
        .mount();
    onyx.on("GET", "/manage/admin/connector/status").json(json!([])).mount();
    onyx.on("GET", "/manage/credential").json(json!([])).mount();
    onyx.on("POST", "/manage/credential")
        .example("credential-create.response.json")
        .mount();
    onyx.on("PUT", "/manage/connector/{connector_id}/credential/{credential_id}")
        .json(json!({"success": true, "message": "ok", "data": 40}))
        .mount();
    onyx.on("GET", FILES).json(json!({"files": []})).mount();
    onyx.on("POST", UPDATE)
        .json(upload_answer(&[("id-a", "a.txt")]))
        .mount();
    onyx.on("GET", "/manage/document-set").json(json!([])).mount();
    onyx.on("POST", "/manage/admin/document-set").json(json!(3)).mount();
    let out = ingest(&onyx, &root, &["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let order: Vec<String> = onyx
        .received()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    let paired = order
        .iter()
        .position(|r| r.starts_with("PUT /manage/connector/7/credential/"))
        .expect("paired");
    let listed = order
        .iter()
        .position(|r| r == "GET /manage/admin/connector/7/files")
        .expect("files listed");
    assert!(paired < listed, "files were listed before pairing: {order:?}");
    let report = json_of(&out);
    assert_eq!(outcome_of(&report, "a.txt"), "uploaded");
    assert_eq!(report["cc_pair_id"], 40);
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/document-set").len(),
        1,
        "the missing set is created"
    );
    assert!(stderr_of(&out).contains("left without a pair"), "{}", stderr_of(&out));
}
}
