//! The chat stream of `POST /chat/send-chat-message` (REFERENCE §3): bytes →
//! lines → packets → events, and the `Answer` that assembles them. Pure
//! functions over bytes and text, so any input can be fed to them: they never
//! panic, take lines of any length and tolerate invalid UTF-8.

use super::types::{CitationInfo, SearchDoc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::io::BufRead;

/// Splits a body into lines on `\n`, however long, including a last line
/// without its newline (a crashed generator ends that way).
pub struct LineReader<R> {
    inner: R,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R) -> Self {
        LineReader { inner }
    }

    /// The next line without its terminator; `None` at the end of the body.
    pub fn next_line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let read = self.inner.read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(None);
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        Ok(Some(line))
    }
}

impl<R: std::io::Read> LineReader<std::io::BufReader<R>> {
    /// True when a whole line is already buffered (reading it will not block).
    pub fn line_pending(&self) -> bool {
        self.inner.buffer().contains(&b'\n')
    }
}

/// `StreamingError`: a fatal error reported inside a 200 stream.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StreamError {
    pub error: String,
    #[serde(default)]
    pub error_code: Option<String>,
    #[serde(default)]
    pub is_retryable: bool,
}

/// `Placement`: where a packet belongs in the assistant message.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Placement {
    #[serde(default)]
    pub turn_index: i64,
    #[serde(default)]
    pub tab_index: i64,
    #[serde(default)]
    pub sub_turn_index: Option<i64>,
    #[serde(default)]
    pub model_index: Option<i64>,
}

/// The `obj` of a packet, by its `type`. Only the kinds a client acts on are
/// typed; every other kind is kept whole as `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum PacketKind {
    Stop {
        stop_reason: Option<String>,
    },
    SectionEnd,
    /// A tool failed; the turn goes on.
    ToolError,
    Heartbeat,
    MessageStart {
        final_documents: Vec<SearchDoc>,
    },
    MessageDelta {
        content: String,
    },
    Citation(CitationInfo),
    ReasoningStart,
    ReasoningDelta {
        reasoning: String,
    },
    ReasoningDone,
    SearchToolStart {
        is_internet_search: bool,
    },
    SearchQueries {
        queries: Vec<String>,
    },
    Documents {
        documents: Vec<SearchDoc>,
    },
    Unknown(Value),
}

/// The typed shapes, decoded by their `type` tag.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum KnownObj {
    Stop {
        #[serde(default)]
        stop_reason: Option<String>,
    },
    SectionEnd {},
    Error {},
    ChatHeartbeat {},
    MessageStart {
        #[serde(default)]
        final_documents: Option<Vec<SearchDoc>>,
    },
    MessageDelta {
        content: String,
    },
    CitationInfo {
        citation_number: i64,
        document_id: String,
    },
    ReasoningStart {},
    ReasoningDelta {
        reasoning: String,
    },
    ReasoningDone {},
    SearchToolStart {
        #[serde(default)]
        is_internet_search: bool,
    },
    SearchToolQueriesDelta {
        queries: Vec<String>,
    },
    SearchToolDocumentsDelta {
        documents: Vec<SearchDoc>,
    },
    OpenUrlDocuments {
        documents: Vec<SearchDoc>,
    },
}

impl PacketKind {
    fn from_obj(obj: Value) -> PacketKind {
        match KnownObj::deserialize(&obj) {
            Ok(known) => match known {
                KnownObj::Stop { stop_reason } => PacketKind::Stop { stop_reason },
                KnownObj::SectionEnd {} => PacketKind::SectionEnd,
                KnownObj::Error {} => PacketKind::ToolError,
                KnownObj::ChatHeartbeat {} => PacketKind::Heartbeat,
                KnownObj::MessageStart { final_documents } => PacketKind::MessageStart {
                    final_documents: final_documents.unwrap_or_default(),
                },
                KnownObj::MessageDelta { content } => PacketKind::MessageDelta { content },
                KnownObj::CitationInfo {
                    citation_number,
                    document_id,
                } => PacketKind::Citation(CitationInfo {
                    citation_number,
                    document_id,
                }),
                KnownObj::ReasoningStart {} => PacketKind::ReasoningStart,
                KnownObj::ReasoningDelta { reasoning } => PacketKind::ReasoningDelta { reasoning },
                KnownObj::ReasoningDone {} => PacketKind::ReasoningDone,
                KnownObj::SearchToolStart { is_internet_search } => PacketKind::SearchToolStart { is_internet_search },
                KnownObj::SearchToolQueriesDelta { queries } => PacketKind::SearchQueries { queries },
                KnownObj::SearchToolDocumentsDelta { documents } | KnownObj::OpenUrlDocuments { documents } => {
                    PacketKind::Documents { documents }
                }
            },
            // A kind this client does not know, or a known one in a shape it
            // does not expect: passed on untouched, never fatal.
            Err(_) => PacketKind::Unknown(obj),
        }
    }
}

