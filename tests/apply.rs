//! `onyx apply -f onyx.json`: create what is missing, leave what exists.

use crate::ci_recipe::fake_onyx_of;
use crate::support::both_generations;
use crate::support::{example_json, mount_world, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn manifest(onyx: &Onyx, value: Value) -> std::path::PathBuf {
    let path = onyx.dir.path().join("onyx.json");
    std::fs::write(&path, value.to_string()).unwrap();
    std::fs::write(onyx.dir.path().join("handbook.md"), "# Handbook\n").unwrap();
    path
}

/// The manifest shown in docs/ci-recipe.md, so the documentation is what is tested.
fn world_manifest() -> Value {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ci-recipe.md")).unwrap();
    let block = doc
        .split("```json\n")
        .nth(1)
        .expect("a json block in docs/ci-recipe.md");
    serde_json::from_str(block.split("```").next().unwrap()).unwrap()
}

both_generations! {
fn apply_creates_what_is_missing_then_changes_nothing(onyx) {
    let (onyx, _world) = fake_onyx_of(onyx);
    let file = manifest(&onyx, world_manifest());
    let out = onyx
        .cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let steps: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        steps,
        json!([
            {"kind": "credential", "name": "ci-handbook", "id": 9, "action": "created"},
            {"kind": "connector", "name": "ci-handbook", "id": 7, "action": "created"},
            {"kind": "cc-pair", "name": "ci-handbook", "id": 12, "action": "created"},
            {"kind": "docset", "name": "ci-handbook", "id": 2, "action": "created"}
        ])
    );
    onyx.cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .args(["--jq", "map(.action) | unique | .[]"])
        .assert()
        .success()
        .stdout("unchanged\n");
    for (method, path) in [
        ("POST", "/manage/credential"),
        ("POST", "/manage/admin/connector"),
        ("POST", "/manage/admin/connector/file/upload"),
        ("PUT", "/manage/connector/{connector_id}/credential/{credential_id}"),
        ("POST", "/manage/admin/document-set"),
    ] {
        assert_eq!(onyx.received_at(method, path).len(), 1, "{method} {path}");
    }
}
}

both_generations! {
fn dry_run_changes_nothing(onyx) {
    let (onyx, _world) = fake_onyx_of(onyx);
    let file = manifest(&onyx, world_manifest());
    onyx.cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains("would create"));
    assert!(onyx.received().iter().all(|r| r.method == "GET"), "only reads");
}
}

both_generations! {
fn a_document_set_gets_the_manifests_pairs(onyx) {
    mount_world(&onyx);
    onyx.on("GET", "/manage/document-set")
        .example("document-set-list.json")
        .times(1)
        .mount();
    let mut synced = example_json("document-set-list.json");
    synced[0]["is_up_to_date"] = json!(true);
    onyx.on("GET", "/manage/document-set").json(synced).mount();
    onyx.on("PATCH", "/manage/admin/document-set")
        .body("null", "application/json")
        .mount();
    let file = manifest(
        &onyx,
        json!({"docsets": [{"name": "HR Policies", "description": "Handbooks and HR process pages", "cc_pairs": ["12"]}]}),
    );
    onyx.cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .args(["--interval", "0.05"])
        .assert()
        .success()
        .stdout(predicate::str::contains("updated"));
    let sent = onyx.received_at("PATCH", "/manage/admin/document-set")[0].json();
    assert_eq!(sent["cc_pair_ids"], json!([12]));
    assert_eq!(sent["id"], 2);
}
}

both_generations! {
fn bad_manifests_are_usage_errors_naming_the_file(onyx) {
    let file = manifest(&onyx, json!({"connectors": [{"name": "x"}]}));
    onyx.cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("onyx.json").and(predicate::str::contains("source")));
    let file = manifest(
        &onyx,
        json!({"credentials": [{"name": "c", "source": "confluence", "credential_json": {"token": "s3cret"}}]}),
    );
    onyx.cmd()
        .arg("apply")
        .arg("-f")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("keep secrets out of the manifest"));
    assert!(onyx.received().is_empty());
}
}

