//! `onyx ask`: send a question, stream the answer, then show its sources.

mod json;
mod stream;

pub(crate) use stream::stream_answer;

use super::Context;
use crate::api::stream::{cited_contents, Answer, Ending, Event, StreamError};
use crate::api::types::{ChatFullResponse, SearchDoc, SendMessageRequest};
use crate::api::{chat, documents, Client};
use crate::cli::SearchFilters;
use crate::error::{Error, Result};
use crate::output::answer::{render_sources, AnswerText, PassageFrom, Source};
use crate::output::Output;
use clap::Args;
use std::io::{IsTerminal, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub const ASK_HELP: &str = "\
Examples:
  onyx ask 'what is our leave policy?'
  onyx ask --agent 'HR helper' --docset 'HR Policies' --since 2024-01-01 'who approves leave?'
  onyx ask -c 'and for contractors?'
  onyx ask --model gpt-4o --temperature 0.2 'summarise the Q3 plan'
  git diff | onyx ask 'review this change'
  onyx ask --json 'what is our leave policy?' | jq -r .answer
  onyx ask --open 1 'where is the leave policy?'

Output:
  On a terminal and in a pipe, Onyx's citation links [[1]](url) are shown as [1]
  (--raw-markers keeps the server's text); a Sources block follows with each cited
  document and the exact passage (GET /document/chunk-info, fetched in parallel).
  On a terminal the answer's Markdown is rendered as it streams (headings, bold,
  code, lists, tables), citation numbers highlighted and source titles clickable
  (OSC 8); a pipe, NO_COLOR and --raw get the text as written (on a terminal
  broken between words).
  --open N opens citation N in the browser after the answer ('onyx open N' later).
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
    #[arg(long, value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::agents))]
    pub agent: Option<String>,
    /// Continue this chat session
    #[arg(long, value_name = "ID", conflicts_with_all = ["agent", "continue_last"], add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::sessions))]
    pub session: Option<String>,
    /// Continue the last chat session of this profile
    #[arg(short = 'c', long = "continue", conflicts_with = "agent")]
    pub continue_last: bool,
    #[command(flatten)]
    pub filters: SearchFilters,
    /// Answer with this model: its name, display name or provider/model (see 'onyx model list')
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
    /// Sampling temperature of the answer, 0 to 2
    #[arg(long, value_name = "T", value_parser = crate::values::temperature)]
    pub temperature: Option<f64>,
    /// Run Onyx's deep-research loop (slower, more thorough)
    #[arg(long)]
    pub deep_research: bool,
    /// Show the model's reasoning on stderr as it arrives
    #[arg(long)]
    pub reasoning: bool,
    /// Wait for the whole answer instead of streaming it
    #[arg(long)]
    pub no_stream: bool,
    /// Do not fetch or show the cited passages: the sources are listed by title and link only
    #[arg(long)]
    pub no_passages: bool,
    /// Keep the server's [[n]](url) citation links in the text
    #[arg(long)]
    pub raw_markers: bool,
    /// Show the answer's Markdown as written, not rendered, on a terminal too
    #[arg(long)]
    pub raw: bool,
    /// Open citation N of this answer in the browser once it is printed
    #[arg(long, value_name = "N", value_parser = crate::values::whole_number::<i64>)]
    pub open: Option<i64>,
    /// Print one JSON event per line as it arrives (unknown packets passed through)
    #[arg(long, conflicts_with = "no_stream")]
    pub jsonl: bool,
}

/// Set by Ctrl-C; the stream loop checks it between lines.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether Ctrl-C was pressed since the last call, clearing it (for chat,
/// where an interrupted answer is not the end).
pub(crate) fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// From now on Ctrl-C is noted (for the stream loop) instead of ending the
/// process: chat stays alive through one pressed between answers.
pub(crate) fn note_interrupts() {
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
}

/// How many chunk-info calls run at once.
const PASSAGE_FETCHERS: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Text,
    Json,
    Jsonl,
}

pub fn run(ctx: &mut Context, args: AskArgs) -> Result<()> {
    let named = args.session.clone();
    let continued = named.is_none() && args.continue_last;
    let profile = ctx.settings.profile_name.clone();
    ask(ctx, args).map_err(|e| match named {
        Some(id) => super::session::not_found_as_such(&id, e),
        None if continued && super::session::gone_words(&e).is_some() => Error::NotFound(format!(
            "the last session of profile '{profile}' no longer exists on the server; ask without -c to start a new one"
        )),
        None => e,
    })
}

