//! The command-line grammar: global flags and the command tree. No logic.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// What `onyx --help` ends with: the exit codes (from their one definition) and the environment.
pub static EXIT_CODES_HELP: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{}
Environment:
  ONYX_SERVER_URL, ONYX_API_KEY (or ONYX_PAT), ONYX_API_PREFIX, ONYX_PROFILE,
  ONYX_SESSION_COOKIE, ONYX_PROXY_AUTH, ONYX_CONFIG_DIR, ONYX_DEBUG, NO_COLOR",
        crate::error::ExitCode::help_table()
    )
});

#[derive(Debug, Parser)]
#[command(
    name = "onyx",
    version = crate::VERSION_LINE,
    about = "A fast, scriptable client for the Onyx API: ask with citations, ingest documents, manage connectors",
    after_help = EXIT_CODES_HELP.as_str(),
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
#[command(next_help_heading = "Global options")]
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
    /// Ask a question: the answer streams to stdout, then its sources with the cited passages
    #[command(after_help = ASK_HELP)]
    Ask(AskArgs),
    /// Search the indexed documents without generating an answer
    Search(SearchArgs),
    /// List, show, rename and delete chat sessions
    #[command(subcommand)]
    Session(SessionCommand),
    /// List and show agents (personas)
    #[command(subcommand)]
    Agent(AgentCommand),
    /// Upload a folder of files into a document set; re-runs send only what changed
    #[command(after_help = INGEST_HELP)]
    Ingest(IngestArgs),
    /// List or delete documents sent through the ingestion API
    #[command(subcommand)]
    Doc(DocCommand),
    /// Manage connectors: create, index, pause, watch and delete them
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
    /// Call any API endpoint with the profile's server and credentials
    Api(ApiArgs),
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
  On a terminal, answer lines break between words as the text streams.
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

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    /// Say what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete resources named with the manifest's "prefix" that it no longer lists
    #[arg(long)]
    pub prune: bool,
    /// Do not ask before --prune deletes (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// --wait: wait for the document sets to sync (a changed set first waits for a running sync anyway)
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// Who may see what a connector or pair indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Access {
    Public,
    Private,
}

/// `--wait` and its bounds, shared by every command that can wait.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait until the server has finished (indexing, syncing or deleting)
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this many seconds (exit 7)
    #[arg(long, value_name = "SECS", default_value_t = 600.0)]
    pub wait_timeout: f64,
    /// Seconds between two polls while waiting
    #[arg(long, value_name = "SECS", default_value_t = 5.0)]
    pub interval: f64,
}

