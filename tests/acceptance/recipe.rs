//! docs/ci-recipe.md run exactly as written, and `apply -f` three times.

use super::{bin_dir, repo_file, unique, Live};
use serde_json::Value;

/// The recipe's script (the same file as in docs/ci-recipe.md), `all`: set up,
/// set up again, tear down, tear down again — against the real workers.
#[test]
fn ci_recipe_as_written() {
    let Some(live) = Live::admin() else { return };
    let key = live.admin_token(&unique("ci-admin"));
    let name = unique("ci");
    let path = format!("{}:{}", bin_dir().display(), std::env::var("PATH").unwrap_or_default());
    let template = live.onyx();
    let mut bash = std::process::Command::new("bash");
    for (k, v) in template.get_envs() {
        match v {
            Some(v) => bash.env(k, v),
            None => bash.env_remove(k),
        };
    }
    let out = bash
        .arg(repo_file("tests/fixtures/ci-recipe.sh"))
        .arg("all")
        .env("PATH", path)
        .env("ONYX_SERVER_URL", &live.url)
        .env("ONYX_API_KEY", &key)
        .env("ONYX_CONFIG_DIR", live.dir.path().join("ci-config"))
        .env("NAME", &name)
        .env("POLL", "2")
        .current_dir(live.dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the recipe failed\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    // Both set-ups print the same ids: the second one reused everything.
    let lines: Vec<&str> = stdout.lines().filter(|l| l.starts_with("credential=")).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0], lines[1], "the re-run made new resources");
    // The document set was searchable before the teardown: it was created over
    // an indexed pair, so the second set-up found it up to date.
    for kind in ["docset", "connector", "credential"] {
        live.run(&[kind, "show", &name]).code(9);
    }
}

fn actions(run: &super::Run) -> Vec<(String, String, String)> {
    run.json()
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", run.stdout))
        .iter()
        .map(|s: &Value| {
            (
                s["kind"].as_str().unwrap_or_default().to_string(),
                s["name"].as_str().unwrap_or_default().to_string(),
                s["action"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// create, then no change at all (defect 4: an updated connector converges),
/// then `--prune` refused off a terminal with nothing changed (defect 5), then
/// `--prune --yes` deleting only what the manifest dropped.
#[test]
fn apply_three_times() {
    let Some(live) = Live::admin() else { return };
    let prefix = unique("apply");
    live.write("docs/handbook.md", "# Handbook\n\nHolidays: 30 days.\n");
    let manifest = |with_extra: bool, refresh: u64| {
        let mut docsets = vec![serde_json::json!({
            "name": format!("{prefix}-set"), "description": "handbook", "connectors": [format!("{prefix}-conn")]
        })];
        if with_extra {
            docsets.push(serde_json::json!({
                "name": format!("{prefix}-extra"), "description": "", "connectors": [format!("{prefix}-conn")]
            }));
        }
        let text = serde_json::json!({
            "prefix": prefix,
            "credentials": [{"name": format!("{prefix}-cred"), "source": "file"}],
            "connectors": [{"name": format!("{prefix}-conn"), "source": "file", "upload": ["docs/handbook.md"],
                            "access": "public", "refresh_freq": refresh}],
            "cc_pairs": [{"name": format!("{prefix}-pair"), "connector": format!("{prefix}-conn"),
                          "credential": format!("{prefix}-cred")}],
            "docsets": docsets,
        });
        live.write("onyx.json", &text.to_string())
    };
    let file = manifest(true, 3600);
    let file = file.to_str().unwrap();
    let wait = ["--wait", "--wait-timeout", "900", "--interval", "2"];
    let apply = |extra: &[&str]| live.run(&[&["apply", "-f", file, "--json"][..], &wait, extra].concat());

    let first = apply(&[]);
    first.success();
    assert!(
        actions(&first).iter().all(|(_, _, a)| a == "created"),
        "{}",
        first.stdout
    );

    // A changed connector field is updated once, then nothing changes.
    manifest(true, 7200);
    let second = apply(&[]);
    second.success();
    let changed: Vec<_> = actions(&second)
        .into_iter()
        .filter(|(_, _, a)| a != "unchanged")
        .collect();
    assert_eq!(
        changed,
        vec![("connector".into(), format!("{prefix}-conn"), "updated".into())]
    );
    let third = apply(&[]);
    third.success();
    assert!(
        actions(&third).iter().all(|(_, _, a)| a == "unchanged"),
        "apply does not converge: {}",
        third.stdout
    );

    // Dropping a document set: --prune without --yes off a terminal changes nothing.
    manifest(false, 7200);
    let before = live.json(&["docset", "show", &format!("{prefix}-extra")]);
    let refused = live.run(&["apply", "-f", file, "--prune"]);
    refused.code(2);
    assert!(
        refused.stderr.contains(&format!("{prefix}-extra")),
        "the prompt does not list the deletion: {}",
        refused.stderr
    );
    let after = live.json(&["docset", "show", &format!("{prefix}-extra")]);
    assert_eq!(before, after, "apply changed things before its confirmation");

    let pruned = apply(&["--prune", "--yes"]);
    pruned.success();
    let deleted: Vec<_> = actions(&pruned)
        .into_iter()
        .filter(|(_, _, a)| a == "deleted")
        .collect();
    assert_eq!(
        deleted,
        vec![("docset".into(), format!("{prefix}-extra"), "deleted".into())],
        "{}",
        pruned.stdout
    );
    live.run(&["docset", "show", &format!("{prefix}-extra")]).code(9);

    // Clean up what the manifest made.
    live.run(&[
        "docset",
        "delete",
        &format!("{prefix}-set"),
        "--yes",
        "--wait",
        "--interval",
        "2",
    ])
    .success();
    live.run(&[
        "connector",
        "delete",
        &format!("{prefix}-conn"),
        "--yes",
        "--wait",
        "--interval",
        "2",
    ])
    .success();
    live.run(&["credential", "delete", &format!("{prefix}-cred"), "--yes"])
        .success();
}