/// One line of the stream, by its top-level shape (REFERENCE §3.2).
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// `CreateChatSessionID`: only when the request created the session.
    SessionCreated {
        chat_session_id: String,
    },
    /// `MessageResponseIDInfo`.
    MessageIds {
        user_message_id: Option<i64>,
        assistant_message_id: Option<i64>,
    },
    /// `StreamingError`: fatal; the stream ends after it.
    Error(StreamError),
    Packet {
        placement: Placement,
        kind: PacketKind,
    },
    /// A JSON object of no known shape.
    Other(Value),
    /// Not JSON at all (the text, lossily decoded and shortened).
    Invalid(String),
}

/// Parses one line of the stream; `None` for a blank line.
/// A text delta, the line a stream is mostly made of, decoded without
/// building a JSON tree; anything else takes the general path.
#[derive(Deserialize)]
struct DeltaLine<'a> {
    placement: Placement,
    #[serde(borrow)]
    obj: DeltaObj<'a>,
}

#[derive(Deserialize)]
struct DeltaObj<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(borrow, default)]
    content: Option<std::borrow::Cow<'a, str>>,
}

pub fn parse_line(bytes: &[u8]) -> Option<Line> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    if let Ok(DeltaLine { placement, obj }) = serde_json::from_slice::<DeltaLine>(bytes) {
        if let ("message_delta", Some(content)) = (obj.kind, obj.content) {
            return Some(Line::Packet {
                placement,
                kind: PacketKind::MessageDelta {
                    content: content.into_owned(),
                },
            });
        }
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(_) => return Some(Line::Invalid(snippet(bytes))),
    };
    let Value::Object(mut map) = value else {
        return Some(Line::Other(value));
    };
    if let Some(obj) = map.remove("obj").filter(|_| map.contains_key("placement")) {
        let placement = map
            .get("placement")
            .and_then(|p| Placement::deserialize(p).ok())
            .unwrap_or_default();
        return Some(Line::Packet {
            placement,
            kind: PacketKind::from_obj(obj),
        });
    }
    if map.contains_key("error") {
        let error = match map.get("error") {
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        return Some(Line::Error(StreamError {
            error,
            error_code: map.get("error_code").and_then(Value::as_str).map(str::to_string),
            is_retryable: map.get("is_retryable").and_then(Value::as_bool).unwrap_or(false),
        }));
    }
    if map.contains_key("reserved_assistant_message_id") || map.contains_key("user_message_id") {
        return Some(Line::MessageIds {
            user_message_id: map.get("user_message_id").and_then(Value::as_i64),
            assistant_message_id: map.get("reserved_assistant_message_id").and_then(Value::as_i64),
        });
    }
    if let Some(Value::String(id)) = map.get("chat_session_id") {
        return Some(Line::SessionCreated {
            chat_session_id: id.clone(),
        });
    }
    Some(Line::Other(Value::Object(map)))
}

fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]);
    text.trim().to_string()
}

