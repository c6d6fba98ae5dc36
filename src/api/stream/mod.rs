//! The chat stream of `POST /chat/send-chat-message` (REFERENCE §3): bytes →
//! lines (`lines`), each line → one `Event` (`packet`), and the `Answer` that
//! the events assemble (`answer`). Pure functions over bytes and text, so any
//! input can be fed to them: they never panic, refuse a line longer than
//! `lines::MAX_LINE_LEN` instead of holding it, and tolerate invalid UTF-8.

pub mod answer;
pub mod lines;
pub mod packet;

pub use answer::{cited_contents, Answer, Ending};
pub use lines::{LineError, LineReader};
pub use packet::{Event, EventParser, StreamError};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event of a body, as a client reads it.
    fn events(body: &[u8]) -> Vec<Event> {
        let mut reader = LineReader::new(body);
        let mut parser = EventParser::default();
        let mut out = Vec::new();
        while let Ok(Some(line)) = reader.next_line() {
            out.extend(parser.parse(line));
        }
        out
    }

    pub(super) fn feed(body: &[u8]) -> Answer {
        let mut answer = Answer::default();
        for event in events(body) {
            answer.apply(&event);
        }
        answer
    }

    fn example(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/onyx-api/examples")
            .join(name);
        std::fs::read(path).unwrap()
    }

    #[test]
    fn assembles_the_recorded_stream() {
        let answer = feed(&example("chat-send-chat-message.stream.ndjson"));
        assert_eq!(
            answer.chat_session_id.as_deref(),
            Some("3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01")
        );
        assert_eq!(answer.user_message_id, Some(41));
        assert_eq!(answer.assistant_message_id, Some(42));
        assert!(answer.text.starts_with("Employees get 16 weeks"), "{}", answer.text);
        assert!(answer
            .text
            .contains("[[2]](https://intranet.acme-corp.example/people-ops/leave-exceptions)"));
        assert!(answer
            .reasoning
            .starts_with("The user is asking about parental leave and who"));
        assert_eq!(answer.citations.len(), 2);
        assert_eq!(answer.citations[1].citation_number, 2);
        assert!(answer.document(&answer.citations[0].document_id).is_some());
        assert_eq!(answer.queries.len(), 3);
        assert_eq!(answer.ending, Ending::Stopped { stop_reason: None });
    }

    #[test]
    fn error_lines_end_the_answer() {
        let answer = feed(&example("chat-send-chat-message.stream-error.ndjson"));
        match &answer.ending {
            Ending::Failed(e) => {
                assert!(e.error.contains("rate limit"));
                assert_eq!(e.error_code.as_deref(), Some("RATE_LIMIT"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn last_line_without_newline_is_read() {
        let body = b"{\"user_message_id\": 1, \"reserved_assistant_message_id\": 2}\n{\"error\": \"boom\"}";
        let all = events(body);
        assert_eq!(all.len(), 2);
        assert!(matches!(&all[1], Event::Error(e) if e.error == "boom"));
    }
}

#[cfg(test)]
mod properties {
    use super::tests::feed;
    use proptest::prelude::*;

    /// Pieces of real and broken packets, glued in any order.
    const PIECES: [&[u8]; 9] = [
        b"{\"placement\": {}, \"obj\": {\"type\": \"message_delta\", \"content\": 1}}",
        b"{\"error\": 5}",
        b"[[1]](",
        b"\xff\xfe\xc3",
        b"\n",
        b"{\"obj\": null, \"placement\": 3}",
        b"{\"chat_session_id\": 7}",
        b"[",
        b"))(",
    ];

    proptest! {
        // Arbitrary server bytes never panic the parser or the answer assembly.
        #[test]
        fn any_bytes_are_survived(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let answer = feed(&bytes);
            let _ = answer.document("");
        }

        // Broken packets glued together never panic either.
        #[test]
        fn glued_broken_pieces_are_survived(picks in proptest::collection::vec(0..PIECES.len(), 0..12)) {
            let bytes: Vec<u8> = picks.iter().flat_map(|&i| PIECES[i].iter().copied()).collect();
            let _ = feed(&bytes);
        }

        // Lines built from real packet shapes with random fields never panic either.
        #[test]
        fn packet_shaped_lines_are_survived(
            kind in prop::sample::select(vec!["message_delta", "citation_info", "message_start", "stop", "error",
                "reasoning_delta", "search_tool_documents_delta", "search_tool_queries_delta", "chat_heartbeat", "x"]),
            field in prop::sample::select(vec!["content", "citation_number", "document_id", "final_documents",
                "documents", "queries", "reasoning", "stop_reason"]),
            value in prop_oneof![Just(serde_json::json!(null)), Just(serde_json::json!(-1)), Just(serde_json::json!([{}])),
                Just(serde_json::json!({"a": []})), ".{0,40}".prop_map(serde_json::Value::String)],
        ) {
            let line = serde_json::json!({"placement": {"turn_index": 0}, "obj": {"type": kind, field: value}});
            let _ = feed(format!("{line}\n").as_bytes());
        }
    }
}
