//! `onyx doctor`: every link from the config file to an answer, checked in
//! order, one line each, with the fix for what failed.

use super::Context;
use crate::api::types::PermissionModel;
use crate::api::{auth, llm};
use crate::error::{Error, ExitCode, Result};
use crate::ops::permissions;
use clap::Args;
use serde::Serialize;

pub const DOCTOR_HELP: &str = "Checks, in order: the config file and its mode, the server URL and API prefix,
that the server answers (/health), a credential and where it comes from, that the
server accepts it (/me) and what it may do, the permission model, the server
version, an LLM provider, and the document index (/settings). A check that the
next ones depend on ends the list when it fails.

Exit status: 0 when every check passes; else the code of the first failed check's
error (3 not configured, 4 credential refused, 5 unreachable, …), or 10 when only
checks without an error of their own failed (config mode, no LLM, no index).

Examples:
  onyx doctor
  onyx doctor --profile staging
  onyx doctor --json --jq '.[] | select(.ok | not) | .fix'";

#[derive(Debug, Args)]
pub struct DoctorArgs {}

/// One line of the report (`--json`: one element of the array).
#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
    fix: Option<String>,
}

/// The report as it grows, and the exit code of the first failed check's error.
#[derive(Default)]
struct Report {
    checks: Vec<Check>,
    first_code: Option<ExitCode>,
}

impl Report {
    fn pass(&mut self, check: &'static str, detail: impl Into<String>) {
        self.checks.push(Check {
            check,
            ok: true,
            detail: detail.into(),
            fix: None,
        });
    }

    fn fail(&mut self, check: &'static str, detail: impl Into<String>, fix: impl Into<String>, error: Option<Error>) {
        self.checks.push(Check {
            check,
            ok: false,
            detail: detail.into(),
            fix: Some(fix.into()),
        });
        if self.first_code.is_none() {
            self.first_code = error.map(|e| e.exit_code());
        }
    }
}

pub fn run(ctx: &mut Context, _args: DoctorArgs) -> Result<()> {
    let mut report = Report::default();
    diagnose(ctx, &mut report);
    print(ctx, &report.checks)?;
    let failed: Vec<&str> = report.checks.iter().filter(|c| !c.ok).map(|c| c.check).collect();
    if failed.is_empty() {
        return Ok(());
    }
    // The checks above already said each failure and its fix: one summary
    // line, not the first failure's message again.
    Err(Error::Diagnosed {
        summary: format!(
            "{} of {} failed: {}; the fixes are above",
            failed.len(),
            crate::output::human::plural(report.checks.len() as u64, "check"),
            failed.join(", ")
        ),
        code: report.first_code.unwrap_or(ExitCode::Partial),
    })
}