/// A normalised event, as `--jsonl` prints it: one per line of the stream
/// that means something (heartbeats and section ends are dropped).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Session {
        chat_session_id: String,
    },
    MessageIds {
        user_message_id: Option<i64>,
        assistant_message_id: Option<i64>,
    },
    ReasoningStart,
    Reasoning {
        text: String,
    },
    ReasoningDone,
    SearchStart {
        internet: bool,
    },
    SearchQueries {
        queries: Vec<String>,
    },
    Documents {
        documents: Vec<SearchDoc>,
    },
    AnswerStart {
        documents: Vec<SearchDoc>,
    },
    Answer {
        text: String,
    },
    Citation {
        number: i64,
        document_id: String,
    },
    ToolError,
    Heartbeat,
    SectionEnd,
    Stop {
        stop_reason: Option<String>,
    },
    Error(StreamError),
    /// A packet of a kind this client does not know, passed through.
    Unknown {
        packet: Value,
    },
    Invalid {
        line: String,
    },
}

impl Event {
    /// Only heartbeats and section ends carry nothing for a reader.
    pub fn is_noise(&self) -> bool {
        matches!(self, Event::Heartbeat | Event::SectionEnd)
    }
}

impl From<Line> for Event {
    fn from(line: Line) -> Event {
        match line {
            Line::SessionCreated { chat_session_id } => Event::Session { chat_session_id },
            Line::MessageIds {
                user_message_id,
                assistant_message_id,
            } => Event::MessageIds {
                user_message_id,
                assistant_message_id,
            },
            Line::Error(error) => Event::Error(error),
            Line::Other(value) => Event::Unknown { packet: value },
            Line::Invalid(line) => Event::Invalid { line },
            Line::Packet { kind, .. } => match kind {
                PacketKind::Stop { stop_reason } => Event::Stop { stop_reason },
                PacketKind::SectionEnd => Event::SectionEnd,
                PacketKind::ToolError => Event::ToolError,
                PacketKind::Heartbeat => Event::Heartbeat,
                PacketKind::MessageStart { final_documents } => Event::AnswerStart {
                    documents: final_documents,
                },
                PacketKind::MessageDelta { content } => Event::Answer { text: content },
                PacketKind::Citation(c) => Event::Citation {
                    number: c.citation_number,
                    document_id: c.document_id,
                },
                PacketKind::ReasoningStart => Event::ReasoningStart,
                PacketKind::ReasoningDelta { reasoning } => Event::Reasoning { text: reasoning },
                PacketKind::ReasoningDone => Event::ReasoningDone,
                PacketKind::SearchToolStart { is_internet_search } => Event::SearchStart {
                    internet: is_internet_search,
                },
                PacketKind::SearchQueries { queries } => Event::SearchQueries { queries },
                PacketKind::Documents { documents } => Event::Documents { documents },
                PacketKind::Unknown(packet) => Event::Unknown { packet },
            },
        }
    }
}

/// Bytes of one line straight to an event (`None` for a blank line).
pub fn parse_event(bytes: &[u8]) -> Option<Event> {
    parse_line(bytes).map(Event::from)
}

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

/// One assistant answer, assembled from events (REFERENCE §3.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub chat_session_id: Option<String>,
    pub user_message_id: Option<i64>,
    pub assistant_message_id: Option<i64>,
    pub text: String,
    pub reasoning: String,
    pub queries: Vec<String>,
    /// Every document seen, once per (document_id, chunk_ind), in arrival order.
    pub documents: Vec<SearchDoc>,
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
            documents: Vec::new(),
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
            Event::Documents { documents } | Event::AnswerStart { documents } => self.add_documents(documents),
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

    pub fn add_documents(&mut self, documents: &[SearchDoc]) {
        for doc in documents {
            let seen = self
                .documents
                .iter()
                .any(|d| d.document_id == doc.document_id && d.chunk_ind == doc.chunk_ind);
            if !seen {
                self.documents.push(doc.clone());
            }
        }
    }

    /// The first document seen under this id (its best chunk).
    pub fn document(&self, document_id: &str) -> Option<&SearchDoc> {
        self.documents.iter().find(|d| d.document_id == document_id)
    }
}

/// What a text starting with `[` holds at its start.
#[derive(Debug, PartialEq, Eq)]
enum Marker {
    /// A whole `[[n]](url)` marker of this many bytes.
    Whole {
        len: usize,
        number: u64,
    },
    /// The text ends inside what may still become a marker.
    Partial,
    No,
}

/// Longest URL inside a marker that is waited for; beyond it the text is not a marker.
const MAX_MARKER_LEN: usize = 4096;

