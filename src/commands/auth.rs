//! `onyx auth login|status|logout`.

use super::{read_secret, Context};
use crate::api::auth;
use crate::api::secret::Secret;
use crate::api::types::{PermissionModel, UserInfo};
use crate::config::{normalize_server_url, Source, CLOUD_URL};
use crate::error::{AuthProblem, Error, Result};
use crate::ops::permissions;
use crate::output::Record;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx auth login --server https://onyx.example.com\n  onyx auth status")]
pub enum AuthCommand {
    /// Store credentials for a server in the current profile
    #[command(
        after_help = "Examples:\n  onyx auth login --server https://onyx.example.com\n  printenv ONYX_KEY | onyx --server https://cloud.onyx.app auth login --api-key -\n  onyx --profile staging auth login --server http://localhost:8080 --email me@example.com"
    )]
    Login(LoginArgs),
    /// Show the server, API base, identity and server version
    #[command(after_help = "Examples:\n  onyx auth status\n  onyx --profile staging auth status --json")]
    Status,
    /// Remove the stored credentials of the current profile
    #[command(after_help = "Examples:\n  onyx auth logout")]
    Logout,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The API key or personal access token: '-' reads it from stdin (never give it on the command line); prompted (hidden) when omitted on a terminal
    #[arg(long, value_name = "STDIN")]
    pub api_key: Option<String>,
    /// Sign in with e-mail and password instead (password read from a hidden prompt or stdin)
    #[arg(long, value_name = "EMAIL", conflicts_with = "api_key")]
    pub email: Option<String>,
    /// Store the credentials without checking them against the server
    #[arg(long)]
    pub no_verify: bool,
}

pub fn run(ctx: &mut Context, command: AuthCommand) -> Result<()> {
    match command {
        AuthCommand::Login(args) => login(ctx, args),
        AuthCommand::Status => status(ctx),
        AuthCommand::Logout => logout(ctx),
    }
}

fn login(ctx: &mut Context, args: LoginArgs) -> Result<()> {
    let server = match &ctx.settings.server_url {
        Some((url, _)) => normalize_server_url(url)?,
        None => {
            ctx.out
                .note(&format!("No --server given; using Onyx Cloud ({CLOUD_URL})."));
            CLOUD_URL.to_string()
        }
    };
    ctx.settings.server_url = Some((server.clone(), Source::Flag));
    // Credentials given now replace whatever the environment or profile had.
    ctx.settings.credentials.token = None;
    ctx.settings.credentials.session_cookie = None;
    let (token, cookie) = match &args.email {
        Some(email) => {
            let password = read_secret(None, "Password: ")?;
            let client = ctx.client_allowing_anonymous()?;
            let cookie = auth::login(&client, email, &password).map_err(|e| match Error::from(e) {
                Error::Http(failure) if failure.message.contains("LOGIN_BAD_CREDENTIALS") => Error::Refused {
                    failure: Box::new(failure),
                    hint: format!("wrong e-mail or password for {server} (or the account is not verified); check them and try again, or log in with an API key: --api-key -"),
                },
                other => other,
            })?;
            (None, Some(cookie))
        }
        None => (
            Some(read_secret(
                args.api_key.as_deref(),
                "API key or personal access token: ",
            )?),
            None,
        ),
    };
    ctx.settings.credentials.token = token.clone();
    ctx.settings.credentials.session_cookie = cookie.clone();
    let base = ctx.api_base()?;
    let who = if args.no_verify {
        None
    } else {
        let client = ctx.client()?;
        Some(auth::me(&client).map_err(|e| rejected_at_login(e.into()))?)
    };
    let prefix = base[server.len()..].to_string();
    ctx.settings.update_profile(|profile| {
        profile.server_url = Some(server.clone());
        profile.api_prefix = Some(prefix);
        profile.api_key = token;
        profile.session_cookie = cookie;
    })?;
    let identity = match &who {
        Some(user) => {
            let client = ctx.client()?;
            let (model, _) = permissions::detect(&client, user);
            format!(" as {} ({})", user.email, access_summary(user, model))
        }
        None => String::new(),
    };
    ctx.out.note(&format!(
        "Logged in to {server}{identity}; saved in profile '{}' ({}).",
        ctx.settings.profile_name,
        ctx.settings.config_path.display()
    ));
    if ctx.out.is_json() {
        if let Some(user) = &who {
            ctx.out.json(&crate::output::to_value(user))?;
        }
    }
    Ok(())
}

/// The credentials just given were refused: nothing was stored, and logging in
/// again with the same ones will not help.
fn rejected_at_login(error: Error) -> Error {
    match error {
        Error::Auth {
            failure,
            problem: AuthProblem::NotAuthenticated,
        } => Error::Refused {
            failure: Box::new(failure),
            hint: "the server did not accept these credentials, and nothing was stored; check that the key was copied whole and is not revoked (an admin creates keys with 'onyx api-key create' or in the admin panel; 'onyx pat create' makes a personal token), or store it unchecked with --no-verify".into(),
        },
        other => other,
    }
}

pub(crate) fn credential_summary(ctx: &Context) -> (String, Option<String>) {
    let creds = &ctx.settings.credentials;
    let source = ctx.settings.token_source.map(Source::describe);
    if let Some(token) = &creds.token {
        let source = source.map(|s| format!(" (from {s})")).unwrap_or_default();
        (
            format!("{} {}{source}", token.token_kind().describe(), token.masked()),
            Some(token.masked()),
        )
    } else if let Some(cookie) = &creds.session_cookie {
        (format!("session cookie {}", cookie.masked()), Some(cookie.masked()))
    } else {
        ("none".into(), None)
    }
}

