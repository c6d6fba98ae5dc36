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
    /// List or delete documents sent through the ingestion API
    #[command(subcommand)]
    Doc(DocCommand),
    /// Upload a folder of files into a document set; re-runs send only what changed
    #[command(after_help = INGEST_HELP)]
    Ingest(IngestArgs),
}

pub const INGEST_HELP: &str = "\
Examples:
  onyx ingest ./contracts --docset Legal
  find . -name '*.pdf' -mtime -1 | onyx ingest - --docset Legal
  onyx ingest ./handbook --docset HR --prune --wait
  onyx ingest --docs articles.jsonl

Exit codes: 0 every file ingested or unchanged; 10 some files failed (listed);
2 nothing to ingest or bad arguments; 11 another run holds the lock; see 'onyx --help'.";

#[derive(Debug, Subcommand)]
pub enum DocCommand {
    /// Documents created through the ingestion API, or the documents of one cc-pair
    List {
        /// List the documents of this connector-credential pair instead
        #[arg(long, value_name = "ID")]
        cc_pair: Option<i64>,
    },
    /// Delete a document created through the ingestion API
    Delete {
        /// The document id, as 'onyx doc list' shows it
        id: String,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AccessArg {
    Public,
    Private,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Directory or file to ingest; '-' reads paths from stdin, one per line
    #[arg(value_name = "PATH", required_unless_present = "docs", conflicts_with = "docs")]
    pub path: Option<PathBuf>,
    /// Document set to put the files in (created when missing)
    #[arg(long, value_name = "NAME", required_unless_present = "docs")]
    pub docset: Option<String>,
    /// Send already-extracted documents through the ingestion API instead: one JSON object
    /// a line (id, title, link, text or sections, metadata); '-' for stdin. Same id = update
    #[arg(long, value_name = "FILE.jsonl", conflicts_with = "docset")]
    pub docs: Option<PathBuf>,
    /// With --docs: the cc-pair the documents belong to [default: the server's ingestion API pair]
    #[arg(long, value_name = "ID", requires = "docs")]
    pub cc_pair: Option<i64>,
    /// File connector to upload to (found or created by name) [default: ingest-<docset>]
    #[arg(long, value_name = "NAME")]
    pub connector: Option<String>,
    /// Who may search the files when the connector is created
    #[arg(long, value_enum, default_value = "public")]
    pub access: AccessArg,
    /// Only files whose path (relative to PATH) matches this glob, e.g. '*.pdf' (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Leave out files and directories matching this glob, e.g. 'drafts/**' (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Include hidden files and directories (names starting with '.')
    #[arg(long)]
    pub hidden: bool,
    /// Remove from the connector the files that no longer exist locally
    #[arg(long)]
    pub prune: bool,
    /// Show what would be uploaded, replaced and removed; send nothing but reads
    #[arg(long)]
    pub dry_run: bool,
    /// Most files per upload request
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub batch_size: usize,
    /// Most bytes per upload request (a larger file goes alone)
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub batch_bytes: u64,
    /// Retries of a batch on connection errors, timeouts, 429 and 502/503/504
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub upload_retries: u32,
    /// Seconds to wait for the answer to one upload request
    #[arg(long, value_name = "SECS", default_value_t = 600.0)]
    pub upload_timeout: f64,
    /// Wait until the files are indexed and the document set is in sync
    #[arg(long)]
    pub wait: bool,
    /// Seconds to wait for indexing and for a syncing document set
    #[arg(long, value_name = "SECS", default_value_t = 1800.0)]
    pub wait_timeout: f64,
    /// Seconds between status checks while waiting
    #[arg(long, value_name = "SECS", default_value_t = 5.0)]
    pub interval: f64,
    /// If another run holds this connector's lock, wait for it instead of failing
    #[arg(long)]
    pub wait_lock: bool,
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