fn match_marker(text: &str) -> Marker {
    let bytes = text.as_bytes();
    let mut i = 0;
    for expected in [b'[', b'['] {
        match bytes.get(i) {
            None => return Marker::Partial,
            Some(b) if *b == expected => i += 1,
            Some(_) => return Marker::No,
        }
    }
    let digits_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i - digits_start > 6 {
        return Marker::No;
    }
    if i == bytes.len() {
        return Marker::Partial;
    }
    if i == digits_start {
        return Marker::No;
    }
    let number: u64 = text[digits_start..i].parse().unwrap_or(0);
    for expected in [b']', b']', b'('] {
        match bytes.get(i) {
            None => return Marker::Partial,
            Some(b) if *b == expected => i += 1,
            Some(_) => return Marker::No,
        }
    }
    // The URL may hold balanced parentheses, as the server's own stripping allows.
    let mut depth = 1usize;
    while depth > 0 {
        match bytes.get(i) {
            None => {
                return if i > MAX_MARKER_LEN {
                    Marker::No
                } else {
                    Marker::Partial
                }
            }
            Some(b'(') => depth += 1,
            Some(b')') => depth -= 1,
            Some(b) if b.is_ascii_whitespace() => return Marker::No,
            Some(_) => {}
        }
        i += 1;
        if i > MAX_MARKER_LEN {
            return Marker::No;
        }
    }
    Marker::Whole { len: i, number }
}

/// Turns Onyx's citation links `[[1]](url)` into `[1]` in a text that
/// arrives in pieces: only a possible partial marker is held back.
#[derive(Debug, Default)]
pub struct MarkerRewriter {
    pending: String,
}

impl MarkerRewriter {
    pub fn new() -> Self {
        MarkerRewriter::default()
    }