fn ask(ctx: &mut Context, args: AskArgs) -> Result<()> {
    let question = args.prompt.clone().unwrap_or_else(|| args.question.join(" "));
    let question = question.trim().to_string();
    if question.is_empty() {
        return Err(Error::Usage(
            "no question: pass it as an argument, e.g. onyx ask 'what is our leave policy?'".into(),
        ));
    }
    let additional_context = read_piped_context()?;
    let named = match &args.session {
        Some(key) => Some(crate::ops::session::resolve(&ctx.client()?, key)?),
        None => None,
    };
    let session = super::session::to_continue(ctx, named.as_deref(), args.continue_last, "ask without -c first")?;
    let client = ctx.client()?;
    let model = args.model.as_deref().or(ctx.settings.default_model.as_deref());
    let llm_override = crate::ops::model::override_for(&client, model, args.temperature)?;
    let persona_id = match (&session, &args.agent) {
        (None, Some(agent)) => crate::ops::resolve::agent(&client, agent)?.id,
        _ => ctx.settings.default_agent_id.unwrap_or(0),
    };
    let request = crate::ops::chat::message_request(crate::ops::chat::Question {
        text: question,
        session: session.clone(),
        persona_id,
        docsets: crate::ops::docset::named(&client, args.filters.docsets_or(&ctx.settings.default_docsets))?,
        sources: args.filters.sources.clone(),
        since: args.filters.since,
        stream: !args.no_stream,
        deep_research: args.deep_research,
        additional_context,
        llm_override,
    });
    let mode = if args.jsonl {
        Mode::Jsonl
    } else if ctx.out.is_json() {
        Mode::Json
    } else {
        Mode::Text
    };

    let (mut answer, passages, broken) = if args.no_stream {
        let spinner = ctx.out.spinner("Waiting for the answer…");
        let full = chat::send_message(&client, &request);
        spinner.finish_and_clear();
        let full = full?;
        let passages = tool_result_passages(&full);
        let answer = answer_of(full);
        if mode == Mode::Text {
            let mut shown = AnswerText::new(args.raw_markers, ctx.out.answer_layout(args.raw));
            let text = shown.push(&answer.text) + &shown.finish();
            if shown.is_painted() {
                ctx.out.write_painted(&text, true)?;
            } else {
                ctx.out.write_stdout(&text)?;
            }
        }
        (answer, passages, None)
    } else {
        let (answer, broken) = stream_answer(ctx, &client, &request, &args, mode, session.as_deref())?;
        (answer, Vec::new(), broken)
    };

    // The answer's last line is ended before anything else is said, on
    // stdout or stderr, so a note never lands on the answer's line.
    if mode == Mode::Text && !answer.text.is_empty() && !answer.text.ends_with('\n') {
        ctx.out.write_stdout("\n")?;
    }
    if answer.chat_session_id.is_none() {
        answer.chat_session_id = session;
    }
    // Only a session that took the question is worth naming (and continuing).
    let taken = answer
        .chat_session_id
        .clone()
        .filter(|_| answer.assistant_message_id.is_some());
    if let Some(id) = &taken {
        crate::state::remember_session(&ctx.settings.profile_name, &ctx.settings.server_url()?, id)?;
    }

    let interrupted = INTERRUPTED.load(Ordering::SeqCst);
    let fetch = !args.no_passages && !interrupted && mode != Mode::Jsonl;
    let sources = sources_of(&client, &answer, &passages, fetch, &ctx.out);
    // The session goes last, under the sources, where a follow-up starts.
    let note_session = || {
        if let Some(id) = &taken {
            ctx.out.note(&format!("session: {id}"));
        }
    };
    let cited = cited_links(&sources);
    match mode {
        Mode::Text => {
            let block = render_sources(&sources, ctx.out.width(), !args.no_passages, &ctx.out.paint());
            ctx.out.write_painted(&block, true)?;
        }
        Mode::Json => ctx
            .out
            .json(&crate::output::to_value(&json::AskJson::new(&answer, sources)))?,
        Mode::Jsonl => {}
    }
    note_session();
    if answer.assistant_message_id.is_some() {
        crate::state::remember_citations(&ctx.settings.profile_name, &ctx.settings.server_url()?, cited.clone())?;
    }
    match broken {
        Some(error) if !interrupted => Err(error),
        _ => outcome(&answer, interrupted),
    }?;
    if let Some(number) = args.open {
        let link = crate::ops::citation::open(&cited, number)?;
        ctx.out.note(&format!("Opened [{number}] {link}"));
    }
    Ok(())
}

/// What `onyx open N` and `/open N` need of the sources.
pub(crate) fn cited_links(sources: &[Source]) -> Vec<crate::state::CitedLink> {
    sources
        .iter()
        .map(|s| crate::state::CitedLink {
            number: s.number,
            title: if s.title.is_empty() {
                s.document_id.clone()
            } else {
                s.title.clone()
            },
            link: s.link.clone(),
        })
        .collect()
}