both_generations! {
fn yaml_manifests_work_and_unknown_fields_name_line_and_column(onyx) {
    onyx.on("GET", "/manage/credential").json(json!([])).mount();
    let good = onyx.dir.path().join("onyx.yaml");
    std::fs::write(&good, "credentials:\n  - name: files\n    source: file\n").unwrap();
    onyx.cmd()
        .args(["apply", "--dry-run", "-f"])
        .arg(&good)
        .assert()
        .success()
        .stdout(predicate::str::contains("files"));
    let bad = onyx.dir.path().join("bad.yml");
    std::fs::write(
        &bad,
        "credentials:\n  - name: files\n    source: file\n    sorce: typo\n",
    )
    .unwrap();
    onyx.cmd()
        .args(["apply", "-f"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yml").and(predicate::str::contains("sorce")))
        .stderr(predicate::str::contains("line 4").and(predicate::str::contains("column")));
}
}

both_generations! {
fn a_connector_that_differs_from_the_manifest_is_updated_in_full(onyx) {
    let existing = example_json("connector-get.json");
    onyx.on("GET", "/manage/connector")
        .json(json!([existing.clone()]))
        .mount();
    let mut updated = existing.clone();
    updated["refresh_freq"] = json!(86400);
    onyx.on("PATCH", "/manage/admin/connector/{connector_id}")
        .json(updated)
        .mount();
    let file = manifest(
        &onyx,
        json!({"connectors": [{"name": "HR handbook PDFs", "source": "file", "refresh_freq": 86400}]}),
    );
    onyx.cmd()
        .args(["apply", "--dry-run", "--jq", ".[0].action", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stdout("update\n");
    assert!(onyx
        .received_at("PATCH", "/manage/admin/connector/{connector_id}")
        .is_empty());
    onyx.cmd()
        .args(["apply", "--jq", ".[0].action", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stdout("updated\n");
    let patch = onyx.received_at("PATCH", "/manage/admin/connector/{connector_id}");
    assert_eq!(patch.len(), 1);
    assert_eq!(patch[0].path, "/manage/admin/connector/7");
    let body = patch[0].json();
    assert_eq!(body["refresh_freq"], 86400);
    // The uploaded files stay as the server has them.
    assert_eq!(body["connector_specific_config"], existing["connector_specific_config"]);
}
}

/// A server holding apply's own resources ("ci-…", one of them no longer in the
/// manifest) beside others' ("other").
fn mount_prunable(onyx: &Onyx) {
    let credential = |id: i64, name: &str| {
        let mut c = example_json("credential-create.response.json")["credential"].clone();
        c["id"] = json!(id);
        c["name"] = json!(name);
        c
    };
    let connector = |id: i64, name: &str| {
        let mut c = example_json("connector-get.json");
        c["id"] = json!(id);
        c["name"] = json!(name);
        c
    };
    onyx.on("GET", "/manage/credential")
        .json(json!([
            credential(0, "builtin"),
            credential(5, "ci-keep"),
            credential(6, "ci-old"),
            credential(7, "other")
        ]))
        .mount();
    onyx.on("GET", "/manage/connector")
        .json(json!([connector(8, "ci-old"), connector(9, "other")]))
        .mount();
    onyx.on("GET", "/manage/admin/connector/status")
        .json(json!([
            {"cc_pair_id": 20, "name": "ci-old", "connector": connector(8, "ci-old"), "credential": credential(6, "ci-old"), "access_type": "public", "groups": []},
            {"cc_pair_id": 21, "name": "other", "connector": connector(9, "other"), "credential": credential(7, "other"), "access_type": "public", "groups": []}
        ]))
        .mount();
    let mut old_set = example_json("document-set-list.json")[0].clone();
    old_set["id"] = json!(30);
    old_set["name"] = json!("ci-old");
    old_set["is_up_to_date"] = json!(true);
    let mut other_set = old_set.clone();
    other_set["id"] = json!(31);
    other_set["name"] = json!("Other");
    onyx.on("GET", "/manage/document-set")
        .json(json!([old_set, other_set]))
        .mount();
}

both_generations! {
fn prune_deletes_only_the_manifests_own_resources_it_no_longer_lists(onyx) {
    mount_prunable(&onyx);
    onyx.on("DELETE", "/manage/admin/document-set/{document_set_id}")
        .json(json!(null))
        .mount();
    onyx.on("POST", "/manage/admin/deletion-attempt")
        .json(json!(null))
        .mount();
    onyx.on("DELETE", "/manage/credential/force/{credential_id}")
        .json(json!({"success": true, "message": "Credential deleted successfully", "data": 6}))
        .mount();
    let file = manifest(
        &onyx,
        json!({"prefix": "ci-", "credentials": [{"name": "ci-keep", "source": "file"}]}),
    );

    let out = onyx
        .cmd()
        .args(["apply", "--prune", "--dry-run", "--json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    let deletes: Vec<(String, String)> = plan
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["action"] == "delete")
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_string(),
                s["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = ["docset", "cc-pair", "connector", "credential"]
        .iter()
        .map(|k| (k.to_string(), "ci-old".to_string()))
        .collect();
    assert_eq!(deletes, expected);
    assert!(
        onyx.received().iter().all(|r| r.method == "GET"),
        "a dry run writes nothing"
    );

    // Without a terminal, deleting needs --yes.
    onyx.cmd()
        .args(["apply", "--prune", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert!(onyx.received().iter().all(|r| r.method == "GET"));

    onyx.cmd()
        .args(["apply", "--prune", "--yes", "-f"])
        .arg(&file)
        .assert()
        .success();
    let deleted_sets: Vec<String> = onyx
        .received_at("DELETE", "/manage/admin/document-set/{document_set_id}")
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(deleted_sets, ["/manage/admin/document-set/30"]);
    let attempts = onyx.received_at("POST", "/manage/admin/deletion-attempt");
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].json(), json!({"connector_id": 8, "credential_id": 6}));
    let creds: Vec<String> = onyx
        .received_at("DELETE", "/manage/credential/force/{credential_id}")
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(creds, ["/manage/credential/force/6"]);
    // Connector 8 still has its pair (being deleted): its row is left for a later run.
    assert!(onyx
        .received_at("DELETE", "/manage/admin/connector/{connector_id}")
        .is_empty());
}
}

both_generations! {
fn prune_needs_a_prefix_that_every_name_carries(onyx) {
    let file = manifest(&onyx, json!({"credentials": [{"name": "ci-keep", "source": "file"}]}));
    onyx.cmd()
        .args(["apply", "--prune", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a \"prefix\""));
    let file = manifest(
        &onyx,
        json!({"prefix": "ci-", "credentials": [{"name": "keep", "source": "file"}]}),
    );
    onyx.cmd()
        .args(["apply", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'keep' does not start with the manifest's prefix 'ci-'",
        ));
    assert!(onyx.received().is_empty());
}
}

both_generations! {
/// The server fills in what a create left out (prune_freq 604800 on v4.6.1):
/// a field the manifest does not give is left as the server has it.
fn a_field_the_manifest_leaves_out_is_not_a_change(onyx) {
    let mut existing = example_json("connector-get.json");
    existing["refresh_freq"] = json!(3600);
    existing["prune_freq"] = json!(604800);
    onyx.on("GET", "/manage/connector").json(json!([existing])).mount();
    let file = manifest(
        &onyx,
        json!({"connectors": [{"name": "HR handbook PDFs", "source": "file", "refresh_freq": 3600}]}),
    );
    onyx.cmd()
        .args(["apply", "--jq", ".[0].action", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stdout("unchanged\n");
    assert!(onyx.received().iter().all(|r| r.method == "GET"), "apply sent a change");
}
}

both_generations! {
/// `--prune` plans and asks first: off a terminal without --yes nothing at
/// all is sent, not even the manifest's other changes, and the refusal names
/// what would be deleted.
fn prune_without_yes_changes_nothing_and_lists_the_deletions(onyx) {
    mount_prunable(&onyx);
    onyx.on("POST", "/manage/credential")
        .example("credential-create.response.json")
        .mount();
    let file = manifest(
        &onyx,
        json!({"prefix": "ci-", "credentials": [{"name": "ci-keep", "source": "file"}, {"name": "ci-new", "source": "file"}]}),
    );
    let out = onyx.cmd().args(["apply", "--prune", "-f"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--yes"), "{stderr}");
    assert!(
        stderr.contains("docset 'ci-old'") && stderr.contains("credential 'ci-old'"),
        "{stderr}"
    );
    assert!(
        onyx.received().iter().all(|r| r.method == "GET"),
        "something was changed before the confirmation"
    );
}
}

both_generations! {
fn a_manifest_is_checked_whole_before_the_first_request(onyx) {
    onyx.on("GET", "/manage/credential").json(json!([])).mount();
    onyx.on("GET", "/manage/connector").json(json!([])).mount();
    onyx.on("GET", "/manage/admin/connector/status").json(json!([])).mount();
    onyx.on("GET", "/manage/document-set").json(json!([])).mount();
    let cases = [
        (
            json!({"credentials": [{"name": "c", "source": "file"}, {"name": "c", "source": "file"}]}),
            "credential 'c' is declared twice",
        ),
        (
            json!({"docsets": [{"name": "d", "connectors": ["x"]}, {"name": "d", "connectors": ["x"]}]}),
            "docset 'd' is declared twice",
        ),
        (
            json!({"credentials": [{"name": "c", "source": "file"}],
                   "connectors": [{"name": "k", "source": "file", "upload": ["handbook.md"]}],
                   "cc_pairs": [{"name": "p", "connector": "k", "credential": "cc"}]}),
            "names credential 'cc', which is neither in the manifest nor on the server",
        ),
        (
            json!({"connectors": [{"name": "k", "source": "file", "upload": ["/etc/hostname"]}]}),
            "inside the manifest's directory",
        ),
        (
            json!({"connectors": [{"name": "k", "source": "file", "upload": ["../outside.md"]}]}),
            "inside the manifest's directory",
        ),
        (
            json!({"connectors": [{"name": "k", "source": "file", "upload": ["missing.md"]}]}),
            "cannot read it",
        ),
    ];
    for (spec, said) in cases {
        let file = manifest(&onyx, spec.clone());
        let out = onyx.cmd().args(["apply", "-f"]).arg(&file).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{spec}: {stderr}");
        assert!(stderr.contains(said), "{spec}: {stderr}");
    }
    assert!(
        onyx.received().iter().all(|r| r.method == "GET"),
        "nothing is sent for a bad manifest"
    );
}
}

both_generations! {
/// A manifest of many resources costs one listing per kind, not one per resource.
fn a_large_manifest_lists_each_kind_once(onyx) {
    mount_world(&onyx);
    let sets: Vec<Value> = (1..=200)
        .map(|i| {
            let mut set = example_json("document-set-list.json")[0].clone();
            set["id"] = json!(i);
            set["name"] = json!(format!("set-{i}"));
            set["description"] = json!("");
            set["cc_pair_summaries"] =
                json!([{"id": 12, "name": "HR handbook PDFs", "source": "file", "access_type": "public"}]);
            set
        })
        .collect();
    onyx.on("GET", "/manage/document-set").json(json!(sets)).mount();
    let docsets: Vec<Value> = (1..=200)
        .map(|i| json!({"name": format!("set-{i}"), "description": "", "cc_pairs": ["12"]}))
        .collect();
    let file = manifest(&onyx, json!({ "docsets": docsets }));
    onyx.cmd()
        .args(["apply", "--jq", "map(.action) | unique | join(\",\")", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stdout("unchanged\n");
    let gets = onyx.received().len();
    assert!(gets <= 4, "{gets} requests for 200 document sets");
}
}

both_generations! {
fn a_dry_run_says_unchanged_not_would_unchanged(onyx) {
    let mut credential = example_json("credential-create.response.json")["credential"].clone();
    credential["name"] = json!("files");
    onyx.on("GET", "/manage/credential").json(json!([credential])).mount();
    let file = manifest(&onyx, json!({"credentials": [{"name": "files", "source": "file"}]}));
    let out = onyx
        .cmd()
        .args(["apply", "--dry-run", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("unchanged") && !stdout.contains("would unchanged"),
        "{stdout}"
    );
}
}