    /// The text that can be shown now.
    pub fn push(&mut self, delta: &str) -> String {
        self.pending.push_str(delta);
        let pending = std::mem::take(&mut self.pending);
        let mut out = String::with_capacity(pending.len());
        let mut rest = pending.as_str();
        while let Some(at) = rest.find('[') {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            match match_marker(rest) {
                Marker::Whole { len, number } => {
                    out.push_str(&format!("[{number}]"));
                    rest = &rest[len..];
                }
                Marker::Partial => {
                    self.pending = rest.to_string();
                    return out;
                }
                Marker::No => {
                    out.push('[');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// What was held back, at the end of the text.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.pending)
    }
}

/// `[[n]](url)` → `[n]` in a whole text.
pub fn rewrite_markers(text: &str) -> String {
    let mut rewriter = MarkerRewriter::new();
    let mut out = rewriter.push(text);
    out.push_str(&rewriter.finish());
    out
}

/// The text without citation links and the whitespace before each, as the
/// server builds `answer_citationless`.
pub fn strip_citations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match match_marker(rest) {
            Marker::Whole { len, .. } => {
                let kept = out.trim_end().len();
                out.truncate(kept);
                rest = &rest[len..];
            }
            Marker::Partial | Marker::No => {
                out.push('[');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
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

    fn events(body: &[u8]) -> Vec<Event> {
        let mut reader = LineReader::new(body);
        let mut out = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            out.extend(parse_event(&line));
        }
        out
    }

    fn example(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/onyx-api/examples")
            .join(name);
        std::fs::read(path).unwrap()
    }

    #[test]
    fn assembles_the_recorded_stream() {
        let mut answer = Answer::default();
        for event in events(&example("chat-send-chat-message.stream.ndjson")) {
            answer.apply(&event);
        }
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
        let mut answer = Answer::default();
        for event in events(&example("chat-send-chat-message.stream-error.ndjson")) {
            answer.apply(&event);
        }
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

    #[test]
    fn unknown_and_tool_error_packets() {
        let unknown = br#"{"placement": {"turn_index": 1}, "obj": {"type": "python_tool_start", "code": "x"}}"#;
        match parse_event(unknown).unwrap() {
            Event::Unknown { packet } => assert_eq!(packet["type"], "python_tool_start"),
            other => panic!("{other:?}"),
        }
        let failed = br#"{"placement": {"turn_index": 1}, "obj": {"type": "error"}}"#;
        assert_eq!(parse_event(failed), Some(Event::ToolError));
        let heartbeat = br#"{"placement": {"turn_index": 0, "model_index": null}, "obj": {"type": "chat_heartbeat"}}"#;
        assert_eq!(parse_event(heartbeat), Some(Event::Heartbeat));
        assert_eq!(parse_event(b"  \r"), None);
        assert!(matches!(parse_event(b"data: {"), Some(Event::Invalid { .. })));
    }

    #[test]
    fn garbage_never_panics() {
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let pieces: [&[u8]; 9] = [
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
        for _ in 0..2000 {
            let mut bytes = Vec::new();
            for _ in 0..6 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                bytes.extend_from_slice(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let mut answer = Answer::default();
            for event in events(&bytes) {
                answer.apply(&event);
            }
            let text = String::from_utf8_lossy(&bytes);
            let _ = strip_citations(&text);
            let mut rewriter = MarkerRewriter::new();
            for chunk in text.as_bytes().chunks(3) {
                let _ = rewriter.push(&String::from_utf8_lossy(chunk));
            }
            let _ = rewriter.finish();
        }
        let long = vec![b'a'; 3 * 1024 * 1024];
        assert!(matches!(parse_event(&long), Some(Event::Invalid { .. })));
    }

    #[test]
    fn markers_split_across_deltas_are_rewritten() {
        let mut rewriter = MarkerRewriter::new();
        let mut out = String::new();
        for piece in [
            "Leave is 16 weeks [",
            "[1",
            "]](https://x.example/a_(b",
            ")) and [2] stays",
            " [[3]]",
            "().",
        ] {
            out.push_str(&rewriter.push(piece));
        }
        out.push_str(&rewriter.finish());
        assert_eq!(out, "Leave is 16 weeks [1] and [2] stays [3].");
        assert_eq!(rewrite_markers("a [[12]](u) b [[x]](y) [["), "a [12] b [[x]](y) [[");
    }

    #[test]
    fn strips_citations_like_the_server() {
        assert_eq!(
            strip_citations("Employees get 16 weeks [[1]](https://w.example/p_(x)). Exceptions [[2]]()."),
            "Employees get 16 weeks. Exceptions."
        );
        assert_eq!(strip_citations("no [marker] here ["), "no [marker] here [");
    }

    #[test]
    fn reads_tool_results_of_a_full_answer() {
        let result = r#"{"results": [{"document": 1, "title": "t", "content": "the text"}, {"document": "x"}]}"#;
        assert_eq!(cited_contents(result), vec![(1, "the text".to_string())]);
        assert!(cited_contents("not json").is_empty());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn feed(bytes: &[u8]) -> Answer {
        let mut reader = LineReader::new(bytes);
        let mut answer = Answer::default();
        while let Ok(Some(line)) = reader.next_line() {
            if let Some(event) = parse_event(&line) {
                answer.apply(&event);
            }
        }
        answer
    }

    proptest! {
        // Arbitrary server bytes never panic the parser or the answer assembly.
        #[test]
        fn any_bytes_are_survived(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let answer = feed(&bytes);
            let _ = strip_citations(&String::from_utf8_lossy(&bytes));
            let _ = answer.document("");
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

        // However the server splits the text into deltas, the rewritten text is the same.
        #[test]
        fn marker_rewriting_ignores_delta_boundaries(
            parts in proptest::collection::vec(prop_oneof![
                Just("[[1]](https://x.example/a_(b))".to_string()), Just("[[23]]()".to_string()),
                Just("[".to_string()), Just("]".to_string()), Just("(".to_string()), Just(")".to_string()),
                "[a-z ]{0,8}".prop_map(|s| s)], 0..20),
            cut in 1usize..7,
        ) {
            let text: String = parts.concat();
            let mut rewriter = MarkerRewriter::new();
            let mut out = String::new();
            let chars: Vec<char> = text.chars().collect();
            for chunk in chars.chunks(cut) {
                out.push_str(&rewriter.push(&chunk.iter().collect::<String>()));
            }
            out.push_str(&rewriter.finish());
            prop_assert_eq!(out, rewrite_markers(&text));
        }
    }
}
