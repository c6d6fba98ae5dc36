//! `onyx mcp`: Onyx as a Model Context Protocol server, so that coding agents
//! (Claude Code, Cursor, Codex…) can search and ask the company's documents
//! with the profile's server and credentials.

use super::Context;
use crate::api::stream::Answer;
use crate::api::types::SearchRequest;
use crate::api::{chat, docsets, documents, personas, Client};
use crate::error::{Error, Result as CliResult};
use crate::ops::chat::{message_request, Question};
use crate::output::answer::Source;
use crate::output::citations::rewrite_markers;
use crate::output::Output;
use clap::Args;
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{Implementation, ServerCapabilities, ServerConfig};
use rmcp::{tool, tool_handler, tool_router, ServerHandler, ServiceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};

pub const MCP_HELP: &str = "\
Examples:
  claude mcp add onyx -- onyx mcp
  claude mcp add onyx -- onyx --profile work mcp
  onyx mcp --http 127.0.0.1:8765      # then: claude mcp add --transport http onyx http://127.0.0.1:8765/mcp
  onyx mcp --help

Speaks MCP over stdin/stdout (JSON-RPC, one message a line); logs go to stderr.
Tools: search, ask, list_agents, list_document_sets, get_session. A failure is
returned as a tool error with the one line the CLI would print; the server
keeps running. Configuration for Claude Code, Cursor and Codex: docs/mcp.md.";

#[derive(Debug, Args)]
#[command(after_help = MCP_HELP)]
pub struct McpArgs {
    /// Serve the streamable HTTP transport at http://ADDR/mcp instead of stdio; loopback only, e.g. 127.0.0.1:8765
    #[arg(long, value_name = "ADDR")]
    pub http: Option<std::net::SocketAddr>,
}

/// What every tool shares: the run's settings (for a client built on first
/// use, so a server that is down at start is tried again later) and the client.
#[derive(Clone)]
pub struct OnyxTools {
    ctx: Arc<Mutex<Context>>,
    client: Arc<Mutex<Option<Arc<Client>>>>,
    default_agent: i64,
    default_model: Option<String>,
    tool_router: ToolRouter<Self>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct SearchParams {
    /// What to look for, in words (Onyx runs a hybrid keyword and semantic search)
    pub query: String,
    /// Search only these document sets, by name (see list_document_sets)
    #[serde(default)]
    pub document_sets: Vec<String>,
    /// Search only these source types, e.g. "confluence", "web", "file", "google_drive"
    #[serde(default)]
    pub sources: Vec<String>,
    /// Only documents updated on or after this date: YYYY-MM-DD or an RFC 3339 timestamp
    #[serde(default)]
    pub since: Option<String>,
    /// Return at most this many documents (default 10)
    #[serde(default)]
    #[schemars(range(min = 1, max = 100))]
    pub limit: Option<usize>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct AskParams {
    /// The question, as a person would ask it
    pub question: String,
    /// The agent (persona) to ask, by id or name, for a new session (see list_agents); default: the profile's
    #[serde(default)]
    pub agent: Option<String>,
    /// Search only these document sets, by name
    #[serde(default)]
    pub document_sets: Vec<String>,
    /// Continue this chat session (the session_id of an earlier answer) for a follow-up
    #[serde(default)]
    pub session_id: Option<String>,
    /// Answer with this model: its name, display name or provider/model; default: the profile's, else the server's
    #[serde(default)]
    pub model: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct GetSessionParams {
    /// The chat session's id, as ask returns it
    pub session_id: String,
}

#[derive(Serialize)]
struct FoundDocument {
    title: String,
    link: Option<String>,
    source: String,
    passage: String,
}

#[derive(Serialize)]
struct AskAnswer {
    /// Citations shown as [n], each n one of `citations`.
    answer: String,
    citations: Vec<Source>,
    session_id: Option<String>,
}

#[derive(Serialize)]
struct Named {
    id: i64,
    name: String,
    description: Option<String>,
}

#[derive(Serialize)]
struct SessionMessage {
    message_id: i64,
    role: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    citations: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct SessionTranscript {
    session_id: String,
    name: Option<String>,
    agent: Option<String>,
    messages: Vec<SessionMessage>,
}

/// A tool's result: its JSON as text, or the line the CLI prints as a tool error.
type ToolResult = std::result::Result<String, String>;

#[tool_router]
impl OnyxTools {
    fn new(ctx: Context) -> Self {
        OnyxTools {
            default_agent: ctx.settings.default_agent_id.unwrap_or(0),
            default_model: ctx.settings.default_model.clone(),
            ctx: Arc::new(Mutex::new(ctx)),
            client: Arc::new(Mutex::new(None)),
            tool_router: Self::tool_router(),
        }
    }

    #[tool(
        description = "Search the company's indexed documents (Onyx) without generating an answer. Returns {documents: [{title, link, source, passage}]}, best first; passage is the matching text. Use it to find documents or quote them; use ask for an answer with citations."
    )]
    async fn search(&self, Parameters(params): Parameters<SearchParams>) -> ToolResult {
        self.blocking(move |client, _| {
            let query = params.query.trim().to_string();
            if query.is_empty() {
                return Err(Error::Usage("the search query is empty".into()));
            }
            let since = since(params.since.as_deref())?;
            let sources = crate::values::document_sources(&params.sources).map_err(Error::Usage)?;
            let request = SearchRequest {
                query,
                sources: Some(sources).filter(|s| !s.is_empty()),
                document_sets: Some(crate::ops::docset::named(client, &params.document_sets)?)
                    .filter(|s| !s.is_empty()),
                time_cutoff: since.map(|t| t.to_string()),
                persona_id: None,
            };
            let response = documents::search(client, &request)?;
            let documents: Vec<FoundDocument> = response
                .results
                .into_iter()
                .take(params.limit.unwrap_or(10).max(1))
                .map(|r| FoundDocument {
                    title: r.title,
                    link: r.link,
                    source: r.source_type,
                    passage: r.content,
                })
                .collect();
            Ok(serde_json::json!({ "documents": documents }))
        })
        .await
    }

    #[tool(
        description = "Ask Onyx a question about the company's documents: it searches them and writes an answer with citations. Returns {answer, citations: [{number, title, link, source_type, passage}], session_id}; answer marks citations as [n]. Pass session_id back for a follow-up in the same conversation."
    )]
    async fn ask(&self, Parameters(params): Parameters<AskParams>) -> ToolResult {
        let default_agent = self.default_agent;
        let default_model = self.default_model.clone();
        self.blocking(move |client, out| {
            let text = params.question.trim().to_string();
            if text.is_empty() {
                return Err(Error::Usage("no question: pass it in 'question'".into()));
            }
            let session = params.session_id.filter(|s| !s.trim().is_empty());
            let persona_id = match (&session, &params.agent) {
                (Some(_), Some(_)) => {
                    return Err(Error::Usage(
                        "an agent applies to a new session only; leave out agent to continue session_id".into(),
                    ))
                }
                (None, Some(agent)) => crate::ops::resolve::agent(client, agent)?.id,
                _ => default_agent,
            };
            let model = params.model.as_deref().or(default_model.as_deref());
            let llm_override = crate::ops::model::override_for(client, model, None)?;
            let request = message_request(Question {
                text,
                session: session.clone(),
                persona_id,
                docsets: crate::ops::docset::named(client, &params.document_sets)?,
                stream: true,
                llm_override,
                ..Question::default()
            });
            let answer = collect_answer(client, &request).map_err(|e| match &session {
                Some(id) => super::session::not_found_as_such(id, e),
                None => e,
            })?;
            super::ask::outcome(&answer, false)?;
            let citations = super::ask::sources_of(client, &answer, &[], true, out);
            Ok(serde_json::to_value(AskAnswer {
                answer: rewrite_markers(&answer.text),
                citations,
                session_id: answer.chat_session_id.clone().or(session),
            })
            .expect("answers serialize"))
        })
        .await
    }

