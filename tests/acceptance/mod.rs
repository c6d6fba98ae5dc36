//! The acceptance suite: the real binary against a live Onyx server, as a user
//! runs it (Terraform's `TF_ACC=1` convention). Opt-in, so `cargo test` stays
//! offline and fast:
//!
//! ```sh
//! ONYX_ACCEPTANCE_URL=http://127.0.0.1:8080 ONYX_ACCEPTANCE_PASSWORD='…' \
//!   cargo test --test cli acceptance -- --test-threads 2
//! ```
//!
//! Without `ONYX_ACCEPTANCE_URL` every test here returns at once, after one line
//! on stderr saying how to enable it. docs/acceptance.md says what each variable
//! does and records the last run.

mod agents;
mod ask;
mod connect;
mod ingest;
mod keys;
mod recipe;
mod resources;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tempfile::TempDir;

/// A live server and an isolated home logged in to it as its admin.
pub struct Live {
    pub url: String,
    pub email: String,
    pub password: String,
    /// The fake OpenSearch of `../shared/real-onyx/`, to switch search hits on.
    pub opensearch: Option<String>,
    /// `../shared/real-onyx/` itself, for the tests that restart the API server.
    pub real_onyx: Option<PathBuf>,
    pub dir: TempDir,
}

impl Live {
    /// The server named by the environment with a fresh admin login, or `None`
    /// (the test is skipped) when the suite is not enabled.
    pub fn admin() -> Option<Live> {
        let live = Live::configured()?;
        live.login_admin();
        Some(live)
    }

    /// The server named by the environment, not logged in.
    pub fn configured() -> Option<Live> {
        let Ok(url) = std::env::var("ONYX_ACCEPTANCE_URL") else {
            static SAID: OnceLock<()> = OnceLock::new();
            SAID.get_or_init(|| {
                eprintln!(
                    "acceptance tests skipped: set ONYX_ACCEPTANCE_URL=http://127.0.0.1:8080 and \
                     ONYX_ACCEPTANCE_PASSWORD=… to run them against a live Onyx (docs/acceptance.md)"
                )
            });
            return None;
        };
        Some(Live {
            url: url.trim_end_matches('/').to_string(),
            email: std::env::var("ONYX_ACCEPTANCE_EMAIL").unwrap_or_else(|_| "admin@example.com".into()),
            password: std::env::var("ONYX_ACCEPTANCE_PASSWORD")
                .expect("ONYX_ACCEPTANCE_PASSWORD: the password of ONYX_ACCEPTANCE_EMAIL (the admin)"),
            opensearch: std::env::var("ONYX_ACCEPTANCE_OPENSEARCH").ok(),
            real_onyx: std::env::var("ONYX_ACCEPTANCE_REAL_ONYX").ok().map(PathBuf::from),
            dir: tempfile::tempdir().unwrap(),
        })
    }

    /// The binary with this test's own config and state, and nothing from the
    /// environment of the person running the suite.
    pub fn onyx(&self) -> Command {
        let mut cmd = Command::cargo_bin("onyx").unwrap();
        for (key, _) in std::env::vars() {
            if key.starts_with("ONYX_") || key == "NO_COLOR" || key == "XDG_CONFIG_HOME" {
                cmd.env_remove(key);
            }
        }
        cmd.env("ONYX_CONFIG_DIR", self.dir.path().join("config"))
            .env("ONYX_STATE_DIR", self.dir.path().join("state"))
            .env("HOME", self.dir.path().join("home"))
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .current_dir(self.dir.path())
            .timeout(Duration::from_secs(900));
        cmd
    }

    /// `onyx ARGS` run to its end.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(self.onyx().args(args).output().unwrap())
    }

    /// `onyx ARGS` with only `key` as credentials (no profile), against this server.
    pub fn run_as_key(&self, key: &str, args: &[&str]) -> Run {
        Run::of(
            self.onyx()
                .env("ONYX_SERVER_URL", &self.url)
                .env("ONYX_API_KEY", key)
                .env("ONYX_CONFIG_DIR", self.dir.path().join("empty-config"))
                .args(args)
                .output()
                .unwrap(),
        )
    }

    /// `onyx ARGS` with `input` on stdin.
    pub fn run_with_stdin(&self, args: &[&str], input: &str) -> Run {
        Run::of(self.onyx().args(args).write_stdin(input).output().unwrap())
    }

    /// `onyx ARGS`, which must succeed; its stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let run = self.run(&all);
        run.success();
        serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("onyx {all:?}: stdout is not JSON ({e}): {}", run.stdout))
    }

    /// `auth login --email` as the admin, the password on stdin.
    pub fn login_admin(&self) {
        self.run_with_stdin(
            &["--server", &self.url, "auth", "login", "--email", &self.email],
            &self.password,
        )
        .success();
    }

    /// A file in this test's directory.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `roles` (Onyx v4.6) or `groups` (Onyx main, Cloud), as `auth status` found it.
    pub fn permission_model(&self) -> String {
        let run = self.run(&["auth", "status", "--jq", ".permission_model"]);
        run.success();
        run.stdout.trim().to_string()
    }

    /// `--role admin` on a role server, `--group Admin` on a group server.
    pub fn admin_access(&self) -> [&'static str; 2] {
        if self.permission_model() == "groups" {
            ["--group", "Admin"]
        } else {
            ["--role", "admin"]
        }
    }

    /// A new admin API key (`--group Admin` on a group server), or a personal
    /// access token where the server has no API keys (402 without a Business
    /// licence).
    pub fn admin_token(&self, name: &str) -> String {
        let [flag, value] = self.admin_access();
        let run = self.run(&["api-key", "create", "--name", name, flag, value, "--quiet"]);
        if run.code == 0 {
            return run.stdout.trim().to_string();
        }
        let pat = self.run(&["pat", "create", "--name", name, "--quiet"]);
        pat.success();
        pat.stdout.trim().to_string()
    }

    /// Makes the fake document index of `../shared/real-onyx/` return every
    /// stored chunk for a search, so answers can cite; false when the suite was
    /// not told where it is.
    pub fn search_hits_on(&self) -> bool {
        let Some(base) = &self.opensearch else { return false };
        let done = std::process::Command::new("curl")
            .args(["-fsS", "-X", "POST", &format!("{base}/_fake/search_hits/on")])
            .output();
        matches!(done, Ok(o) if o.status.success())
    }
}

/// What one run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn of(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn success(&self) -> &Run {
        self.code(0)
    }

    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code, expected,
            "exit code {} (expected {expected})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

/// A name no earlier run of the suite used: `acc-<what>-<unique>`.
pub fn unique(what: &str) -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    format!("acc-{what}-{:x}", (nanos as u64) ^ u64::from(std::process::id()))
}

/// The directory of the test binary's `onyx`, for scripts that call it by name.
pub fn bin_dir() -> PathBuf {
    assert_cmd::cargo::cargo_bin("onyx").parent().unwrap().to_path_buf()
}

pub fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}
