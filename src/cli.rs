//! The command-line grammar: global flags and the command tree. No logic.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success
  1    general error
  2    bad usage, or the server rejected the request as invalid (400/422)
  3    not configured (no server or credentials; bad config file)
  4    authentication or permission failed (401/403; Onyx answers a bad key with 403)
  5    server unreachable (connection refused, DNS, TLS)
  6    rate limited (429)
  7    timed out (connect or read; 408/504)
  8    server error (5xx)
  9    not found, or endpoint not available on this server (404/405/501)
  10   partial failure: some items of a batch failed (summary printed)
  11   conflict: already exists, or a name matches several resources (409)
  12   answer stream cut before its end (the partial answer was printed)
  130  interrupted (Ctrl-C)

Environment:
  ONYX_SERVER_URL, ONYX_API_KEY (or ONYX_PAT), ONYX_API_PREFIX, ONYX_PROFILE,
  ONYX_SESSION_COOKIE, ONYX_PROXY_AUTH, ONYX_CONFIG_DIR, ONYX_DEBUG, NO_COLOR";

#[derive(Debug, Parser)]
#[command(
    name = "onyx",
    version = crate::VERSION_LINE,
    about = "A fast, scriptable client for the Onyx API: ask with citations, ingest documents, manage connectors",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Profile to use (several servers or identities); see 'onyx profile list'
    #[arg(long, global = true, env = "ONYX_PROFILE", value_name = "NAME")]
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

    /// Seconds to wait for the server to connect, answer, or send more of a stream
    #[arg(long, global = true, value_name = "SECS")]
    pub timeout: Option<u64>,

    /// Seconds to wait for the TCP/TLS connection
    #[arg(long, global = true, value_name = "SECS")]
    pub connect_timeout: Option<u64>,

    /// Retries of idempotent requests on 429/502/503/504 and connection failures
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<u32>,

    /// Log each request with its status and timing to stderr (secrets masked)
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProxyHeaderArg {
    ProxyAuthorization,
    Authorization,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in, show who you are, log out
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Manage profiles (one per server or identity)
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Call any API endpoint with the profile's server and credentials
    Api(ApiArgs),
    /// Print shell completions, or write them all to a directory
    Completions(CompletionsArgs),
    /// Print the man page, or write one per command to a directory
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to print completions for
    #[arg(value_enum, required_unless_present = "dir")]
    pub shell: Option<clap_complete::Shell>,
    /// Write completions for every shell into this directory
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write onyx.1 and one page per subcommand into this directory
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store credentials for a server in the current profile
    Login(LoginArgs),
    /// Show the server, API base, identity and server version
    Status,
    /// Remove the stored credentials of the current profile
    Logout,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the API key or personal access token: '-' for stdin; prompted (hidden) when omitted on a terminal
    #[arg(long, value_name = "-")]
    pub api_key: Option<String>,
    /// Sign in with e-mail and password instead (password read from a hidden prompt or stdin)
    #[arg(long, value_name = "EMAIL", conflicts_with = "api_key")]
    pub email: Option<String>,
    /// Store the credentials without checking them against the server
    #[arg(long)]
    pub no_verify: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List profiles
    List,
    /// Make a profile the default
    Use { name: String },
    /// Delete a profile and its stored credentials
    Delete { name: String },
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT, PATCH, DELETE
    pub method: String,
    /// Path under the API base, e.g. /persona or /manage/document-set
    pub path: String,
    /// A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)
    #[arg(short = 'F', long = "raw-field", value_name = "KEY=JSON")]
    pub raw_fields: Vec<String>,
    /// Read the request body from a file ('-' for stdin)
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
}