    #[tool(
        description = "List the Onyx agents (personas) you can ask. Returns [{id, name, description}]; pass a name or id as ask's agent."
    )]
    async fn list_agents(&self) -> ToolResult {
        self.blocking(|client, _| {
            let agents: Vec<Named> = personas::list(client)?
                .into_iter()
                .filter(|p| p.is_listed)
                .map(|p| Named {
                    id: p.id,
                    name: p.name,
                    description: Some(p.description).filter(|d| !d.is_empty()),
                })
                .collect();
            Ok(serde_json::to_value(agents).expect("agents serialize"))
        })
        .await
    }

    #[tool(
        description = "List the Onyx document sets (named groups of sources). Returns [{id, name, description}]; pass names as search's or ask's document_sets to narrow them."
    )]
    async fn list_document_sets(&self) -> ToolResult {
        self.blocking(|client, _| {
            let sets: Vec<Named> = docsets::list(client)?
                .into_iter()
                .map(|d| Named {
                    id: d.id,
                    name: d.name,
                    description: d.description.filter(|d| !d.is_empty()),
                })
                .collect();
            Ok(serde_json::to_value(sets).expect("document sets serialize"))
        })
        .await
    }

    #[tool(
        description = "Read an Onyx chat session: its name, agent and messages in order. Returns {session_id, name, agent, messages: [{message_id, role, message, citations?, error?}]}; role is user, assistant or system; citations maps [n] to document ids."
    )]
    async fn get_session(&self, Parameters(params): Parameters<GetSessionParams>) -> ToolResult {
        self.blocking(move |client, _| {
            let id = params.session_id.trim().to_string();
            let detail =
                chat::get_session(client, &id).map_err(|e| super::session::not_found_as_such(&id, e.into()))?;
            let transcript = SessionTranscript {
                session_id: detail.chat_session_id,
                name: detail.description,
                agent: detail.persona_name,
                messages: detail
                    .messages
                    .into_iter()
                    .map(|m| SessionMessage {
                        message_id: m.message_id,
                        role: m.message_type,
                        message: m.message,
                        citations: m.citations.filter(|c| !c.is_empty()),
                        error: m.error,
                    })
                    .collect(),
            };
            Ok(serde_json::to_value(transcript).expect("sessions serialize"))
        })
        .await
    }
}

