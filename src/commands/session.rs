//! `onyx session`: the stored chat sessions.

use super::{confirm, Context};
use crate::api::chat;
use crate::api::types::ChatSessionDetails;
use crate::error::{Error, Result};
use crate::ops;
use crate::output::answer::render_message;
use crate::output::citations::rewrite_markers;
use crate::output::Table;
use crate::values;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx session list\n  onyx session rename 9b2e6c0a-5f3d-4e7a-9c1b-2d8f4a6e1b37 'Leave policy'"
)]
pub enum SessionCommand {
    /// List your chat sessions, newest first
    #[command(after_help = "Examples:\n  onyx session list --limit 10")]
    List {
        /// How many sessions to list at most
        #[arg(long, default_value_t = 50, value_name = "N", value_parser = values::whole_number::<usize>)]
        limit: usize,
    },
    /// Show a session's conversation with its citations
    #[command(after_help = "Examples:\n  onyx session show 9b2e6c0a-5f3d-4e7a-9c1b-2d8f4a6e1b37")]
    Show {
        /// The session id, as 'onyx session list' shows it
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::sessions))]
        id: String,
    },
    /// Delete chat sessions
    #[command(
        after_help = "Examples:\n  onyx session delete 9b2e6c0a-5f3d-4e7a-9c1b-2d8f4a6e1b37 --yes\n  onyx session delete --all --yes"
    )]
    Delete {
        /// Session ids, as 'onyx session list' shows them
        #[arg(required_unless_present = "all", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::sessions))]
        ids: Vec<String>,
        /// Delete all of your chat sessions
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
    },
    /// Rename a session
    #[command(after_help = "Examples:\n  onyx session rename 9b2e6c0a-5f3d-4e7a-9c1b-2d8f4a6e1b37 'Leave policy'")]
    Rename {
        /// The session id, as 'onyx session list' shows it
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::sessions))]
        id: String,
        /// The new name
        name: String,
    },
}

/// The server's largest page.
const PAGE_SIZE: usize = 100;

pub fn run(ctx: &mut Context, command: SessionCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        SessionCommand::List { limit } => {
            // Plain --json prints each page as it comes: memory stays flat however many sessions.
            let mut streamed = ctx.out.json_array();
            let mut sessions: Vec<ChatSessionDetails> = Vec::new();
            let mut seen = 0;
            let mut before: Option<String> = None;
            while seen < limit {
                let page = chat::list_sessions(&client, PAGE_SIZE.min(limit - seen).max(1), before.as_deref())?;
                let last = page.sessions.last().map(|s| s.time_updated.clone());
                let more = page.has_more && !page.sessions.is_empty();
                for session in page.sessions.into_iter().take(limit - seen) {
                    seen += 1;
                    match streamed.as_mut() {
                        Some(array) => array.push(&session)?,
                        None => sessions.push(session),
                    }
                }
                match last {
                    // The cursor must move, or a server bug would loop forever.
                    Some(last) if more && before.as_deref() != Some(last.as_str()) => before = Some(last),
                    _ => break,
                }
            }
            if let Some(array) = streamed {
                return array.finish();
            }
            let agents = agent_names(ctx, &client, &sessions);
            ctx.out.emit_list(
                &sessions,
                "No chat sessions yet — start one with 'onyx ask \"your question\"'",
                || {
                    // The id is what the next command takes: never cut.
                    let mut table = Table::new(["id", "name", "agent", "created"]).keep_whole(0);
                    for s in &sessions {
                        table.row([
                            s.id.clone(),
                            s.name.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| "-".into()),
                            s.persona_id
                                .map(|p| agents.get(&p).cloned().unwrap_or_else(|| p.to_string()))
                                .unwrap_or_default(),
                            ctx.out.when(&s.time_created),
                        ]);
                    }
                    table
                },
            )
        }
        SessionCommand::Show { id } => {
            let id = ops::session::resolve(&client, &id)?;
            if ctx.out.is_json() {
                let raw = chat::get_session_raw(&client, &id).map_err(|e| not_found_as_such(&id, e.into()))?;
                return ctx.out.json(&raw);
            }
            let session = chat::get_session(&client, &id).map_err(|e| not_found_as_such(&id, e.into()))?;
            let width = ctx.out.width();
            // Only what the session has: an unnamed one shows no empty "name:".
            let mut head = vec![format!("session: {}", session.chat_session_id)];
            if let Some(name) = session.description.as_deref().filter(|n| !n.is_empty()) {
                head.push(format!("name: {name}"));
            }
            if let Some(agent) = session
                .persona_name
                .clone()
                .or(session.persona_id.map(|p| p.to_string()))
            {
                head.push(format!("agent: {agent}"));
            }
            let mut text = head.join("  ") + "\n";
            for message in &session.messages {
                let role = match message.message_type.as_str() {
                    "user" => "you",
                    "assistant" => "assistant",
                    _ => continue,
                };
                text.push('\n');
                text.push_str(&render_message(role, &rewrite_markers(&message.message), width));
                if let Some(error) = &message.error {
                    text.push_str(&format!("    (failed: {error})\n"));
                }
                let mut citations: Vec<(u64, &String)> = message
                    .citations
                    .iter()
                    .flatten()
                    .filter_map(|(n, doc)| n.parse::<u64>().ok().map(|n| (n, doc)))
                    .collect();
                citations.sort();
                for (n, doc_id) in citations {
                    let doc = message.context_docs.iter().flatten().find(|d| &d.document_id == doc_id);
                    let title = doc.map(|d| d.semantic_identifier.as_str()).unwrap_or(doc_id);
                    match doc.and_then(|d| d.link.as_deref()).filter(|l| !l.is_empty()) {
                        Some(link) => text.push_str(&format!("    [{n}] {title} — {link}\n")),
                        None => text.push_str(&format!("    [{n}] {title}\n")),
                    }
                }
            }
            ctx.out.write_stdout(&text)
        }
        SessionCommand::Delete { ids, all, yes } => {
            if all {
                confirm("delete ALL of your chat sessions", yes)?;
                chat::delete_all_sessions(&client)?;
                ctx.out.note("deleted all chat sessions");
                return Ok(());
            }
            let ids = ids
                .iter()
                .map(|key| ops::session::resolve(&client, key))
                .collect::<Result<Vec<_>>>()?;
            let what = if ids.len() == 1 {
                format!("delete chat session {}", ids[0])
            } else {
                format!("delete {} chat sessions", ids.len())
            };
            confirm(&what, yes)?;
            for id in &ids {
                chat::delete_session(&client, id).map_err(|e| not_found_as_such(id, e.into()))?;
                ctx.out.note(&format!("deleted {id}"));
            }
            Ok(())
        }
        SessionCommand::Rename { id, name } => {
            let id = ops::session::resolve(&client, &id)?;
            let new_name = chat::rename_session(&client, &id, &name).map_err(|e| not_found_as_such(&id, e.into()))?;
            ctx.out.note(&format!("renamed {id} to '{new_name}'"));
            Ok(())
        }
    }
}

