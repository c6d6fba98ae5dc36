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
    /// Ask a question: the answer streams to stdout, then its sources with the cited passages
    #[command(after_help = ASK_HELP)]
    Ask(AskArgs),
    /// List, show, rename and delete chat sessions
    #[command(subcommand)]
    Session(SessionCommand),
    /// List and show agents (personas)
    #[command(subcommand)]
    Agent(AgentCommand),
    /// Search the indexed documents without generating an answer
    Search(SearchArgs),
    /// Print shell completions, or write them all to a directory
    Completions(CompletionsArgs),
    /// Print the man page, or write one per command to a directory
    Man(ManArgs),
}

pub const ASK_HELP: &str = "\
Output:
  On a terminal and in a pipe, Onyx's citation links [[1]](url) are shown as [1]
  (--raw-markers keeps the server's text); a Sources block follows with each cited
  document and the exact passage (GET /document/chunk-info, fetched in parallel).
  --json prints one object at the end (answer keeps the server's markers; see
  docs/json-output.md); --jsonl prints one event per line as it arrives.
  Piped stdin is sent as extra context for the question, e.g.
    git diff | onyx ask 'review this change'
  'session: <id>' is printed on stderr after each answer; -c continues it.

Exit codes: 1 the server reported an error in the stream, 12 the stream was cut
before its end (the partial answer was printed), 130 interrupted (the generation is stopped).";

#[derive(Debug, Args)]
pub struct AskArgs {
    /// The question (several words are joined with spaces)
    pub question: Vec<String>,
    /// The question, as an option (instead of the positional words)
    #[arg(long, value_name = "TEXT", conflicts_with = "question")]
    pub prompt: Option<String>,
    /// Agent (persona) to ask, by id or name (default: the profile's default agent, else 0)
    #[arg(long, value_name = "ID|NAME")]
    pub agent: Option<String>,
    /// Continue this chat session
    #[arg(long, value_name = "ID", conflicts_with_all = ["agent", "continue_last"])]
    pub session: Option<String>,
    /// Continue the last chat session of this profile
    #[arg(short = 'c', long = "continue", conflicts_with = "agent")]
    pub continue_last: bool,
    /// Search only this document set (repeatable)
    #[arg(long = "docset", value_name = "NAME")]
    pub docsets: Vec<String>,
    /// Search only this source type, e.g. confluence, web, file (repeatable)
    #[arg(long = "source", value_name = "TYPE")]
    pub sources: Vec<String>,
    /// Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Run Onyx's deep-research loop (slower, more thorough)
    #[arg(long)]
    pub deep_research: bool,
    /// Show the model's reasoning on stderr as it arrives
    #[arg(long)]
    pub reasoning: bool,
    /// Wait for the whole answer instead of streaming it
    #[arg(long)]
    pub no_stream: bool,
    /// Do not fetch the exact cited passages (the search blurb is shown instead)
    #[arg(long)]
    pub no_passages: bool,
    /// Keep the server's [[n]](url) citation links in the text
    #[arg(long)]
    pub raw_markers: bool,
    /// Print one JSON event per line as it arrives (unknown packets passed through)
    #[arg(long, conflicts_with = "no_stream")]
    pub jsonl: bool,
}

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List your chat sessions, newest first
    List {
        /// How many sessions to list at most
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
    },
    /// Show a session's conversation with its citations
    Show { id: String },
    /// Delete chat sessions
    Delete {
        /// Session ids
        #[arg(required_unless_present = "all")]
        ids: Vec<String>,
        /// Delete all of your chat sessions
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
    },
    /// Rename a session
    Rename { id: String, name: String },
}

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// List the agents you can ask (only listed ones)
    List,
    /// Show one agent, by id or name
    Show {
        #[arg(value_name = "ID|NAME")]
        agent: String,
    },
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (several words are joined with spaces)
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Search only this document set (repeatable)
    #[arg(long = "docset", value_name = "NAME")]
    pub docsets: Vec<String>,
    /// Search only this source type (repeatable)
    #[arg(long = "source", value_name = "TYPE")]
    pub sources: Vec<String>,
    /// Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Show at most N results
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
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