/// `--yes` and `--if-exists` of every delete.
#[derive(Debug, Clone, Args)]
pub struct DeleteArgs {
    /// Id or name
    pub key: String,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub yes: bool,
    /// Succeed when there is nothing by that id or name
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConnectorCommand {
    /// List connectors
    List,
    /// Show one connector and its pairs
    Show { key: String },
    /// Create a connector (it indexes nothing until paired with a credential)
    Create(ConnectorCreateArgs),
    /// Change a connector (the fields not given are kept)
    Update(ConnectorUpdateArgs),
    /// Delete a connector with its pairs and their documents
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Pause indexing of every pair of the connector
    Pause { key: String },
    /// Resume indexing of every pair of the connector
    Resume { key: String },
    /// Index now
    Run {
        key: String,
        /// Re-index everything instead of only what changed
        #[arg(long)]
        from_beginning: bool,
    },
    /// Indexing status of the connector's pairs: last run, documents, errors
    Status {
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// List the files of a file connector
    Files { key: String },
}

#[derive(Debug, Args)]
pub struct ConnectorConfigArgs {
    /// A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)
    #[arg(long = "config", value_name = "KEY=VALUE")]
    pub config: Vec<String>,
    /// connector_specific_config from a JSON file ('-' for stdin); --config fields are applied on top
    #[arg(long, value_name = "FILE")]
    pub config_file: Option<PathBuf>,
    /// Seconds between re-indexing runs
    #[arg(long, value_name = "SECS")]
    pub refresh_freq: Option<i64>,
    /// Seconds between pruning runs
    #[arg(long, value_name = "SECS")]
    pub prune_freq: Option<i64>,
    /// Who may see the documents
    #[arg(long, value_enum)]
    pub access: Option<Access>,
}

#[derive(Debug, Args)]
pub struct ConnectorCreateArgs {
    /// Document source: file, web, confluence, …
    #[arg(long)]
    pub source: String,
    #[arg(long)]
    pub name: String,
    /// How the connector reads its source (load_state, poll, event, slim_retrieval)
    #[arg(long, default_value = "load_state")]
    pub input_type: String,
    #[command(flatten)]
    pub settings: ConnectorConfigArgs,
    /// File connector: upload this file and index it (repeatable); sets file_locations and file_names
    #[arg(long = "upload", value_name = "FILE")]
    pub uploads: Vec<PathBuf>,
    /// Print the existing connector and succeed when one has this name
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct ConnectorUpdateArgs {
    pub key: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub settings: ConnectorConfigArgs,
}

#[derive(Debug, Subcommand)]
pub enum CredentialCommand {
    /// List your credentials (the built-in credential 0 is hidden)
    List,
    /// Show one credential, secret values masked
    Show { key: String },
    /// Create a credential; its secret JSON is read from --file PATH or stdin (--file -)
    Create(CredentialCreateArgs),
    /// Delete a credential
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        /// Also detach it from the connectors that use it
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct CredentialCreateArgs {
    /// Document source the credential is for: file, confluence, …
    #[arg(long)]
    pub source: String,
    #[arg(long)]
    pub name: String,
    /// JSON file with the credential_json object ('-' for stdin); omitted means {} (file connectors)
    #[arg(long, value_name = "PATH")]
    pub file: Option<String>,
    /// Only for me, not every admin
    #[arg(long)]
    pub private: bool,
    /// Print the existing credential and succeed when one has this name
    #[arg(long)]
    pub if_not_exists: bool,
    /// Refused: secrets on the command line end up in shell history and `ps`
    #[arg(long, value_name = "JSON", hide = true)]
    pub credential_json: Option<String>,
    /// Refused: secrets on the command line end up in shell history and `ps`
    #[arg(long, value_name = "VALUE", hide = true)]
    pub secret: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CcPairCommand {
    /// List connector-credential pairs
    List,
    /// Show one pair: status, documents, last run
    Show { key: String },
    /// Pair a connector with a credential; indexing starts at once
    Create(CcPairCreateArgs),
    /// Delete a pair and its documents
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Args)]
pub struct CcPairCreateArgs {
    /// Connector id or name
    #[arg(long)]
    pub connector: String,
    /// Credential id or name
    #[arg(long)]
    pub credential: String,
    /// Name of the pair (unique); defaults to the connector's name
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, value_enum, default_value = "public")]
    pub access: Access,
    /// User-group id (repeatable; effective in Enterprise Edition)
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<i64>,
    /// Print the existing pair and succeed when it exists
    #[arg(long)]
    pub if_not_exists: bool,
}

/// Which pairs to put in or take out of a document set.
#[derive(Debug, Clone, Args)]
pub struct PairSelection {
    /// Every pair of this connector (id or name; repeatable)
    #[arg(long = "connector", value_name = "NAME|ID")]
    pub connectors: Vec<String>,
    /// This pair (id or name; repeatable)
    #[arg(long = "cc-pair", value_name = "NAME|ID")]
    pub cc_pairs: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum DocsetCommand {
    /// List document sets
    List,
    /// Show a document set, its pairs and whether it is synced
    Show {
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Create a document set
    Create {
        /// Name of the set (unique)
        #[arg(long)]
        name: String,
        /// What the set holds, for people choosing it
        #[arg(long, default_value = "")]
        description: String,
        #[command(flatten)]
        pairs: PairSelection,
        /// Visible only to the given groups (Enterprise Edition)
        #[arg(long)]
        private: bool,
        /// Print the existing set and succeed when one has this name
        #[arg(long)]
        if_not_exists: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Rename or describe a document set (waits for a running sync first)
    Update {
        key: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New description
        #[arg(long)]
        description: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Add pairs to a document set (waits for a running sync first)
    Add {
        key: String,
        #[command(flatten)]
        pairs: PairSelection,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove pairs from a document set (waits for a running sync first)
    Remove {
        key: String,
        #[command(flatten)]
        pairs: PairSelection,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete a document set (waits for a running sync first)
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    Basic,
    Admin,
    Limited,
    Curator,
    GlobalCurator,
}

impl Role {
    pub fn as_api(self) -> &'static str {
        match self {
            Role::Basic => "basic",
            Role::Admin => "admin",
            Role::Limited => "limited",
            Role::Curator => "curator",
            Role::GlobalCurator => "global_curator",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// List API keys (their secrets are never shown again)
    List,
    /// Create an API key and print its secret once
    Create {
        #[arg(long)]
        name: String,
        #[arg(long, value_enum, default_value = "basic")]
        role: Role,
        /// Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)
        #[arg(short, long)]
        quiet: bool,
        /// Succeed when a key has this name (its secret is not shown again)
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Rename a key or change its role (the field not given is kept)
    Update {
        key: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_enum)]
        role: Option<Role>,
    },
    /// Issue a new secret for a key; the old one stops working
    Regenerate {
        key: String,
        #[arg(short, long)]
        yes: bool,
        /// Print only the secret, alone on its line
        #[arg(short, long)]
        quiet: bool,
    },
    /// Delete an API key
    Delete(DeleteArgs),
}

#[derive(Debug, Subcommand)]
pub enum PatCommand {
    /// List your tokens (their secrets are never shown again)
    List,
    /// Create a token and print its secret once
    Create {
        #[arg(long)]
        name: String,
        /// Days until it expires (never, when omitted)
        #[arg(long, value_name = "DAYS")]
        expires_days: Option<i64>,
        /// Limit the token to a scope: read:search, read:chat, write:chat (repeatable)
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Print only the secret, alone on its line
        #[arg(short, long)]
        quiet: bool,
        /// Succeed when a token has this name (its secret is not shown again)
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Delete a token
    Delete(DeleteArgs),
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
    pub access: Access,
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
    /// --wait: until the files are indexed and the document set is in sync
    #[command(flatten)]
    pub wait: WaitArgs,
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
