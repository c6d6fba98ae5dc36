//! One module per command group. A command joins the two rooms: it calls
//! `api/` and hands the result to `output/`.

pub mod agent;
pub mod api;
pub mod api_key;
pub mod apply;
pub mod ask;
pub mod auth;
pub mod cc_pair;
pub mod chat;
pub mod completions;
pub mod config;
pub mod connector;
pub mod credential;
pub mod doc;
pub mod docset;
pub mod doctor;
pub mod ingest;
pub mod man;
pub mod mcp;
pub mod model;
pub mod open;
pub mod pat;
pub mod profile;
pub mod search;
pub mod session;

use crate::api::secret::Secret;
use crate::api::types::AccessType;
use crate::api::{known_api_base, Client, ClientOptions, Exchange, Observer};
use crate::cli::{Access, Cli, Command, WaitArgs};
use crate::config::{Settings, Source};
use crate::error::{Error, Result};
use crate::ops::wait::Patience;
use crate::output::Output;
use std::io::{IsTerminal, Read};

/// What every command gets: resolved settings and the output layer.
pub struct Context {
    pub settings: Settings,
    pub out: Output,
}

/// Runs the command; `out` takes the profile's output defaults, so the
/// error line that may follow is rendered as the command's output was.
pub fn run(cli: Cli, out: &mut Output) -> Result<()> {
    let settings = Settings::resolve(&cli.global)?;
    out.adopt_defaults(&cli.global, settings.default_format, settings.default_color);
    for warning in &settings.warnings {
        out.warn(warning);
    }
    let mut ctx = Context {
        settings,
        out: out.clone(),
    };
    let command = match cli.command {
        Command::Mcp(args) => return mcp::run(ctx, args),
        command => command,
    };
    let result = match command {
        Command::Auth(command) => auth::run(&mut ctx, command),
        Command::Profile(command) => profile::run(&mut ctx, command),
        Command::Config(command) => config::run(&mut ctx, command),
        Command::Doctor(args) => doctor::run(&mut ctx, args),
        Command::Api(args) => api::run(&mut ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Ask(args) => ask::run(&mut ctx, args),
        Command::Session(command) => session::run(&mut ctx, command),
        Command::Agent(command) => agent::run(&mut ctx, command),
        Command::Search(args) => search::run(&mut ctx, args),
        Command::Connector(command) => connector::run(&mut ctx, command),
        Command::Credential(command) => credential::run(&mut ctx, command),
        Command::CcPair(command) => cc_pair::run(&mut ctx, command),
        Command::Docset(command) => docset::run(&mut ctx, command),
        Command::ApiKey(command) => api_key::run(&mut ctx, command),
        Command::Pat(command) => pat::run(&mut ctx, command),
        Command::Apply(args) => apply::run(&mut ctx, args),
        Command::Ingest(args) => ingest::run(&mut ctx, args),
        Command::Doc(command) => doc::run(&mut ctx, command),
        Command::Model(command) => model::run(&mut ctx, command),
        Command::Chat(args) => chat::run(&mut ctx, args),
        Command::Open(args) => open::run(&mut ctx, args),
        // The server outlives every request: its tools explain refusals one by one.
        Command::Mcp(_) => unreachable!("served above"),
    };
    result.map_err(|error| explain_refusal(&mut ctx, error))
}

/// A server with group-based permissions refuses a route by the permission
/// it checks, not by role: say which one, in its terms, and what the
/// credentials have. A role server's refusal keeps its admin-or-curator hint.
pub(crate) fn explain_refusal(ctx: &mut Context, error: Error) -> Error {
    if let Error::Auth {
        failure,
        problem: crate::api::AuthProblem::NotAuthenticated,
    } = error
    {
        return match rejected_credential_hint(&ctx.settings) {
            Some(hint) => Error::Refused {
                failure: Box::new(failure),
                hint,
            },
            None => Error::Auth {
                failure,
                problem: crate::api::AuthProblem::NotAuthenticated,
            },
        };
    }
    // Only the permission check's own refusal: other 403s were settled by
    // asking `/me` already, or are no matter of permissions.
    let Error::Auth {
        failure,
        problem: crate::api::AuthProblem::NotPermitted,
    } = error
    else {
        return error;
    };
    if failure.error_code.as_deref() != Some("INSUFFICIENT_PERMISSIONS") {
        return Error::Auth {
            failure,
            problem: crate::api::AuthProblem::NotPermitted,
        };
    }
    let Ok(client) = ctx.client() else {
        return Error::Auth {
            failure,
            problem: crate::api::AuthProblem::NotPermitted,
        };
    };
    let me = match crate::state::cached_permission_model(client.base_url()) {
        Some(crate::api::types::PermissionModel::Roles) => None,
        _ => crate::api::auth::me(&client).ok().filter(|me| {
            let (model, _) = crate::ops::permissions::detect(&client, me);
            model == crate::api::types::PermissionModel::Groups
        }),
    };
    match me {
        Some(me) => Error::MissingPermission(Box::new(crate::error::MissingPermission {
            needs: crate::ops::permissions::needed_for(&failure.method, &failure.url, &failure.message),
            has: me.effective_permissions,
            failure,
        })),
        None => Error::Auth {
            failure,
            problem: crate::api::AuthProblem::NotPermitted,
        },
    }
}

/// What to do about credentials the server did not accept, named by where
/// they came from: a key in ONYX_API_KEY that is wrong is fixed there, not
/// by logging in again. None when no credential was sent.
pub(crate) fn rejected_credential_hint(settings: &Settings) -> Option<String> {
    let credentials = &settings.credentials;
    let what = match (&credentials.token, &credentials.session_cookie) {
        (Some(token), _) => token.token_kind().describe(),
        (None, Some(_)) => "session cookie",
        (None, None) => return None,
    };
    let profile = &settings.profile_name;
    let mut login = if profile == crate::config::DEFAULT_PROFILE {
        "onyx auth login".to_string()
    } else {
        format!("onyx auth login --profile {profile}")
    };
    // A new session cookie comes from signing in again, not from a key.
    if credentials.token.is_none() {
        login.push_str(" --email …");
    }
    let source = settings.token_source?;
    Some(match source {
        Source::Env(name) => {
            let stored = settings
                .profile()
                .is_some_and(|p| p.api_key.is_some() || p.session_cookie.is_some());
            let instead = if stored {
                format!("or unset {name} to use the credentials of profile '{profile}'")
            } else {
                format!("or unset it and run '{login}'")
            };
            format!("the {what} in {name} was not accepted (mistyped, revoked or expired); set a valid one there, {instead}")
        }
        Source::Flag => format!("the {what} given with --session-cookie was not accepted (expired or signed out); sign in again with '{login}'"),
        Source::Profile => format!("the {what} stored in profile '{profile}' was not accepted (revoked or expired); store a new one with '{login}'"),
        Source::OnyxCli => format!("the {what} read from onyx-cli's config was not accepted (revoked or expired); store one for onyx with '{login}'"),
        Source::Default => return None,
    })
}

impl Context {
    /// A client with the profile's credentials; fails early when there are none.
    pub fn client(&mut self) -> Result<Client> {
        if self.settings.credentials.is_empty() {
            let named = &self.settings.profile_name;
            if self.settings.profile().is_none() && !self.settings.file.profiles.is_empty() {
                let known: Vec<&str> = self.settings.file.profiles.keys().map(String::as_str).collect();
                return Err(Error::NotConfigured(format!(
                    "no profile '{named}' (known: {}); log in to create it with 'onyx auth login --profile {named}'",
                    known.join(", ")
                )));
            }
            if let Some(stored_for) = &self.settings.withheld_for {
                let server = self.settings.server_url()?;
                return Err(Error::NotConfigured(format!(
                    "no credentials for {server}: profile '{}' holds credentials for {stored_for} only, and they go to no other server; run 'onyx auth login --server {server} --profile NAME', or set ONYX_API_KEY",
                    self.settings.profile_name
                )));
            }
            return Err(Error::NotConfigured(
                "no credentials: run 'onyx auth login', or set ONYX_API_KEY (or ONYX_PAT)".into(),
            ));
        }
        self.client_allowing_anonymous()
    }

    /// A client even without credentials (public routes, `auth login`).
    pub fn client_allowing_anonymous(&mut self) -> Result<Client> {
        let base_url = self.api_base()?;
        self.client_at(base_url)
    }

    /// A client for `base_url` with this run's credentials, headers, timeouts
    /// and retry policy, logging each request with --verbose.
    fn client_at(&self, base_url: String) -> Result<Client> {
        let options = ClientOptions {
            base_url,
            credentials: self.settings.credentials.clone(),
            headers: self.settings.headers.clone(),
            timeout: self.settings.timeout,
            connect_timeout: self.settings.connect_timeout,
            retry: self.settings.retry,
        };
        let client = Client::new(options)?;
        Ok(if self.settings.verbose {
            client.with_observer(Box::new(VerboseLog))
        } else {
            client
        })
    }

    /// The API base URL: known from the URL or prefix, else found by probing
    /// `/api/health` and `/health` once and remembered in the profile.
    pub fn api_base(&mut self) -> Result<String> {
        let server = self.settings.server_url()?;
        let prefix = self.settings.api_prefix.as_ref().map(|(p, _)| p.as_str());
        if let Some(base) = known_api_base(&server, prefix) {
            return Ok(base);
        }
        let own_server = matches!(self.settings.server_url, Some((_, Source::Profile)));
        if !own_server {
            if let Some(prefix) = crate::state::cached_prefix(&server) {
                let base = known_api_base(&server, Some(&prefix)).expect("a prefix decides the base");
                self.settings.api_prefix = Some((prefix, Source::Default));
                return Ok(base);
            }
        }
        let base = self.client_at(server.clone())?.find_api_base()?;
        let prefix = base[server.len()..].to_string();
        if self.settings.verbose {
            eprintln!("* API found at {base}");
        }
        // The profile's own server remembers its prefix in the profile; a URL
        // given by flag or env never rewrites someone's config, so it goes to a
        // cache in the state directory instead.
        if own_server && self.settings.profile().is_some() {
            self.settings.update_profile(|p| p.api_prefix = Some(prefix.clone()))?;
        } else {
            crate::state::cache_prefix(&server, &prefix);
        }
        self.settings.api_prefix = Some((prefix, Source::Default));
        Ok(base)
    }
}

/// `--verbose`: one line per HTTP attempt on stderr, secrets already masked.
struct VerboseLog;

impl Observer for VerboseLog {
    fn exchanged(&self, e: &Exchange<'_>) {
        let status = e.status.map(|s| s.to_string()).unwrap_or_else(|| "---".into());
        let retry = if e.attempt > 0 {
            format!(" (retry {})", e.attempt)
        } else {
            String::new()
        };
        let auth = if e.auth.is_empty() {
            "no credentials".to_string()
        } else {
            e.auth.to_string()
        };
        eprintln!(
            "* {} {} → {} in {} ms{} [{}] {}",
            e.method,
            e.url,
            status,
            e.elapsed.as_millis(),
            retry,
            auth,
            e.outcome
        );
    }
}

/// Reads a secret: from stdin when `source` is '-' or stdin is piped, else
/// from a hidden prompt. Never from argv, so it stays out of shell history.
pub fn read_secret(source: Option<&str>, prompt: &str) -> Result<Secret> {
    let from_stdin = source == Some("-") || !std::io::stdin().is_terminal();
    if source.is_some_and(|s| s != "-") {
        return Err(Error::Usage(
            "secrets are not taken from the command line (shell history keeps them); use '-' to read from stdin, e.g. 'printenv KEY | onyx auth login --api-key -'".into(),
        ));
    }
    let value = if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", e))?;
        text.lines().next().unwrap_or("").trim().to_string()
    } else {
        rpassword::prompt_password(prompt)
            .map_err(|e| Error::io("<terminal>", e))?
            .trim()
            .to_string()
    };
    if value.is_empty() {
        let what = prompt.trim_end_matches([':', ' ']);
        // Nothing piped where no terminal can be asked (`</dev/null`, a CI step).
        if from_stdin && source != Some("-") {
            return Err(Error::Usage(format!(
                "stdin is not a terminal, so {what} cannot be asked for; pipe it in with --api-key -, e.g. 'printenv ONYX_KEY | onyx auth login --api-key -'"
            )));
        }
        return Err(Error::Usage(format!("{what} was empty")));
    }
    Ok(Secret::new(value))
}