/// Extra context piped on stdin (`git diff | onyx ask …`).
fn read_piped_context() -> Result<Option<String>> {
    if std::io::stdin().is_terminal() {
        return Ok(None);
    }
    // Bounded like Onyx's own CLI: context beyond this would not fit a prompt anyway.
    const MAX_CONTEXT: u64 = 10 * 1024 * 1024;
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_CONTEXT)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("<stdin>", e))?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Some(text).filter(|t| !t.trim().is_empty()))
}

/// A non-streamed answer as if it had been streamed.
pub(crate) fn answer_of(full: ChatFullResponse) -> Answer {
    let mut answer = Answer {
        chat_session_id: full.chat_session_id,
        assistant_message_id: full.message_id,
        text: full.answer,
        reasoning: full.pre_answer_reasoning.unwrap_or_default(),
        citations: full.citation_info,
        ending: match full.error_msg {
            Some(error) => Ending::Failed(StreamError {
                error,
                error_code: None,
                is_retryable: false,
            }),
            None => Ending::Stopped { stop_reason: None },
        },
        ..Answer::default()
    };
    answer.documents.add(&full.top_documents);
    for call in &full.tool_calls {
        answer.documents.add(call.search_docs.as_deref().unwrap_or_default());
    }
    answer
}

/// What the LLM read under each citation number, from a non-streamed answer.
pub(crate) fn tool_result_passages(full: &ChatFullResponse) -> Vec<(i64, String)> {
    full.tool_calls
        .iter()
        .flat_map(|call| cited_contents(&call.tool_result))
        .collect()
}

/// The cited sources with their passages: the LLM's own text when known, else
/// the exact chunk (fetched in parallel, a few at a time), else the blurb.
pub(crate) fn sources_of(
    client: &Client,
    answer: &Answer,
    known: &[(i64, String)],
    fetch: bool,
    out: &Output,
) -> Vec<Source> {
    let mut sources: Vec<Source> = answer
        .citations
        .iter()
        .map(|c| {
            let doc: Option<&SearchDoc> = answer.document(&c.document_id);
            let from_tool = known
                .iter()
                .find(|(n, _)| *n == c.citation_number)
                .map(|(_, t)| t.clone());
            let (passage, passage_from) = match (&from_tool, doc) {
                (Some(text), _) => (Some(text.clone()), PassageFrom::ToolResult),
                (None, Some(d)) => (Some(d.blurb.clone()), PassageFrom::Blurb),
                (None, None) => (None, PassageFrom::None),
            };
            Source {
                number: c.citation_number,
                document_id: c.document_id.clone(),
                title: doc.map(|d| d.semantic_identifier.clone()).unwrap_or_default(),
                link: doc.and_then(|d| d.link.clone()),
                source_type: doc.map(|d| d.source_type.clone()).unwrap_or_default(),
                chunk_ind: doc.map(|d| d.chunk_ind),
                passage,
                passage_from,
            }
        })
        .collect();
    if !fetch {
        return sources;
    }
    let wanted: Vec<usize> = (0..sources.len())
        .filter(|&i| sources[i].passage_from == PassageFrom::Blurb)
        .collect();
    let mut failures = 0;
    for batch in wanted.chunks(PASSAGE_FETCHERS) {
        let fetched: Vec<(usize, Result<String>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&i| {
                    let id = sources[i].document_id.clone();
                    let chunk = sources[i].chunk_ind.unwrap_or(0);
                    scope.spawn(move || {
                        (
                            i,
                            documents::chunk_info(client, &id, chunk)
                                .map(|c| c.content)
                                .map_err(Error::from),
                        )
                    })
                })
                .collect();
            handles.into_iter().filter_map(|h| h.join().ok()).collect()
        });
        for (i, result) in fetched {
            match result {
                Ok(content) => {
                    sources[i].passage = Some(content);
                    sources[i].passage_from = PassageFrom::Chunk;
                }
                Err(_) => failures += 1,
            }
        }
    }
    if failures > 0 {
        out.warn(&format!(
            "{} could not be fetched (GET /document/chunk-info); showing the search excerpt instead",
            crate::output::human::plural(failures as u64, "cited passage")
        ));
    }
    sources
}

/// The exit status the answer's ending calls for.
pub(crate) fn outcome(answer: &Answer, interrupted: bool) -> Result<()> {
    if interrupted {
        return Err(Error::Interrupted);
    }
    match &answer.ending {
        Ending::Stopped { .. } => Ok(()),
        Ending::Failed(e) => Err(Error::StreamFailed {
            message: e.error.clone(),
            code: e.error_code.clone(),
        }),
        Ending::Open => Err(Error::Truncated(
            "the answer stream ended before its stop packet".into(),
        )),
    }
}
