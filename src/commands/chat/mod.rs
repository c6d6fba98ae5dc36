//! `onyx chat`: a conversation in the terminal. Each question streams its
//! answer as `ask` does, with the same Sources block; slash commands change
//! the agent, the model and the filters between questions.

mod editor;
mod slash;

use super::ask::{self, AskArgs, Mode};
use super::Context;
use crate::api::{chat, Client};
use crate::cli::SearchFilters;
use crate::error::{Error, Result};
use crate::ops::chat::{message_request, Question};
use crate::ops::model::Model;
use crate::output::answer::{render_sources, Source};
use crate::output::citations::rewrite_markers;
use clap::Args;
use rustyline::error::ReadlineError;
use slash::Slash;
use std::io::IsTerminal;

pub const CHAT_HELP: &str = "\
Examples:
  onyx chat
  onyx chat --agent 'HR Helper' --docset 'HR Policies'
  onyx chat -c
  onyx chat --session 3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01 --model gpt-4o

In the chat, type a question and press Enter (a trailing \\ or Alt-Enter goes on
to another line). Ctrl-C stops an answer being written, Ctrl-D leaves. Commands:
/new /sessions /agent NAME /model NAME /docset NAME… /source TYPE… /sources
/open N /copy /help /exit. History is kept per profile in the state directory.
For scripts and pipes use 'onyx ask'.";

#[derive(Debug, Args)]
pub struct ChatArgs {
    /// Resume this chat session
    #[arg(long, value_name = "ID", conflicts_with_all = ["agent", "continue_last"])]
    pub session: Option<String>,
    /// Resume the last chat session of this profile
    #[arg(short = 'c', long = "continue", conflicts_with = "agent")]
    pub continue_last: bool,
    /// Agent (persona) to ask, by id or name (default: the profile's default agent, else 0)
    #[arg(long, value_name = "ID|NAME")]
    pub agent: Option<String>,
    /// Answer with this model: its name, display name or provider/model (see 'onyx model list')
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
    /// Sampling temperature of the answers, 0 to 2
    #[arg(long, value_name = "T", value_parser = crate::values::temperature)]
    pub temperature: Option<f64>,
    #[command(flatten)]
    pub filters: SearchFilters,
    /// Show answers' Markdown as written, not rendered
    #[arg(long)]
    pub raw: bool,
}

/// What the conversation is now: the session, who answers, and what is searched.
struct Conversation {
    client: Client,
    session: Option<String>,
    persona_id: i64,
    agent: String,
    model: Option<Model>,
    temperature: Option<f64>,
    docsets: Vec<String>,
    sources: Vec<String>,
    since: Option<jiff::Timestamp>,
    last: Option<LastAnswer>,
    raw: bool,
}

struct LastAnswer {
    text: String,
    sources: Vec<Source>,
}

pub fn run(ctx: &mut Context, args: ChatArgs) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "onyx chat needs a terminal on stdin; from a script or a pipe use 'onyx ask QUESTION' (piped input becomes its context)"
                .into(),
        ));
    }
    let mut conversation = start(ctx, &args)?;
    ask::note_interrupts();
    let history = history_path(&ctx.settings.profile_name);
    let mut editor = editor::editor(&history).map_err(|e| Error::io("<terminal>", std::io::Error::other(e)))?;
    ctx.out.note(&format!(
        "onyx chat · agent: {} · model: {}{} · /help for commands, Ctrl-D to leave",
        conversation.agent,
        conversation.model_name(),
        conversation
            .session
            .as_deref()
            .map(|id| format!(" · session: {id}"))
            .unwrap_or_default()
    ));
    loop {
        let line = match editor.readline("> ") {
            Ok(line) => line,
            // Ctrl-C at the prompt clears the line, as in a shell.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(Error::io("<terminal>", std::io::Error::other(e))),
        };
        let text = editor::joined(&line);
        if text.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(text.as_str());
        if let Some(parent) = history.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = editor.save_history(&history);
        match slash::parse(&text) {
            None => conversation.ask(ctx, text),
            Some(Slash::Exit) => break,
            Some(Slash::Sessions) => conversation.pick_session(ctx, &mut editor),
            Some(command) => conversation.obey(ctx, command),
        }
    }
    Ok(())
}