/// Runs the checks in order; returns where one that the rest need fails.
fn diagnose(ctx: &mut Context, report: &mut Report) {
    check_config_file(ctx, report);

    let server = match ctx.settings.server_url() {
        Ok(server) => server,
        Err(e) => {
            let fix = "onyx auth login --server URL, or set ONYX_SERVER_URL";
            return report.fail("server", e.to_string(), fix, Some(e));
        }
    };
    let from = ctx
        .settings
        .server_url
        .as_ref()
        .map(|(_, source)| source.describe())
        .unwrap_or_else(|| "default".into());
    let base = match ctx.api_base() {
        Ok(base) => base,
        Err(e) => {
            let fix = format!("check that {server} is Onyx and up; behind a proxy set --api-prefix (/api, or '' for a bare API server)");
            return report.fail("server", e.to_string(), fix, Some(e));
        }
    };
    let prefix = match &base[server.len().min(base.len())..] {
        "" => "none (a bare API server)".to_string(),
        prefix => prefix.to_string(),
    };
    report.pass("server", format!("{server} (from {from}); API prefix {prefix}"));

    let Ok(anonymous) = ctx.client_allowing_anonymous() else {
        return;
    };
    let started = std::time::Instant::now();
    match auth::health(&anonymous) {
        Ok(health) if health.success => report.pass(
            "reachable",
            format!("GET {base}/health answered in {} ms", started.elapsed().as_millis()),
        ),
        Ok(health) => {
            return report.fail(
                "reachable",
                format!("GET {base}/health answered, but not healthy: {}", health.message),
                "the server is starting or degraded; look at its api_server logs",
                None,
            )
        }
        Err(e) => {
            let e = Error::from(e);
            let fix = format!("check the URL, that {server} is up, and any VPN or proxy in between");
            return report.fail("reachable", e.to_string(), fix, Some(e));
        }
    }

    let (credential, _) = super::auth::credential_summary(ctx);
    let client = match ctx.client() {
        Ok(client) => client,
        Err(e) => {
            let fix = "onyx auth login, or set ONYX_API_KEY (or ONYX_PAT)";
            return report.fail("credential", e.to_string(), fix, Some(e));
        }
    };
    report.pass("credential", credential);

    let me = match auth::me(&client) {
        Ok(me) => me,
        Err(e) => {
            let e = Error::from(e);
            // The same words as any refused command: what was refused, and
            // the fix for where that credential came from.
            if let (Error::Auth { failure, .. }, Some(hint)) = (&e, super::rejected_credential_hint(&ctx.settings)) {
                return report.fail("accepted", failure.to_string(), hint, Some(e));
            }
            let fix = "check the credential with 'onyx auth status', or log in again with 'onyx auth login'";
            return report.fail("accepted", e.to_string(), fix, Some(e));
        }
    };
    let (model, version) = permissions::detect(&client, &me);
    report.pass(
        "accepted",
        format!("as {} ({})", me.email, super::auth::access_summary(&me, model)),
    );
    let may = match (model, &me.effective_permissions) {
        (PermissionModel::Groups, Some(granted)) if !granted.is_empty() => granted.join(", "),
        (PermissionModel::Groups, _) => "nothing beyond public routes".to_string(),
        (PermissionModel::Roles, _) => match me.role.as_deref() {
            Some("admin") => "everything".to_string(),
            Some("curator" | "global_curator") => "manage the connectors and sets of its groups".to_string(),
            Some(role) => format!("what role {role} may (ask, search, its own sessions)"),
            None => "unknown".to_string(),
        },
    };
    report.pass("permissions", format!("{}; may: {may}", super::auth::model_text(model)));

    match version
        .map(Ok)
        .unwrap_or_else(|| auth::version(&client).map(|v| v.backend_version))
    {
        Ok(version) => report.pass("version", version),
        Err(e) => report.fail(
            "version",
            Error::from(e).to_string(),
            "GET /version is public on every Onyx release; a proxy may be hiding it",
            None,
        ),
    }

    match llm::providers(&client) {
        Ok(list) if !list.providers.is_empty() => {
            let default = list
                .default_text
                .as_ref()
                .and_then(|d| {
                    let provider = list.providers.iter().find(|p| p.id == d.provider_id)?;
                    let name = provider.name.as_deref().unwrap_or(&provider.provider);
                    Some(format!("; default {name}/{}", d.model_name))
                })
                .unwrap_or_default();
            report.pass(
                "llm",
                format!(
                    "{}{default}",
                    crate::output::human::plural(list.providers.len() as u64, "provider")
                ),
            )
        }
        Ok(_) => report.fail(
            "llm",
            "no LLM provider is configured (or none this credential may use): ask and chat cannot answer",
            "an admin adds one under Admin panel → LLM providers",
            None,
        ),
        Err(e) => report.fail(
            "llm",
            Error::from(e).to_string(),
            "listing LLM providers needs a credential that may chat",
            None,
        ),
    }

    match auth::settings(&client) {
        Ok(settings) => match settings.vector_db_enabled {
            Some(false) => report.fail(
                "document index",
                "the server runs without a document index (vector_db_enabled is false): connectors, ingest and search answer 501",
                "deploy Onyx with its document index (Vespa or OpenSearch) enabled",
                None,
            ),
            Some(true) => report.pass("document index", "enabled (vector_db_enabled)"),
            None => report.pass("document index", "not reported by this server's /settings"),
        },
        Err(e) => report.fail(
            "document index",
            Error::from(e).to_string(),
            "GET /settings answers every logged-in user; check the credential",
            None,
        ),
    }
}

fn check_config_file(ctx: &Context, report: &mut Report) {
    let path = &ctx.settings.config_path;
    let Ok(meta) = std::fs::metadata(path) else {
        let from_env = ctx
            .settings
            .server_url
            .as_ref()
            .is_some_and(|(_, s)| *s != crate::config::Source::Profile);
        if from_env {
            return report.pass(
                "config",
                format!("none at {} (settings from the environment or flags)", path.display()),
            );
        }
        return report.fail(
            "config",
            format!("none at {}", path.display()),
            "onyx auth login --server URL",
            None,
        );
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return report.fail(
                "config",
                format!(
                    "{} has mode {mode:o}: other users can read its credentials",
                    path.display()
                ),
                format!("chmod 600 {}", path.display()),
                None,
            );
        }
        report.pass("config", format!("{} (mode {mode:o})", path.display()));
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        report.pass("config", path.display().to_string());
    }
}

/// `✓ check  detail` lines, with `fix:` under a failed one; the same in a pipe,
/// without colour (stdout carries results).
fn print(ctx: &Context, checks: &[Check]) -> Result<()> {
    if ctx.out.is_json() {
        return ctx.out.json(&crate::output::to_value(checks));
    }
    let width = checks.iter().map(|c| c.check.len()).max().unwrap_or(0);
    let mut text = String::new();
    for check in checks {
        let mark = if check.ok { '✓' } else { '✗' };
        text.push_str(&format!("{mark} {:<width$}  {}\n", check.check, check.detail));
        if let Some(fix) = &check.fix {
            text.push_str(&format!("  {:<width$}  fix: {fix}\n", ""));
        }
    }
    ctx.out.write_stdout(&text)
}
