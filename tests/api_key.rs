//! `onyx api-key`: secrets printed once, never again.

use crate::support::{example_json, main_body, stderr_of, stdout_of, Onyx};
use predicates::prelude::*;
use serde_json::{json, Value};

fn secret() -> String {
    example_json("api-key-create.response.json")["api_key"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn create_quiet_prints_only_the_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").json(json!([])).mount();
    onyx.on("POST", "/admin/api-key")
        .example("api-key-create.response.json")
        .mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin", "--quiet"])
        .assert()
        .success()
        .stdout(format!("{}\n", secret()));
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        example_json("api-key-create.request.json")
    );
}

#[test]
fn create_json_has_the_full_object_and_the_table_says_save_it() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").json(json!([])).mount();
    onyx.on("POST", "/admin/api-key")
        .example("api-key-create.response.json")
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin", "--json"])
        .output()
        .unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, example_json("api-key-create.response.json"));
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin"])
        .assert()
        .success()
        .stdout(predicate::str::contains(secret()).and(predicate::str::contains("on_Xq7m********xJ6y")))
        .stderr(predicate::str::contains("not shown again"));
}

#[test]
fn list_never_shows_a_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    let listed = onyx
        .cmd()
        .args(["api-key", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("on_Xq7m********xJ6y").and(predicate::str::contains("ci-ingest")));
    insta::assert_snapshot!("api_key_list", stdout_of(listed.get_output()));
}

#[test]
fn existing_name_is_a_conflict_unless_if_not_exists() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--role", "admin"])
        .assert()
        .code(11)
        .stderr(predicate::str::contains("exists already"));
    onyx.cmd()
        .args([
            "api-key",
            "create",
            "--name",
            "ci-ingest",
            "--if-not-exists",
            "--jq",
            ".api_key_id",
        ])
        .assert()
        .success()
        .stdout("5\n")
        .stderr(predicate::str::contains("not shown again"));
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci-ingest", "--if-not-exists", "--quiet"])
        .assert()
        .success()
        .stdout("");
    assert!(onyx.received_at("POST", "/admin/api-key").is_empty());
}

#[test]
fn update_keeps_what_was_not_changed() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("PATCH", "/admin/api-key/{api_key_id}")
        .json(example_json("api-key-list.json")[0].clone())
        .mount();
    onyx.cmd()
        .args(["api-key", "update", "ci-ingest", "--role", "basic"])
        .assert()
        .success();
    onyx.cmd()
        .args(["api-key", "update", "5", "--name", "renamed"])
        .assert()
        .success();
    let sent = onyx.received_at("PATCH", "/admin/api-key/{api_key_id}");
    assert_eq!(sent[0].path, "/admin/api-key/5");
    assert_eq!(sent[0].json(), example_json("api-key-update.request.json"));
    assert_eq!(sent[1].json(), json!({"name": "renamed", "role": "admin"}));
}

#[test]
fn regenerate_needs_yes_and_prints_the_new_secret() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("POST", "/admin/api-key/{api_key_id}/regenerate")
        .example("api-key-create.response.json")
        .mount();
    onyx.cmd()
        .args(["api-key", "regenerate", "ci-ingest", "--quiet"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    onyx.cmd()
        .args(["api-key", "regenerate", "ci-ingest", "--quiet", "--yes"])
        .assert()
        .success()
        .stdout(format!("{}\n", secret()));
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key/{api_key_id}/regenerate").len(),
        1
    );
}

#[test]
fn delete_by_name_and_if_exists() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.on("DELETE", "/admin/api-key/{api_key_id}")
        .body("null", "application/json")
        .mount();
    onyx.cmd()
        .args(["api-key", "delete", "ci-ingest", "-y"])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("DELETE", "/admin/api-key/{api_key_id}")[0].path,
        "/admin/api-key/5"
    );
    onyx.cmd().args(["api-key", "delete", "gone", "-y"]).assert().code(9);
    onyx.cmd()
        .args(["api-key", "delete", "gone", "-y", "--if-exists"])
        .assert()
        .success();
    assert_eq!(onyx.received_at("DELETE", "/admin/api-key/{api_key_id}").len(), 1);
}