/// The conversation the flags ask for, checked before the first prompt: an
/// unknown agent, model or session is an error now, not after a question.
fn start(ctx: &mut Context, args: &ChatArgs) -> Result<Conversation> {
    let named = match &args.session {
        Some(key) => Some(crate::ops::session::resolve(&ctx.client()?, key)?),
        None => None,
    };
    let session = super::session::to_continue(ctx, named.as_deref(), args.continue_last, "run 'onyx chat' without -c")?;
    let client = ctx.client()?;
    let model_key = args.model.as_deref().or(ctx.settings.default_model.as_deref());
    let model = model_key
        .map(|key| crate::ops::model::resolve(&client, key))
        .transpose()?;
    let (persona_id, agent) = match (&session, &args.agent) {
        (Some(id), _) => {
            let detail = chat::get_session(&client, id).map_err(|e| super::session::not_found_as_such(id, e.into()))?;
            let agent = detail.persona_name.unwrap_or_else(|| "the session's agent".into());
            (detail.persona_id.unwrap_or(0), agent)
        }
        (None, Some(key)) => {
            let persona = crate::ops::resolve::agent(&client, key)?;
            (persona.id, persona.name)
        }
        (None, None) => {
            let id = ctx.settings.default_agent_id.unwrap_or(0);
            (id, format!("default ({id})"))
        }
    };
    let docsets = crate::ops::docset::named(&client, &args.filters.docsets)?;
    Ok(Conversation {
        docsets,
        client,
        session,
        persona_id,
        agent,
        model,
        temperature: args.temperature,
        sources: args.filters.sources.clone(),
        since: args.filters.since,
        last: None,
        raw: args.raw,
    })
}

/// The profile's history file, in the state directory (not the config: it is not settings).
fn history_path(profile: &str) -> std::path::PathBuf {
    let safe: String = profile
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    crate::state::state_dir()
        .join("chat-history")
        .join(format!("{safe}.txt"))
}

/// Prints a failure as `onyx` prints it, and the chat goes on.
fn report(error: &Error) {
    eprintln!("error: {error}");
}

impl Conversation {
    fn model_name(&self) -> String {
        match &self.model {
            Some(model) => model.full_name(),
            None => "the agent's default".into(),
        }
    }

    /// One question: the answer streams, then its sources; whatever fails is
    /// one line on stderr and the next question can follow.
    fn ask(&mut self, ctx: &Context, text: String) {
        // A Ctrl-C pressed between answers is not meant for this one.
        ask::take_interrupt();
        let request = message_request(Question {
            text,
            session: self.session.clone(),
            persona_id: self.persona_id,
            docsets: self.docsets.clone(),
            sources: self.sources.clone(),
            since: self.since,
            stream: true,
            llm_override: self
                .model
                .as_ref()
                .map(|m| m.llm_override(self.temperature))
                .or_else(|| crate::ops::model::override_for_temperature(self.temperature)),
            ..Question::default()
        });
        let shown = streamed_args(self.raw);
        let streamed = ask::stream_answer(ctx, &self.client, &request, &shown, Mode::Text, self.session.as_deref());
        let interrupted = ask::take_interrupt();
        let (answer, broken) = match streamed {
            Ok(streamed) => streamed,
            Err(error) => return report(&error),
        };
        if !answer.text.is_empty() && !answer.text.ends_with('\n') {
            let _ = ctx.out.write_stdout("\n");
        }
        let sources = ask::sources_of(&self.client, &answer, &[], !interrupted, &ctx.out);
        let _ = ctx
            .out
            .write_painted(&render_sources(&sources, ctx.out.width(), true, &ctx.out.paint()), true);
        // As after ask: the session note goes last, once, when a session starts.
        if let Some(id) = answer.chat_session_id.clone() {
            if self.session.as_deref() != Some(id.as_str()) {
                ctx.out.note(&format!("session: {id}"));
            }
            if let Ok(server) = ctx.settings.server_url() {
                let _ = crate::state::remember_session(&ctx.settings.profile_name, &server, &id);
            }
            self.session = Some(id);
        }
        // `onyx open N` after chat opens this answer's citations, as after ask.
        if let (Ok(server), Some(_)) = (ctx.settings.server_url(), answer.assistant_message_id) {
            let _ = crate::state::remember_citations(&ctx.settings.profile_name, &server, ask::cited_links(&sources));
        }
        self.last = Some(LastAnswer {
            text: rewrite_markers(&answer.text),
            sources,
        });
        if interrupted {
            ctx.out.note("(stopped)");
        } else if let Some(error) = broken {
            report(&error);
        } else if let Err(error) = ask::outcome(&answer, false) {
            report(&error);
        }
    }

