//! A question as the chat API takes it: the one `SendMessageRequest` builder
//! that `ask`, `chat` and the MCP server share.

use crate::api::types::{
    BaseFilters, ChatSessionCreationRequest, LlmOverride, MessageOrigin, SendMessageRequest, TimeRange,
};

/// One question, to a new session of an agent or to an existing session.
#[derive(Debug, Clone, Default)]
pub struct Question {
    pub text: String,
    /// The session to continue; `None` starts one with `persona_id`.
    pub session: Option<String>,
    pub persona_id: i64,
    pub docsets: Vec<String>,
    pub sources: Vec<String>,
    pub since: Option<jiff::Timestamp>,
    pub stream: bool,
    pub deep_research: bool,
    pub additional_context: Option<String>,
    pub llm_override: Option<LlmOverride>,
}

/// A new session is named after its first question, so `session list` (and
/// Onyx's own sidebar) tell sessions apart; the server leaves it "" otherwise.
fn session_name(question: &str) -> Option<String> {
    const LONGEST: usize = 80;
    let words: Vec<&str> = question.split_whitespace().collect();
    let mut name = String::new();
    for word in words.iter() {
        let wanted = name.chars().count() + usize::from(!name.is_empty()) + word.chars().count();
        if wanted > LONGEST {
            if name.is_empty() {
                name = word.chars().take(LONGEST - 1).collect();
            }
            name.push('…');
            break;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    Some(name).filter(|n| !n.is_empty())
}

/// The body of `POST /chat/send-chat-message` for `question`.
pub fn message_request(question: Question) -> SendMessageRequest {
    let filters = BaseFilters {
        source_type: Some(question.sources).filter(|s| !s.is_empty()),
        document_set: Some(question.docsets).filter(|s| !s.is_empty()),
        updated_at_range: question.since.map(|start| TimeRange {
            start: Some(start.to_string()),
            end: None,
        }),
    };
    let has_filters =
        filters.source_type.is_some() || filters.document_set.is_some() || filters.updated_at_range.is_some();
    let chat_session_info = match question.session {
        None => Some(ChatSessionCreationRequest {
            persona_id: question.persona_id,
            description: session_name(&question.text),
        }),
        Some(_) => None,
    };
    SendMessageRequest {
        message: question.text,
        chat_session_id: question.session,
        chat_session_info,
        // -1 appends after the latest message of an existing session.
        parent_message_id: -1,
        file_descriptors: Vec::new(),
        origin: MessageOrigin::Api,
        include_citations: true,
        stream: question.stream,
        internal_search_filters: has_filters.then_some(filters),
        deep_research: question.deep_research,
        additional_context: question.additional_context,
        llm_override: question.llm_override,
    }
}

#[cfg(test)]
mod tests {
    use super::session_name;

    #[test]
    fn a_session_is_named_after_its_question_on_one_line() {
        assert_eq!(
            session_name("What is\n our PTO  policy?").as_deref(),
            Some("What is our PTO policy?")
        );
        assert_eq!(session_name("  ").as_deref(), None);
        let long = "word ".repeat(40);
        let name = session_name(&long).unwrap();
        assert!(name.ends_with("word…") && name.chars().count() <= 81, "{name}");
        let one = "x".repeat(200);
        assert_eq!(session_name(&one).unwrap().chars().count(), 80);
    }
}