impl OnyxTools {
    /// Runs `work` off the async runtime (the client is blocking) and turns
    /// its failure into the CLI's one line: a tool error, never a crash.
    async fn blocking(
        &self,
        work: impl FnOnce(&Client, &Output) -> CliResult<serde_json::Value> + Send + 'static,
    ) -> ToolResult {
        let tools = self.clone();
        let joined = tokio::task::spawn_blocking(move || {
            let done = tools.client().and_then(|client| {
                let out = Output::new(false, None, crate::cli::ColorChoice::Never);
                work(&client, &out)
            });
            // A refusal is explained as the CLI explains it (which permission, on a groups server).
            done.map_err(|error| {
                super::explain_refusal(&mut tools.ctx.lock().unwrap_or_else(|p| p.into_inner()), error)
            })
        })
        .await;
        match joined {
            Ok(Ok(value)) => Ok(serde_json::to_string_pretty(&value).expect("JSON values serialize")),
            Ok(Err(error)) => Err(format!("error: {error}")),
            Err(panic) => Err(format!("error: the tool failed inside onyx: {panic}")),
        }
    }

    /// The client, made on first use (and again after a failure to make it).
    fn client(&self) -> CliResult<Arc<Client>> {
        let mut cached = self.client.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(client) = cached.as_ref() {
            return Ok(client.clone());
        }
        let client = Arc::new(self.ctx.lock().unwrap_or_else(|p| p.into_inner()).client()?);
        *cached = Some(client.clone());
        Ok(client)
    }
}

#[tool_handler(router = self.tool_router)]
impl ServerHandler for OnyxTools {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("onyx", env!("CARGO_PKG_VERSION")))
            .with_instructions(
                "Onyx is the company's enterprise search: its indexed documents (wikis, drives, tickets, chats…). \
                 Use search to find documents and passages, ask for an answer with citations (pass session_id back \
                 for a follow-up), list_agents and list_document_sets to narrow a question, get_session to read a \
                 conversation.",
            )
    }
}

/// A `since` given to a tool, parsed as the CLI's `--since` is.
fn since(text: Option<&str>) -> CliResult<Option<jiff::Timestamp>> {
    text.filter(|t| !t.trim().is_empty())
        .map(|t| crate::values::since(t).map_err(|e| Error::Usage(format!("since '{t}': {e}"))))
        .transpose()
}

/// The whole answer of a streamed turn (streamed, so heartbeats keep a long
/// answer alive through the read timeout).
fn collect_answer(client: &Client, request: &crate::api::types::SendMessageRequest) -> CliResult<Answer> {
    let mut stream = chat::send_message_stream(client, request)?;
    let mut answer = Answer::default();
    while let Some(event) = stream.next_event()? {
        answer.apply(&event);
    }
    Ok(answer)
}

pub fn run(ctx: Context, args: McpArgs) -> CliResult<()> {
    if let Some(addr) = args.http {
        if !addr.ip().is_loopback() {
            return Err(Error::Usage(format!(
                "onyx mcp --http serves loopback only (127.0.0.1 or [::1], not {}): whoever reaches the port acts with this profile's credentials",
                addr.ip()
            )));
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io("<async runtime>", e))?;
    let tools = OnyxTools::new(ctx);
    // The client owns a runtime of its own, which may not be dropped inside
    // this one: the last reference is held here and let go after it.
    let _client_outlives_the_runtime = Arc::clone(&tools.client);
    if let Some(addr) = args.http {
        return runtime.block_on(serve_http(tools, addr));
    }
    runtime.block_on(async move {
        let service = tools
            .serve(rmcp::transport::stdio())
            .await
            .map_err(|e| Error::Remote(format!("the MCP client did not start a session: {e}")))?;
        service
            .waiting()
            .await
            .map_err(|e| Error::Remote(format!("the MCP server stopped: {e}")))?;
        Ok(())
    })
}

/// The streamable HTTP transport at `http://addr/mcp`, one connection a task,
/// until the process is stopped. rmcp checks the Host header against loopback
/// names (DNS rebinding); each MCP session gets its own handler over the one client.
async fn serve_http(tools: OnyxTools, addr: std::net::SocketAddr) -> CliResult<()> {
    use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
    use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
    let service = StreamableHttpService::new(
        move || Ok(tools.clone()),
        Arc::new(LocalSessionManager::default()),
        StreamableHttpServerConfig::default(),
    );
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::io(format!("<listen {addr}>"), e))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::io(format!("<listen {addr}>"), e))?;
    eprintln!("MCP over streamable HTTP at http://{bound}/mcp (Ctrl-C to stop)");
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                eprintln!("warning: a connection could not be accepted: {e}");
                continue;
            }
        };
        let service = service.clone();
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let hyper_service = hyper_util::service::TowerToHyperService::new(service);
            // A client that goes away mid-request is its own business, not the server's.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, hyper_service)
                .await;
        });
    }
}
