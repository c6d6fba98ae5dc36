//! The command-line grammar: global flags and the command tree. No logic.

use crate::commands::agent::AgentCommand;
use crate::commands::api::ApiArgs;
use crate::commands::api_key::ApiKeyCommand;
use crate::commands::apply::ApplyArgs;
use crate::commands::ask::{AskArgs, ASK_HELP};
use crate::commands::auth::AuthCommand;
use crate::commands::cc_pair::CcPairCommand;
use crate::commands::chat::{ChatArgs, CHAT_HELP};
use crate::commands::completions::CompletionsArgs;
use crate::commands::config::ConfigCommand;
use crate::commands::connector::ConnectorCommand;
use crate::commands::credential::CredentialCommand;
use crate::commands::doc::DocCommand;
use crate::commands::docset::DocsetCommand;
use crate::commands::doctor::{DoctorArgs, DOCTOR_HELP};
use crate::commands::ingest::{IngestArgs, INGEST_HELP};
use crate::commands::man::ManArgs;
use crate::commands::mcp::{McpArgs, MCP_HELP};
use crate::commands::model::ModelCommand;
use crate::commands::open::{OpenArgs, OPEN_HELP};
use crate::commands::pat::PatCommand;
use crate::commands::profile::ProfileCommand;
use crate::commands::search::SearchArgs;
use crate::commands::session::SessionCommand;
use crate::values;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::time::Duration;

/// What `onyx --help` ends with: the exit codes (from their one definition) and the environment.
pub static EXIT_CODES_HELP: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{}
Environment:
  ONYX_SERVER_URL, ONYX_API_KEY (or ONYX_PAT), ONYX_API_PREFIX, ONYX_PROFILE,
  ONYX_SESSION_COOKIE, ONYX_PROXY_AUTH, ONYX_MODEL, ONYX_CONFIG_DIR, ONYX_DEBUG, NO_COLOR,
  FORCE_HYPERLINK (1 or 0: OSC 8 links on stdout or not), BROWSER (for --open)",
        crate::error::ExitCode::help_table()
    )
});

/// The root of the command tree: its settings and texts only. `Cli` adds the
/// global options and the commands: all of them, or only the one that runs
/// (`Cli::command_for`).
#[derive(Parser)]
#[command(
    name = "onyx",
    version = crate::VERSION_LINE,
    about = "A fast, scriptable client for the Onyx API: ask with citations, ingest documents, manage connectors",
    after_help = EXIT_CODES_HELP.as_str(),
    propagate_version = true,
    max_term_width = 100
)]
struct Root;

#[derive(Debug, Args)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

impl clap::CommandFactory for Cli {
    fn command() -> clap::Command {
        Self::augment_args(Root::command())
    }

    fn command_for_update() -> clap::Command {
        Self::augment_args_for_update(Root::command_for_update())
    }
}

impl Parser for Cli {}

impl Cli {
    /// The tree that parses `args` (the program's name first). When the first
    /// argument names a command, the root holds that one alone: before it
    /// parses, clap copies each global option into every command under the
    /// root (14 options into 24 commands, half the heap and a tenth of the
    /// CPU of a one-request command), and only the named one is ever looked
    /// at. Anything else (an option first, a misspelling, `help`, no command)
    /// gets the whole tree, for its help and its suggestions.
    pub fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
        use clap::CommandFactory;
        let all = Self::command();
        let Some(named) = args.get(1).and_then(|name| all.find_subcommand(name)).cloned() else {
            return all;
        };
        let root = GlobalArgs::augment_args(Root::command())
            .subcommand(named)
            .subcommand_required(all.is_subcommand_required_set())
            .arg_required_else_help(all.is_arg_required_else_help_set());
        // The process exits soon: freeing the tree would only cost time (main.rs).
        std::mem::forget(all);
        root
    }
}

