//! API keys and personal access tokens, their whole life, and what a basic key
//! may not do.

use super::{unique, Live};

#[test]
fn api_key_create_list_update_regenerate_delete() {
    let Some(live) = Live::admin() else { return };
    let name = unique("key");
    let created = live.run(&["api-key", "create", "--name", &name, "--role", "basic", "--json"]);
    if created.code == 10 || created.stderr.contains("Business plan") {
        eprintln!(
            "skipped: this server's edition has no API keys ({})",
            created.stderr.trim()
        );
        return;
    }
    created.success();
    let created = created.json();
    let id = created["api_key_id"].as_i64().expect("api_key_id");
    let secret = created["api_key"].as_str().expect("api_key").to_string();

    let listed = live.json(&["api-key", "list"]);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["api_key_id"] == id)
        .unwrap_or_else(|| panic!("key {id} not listed: {listed}"))
        .clone();
    assert_eq!(row["api_key_name"], name.as_str());
    let table = live.run(&["api-key", "list"]);
    table.success();
    assert!(table.stdout.contains(&name), "{}", table.stdout);
    assert!(!table.stdout.contains(&secret[6..]), "the list shows a secret");

    // Re-running create with --if-not-exists changes nothing and shows no secret.
    let again = live.run(&["api-key", "create", "--name", &name, "--quiet", "--if-not-exists"]);
    again.success();
    assert_eq!(again.stdout.trim(), "", "a second create printed a secret");

    let renamed = format!("{name}-2");
    live.run(&["api-key", "update", &name, "--name", &renamed, "--role", "admin"])
        .success();
    let listed = live.json(&["api-key", "list"]);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["api_key_id"] == id)
        .unwrap()
        .clone();
    assert_eq!(row["api_key_name"], renamed.as_str(), "{row}");
    if live.permission_model() == "groups" {
        // `--role admin` on a group server is the default Admin group.
        assert_eq!(
            row["groups"],
            serde_json::json!([{"id": row["groups"][0]["id"], "name": "Admin"}]),
            "{row}"
        );
        assert!(row.get("api_key_role").is_none(), "{row}");
    } else {
        assert_eq!(row["api_key_role"], "admin", "{row}");
    }

    let fresh = live.run(&["api-key", "regenerate", &renamed, "--yes", "--quiet"]);
    fresh.success();
    let fresh = fresh.stdout.trim().to_string();
    assert!(
        fresh.starts_with("on_") && fresh != secret,
        "regenerate gave no new secret"
    );
    // The old secret no longer works; the new one does.
    let with_key = |key: &str| {
        live.onyx()
            .env("ONYX_SERVER_URL", &live.url)
            .env("ONYX_API_KEY", key)
            .env("ONYX_CONFIG_DIR", live.dir.path().join("empty-config"))
            .args(["agent", "list"])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(with_key(&secret), Some(4));
    assert_eq!(with_key(&fresh), Some(0));

    live.run(&["api-key", "delete", &renamed, "--yes"]).success();
    live.run(&["api-key", "delete", &renamed, "--yes"]).code(9);
    live.run(&["api-key", "delete", &renamed, "--yes", "--if-exists"])
        .success();
}

#[test]
fn a_basic_key_on_admin_routes_gets_exit_4() {
    let Some(live) = Live::admin() else { return };
    let name = unique("basic");
    let key = live.run(&["api-key", "create", "--name", &name, "--role", "basic", "--quiet"]);
    if key.code != 0 {
        eprintln!("skipped: this server's edition has no API keys ({})", key.stderr.trim());
        return;
    }
    let key = key.stdout.trim().to_string();
    // Credentials are not on the list: every user may list their own.
    for args in [
        &["api-key", "list"][..],
        &["connector", "list"][..],
        &["cc-pair", "list"][..],
    ] {
        let out = live.run_as_key(&key, args);
        let stderr = out.stderr;
        assert_eq!(out.code, 4, "onyx {args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "not one line: {stderr}");
    }
    live.run(&["api-key", "delete", &name, "--yes"]).success();
}

#[test]
fn pat_create_list_delete() {
    let Some(live) = Live::admin() else { return };
    let name = unique("pat");
    let created = live.run(&["pat", "create", "--name", &name, "--expires-days", "7", "--json"]);
    created.success();
    let created = created.json();
    assert!(
        created["token"].as_str().is_some_and(|t| t.starts_with("onyx_pat_")),
        "{created}"
    );
    let listed = live.json(&["pat", "list"]);
    assert!(
        listed.as_array().unwrap().iter().any(|t| t["name"] == name.as_str()),
        "{listed}"
    );
    live.run(&["pat", "create", "--name", &name, "--if-not-exists", "--quiet"])
        .success();
    live.run(&["pat", "delete", &name, "--yes"]).success();
    let listed = live.json(&["pat", "list"]);
    assert!(
        !listed.as_array().unwrap().iter().any(|t| t["name"] == name.as_str()),
        "still listed after delete: {listed}"
    );
}

/// A group server (Onyx main, Cloud): keys by group name, the groups shown,
/// changed and kept, a refusal in the server's terms. A role server refuses
/// `--group` before any request.
#[test]
fn keys_in_groups_on_a_group_server() {
    let Some(live) = Live::admin() else { return };
    let name = unique("group");
    if live.permission_model() != "groups" {
        live.run(&["api-key", "create", "--name", &name, "--group", "Admin"])
            .code(2);
        return;
    }
    let key = live.run(&["api-key", "create", "--name", &name, "--group", "Basic", "--quiet"]);
    key.success();
    assert!(key.stderr.is_empty(), "{}", key.stderr);
    let key = key.stdout.trim().to_string();
    let table = live.run(&["api-key", "list"]);
    let row = table
        .stdout
        .lines()
        .find(|l| l.contains(&name))
        .unwrap_or("")
        .to_string();
    assert!(table.stdout.starts_with("ID") && table.stdout.lines().next().unwrap().contains("GROUPS"));
    assert!(row.contains("Basic"), "{}", table.stdout);

    let refused = live.run_as_key(&key, &["connector", "list"]);
    let stderr = refused.code(4).stderr.clone();
    assert!(
        stderr.contains("this needs `read:connectors`") && stderr.contains("--group Admin"),
        "{stderr}"
    );
    let status = live.run_as_key(&key, &["auth", "status", "--json"]);
    let status = status.success().json();
    assert_eq!(status["permission_model"], "groups");
    assert!(!status["user"]["effective_permissions"]
        .to_string()
        .contains("manage:connectors"));

    // Into the Admin group: now it may manage connectors.
    live.run(&["api-key", "update", &name, "--group", "Admin"]).success();
    live.run_as_key(&key, &["connector", "list"]).success();
    // A rename keeps the groups (main's PATCH would drop groups it is not sent).
    let renamed = format!("{name}-2");
    live.run(&["api-key", "update", &name, "--name", &renamed]).success();
    let listed = live.json(&["api-key", "list"]);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["api_key_name"] == renamed.as_str())
        .unwrap_or_else(|| panic!("{listed}"))
        .clone();
    assert_eq!(row["groups"][0]["name"], "Admin", "{row}");

    let unknown = live.run(&[
        "api-key",
        "create",
        "--name",
        &format!("{name}-x"),
        "--group",
        "No Such Group",
    ]);
    unknown.code(9);
    live.run(&["api-key", "delete", &renamed, "--yes"]).success();
}
