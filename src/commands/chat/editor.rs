//! The line editor of `onyx chat` (rustyline): slash-command completion,
//! a trailing backslash or Alt-Enter for another line, history per profile.

use super::slash::COMMANDS;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Cmd, Editor, EventHandler, Helper, KeyCode, KeyEvent, Modifiers};
use std::path::PathBuf;

pub struct ChatHelper;

impl Completer for ChatHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let typed = &line[..pos];
        if !typed.starts_with('/') || typed.contains(char::is_whitespace) {
            return Ok((pos, Vec::new()));
        }
        let candidates = COMMANDS
            .iter()
            .filter(|(name, _, _)| name.starts_with(typed))
            .map(|(name, argument, _)| Pair {
                display: format!("{name} {argument}").trim_end().to_string(),
                replacement: if argument.is_empty() {
                    name.to_string()
                } else {
                    format!("{name} ")
                },
            })
            .collect();
        Ok((0, candidates))
    }
}

impl Hinter for ChatHelper {
    type Hint = String;
}

impl Highlighter for ChatHelper {}

impl Validator for ChatHelper {
    /// A line ending in a backslash goes on to the next.
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(if ctx.input().ends_with('\\') {
            ValidationResult::Incomplete
        } else {
            ValidationResult::Valid(None)
        })
    }
}

impl Helper for ChatHelper {}

pub type ChatEditor = Editor<ChatHelper, DefaultHistory>;

/// The editor, with the profile's history loaded (a missing file is a first chat).
pub fn editor(history: &PathBuf) -> rustyline::Result<ChatEditor> {
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .max_history_size(1000)?
        .build();
    let mut editor = ChatEditor::with_config(config)?;
    editor.set_helper(Some(ChatHelper));
    editor.bind_sequence(
        KeyEvent(KeyCode::Enter, Modifiers::ALT),
        EventHandler::Simple(Cmd::Newline),
    );
    let _ = editor.load_history(history);
    Ok(editor)
}

/// A question as typed: the backslashes that continued a line are dropped.
pub fn joined(input: &str) -> String {
    input.replace("\\\n", "\n").trim().to_string()
}