#[test]
fn a_basic_key_on_an_admin_route_is_told_it_needs_admin() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key")
        .status(403)
        .example("error-403-permission.json")
        .mount();
    let out = onyx.cmd().args(["api-key", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("admin"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stdout_of(&out).is_empty());
}

/// A stock v4.6.1 (license enforcement on, no licence) refuses every API-key
/// route with 402; the user is told what works instead.
#[test]
fn a_plan_without_api_keys_says_to_use_a_personal_access_token() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key")
        .status(402)
        .json(serde_json::json!({"error_code": "FEATURE_NOT_AVAILABLE", "detail": "This feature requires the Business plan.", "message": "This feature requires the Business plan."}))
        .mount();
    let out = onyx.cmd().args(["api-key", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Business plan") && stderr.contains("onyx pat create"),
        "{stderr}"
    );
}

// Onyx main (Onyx Cloud): keys are put in groups, not given a role.

/// Main's answer to a create with the secret of the example, so what is
/// printed can be checked.
fn main_created(file: &str) -> Value {
    let mut key = main_body(file);
    key["api_key"] = json!(secret());
    key
}

/// The community edition of main: no group routes (404), users show theirs.
fn mount_main_community(onyx: &Onyx, keys: Value) {
    onyx.on("GET", "/admin/api-key").json(keys).mount();
    onyx.on("GET", "/manage/user-groups/minimal")
        .status(404)
        .json(json!({"detail": "Not Found"}))
        .mount();
    onyx.on("GET", "/manage/users/accepted/all")
        .json(main_body("017-get-manage-users-accepted-all-admin"))
        .mount();
}

#[test]
fn on_main_create_with_group_admin_sends_group_ids_and_prints_the_secret() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/admin/api-key")
        .json(main_body("024-get-admin-api-key"))
        .mount();
    onyx.on("POST", "/admin/api-key")
        .json(main_created("020-post-admin-api-key-admin-group"))
        .mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci", "--group", "Admin", "--quiet"])
        .assert()
        .success()
        .stdout(format!("{}\n", secret()))
        .stderr("");
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "ci", "group_ids": [1]})
    );
}

#[test]
fn on_main_role_admin_means_the_admin_group_and_says_so() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    onyx.on("POST", "/admin/api-key")
        .json(main_created("020-post-admin-api-key-admin-group"))
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci", "--role", "admin", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{}\n", secret()));
    assert!(
        stderr_of(&out).contains("the default Admin group"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "ci", "group_ids": [1]})
    );
}

#[test]
fn on_main_groups_come_from_the_group_list_where_the_enterprise_code_runs() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/admin/api-key").json(json!([])).mount();
    onyx.on("GET", "/manage/user-groups/minimal")
        .json(main_body("119-ee-get-manage-user-groups-minimal"))
        .mount();
    let mut both = main_created("021-post-admin-api-key-basic-group");
    both["groups"] = json!([{"id": 2, "name": "Basic"}, {"id": 1, "name": "Admin"}]);
    onyx.on("POST", "/admin/api-key").json(both).mount();
    onyx.cmd()
        .args([
            "api-key", "create", "--name", "search", "--group", "basic", "--group", "1", "--json",
        ])
        .assert()
        .success();
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "search", "group_ids": [2, 1]})
    );
    assert!(onyx.received_at("GET", "/manage/users/accepted/all").is_empty());
}

#[test]
fn on_main_an_unknown_group_is_an_error_before_any_key_is_made() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci", "--group", "Engineering"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("'Engineering'") && stderr.contains("Admin (id 1)") && stderr.contains("--group ID"),
        "{stderr}"
    );
    assert!(onyx.received_at("POST", "/admin/api-key").is_empty());
}

/// Basic shows nowhere on a community server until someone is in it: its
/// fresh-install id is tried, and a key that did not land in Basic is
/// deleted before its secret could be used.
#[test]
fn on_main_a_default_group_by_its_usual_id_is_checked_against_the_answer() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    let mut wrong = main_created("021-post-admin-api-key-basic-group");
    wrong["groups"] = json!([{"id": 2, "name": "Engineering"}]);
    onyx.on("POST", "/admin/api-key").json(wrong).mount();
    onyx.on("DELETE", "/admin/api-key/{api_key_id}")
        .json(Value::Null)
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "search", "--group", "Basic", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert_eq!(stdout_of(&out), "", "no secret of a key that was removed");
    let stderr = stderr_of(&out);
    assert!(stderr.contains("'Basic'") && stderr.contains("Engineering"), "{stderr}");
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "search", "group_ids": [2]})
    );
    assert_eq!(
        onyx.received_at("DELETE", "/admin/api-key/{api_key_id}")[0].path,
        "/admin/api-key/3"
    );
}

#[test]
fn on_main_list_shows_groups_and_json_is_the_servers_objects() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/admin/api-key")
        .json(main_body("024-get-admin-api-key"))
        .mount();
    let out = onyx.cmd().args(["api-key", "list"]).output().unwrap();
    let table = stdout_of(&out);
    let header = table.lines().next().unwrap_or("");
    assert!(header.contains("GROUPS") && !header.contains("ROLE"), "{table}");
    let row = |name: &str| {
        let found = table.lines().find(|l| l.split_whitespace().nth(1) == Some(name));
        found.unwrap_or("").to_string()
    };
    assert!(row("cli-admin-key-2").contains("Admin"), "{table}");
    assert!(row("cli-basic-key").contains("Basic"), "{table}");
    assert!(row("cli-admin-key").contains("none"), "{table}");
    let out = onyx.cmd().args(["api-key", "list", "--json"]).output().unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, main_body("024-get-admin-api-key"));
}

