//! Credentials, connectors, pairs and document sets: every create, list, show,
//! update and delete, their idempotent re-runs, and `--wait` on the real workers.

use super::{unique, Live};
use serde_json::Value;

const WAIT: &[&str] = &["--wait", "--wait-timeout", "900", "--interval", "2"];

fn with_wait<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend_from_slice(WAIT);
    all
}

fn id_of(value: &Value, field: &str) -> String {
    value[field]
        .as_i64()
        .unwrap_or_else(|| panic!("no {field} in {value}"))
        .to_string()
}

/// credential → connector with an uploaded file → pair → indexed → document set
/// → synced, each re-run with `--if-not-exists`, then torn down with `--wait`.
#[test]
fn the_whole_resource_dance_and_its_reruns() {
    let Some(live) = Live::admin() else { return };
    let name = unique("dance");
    let doc = live.write("handbook.md", "# Handbook\n\nHolidays: 30 days a year for everyone.\n");
    let doc = doc.to_str().unwrap();

    let cred_args = [
        "credential",
        "create",
        "--source",
        "file",
        "--name",
        &name,
        "--file",
        "-",
    ];
    let cred = live.run_with_stdin(&[&cred_args[..], &["--json"]].concat(), "{}");
    cred.success();
    let cred_id = id_of(&cred.json(), "id");
    let again = live.run_with_stdin(&[&cred_args[..], &["--if-not-exists", "--json"]].concat(), "{}");
    again.success();
    assert_eq!(
        id_of(&again.json(), "id"),
        cred_id,
        "--if-not-exists made a second credential"
    );
    live.run_with_stdin(&cred_args, "{}").code(11);

    let conn_args = [
        "connector",
        "create",
        "--source",
        "file",
        "--name",
        &name,
        "--upload",
        doc,
    ];
    let conn = live.json(&conn_args);
    let conn_id = id_of(&conn, "id");
    let again = live.json(&[&conn_args[..], &["--if-not-exists"]].concat());
    assert_eq!(id_of(&again, "id"), conn_id);
    live.run(&conn_args).code(11);
    assert_eq!(live.json(&["connector", "show", &name])["id"].to_string(), conn_id);
    let listed = live.json(&["connector", "list"]);
    assert!(
        listed.as_array().unwrap().iter().any(|c| c["name"] == name.as_str()),
        "{listed}"
    );

    let pair_args = [
        "cc-pair",
        "create",
        "--connector",
        &conn_id,
        "--credential",
        &cred_id,
        "--name",
        &name,
    ];
    let pair = live.json(&pair_args);
    let pair_id = pair
        .get("cc_pair_id")
        .or_else(|| pair.get("id"))
        .and_then(Value::as_i64)
        .unwrap_or_else(|| panic!("no pair id in {pair}"))
        .to_string();
    let again = live.json(&[&pair_args[..], &["--if-not-exists"]].concat());
    assert!(
        again.to_string().contains(&pair_id),
        "re-run gave another pair: {again}"
    );

    // Defect 1: with workers running, the new attempt is `not_started` at once;
    // --wait must wait for its outcome, not return with nothing indexed.
    let status = live.json(&with_wait(&["connector", "status", &conn_id]));
    let row = &status[0];
    assert_eq!(row["last_finished_status"], "success", "{status}");
    assert!(
        row["docs_indexed"].as_i64().unwrap_or(0) >= 1,
        "--wait returned before indexing: {status}"
    );

    let set = live.json(&with_wait(&[
        "docset",
        "create",
        "--name",
        &name,
        "--cc-pair",
        &pair_id,
    ]));
    let set_id = id_of(&set, "id");
    let again = live.json(&[
        "docset",
        "create",
        "--name",
        &name,
        "--cc-pair",
        &pair_id,
        "--if-not-exists",
    ]);
    assert_eq!(id_of(&again, "id"), set_id);
    let shown = live.json(&["docset", "show", &name]);
    assert_eq!(shown["is_up_to_date"], true, "--wait returned before the sync: {shown}");
    live.run(&with_wait(&[
        "docset",
        "update",
        &name,
        "--description",
        "the handbook",
    ]))
    .success();
    assert_eq!(live.json(&["docset", "show", &name])["description"], "the handbook");

    // Teardown, twice: the second run has nothing to do and still succeeds.
    for _ in 0..2 {
        live.run(&with_wait(&["docset", "delete", &name, "--if-exists", "--yes"]))
            .success();
        live.run(&with_wait(&["connector", "delete", &name, "--if-exists", "--yes"]))
            .success();
        live.run(&["credential", "delete", &name, "--if-exists", "--yes"])
            .success();
    }
    live.run(&["docset", "show", &name]).code(9);
    live.run(&["connector", "show", &name]).code(9);
    live.run(&["credential", "show", &name]).code(9);
}

/// Defect 6: `connector update --access` either changes who may see the
/// documents or is refused; it never exits 0 having changed nothing.
#[test]
fn connector_update_access_is_never_a_silent_no_op() {
    let Some(live) = Live::admin() else { return };
    let name = unique("access");
    let doc = live.write("a.md", "# A\n\nSome text.\n");
    let cred = live.run_with_stdin(
        &[
            "credential",
            "create",
            "--source",
            "file",
            "--name",
            &name,
            "--file",
            "-",
            "--json",
        ],
        "{}",
    );
    cred.success();
    let cred_id = id_of(&cred.json(), "id");
    let conn = live.json(&[
        "connector",
        "create",
        "--source",
        "file",
        "--name",
        &name,
        "--upload",
        doc.to_str().unwrap(),
    ]);
    let conn_id = id_of(&conn, "id");
    live.json(&[
        "cc-pair",
        "create",
        "--connector",
        &conn_id,
        "--credential",
        &cred_id,
        "--name",
        &name,
    ]);

    let update = live.run(&["connector", "update", &name, "--access", "private"]);
    if update.code == 0 {
        let status = live.json(&["connector", "status", &name]);
        assert_eq!(
            status[0]["access_type"], "private",
            "update said ok but changed nothing: {status}"
        );
    } else {
        update.code(2);
        assert_eq!(update.stderr.trim().lines().count(), 1, "{}", update.stderr);
    }
    live.run(&with_wait(&["connector", "delete", &name, "--yes"])).success();
    live.run(&["credential", "delete", &name, "--yes"]).success();
}

#[test]
fn unknown_names_are_not_found_and_empty_deletes_succeed() {
    let Some(live) = Live::admin() else { return };
    let name = unique("missing");
    for kind in ["connector", "credential", "docset", "cc-pair"] {
        let out = live.run(&[kind, "show", &name]);
        out.code(9);
        assert_eq!(out.stderr.trim().lines().count(), 1, "{kind}: {}", out.stderr);
        live.run(&[kind, "delete", &name, "--yes"]).code(9);
        live.run(&[kind, "delete", &name, "--yes", "--if-exists"]).success();
    }
}