#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (several servers or identities); see 'onyx profile list'
    #[arg(long, global = true, env = "ONYX_PROFILE", value_name = "NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::profiles))]
    pub profile: Option<String>,

    /// Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080
    #[arg(long, global = true, value_name = "URL")]
    pub server: Option<String>,

    /// API path prefix: '/api' on Cloud and behind nginx, '' on the bare API server (detected when unset)
    #[arg(long, global = true, value_name = "PREFIX", allow_hyphen_values = true)]
    pub api_prefix: Option<String>,

    /// Print the result as JSON (the server's objects) instead of a table
    #[arg(long, global = true)]
    pub json: bool,

    /// Filter the JSON result with a jq expression (implies --json)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Extra HTTP header for every request, e.g. -H 'X-Tenant: acme' (repeatable)
    #[arg(short = 'H', long = "header", global = true, value_name = "NAME: VALUE")]
    pub headers: Vec<String>,

    /// Web session cookie value (fastapiusersauth) instead of an API key
    #[arg(long, global = true, value_name = "VALUE", hide_env_values = true)]
    pub session_cookie: Option<String>,

    /// Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)
    #[arg(long, global = true, value_name = "VALUE")]
    pub proxy_auth: Option<String>,

    /// Header the proxy reads its credentials from
    #[arg(long, global = true, value_enum, value_name = "HEADER")]
    pub proxy_auth_header: Option<ProxyHeaderArg>,

    /// How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m
    #[arg(long, global = true, value_name = "DURATION", value_parser = values::duration)]
    pub timeout: Option<Duration>,

    /// How long to wait for the TCP/TLS connection, e.g. 10s
    #[arg(long, global = true, value_name = "DURATION", value_parser = values::duration)]
    pub connect_timeout: Option<Duration>,

    /// Retries of idempotent requests on 429/502/503/504 and connection failures
    #[arg(long, global = true, value_name = "N", value_parser = values::whole_number::<u32>)]
    pub retries: Option<u32>,

    /// Log each request with its status and timing to stderr (secrets masked)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile's 'color', else auto]
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
}

/// `--color`, and a profile's `color` default (`onyx config set color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A profile's `output` default: what a command prints without --json.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProxyHeaderArg {
    ProxyAuthorization,
    Authorization,
}

// Each command's arguments are added to clap's tree only when that command
// runs (or help, completions and man pages walk the tree): building all of
// them was most of the heap and a tenth of the CPU of a one-request command.
// (Not a doc comment: clap would make it the root's description.)
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Ask a question: the answer streams to stdout, then its sources with the cited passages
    #[command(after_help = ASK_HELP)]
    Ask(AskArgs),
    /// Chat in the terminal: follow-ups, slash commands for agent, model and filters
    #[command(after_help = CHAT_HELP)]
    Chat(ChatArgs),
    /// Open citation N of the last answer in the browser (or print its link)
    #[command(after_help = OPEN_HELP)]
    Open(OpenArgs),
    /// Search the indexed documents without generating an answer
    Search(SearchArgs),
    /// List, show, rename and delete chat sessions
    #[command(subcommand)]
    Session(SessionCommand),
    /// List and show agents (personas)
    #[command(subcommand)]
    Agent(AgentCommand),
    /// List the models answers can use; pick this profile's default
    #[command(subcommand)]
    Model(ModelCommand),
    /// Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)
    #[command(after_help = MCP_HELP)]
    Mcp(McpArgs),
    /// Upload a folder of files into a document set; re-runs send only what changed
    #[command(after_help = INGEST_HELP)]
    Ingest(IngestArgs),
    /// List or delete documents sent through the ingestion API
    #[command(subcommand)]
    Doc(DocCommand),
    /// Manage connectors: create, index, pause, resume, follow their status and delete them
    #[command(subcommand)]
    Connector(ConnectorCommand),
    /// Manage credentials (secrets read from a file or stdin, never from argv)
    #[command(subcommand)]
    Credential(CredentialCommand),
    /// Manage connector-credential pairs (what actually indexes)
    #[command(subcommand, name = "cc-pair")]
    CcPair(CcPairCommand),
    /// Manage document sets
    #[command(subcommand)]
    Docset(DocsetCommand),
    /// Manage API keys (admin)
    #[command(subcommand, name = "api-key")]
    ApiKey(ApiKeyCommand),
    /// Manage your personal access tokens
    #[command(subcommand)]
    Pat(PatCommand),
    /// Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)
    Apply(ApplyArgs),
    /// Log in, show who you are, log out
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Manage profiles (one per server or identity)
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Get and set this profile's defaults: agent, document sets, model, output, colour
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Check config, server, credentials, permissions, LLM and index: one line each, with the fix
    #[command(after_help = DOCTOR_HELP)]
    Doctor(DoctorArgs),
    /// Call any API endpoint with the profile's server and credentials
    Api(ApiArgs),
    /// Print shell completions, or write them all to a directory
    Completions(CompletionsArgs),
    /// Print the man page, or write one per command to a directory
    Man(ManArgs),
}