/// Asks before a destructive action: on a terminal a y/N prompt, elsewhere `--yes` is required.
pub fn confirm(what: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::Usage(format!(
            "{what}: refusing without confirmation; pass --yes"
        )));
    }
    eprint!("{what}? [y/N] ");
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Error::io("<stdin>", e))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(Error::Usage("cancelled".into()))
    }
}

/// Polls `done` every `--interval` until it says true, or fails with exit 7
/// after `--wait-timeout`, with a spinner naming `what`.
pub fn wait_until(ctx: &Context, wait: &WaitArgs, what: &str, done: impl FnMut() -> Result<bool>) -> Result<()> {
    crate::ops::wait::poll_until(patience(wait), what, &ctx.out.wait_spinner(), done)
}

/// `--watch`: shows the frame `frame` renders every `interval` through the one
/// poll loop, until `frame` says the state is final, or Ctrl-C.
pub fn watch(
    ctx: &Context,
    interval: std::time::Duration,
    what: &str,
    mut frame: impl FnMut() -> Result<(String, bool)>,
) -> Result<()> {
    let screen = ctx.out.watch_screen();
    let patience = Patience {
        timeout: std::time::Duration::from_secs(86_400 * 365),
        interval,
    };
    crate::ops::wait::poll_until(patience, what, &screen, || {
        let (text, settled) = frame()?;
        screen.show(&text)?;
        Ok(settled)
    })
}