/// A PATCH replaces the key's groups: renaming sends the groups it has, so
/// it is never taken out of them.
#[test]
fn on_main_update_changes_groups_and_keeps_them_when_renaming() {
    let onyx = Onyx::start_main();
    onyx.on("GET", "/admin/api-key")
        .json(main_body("024-get-admin-api-key"))
        .mount();
    let mut renamed = main_body("035-patch-admin-api-key-group-ids");
    renamed["api_key_name"] = json!("renamed");
    onyx.on("PATCH", "/admin/api-key/{api_key_id}")
        .json(renamed)
        .times(1)
        .mount();
    let mut admin = main_body("035-patch-admin-api-key-group-ids");
    admin["groups"] = json!([{"id": 1, "name": "Admin"}]);
    onyx.on("PATCH", "/admin/api-key/{api_key_id}").json(admin).mount();
    onyx.cmd()
        .args(["api-key", "update", "cli-basic-key", "--name", "renamed"])
        .assert()
        .success();
    onyx.cmd()
        .args(["api-key", "update", "3", "--group", "Admin"])
        .assert()
        .success()
        .stdout(predicate::str::contains("groups"));
    let sent = onyx.received_at("PATCH", "/admin/api-key/{api_key_id}");
    assert_eq!(sent[0].path, "/admin/api-key/3");
    assert_eq!(sent[0].json(), json!({"name": "renamed", "group_ids": [2]}));
    assert_eq!(sent[1].json(), json!({"name": "cli-basic-key", "group_ids": [1]}));
}

#[test]
fn on_main_a_role_main_does_not_have_is_refused() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci", "--role", "curator"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--group"));
    assert!(onyx.received_at("POST", "/admin/api-key").is_empty());
}

#[test]
fn a_role_server_refuses_groups() {
    let onyx = Onyx::start();
    onyx.on("GET", "/admin/api-key").example("api-key-list.json").mount();
    onyx.cmd()
        .args(["api-key", "create", "--name", "ci", "--group", "Admin"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--role admin"));
    assert!(onyx.received_at("POST", "/admin/api-key").is_empty());
}

/// A server remembered with roles that now has groups (upgraded since)
/// ignores `role` and makes a key without permissions: that key is deleted
/// and the groups body sent instead.
#[test]
fn a_key_made_without_permissions_by_a_stale_model_is_redone_with_groups() {
    let mut onyx = Onyx::start_main();
    // The first body is v4.6's, which main's schema does not know: on purpose.
    onyx.skip_validation();
    onyx.on("GET", "/me").example("me.json").times(1).mount();
    mount_main_community(&onyx, json!([]));
    onyx.on("POST", "/admin/api-key")
        .json(main_created("010-post-admin-api-key-old-role-body"))
        .times(1)
        .mount();
    onyx.on("POST", "/admin/api-key")
        .json(main_created("020-post-admin-api-key-admin-group"))
        .mount();
    onyx.on("DELETE", "/admin/api-key/{api_key_id}")
        .json(Value::Null)
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci", "--role", "admin", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{}\n", secret()));
    let posts = onyx.received_at("POST", "/admin/api-key");
    assert_eq!(posts[0].json(), json!({"name": "ci", "role": "admin"}));
    assert_eq!(posts[1].json(), json!({"name": "ci", "group_ids": [1]}));
    assert_eq!(
        onyx.received_at("DELETE", "/admin/api-key/{api_key_id}")[0].path,
        "/admin/api-key/1"
    );
}

/// No error message may quote a body that holds a secret.
#[test]
fn an_answer_that_cannot_be_read_never_shows_its_secret() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    let mut odd = main_created("020-post-admin-api-key-admin-group");
    odd["api_key_id"] = json!("two");
    onyx.on("POST", "/admin/api-key").json(odd).mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "ci", "--group", "Admin", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(!stderr.contains(&secret()[3..20]), "{stderr}");
    assert!(stderr.contains("not shown"), "{stderr}");
}

/// Neither --role nor --group: a basic key, as on v4.6 — the default Basic
/// group, whose usual id is checked against the answer.
#[test]
fn on_main_a_key_without_role_or_group_goes_in_the_basic_group() {
    let onyx = Onyx::start_main();
    mount_main_community(&onyx, json!([]));
    onyx.on("POST", "/admin/api-key")
        .json(main_created("021-post-admin-api-key-basic-group"))
        .mount();
    let out = onyx
        .cmd()
        .args(["api-key", "create", "--name", "search", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("no --group given"), "{}", stderr_of(&out));
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "search", "group_ids": [2]})
    );
}