/// Who may see what a connector or pair indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Access {
    Public,
    Private,
}

// `--wait` and its bounds, shared by every command that can wait.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait until the server has finished (indexing, syncing or deleting)
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = values::duration)]
    pub wait_timeout: Duration,
    /// Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = values::poll_interval)]
    pub interval: Duration,
}

// `--yes` and `--if-exists` of every delete.
#[derive(Debug, Clone, Args)]
pub struct DeleteArgs {
    /// What to delete, by id or name
    #[arg(value_name = "ID|NAME")]
    pub key: String,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub yes: bool,
    /// Succeed when there is nothing by that id or name
    #[arg(long)]
    pub if_exists: bool,
}

// Which pairs to put in or take out of a document set.
#[derive(Debug, Clone, Args)]
pub struct PairSelection {
    /// Every pair of this connector (id or name; repeatable)
    #[arg(long = "connector", value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
    pub connectors: Vec<String>,
    /// This pair (id or name; repeatable)
    #[arg(long = "cc-pair", value_name = "ID|NAME")]
    pub cc_pairs: Vec<String>,
}

// What to search: the filters `ask` and `search` share.
// (Not a doc comment: clap would make it the about of each command the
// struct is flattened into.)
#[derive(Debug, Clone, Args)]
pub struct SearchFilters {
    /// Search only this document set (repeatable; default: the profile's, see 'onyx config')
    #[arg(long = "docset", value_name = "NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
    pub docsets: Vec<String>,
    /// Search only this source type, e.g. confluence, web, file (repeatable)
    #[arg(long = "source", value_name = "TYPE", value_parser = values::document_source, add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::sources))]
    pub sources: Vec<String>,
    /// Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE", value_parser = values::since)]
    pub since: Option<jiff::Timestamp>,
}

impl SearchFilters {
    /// The --docset names, else the profile's default sets (`onyx config set docset`).
    pub fn docsets_or<'a>(&'a self, defaults: &'a [String]) -> &'a [String] {
        if self.docsets.is_empty() {
            defaults
        } else {
            &self.docsets
        }
    }
}