/// The server's words when they say a chat session is gone. Onyx says it in
/// several ways: 404 "Chat session not found" or "…has been deleted" on reads,
/// 400 "Chat session has been deleted" or "Invalid Chat Session ID provided" on
/// delete, and a VALIDATION_ERROR with those words inside an answer stream.
/// Each is the same fact for the user.
pub fn gone_words(error: &Error) -> Option<&str> {
    let message = match error {
        Error::Http(failure) => failure.message.as_str(),
        Error::StreamFailed { message, .. } => message.as_str(),
        _ => return None,
    };
    [
        "Chat session has been deleted",
        "Invalid Chat Session ID provided",
        "Chat session not found",
    ]
    .into_iter()
    .find(|words| message.contains(words))
}

/// `error`, or "not found" (exit 9) when it says the session `id` is gone.
pub fn not_found_as_such(id: &str, error: Error) -> Error {
    match gone_words(&error) {
        Some(words) => Error::NotFound(format!(
            "no chat session {id} ({words}); list yours with 'onyx session list'"
        )),
        None => error,
    }
}

/// The session `--session ID` names, or with `-c` the last one of this
/// profile; `without_c` says what to do when there is none to continue.
pub fn to_continue(ctx: &Context, named: Option<&str>, continue_last: bool, without_c: &str) -> Result<Option<String>> {
    if let Some(id) = named {
        return Ok(Some(id.to_string()));
    }
    if !continue_last {
        return Ok(None);
    }
    crate::state::last_session(&ctx.settings.profile_name, &ctx.settings.server_url()?)
        .or_else(|| ctx.settings.profile().and_then(|p| p.last_chat_session.clone()))
        .map(Some)
        .ok_or_else(|| Error::Usage(format!("no earlier session to continue in this profile; {without_c}")))
}

/// Agent names by id for a person's table: one more GET, on a terminal only
/// (scripts get the ids the other commands take). Credentials that may list
/// sessions but not agents (a `read:chat` token) keep the ids.
fn agent_names(
    ctx: &Context,
    client: &crate::api::Client,
    sessions: &[ChatSessionDetails],
) -> std::collections::HashMap<i64, String> {
    if !ctx.out.stdout_tty || ctx.out.is_json() || sessions.iter().all(|s| s.persona_id.is_none()) {
        return Default::default();
    }
    crate::api::personas::list(client)
        .map(|agents| agents.into_iter().map(|a| (a.id, a.name)).collect())
        .unwrap_or_default()
}
