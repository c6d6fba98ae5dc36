//! `onyx profile` and `--profile`: one profile per server or identity.

use crate::support::{Onyx, TEST_KEY};
use predicates::prelude::*;

fn serve_identity(onyx: &Onyx) {
    onyx.on("GET", "/health").example("health.json").mount();
    onyx.on("GET", "/version").example("version.json").mount();
    onyx.on("GET", "/me").example("me.json").mount();
}

#[test]
fn profiles_select_servers() {
    let first = Onyx::start();
    serve_identity(&first);
    let second = Onyx::start();
    second.on("GET", "/health").example("health.json").mount();
    second
        .on("GET", "/version")
        .json(serde_json::json!({"backend_version": "v9.9.9"}))
        .mount();
    second.on("GET", "/me").example("me.json").mount();
    let login = |server: &str, profile: &str| {
        first
            .bare_cmd()
            .args([
                "auth",
                "login",
                "--server",
                server,
                "--profile",
                profile,
                "--api-key",
                "-",
            ])
            .write_stdin(TEST_KEY)
            .assert()
            .success();
    };
    login(&first.url(), "prod");
    login(&second.url(), "staging");
    first
        .bare_cmd()
        .args(["auth", "status", "--profile", "staging"])
        .assert()
        .success()
        .stdout(predicate::str::contains("v9.9.9"));
    first
        .bare_cmd()
        .env("ONYX_PROFILE", "prod")
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("v4.6.1"));
    first
        .bare_cmd()
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("prod").and(predicate::str::contains("staging")))
        .stdout(predicate::str::contains(TEST_KEY).not());
    first.bare_cmd().args(["profile", "use", "staging"]).assert().success();
    first
        .bare_cmd()
        .args(["auth", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("v9.9.9"));
    first
        .bare_cmd()
        .args(["profile", "use", "nope"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains("no profile named 'nope'"));
}

#[test]
fn a_misspelt_profile_is_named_with_the_known_ones() {
    let onyx = Onyx::start();
    serve_identity(&onyx);
    onyx.bare_cmd()
        .args([
            "auth",
            "login",
            "--profile",
            "staging",
            "--server",
            &onyx.url(),
            "--api-key",
            "-",
            "--no-verify",
        ])
        .write_stdin(format!("{TEST_KEY}\n"))
        .assert()
        .success();
    onyx.bare_cmd()
        .args(["--profile", "stagign", "agent", "list"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no profile 'stagign' (known: staging)"));
}
