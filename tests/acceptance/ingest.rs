//! `onyx ingest` on the real server: first run, re-runs, changes, prune, the
//! wait, the ingestion API, and the API server killed mid-run.

use super::{unique, Live, Run};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn outcomes(run: &Run) -> BTreeMap<String, String> {
    let report = run.json();
    report["files"]
        .as_array()
        .unwrap_or_else(|| panic!("no files[] in {report}"))
        .iter()
        .map(|f| {
            // Local files are reported by the path walked, removed ones by their server name.
            let path = Path::new(f["path"].as_str().unwrap());
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, f["outcome"].as_str().unwrap().to_string())
        })
        .collect()
}

fn count(run: &Run, outcome: &str) -> u64 {
    run.json()["counts"][outcome].as_u64().unwrap_or(0)
}

/// The names of the files the connector holds on the server.
fn server_files(live: &Live, connector: &str) -> Vec<String> {
    let shown = live.json(&["connector", "show", connector]);
    let mut names: Vec<String> = shown["connector_specific_config"]["file_names"]
        .as_array()
        .unwrap_or_else(|| panic!("no file_names in {shown}"))
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

fn write_tree(dir: &Path, files: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..files {
        std::fs::write(
            dir.join(format!("doc-{i:03}.md")),
            format!("# Doc {i}\n\nThe number is {i}.\n"),
        )
        .unwrap();
    }
}

#[test]
fn first_run_rerun_change_prune_and_wait() {
    let Some(live) = Live::admin() else { return };
    let set = unique("ingest");
    let dir = live.dir.path().join("tree");
    write_tree(&dir, 5);
    let tree = dir.to_str().unwrap();
    let ingest = |extra: &[&str]| live.run(&[&["ingest", tree, "--docset", &set, "--json"][..], extra].concat());

    let first = ingest(&["--wait", "--wait-timeout", "900", "--interval", "2"]);
    first.success();
    assert_eq!(count(&first, "uploaded"), 5, "{}", first.stdout);
    let report = first.json();
    assert!(
        report["indexing"].is_object(),
        "--wait gave no indexing result: {report}"
    );
    let connector = format!("ingest-{set}");
    assert_eq!(server_files(&live, &connector).len(), 5);

    let again = ingest(&[]);
    again.success();
    assert_eq!(count(&again, "unchanged"), 5, "{}", again.stdout);
    assert!(outcomes(&again).values().all(|o| o == "unchanged"));

    std::fs::write(dir.join("doc-001.md"), "# Doc 1\n\nChanged.\n").unwrap();
    std::fs::remove_file(dir.join("doc-004.md")).unwrap();
    let changed = ingest(&["--prune"]);
    changed.success();
    let got = outcomes(&changed);
    assert_eq!(got.get("doc-001.md").map(String::as_str), Some("replaced"), "{got:?}");
    assert_eq!(got.get("doc-004.md").map(String::as_str), Some("removed"), "{got:?}");
    let names = server_files(&live, &connector);
    assert_eq!(
        names,
        vec!["doc-000.md", "doc-001.md", "doc-002.md", "doc-003.md"],
        "each file exactly once"
    );

    // Defect 3: a wait that times out still prints what was uploaded.
    std::fs::write(dir.join("doc-009.md"), "# Doc 9\n\nNew.\n").unwrap();
    let timed_out = ingest(&["--wait", "--wait-timeout", "1", "--interval", "1"]);
    timed_out.code(7);
    assert_eq!(
        outcomes(&timed_out).get("doc-009.md").map(String::as_str),
        Some("uploaded")
    );

    live.run(&["docset", "delete", &set, "--yes", "--wait", "--interval", "2"])
        .success();
    live.run(&["connector", "delete", &connector, "--yes", "--wait", "--interval", "2"])
        .success();
}

#[test]
fn documents_through_the_ingestion_api() {
    let Some(live) = Live::admin() else { return };
    let id = unique("jsonl");
    let line = serde_json::json!({"id": id, "title": "Expenses", "text": "Expenses are paid monthly.", "link": "https://example.com/expenses"});
    let out = live.run_with_stdin(&["ingest", "--docs", "-", "--json"], &format!("{line}\n"));
    out.success();
    assert!(out.stdout.contains(&id), "{}", out.stdout);
    let listed = live.json(&["doc", "list"]);
    assert!(listed.to_string().contains(&id), "{listed}");
    live.run(&["doc", "delete", &id, "--yes"]).success();
}

/// Defect 2: the API server killed (kill -9) mid-ingest. The report is printed
/// (files not sent are failed, exit 10), and after a restart the re-run sends
/// only the rest: every file on the server exactly once.
#[test]
fn the_api_server_killed_mid_ingest() {
    let Some(live) = Live::admin() else { return };
    let Some(real_onyx) = live.real_onyx.clone() else {
        eprintln!("skipped: set ONYX_ACCEPTANCE_REAL_ONYX=../shared/real-onyx to let the suite kill and restart the API server");
        return;
    };
    let set = unique("killed");
    let dir = live.dir.path().join("many");
    write_tree(&dir, 150);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("onyx"));
    for (k, v) in live.onyx().get_envs() {
        match v {
            Some(v) => child.env(k, v),
            None => child.env_remove(k),
        };
    }
    let child = child
        .args([
            "ingest",
            dir.to_str().unwrap(),
            "--docset",
            &set,
            "--json",
            "--batch-size",
            "1",
            "--upload-retries",
            "1",
        ])
        .env("ONYX_RETRY_BASE_MS", "100")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Let a few batches land, then kill the API server as a crash would.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let pid_file = Path::new("/tmp/real-onyx/pids/api_server.pid");
    let pid = std::fs::read_to_string(pid_file)
        .expect("api_server.pid")
        .trim()
        .to_string();
    assert!(std::process::Command::new("kill")
        .args(["-9", &pid])
        .status()
        .unwrap()
        .success());
    let out = child.wait_with_output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    // start.sh starts the server only when its pid is no longer alive; a
    // killed process lingers (a zombie until init reaps it), so wait for it,
    // and drop the pid file if it never goes.
    let gone = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|stat| stat.split(") ").nth(1).is_some_and(|rest| rest.starts_with('Z')))
            .unwrap_or(true)
    };
    for _ in 0..100 {
        if gone(&pid) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = std::fs::remove_file(pid_file);
    let restarted = std::process::Command::new("./start.sh")
        .current_dir(&real_onyx)
        .output()
        .unwrap();
    assert!(
        restarted.status.success(),
        "{}",
        String::from_utf8_lossy(&restarted.stderr)
    );
    run.code(10);
    let files = outcomes(&run);
    assert_eq!(files.len(), 150, "every path has an outcome: {files:?}");
    assert!(files.values().any(|o| o == "failed"), "{files:?}");

    let rerun = live.run(&["ingest", dir.to_str().unwrap(), "--docset", &set, "--json"]);
    rerun.success();
    let names = server_files(&live, &format!("ingest-{set}"));
    let mut expected: Vec<String> = (0..150).map(|i| format!("doc-{i:03}.md")).collect();
    expected.sort();
    assert_eq!(names, expected, "not every file exactly once");
    let _: Value = rerun.json();
    live.run(&["docset", "delete", &set, "--yes", "--wait", "--interval", "2"])
        .success();
    live.run(&[
        "connector",
        "delete",
        &format!("ingest-{set}"),
        "--yes",
        "--wait",
        "--interval",
        "2",
    ])
    .success();
}
