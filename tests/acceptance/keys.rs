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
    assert_eq!(row["api_key_role"], "admin", "{row}");

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
        let out = live
            .onyx()
            .env("ONYX_SERVER_URL", &live.url)
            .env("ONYX_API_KEY", &key)
            .env("ONYX_CONFIG_DIR", live.dir.path().join("empty-config"))
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "onyx {args:?}: {stderr}");
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