    fn obey(&mut self, ctx: &Context, command: Slash) {
        let out = &ctx.out;
        match command {
            Slash::New => {
                self.session = None;
                self.last = None;
                out.note("A new session starts with the next question.");
            }
            Slash::Agent(key) => match crate::ops::resolve::agent(&self.client, &key) {
                Ok(persona) => {
                    self.persona_id = persona.id;
                    self.session = None;
                    out.note(&format!(
                        "Agent: {}. A new session starts with the next question.",
                        persona.name
                    ));
                    self.agent = persona.name;
                }
                Err(error) => report(&error),
            },
            Slash::Model(None) => out.note(&format!("Model: {}.", self.model_name())),
            Slash::Model(Some(key)) if key == "default" => {
                self.model = None;
                out.note("Model: the agent's default.");
            }
            Slash::Model(Some(key)) => match crate::ops::model::resolve(&self.client, &key) {
                Ok(model) => {
                    out.note(&format!("Model: {}.", model.full_name()));
                    self.model = Some(model);
                }
                Err(error) => report(&error),
            },
            Slash::Docset(names) => match crate::ops::docset::named(&self.client, &names) {
                Ok(names) => {
                    out.note(&filter_note("document sets", &names));
                    self.docsets = names;
                }
                Err(error) => report(&error),
            },
            Slash::Source(types) => match crate::values::document_sources(&types).map_err(Error::Usage) {
                Ok(types) => {
                    out.note(&filter_note("source types", &types));
                    self.sources = types;
                }
                Err(error) => report(&error),
            },
            Slash::Sources => match &self.last {
                Some(last) if !last.sources.is_empty() => {
                    let _ = out.write_painted(&render_sources(&last.sources, out.width(), true, &out.paint()), true);
                }
                Some(_) => out.note("The last answer cited no sources."),
                None => out.note("No answer yet."),
            },
            Slash::Open(number) => self.open(ctx, number),
            Slash::Copy => match &self.last {
                Some(last) => match copy_to_clipboard(&last.text) {
                    Ok(()) => out.note(&format!(
                        "Copied the last answer ({} characters).",
                        last.text.chars().count()
                    )),
                    Err(reason) => out.note(&format!(
                        "No clipboard here ({reason}); the answer is above to select, or use 'onyx ask' in a pipe."
                    )),
                },
                None => out.note("No answer yet."),
            },
            Slash::Help => eprint!("{}", slash::help()),
            Slash::Unknown(message) => report(&Error::Usage(message)),
            Slash::Sessions | Slash::Exit => unreachable!("handled by the loop"),
        }
    }

    fn open(&self, ctx: &Context, number: Option<i64>) {
        let Some(number) = number else {
            return report(&Error::Usage("/open needs a source number, e.g. /open 1".into()));
        };
        let Some(last) = &self.last else {
            return report(&Error::NotFound(
                "no answer yet: ask a question first, then /open N".into(),
            ));
        };
        match crate::ops::citation::open(&ask::cited_links(&last.sources), number) {
            Ok(link) => ctx.out.note(&format!("Opened [{number}] {link}")),
            Err(error) => report(&error),
        }
    }

    /// /sessions: the recent sessions, numbered; one picked is resumed.
    fn pick_session(&mut self, ctx: &Context, editor: &mut editor::ChatEditor) {
        let page = match chat::list_sessions(&self.client, 10, None) {
            Ok(page) => page,
            Err(error) => return report(&error.into()),
        };
        if page.sessions.is_empty() {
            return ctx.out.note("No sessions yet.");
        }
        let mut text = String::new();
        for (i, session) in page.sessions.iter().enumerate() {
            let name = session.name.as_deref().filter(|n| !n.is_empty()).unwrap_or("(unnamed)");
            let day = session.time_updated.get(..10).unwrap_or(&session.time_updated);
            text.push_str(&format!("  {:>2}  {name}  {day}  {}\n", i + 1, session.id));
        }
        eprint!("{text}");
        let choice = match editor.readline("resume which? (number, Enter for none) ") {
            Ok(choice) => choice,
            Err(_) => return,
        };
        let choice = choice.trim();
        if choice.is_empty() {
            return;
        }
        match choice
            .parse::<usize>()
            .ok()
            .and_then(|n| page.sessions.get(n.wrapping_sub(1)))
        {
            Some(session) => {
                self.session = Some(session.id.clone());
                if let Some(persona) = session.persona_id {
                    self.persona_id = persona;
                }
                self.last = None;
                ctx.out.note(&format!(
                    "Resumed {} ({}).",
                    session.name.as_deref().unwrap_or("the session"),
                    session.id
                ));
            }
            None => report(&Error::Usage(format!(
                "no session number {choice}; pick 1 to {}",
                page.sessions.len()
            ))),
        }
    }
}

/// The arguments `ask`'s streaming takes, as chat shows answers: citations
/// as [n], no reasoning.
fn streamed_args(raw: bool) -> AskArgs {
    AskArgs {
        question: Vec::new(),
        prompt: None,
        agent: None,
        session: None,
        continue_last: false,
        filters: SearchFilters {
            docsets: Vec::new(),
            sources: Vec::new(),
            since: None,
        },
        model: None,
        temperature: None,
        deep_research: false,
        reasoning: false,
        no_stream: false,
        no_passages: false,
        raw_markers: false,
        raw,
        open: None,
        jsonl: false,
    }
}

fn filter_note(what: &str, names: &[String]) -> String {
    if names.is_empty() {
        format!("Searching all {what} again.")
    } else {
        format!("Searching only these {what}: {}.", names.join(", "))
    }
}

fn copy_to_clipboard(text: &str) -> std::result::Result<(), String> {
    let mut clipboard = arboard::Clipboard::new().map_err(|e| e.to_string())?;
    clipboard.set_text(text.to_string()).map_err(|e| e.to_string())
}