/// The patience `--wait-timeout` and `--interval` ask for (parsed by clap),
/// bounded to a year so a deadline can always be computed.
pub fn patience(wait: &WaitArgs) -> Patience {
    let year = std::time::Duration::from_secs(86_400 * 365);
    Patience {
        timeout: wait.wait_timeout.min(year),
        interval: wait.interval.min(year),
    }
}

/// The server's access type for `--access`.
pub fn access_type(access: Access) -> AccessType {
    match access {
        Access::Public => AccessType::Public,
        Access::Private => AccessType::Private,
    }
}

/// `--if-not-exists` reused an existing resource: say so, and in what it
/// differs from what this command asked for (it is left as it is).
pub fn note_reused(ctx: &Context, what: &str, name: &str, id: i64, differences: &[String]) {
    if differences.is_empty() {
        ctx.out
            .note(&format!("{what} '{name}' exists already (id {id}); reused it"));
    } else {
        ctx.out.warn(&format!(
            "{what} '{name}' exists already (id {id}) and was reused as it is, though it differs from this command: {}",
            differences.join("; ")
        ));
    }
}

/// `--if-exists`: a missing resource is success, with a note for the person.
pub fn absent_is_ok<T>(ctx: &Context, found: Result<T>, if_exists: bool) -> Result<Option<T>> {
    match found {
        Ok(item) => Ok(Some(item)),
        Err(Error::NotFound(msg)) if if_exists => {
            ctx.out.note(&format!("nothing to delete: {msg}"));
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// Prints a fresh secret (API key, token) the one time the server shows it.
pub fn print_secret<T: serde::Serialize>(
    ctx: &Context,
    value: &T,
    secret: &str,
    quiet: bool,
    record: crate::output::Record,
) -> Result<()> {
    if ctx.out.is_json() {
        return ctx.out.json(&crate::output::to_value(value));
    }
    if quiet {
        return ctx.out.write_stdout(&format!("{secret}\n"));
    }
    ctx.out.write_stdout(&record.field("secret", secret).render(None))?;
    ctx.out.note("Save the secret now: it is not shown again.");
    Ok(())
}

/// A boolean as a table cell.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// Writes generated bytes (completions, a man page) to stdout.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|_| stdout.flush())
        .map_err(|e| Error::io("<stdout>", e))
}
