//! The `Answer` that a stream's events assemble (REFERENCE §3.5).

use super::packet::{Event, StreamError};
use crate::api::types::{CitationInfo, SearchDoc};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// How the stream ended, as far as it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Still open, or cut before its end.
    Open,
    Stopped {
        stop_reason: Option<String>,
    },
    Failed(StreamError),
}

/// Every document seen, once per (document_id, chunk_ind), in arrival order.
/// A stream repeats its documents in several packets; each is added in
/// constant time, so a long answer does not slow down as it grows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Documents {
    list: Vec<SearchDoc>,
    seen: HashSet<(String, i64)>,
}

impl Documents {
    /// Adds the documents not seen yet.
    pub fn add(&mut self, documents: &[SearchDoc]) {
        for doc in documents {
            if self.seen.insert((doc.document_id.clone(), doc.chunk_ind)) {
                self.list.push(doc.clone());
            }
        }
    }
}

impl std::ops::Deref for Documents {
    type Target = [SearchDoc];

    fn deref(&self) -> &[SearchDoc] {
        &self.list
    }
}

impl Serialize for Documents {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.list.serialize(serializer)
    }
}

/// One assistant answer, assembled from events.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub chat_session_id: Option<String>,
    pub user_message_id: Option<i64>,
    pub assistant_message_id: Option<i64>,
    pub text: String,
    pub reasoning: String,
    pub queries: Vec<String>,
    pub documents: Documents,
    /// Citations in the order they arrived, one per document.
    pub citations: Vec<CitationInfo>,
    pub tool_errors: usize,
    pub ending: Ending,
}

impl Default for Answer {
    fn default() -> Self {
        Answer {
            chat_session_id: None,
            user_message_id: None,
            assistant_message_id: None,
            text: String::new(),
            reasoning: String::new(),
            queries: Vec::new(),
            documents: Documents::default(),
            citations: Vec::new(),
            tool_errors: 0,
            ending: Ending::Open,
        }
    }
}

impl Answer {
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::Session { chat_session_id } => self.chat_session_id = Some(chat_session_id.clone()),
            Event::MessageIds {
                user_message_id,
                assistant_message_id,
            } => {
                self.user_message_id = *user_message_id;
                self.assistant_message_id = *assistant_message_id;
            }
            Event::Reasoning { text } => self.reasoning.push_str(text),
            Event::SearchQueries { queries } => self.queries.extend(queries.iter().cloned()),
            Event::Documents { documents } | Event::AnswerStart { documents } => self.documents.add(documents),
            Event::Answer { text } => self.text.push_str(text),
            Event::Citation { number, document_id } => {
                if !self.citations.iter().any(|c| c.citation_number == *number) {
                    self.citations.push(CitationInfo {
                        citation_number: *number,
                        document_id: document_id.clone(),
                    });
                }
            }
            Event::ToolError => self.tool_errors += 1,
            Event::Stop { stop_reason } => {
                self.ending = Ending::Stopped {
                    stop_reason: stop_reason.clone(),
                }
            }
            Event::Error(error) => self.ending = Ending::Failed(error.clone()),
            Event::ReasoningStart
            | Event::ReasoningDone
            | Event::SearchStart { .. }
            | Event::Heartbeat
            | Event::SectionEnd
            | Event::Unknown { .. }
            | Event::Invalid { .. } => {}
        }
    }

    /// The first document seen under this id (its best chunk).
    pub fn document(&self, document_id: &str) -> Option<&SearchDoc> {
        self.documents.iter().find(|d| d.document_id == document_id)
    }
}

/// `internal_search` tool results of a non-streamed answer: what the LLM read
/// under each citation number (`{"results": [{"document": n, "content"}]}`).
pub fn cited_contents(tool_result: &str) -> Vec<(i64, String)> {
    #[derive(Deserialize)]
    struct Results {
        results: Vec<Map<String, Value>>,
    }
    let Ok(parsed) = serde_json::from_str::<Results>(tool_result) else {
        return Vec::new();
    };
    parsed
        .results
        .into_iter()
        .filter_map(|r| {
            let number = r.get("document")?.as_i64()?;
            let content = r.get("content")?.as_str()?.to_string();
            Some((number, content))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, chunk: i64) -> SearchDoc {
        serde_json::from_value(serde_json::json!({"document_id": id, "chunk_ind": chunk})).unwrap()
    }

    #[test]
    fn documents_are_kept_once_per_chunk_in_arrival_order() {
        let mut answer = Answer::default();
        answer.apply(&Event::Documents {
            documents: vec![doc("a", 0), doc("b", 0), doc("a", 0)],
        });
        answer.apply(&Event::AnswerStart {
            documents: vec![doc("b", 0), doc("a", 1), doc("c", 2)],
        });
        let kept: Vec<(&str, i64)> = answer
            .documents
            .iter()
            .map(|d| (d.document_id.as_str(), d.chunk_ind))
            .collect();
        assert_eq!(kept, vec![("a", 0), ("b", 0), ("a", 1), ("c", 2)]);
        assert_eq!(answer.document("a").map(|d| d.chunk_ind), Some(0));
        assert_eq!(
            serde_json::to_value(&answer.documents)
                .unwrap()
                .as_array()
                .map(Vec::len),
            Some(4)
        );
    }

    #[test]
    fn reads_tool_results_of_a_full_answer() {
        let result = r#"{"results": [{"document": 1, "title": "t", "content": "the text"}, {"document": "x"}]}"#;
        assert_eq!(cited_contents(result), vec![(1, "the text".to_string())]);
        assert!(cited_contents("not json").is_empty());
    }
}
