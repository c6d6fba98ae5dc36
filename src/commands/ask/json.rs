//! `onyx ask --json`: the shape of the one object printed at the end.

use crate::api::stream::{Answer, Ending};
use crate::api::types::SearchDoc;
use crate::output::answer::Source;
use crate::output::citations::strip_citations;
use serde::Serialize;

/// `onyx ask --json`: the whole answer in one object (docs/json-output.md).
#[derive(Serialize)]
pub(super) struct AskJson<'a> {
    answer: &'a str,
    answer_citationless: String,
    citations: Vec<Source>,
    documents: &'a [SearchDoc],
    chat_session_id: Option<&'a str>,
    user_message_id: Option<i64>,
    assistant_message_id: Option<i64>,
    reasoning: Option<&'a str>,
    queries: &'a [String],
    tool_errors: usize,
    stop_reason: Option<&'a str>,
    error: Option<AskJsonError<'a>>,
}

#[derive(Serialize)]
struct AskJsonError<'a> {
    message: &'a str,
    error_code: Option<&'a str>,
}

impl<'a> AskJson<'a> {
    pub(super) fn new(answer: &'a Answer, citations: Vec<Source>) -> Self {
        let (stop_reason, error) = match &answer.ending {
            Ending::Stopped { stop_reason } => (Some(stop_reason.as_deref().unwrap_or("finished")), None),
            Ending::Failed(e) => (
                Some("error"),
                Some(AskJsonError {
                    message: &e.error,
                    error_code: e.error_code.as_deref(),
                }),
            ),
            Ending::Open => (Some("truncated"), None),
        };
        AskJson {
            answer: &answer.text,
            answer_citationless: strip_citations(&answer.text),
            citations,
            documents: &answer.documents,
            chat_session_id: answer.chat_session_id.as_deref(),
            user_message_id: answer.user_message_id,
            assistant_message_id: answer.assistant_message_id,
            reasoning: Some(answer.reasoning.as_str()).filter(|r| !r.is_empty()),
            queries: &answer.queries,
            tool_errors: answer.tool_errors,
            stop_reason,
            error,
        }
    }
}