fn status(ctx: &mut Context) -> Result<()> {
    let client = ctx.client()?;
    let (credential, masked) = credential_summary(ctx);
    let kind = match &ctx.settings.credentials.token {
        Some(t) => t.token_kind().describe(),
        None => "session cookie",
    };
    let me = auth::me(&client).map_err(Error::from);
    // A server that cannot be reached has no status to show: say only that.
    let me = match me {
        Err(e @ (Error::Unreachable { .. } | Error::Timeout { .. })) => return Err(e),
        other => other,
    };
    let version = auth::version(&client).ok().map(|v| v.backend_version);
    // The version just fetched says the model when /me does not: no second
    // request for it.
    let model = me.as_ref().ok().map(|user| {
        let model = user
            .permission_model()
            .unwrap_or_else(|| permissions::model_of_version(version.as_deref()));
        permissions::remember(&client, model);
        model
    });
    let server = ctx.settings.server_url()?;
    let value = json!({
        "profile": ctx.settings.profile_name,
        "server_url": server,
        "api_base": client.base_url(),
        "server_version": version,
        "permission_model": model.map(PermissionModel::as_str),
        "auth": {"kind": kind, "credential": masked, "source": ctx.settings.token_source.map(Source::describe)},
        "proxy_auth": ctx.settings.credentials.proxy_auth.as_ref().map(Secret::masked),
        "user": me.as_ref().ok(),
    });
    ctx.out.emit_record(&value, || {
        let mut record = Record::new()
            .field("Profile", ctx.settings.profile_name.clone())
            .field("Server", server.clone())
            .field("API base", client.base_url())
            .field("Server version", version.clone().unwrap_or_else(|| "unknown".into()))
            .field("Credentials", credential.clone());
        if let Some(proxy) = &ctx.settings.credentials.proxy_auth {
            record = record.field("Proxy credentials", proxy.masked());
        }
        if let Some(model) = model {
            record = record.field("Permissions", model_text(model));
        }
        match (&me, model) {
            (Ok(user), Some(model)) => {
                record = record.field(
                    "Logged in as",
                    format!("{} ({})", user.email, access_summary(user, model)),
                );
                match &user.effective_permissions {
                    Some(granted) if model == PermissionModel::Groups => {
                        record.field("Effective permissions", granted_text(granted))
                    }
                    _ => record,
                }
            }
            _ => record.field("Logged in as", "nobody: the credentials were refused"),
        }
    })?;
    me.map(|_| ())
}

pub(crate) fn model_text(model: PermissionModel) -> &'static str {
    match model {
        PermissionModel::Roles => "roles (Onyx v4.6 and earlier: api-key create --role)",
        PermissionModel::Groups => "groups (Onyx main, Onyx Cloud: api-key create --group)",
    }
}

/// `role admin` on a role server; on a group server the account type and
/// whether the caller is an admin (the `admin` permission).
pub(crate) fn access_summary(user: &UserInfo, model: PermissionModel) -> String {
    match (model, &user.role) {
        (PermissionModel::Roles, Some(role)) => format!("role {role}"),
        _ => {
            let granted = user.effective_permissions.as_deref().unwrap_or_default();
            let kind = match user.account_type.as_deref() {
                Some("SERVICE_ACCOUNT") => "API key",
                Some("STANDARD") | None => "user",
                Some(other) => other,
            };
            let level = if granted.iter().any(|p| p == "admin") {
                "admin"
            } else if granted.iter().any(|p| p == "basic") {
                "basic"
            } else {
                "limited"
            };
            format!("{kind}, {level}: {} permissions", granted.len())
        }
    }
}

fn granted_text(granted: &[String]) -> String {
    if granted.is_empty() {
        "none".into()
    } else {
        granted.join(", ")
    }
}

fn logout(ctx: &mut Context) -> Result<()> {
    let stored = ctx
        .settings
        .profile()
        .is_some_and(|p| p.api_key.is_some() || p.session_cookie.is_some());
    if ctx.settings.profile().and_then(|p| p.session_cookie.as_ref()).is_some() {
        // Ending the session on the server too; a failure here must not keep
        // the credentials on disk, so it is only reported.
        if let Ok(client) = ctx.client() {
            if let Err(e) = auth::logout(&client) {
                ctx.out.warn(&format!("the server did not end the session: {e}"));
            }
        }
    }
    if stored {
        ctx.settings.update_profile(|p| {
            p.api_key = None;
            p.session_cookie = None;
        })?;
        ctx.out.note(&format!(
            "Logged out: removed the credentials of profile '{}'.",
            ctx.settings.profile_name
        ));
    } else {
        ctx.out.note(&format!(
            "Profile '{}' has no stored credentials.",
            ctx.settings.profile_name
        ));
    }
    for var in ["ONYX_API_KEY", "ONYX_PAT", "ONYX_SESSION_COOKIE"] {
        if std::env::var(var).is_ok_and(|v| !v.is_empty()) {
            ctx.out.warn(&format!(
                "{var} is still set in the environment and will keep being used"
            ));
        }
    }
    Ok(())
}