/// What `onyx` alone prints: what it is and its commands, in a screenful,
/// instead of every global option (that is `onyx --help`).
pub fn overview() -> String {
    use clap::CommandFactory;
    let cli = Cli::command();
    let mut text = format!(
        "{}\n\nUsage: onyx [OPTIONS] <COMMAND>\n\nCommands:\n",
        cli.get_about().map(|a| a.to_string()).unwrap_or_default()
    );
    for sub in cli
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        text.push_str(&format!("  {:<12} {about}\n", sub.get_name()));
    }
    text.push_str("\nStart with 'onyx auth login', then 'onyx ask \"…\"'. 'onyx --help' lists the options and exit codes; 'onyx COMMAND --help' explains a command.\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    /// The tree with only the named command parses, helps and fails exactly
    /// as the whole tree does.
    #[test]
    fn the_tree_of_the_named_command_parses_as_the_whole_tree() {
        fn outcome(mut command: clap::Command, args: &[std::ffi::OsString]) -> String {
            use clap::FromArgMatches;
            match command.try_get_matches_from_mut(args) {
                Ok(matches) => match Cli::from_arg_matches(&matches) {
                    Ok(cli) => format!("{cli:?}"),
                    Err(e) => e.format(&mut command).render().to_string(),
                },
                Err(e) => format!("{:?}: {}", e.kind(), e.render()),
            }
        }
        let cases: [&[&str]; 12] = [
            &["session", "list", "--json"],
            &["session", "list", "--limit", "5", "--profile", "work", "-v"],
            &["agent", "list", "--jq", ".[].name", "-H", "X-Tenant: acme"],
            &["ask", "What is our PTO policy?", "--timeout", "2m", "--color", "never"],
            &["session", "lst"],
            &["session", "list", "--bogus"],
            &["session", "list", "--timeout", "soon"],
            &["ask", "--help"],
            &["session", "-h"],
            &["session", "--version"],
            &["session"],
            &["docset", "create", "Legal", "--json"],
        ];
        for case in cases {
            let args: Vec<std::ffi::OsString> = std::iter::once("onyx")
                .chain(case.iter().copied())
                .map(Into::into)
                .collect();
            let pruned = Cli::command_for(&args);
            assert_eq!(pruned.get_subcommands().count(), 1, "{case:?}");
            assert_eq!(outcome(pruned, &args), outcome(Cli::command(), &args), "{case:?}");
        }
        // An option first, or no command known: the whole tree.
        for case in [
            &["--json", "session", "list"][..],
            &["sesion", "list"],
            &["help", "session"],
        ] {
            let args: Vec<std::ffi::OsString> = std::iter::once("onyx")
                .chain(case.iter().copied())
                .map(Into::into)
                .collect();
            assert!(Cli::command_for(&args).get_subcommands().count() > 20, "{case:?}");
        }
    }

    /// A command's arguments are added when it is built (`defer`), after its
    /// description: a doc comment on a flattened struct would replace that.
    #[test]
    fn building_a_command_keeps_its_description() {
        type Texts = [Option<String>; 3];
        fn texts(command: &clap::Command, path: &str, into: &mut Vec<(String, Texts)>) {
            for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
                let text = |t: Option<&clap::builder::StyledStr>| t.map(|t| t.to_string());
                let path = format!("{path} {}", sub.get_name());
                into.push((
                    path.clone(),
                    [
                        text(sub.get_about()),
                        text(sub.get_long_about()),
                        text(sub.get_after_help()),
                    ],
                ));
                texts(sub, &path, into);
            }
        }
        let mut cli = Cli::command();
        let mut before = Vec::new();
        texts(&cli, "onyx", &mut before);
        cli.build();
        let mut after = Vec::new();
        texts(&cli, "onyx", &mut after);
        let after: std::collections::HashMap<_, _> = after.into_iter().collect();
        // Texts a command's own struct adds (its examples) are no change.
        let changed: Vec<_> = before
            .iter()
            .filter(|(path, texts)| {
                let now = &after[path];
                texts.iter().zip(now).any(|(was, is)| was.is_some() && was != is)
            })
            .collect();
        assert!(changed.is_empty(), "{changed:#?}");
        assert!(before.len() > 60, "{} commands before building", before.len());
    }

    /// Every command and command group shows examples, and every positional and
    /// `--name` says what it is.
    #[test]
    fn every_command_has_examples_and_described_arguments() {
        fn check(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let path = format!("{path} {}", command.get_name());
            let examples = command
                .get_after_help()
                .is_some_and(|h| h.to_string().contains("Examples:"));
            if !examples {
                missing.push(format!("{path}: no examples"));
            }
            for arg in command.get_arguments() {
                if (arg.is_positional() || arg.get_long() == Some("name")) && arg.get_help().is_none() {
                    missing.push(format!("{path} {}: no description", arg.get_id()));
                }
            }
            for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
                check(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        // Each command's arguments are added when it is built (`defer`).
        let mut cli = Cli::command();
        cli.build();
        for sub in cli.get_subcommands().filter(|s| s.get_name() != "help") {
            check(sub, "onyx", &mut missing);
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
