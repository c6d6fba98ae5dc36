//! One line of the stream → one `Event` (REFERENCE §3.2–3.4). A line is a
//! packet (`{"placement", "obj"}`), the session or message ids, or the
//! server's fatal error; a packet kind this client does not know, or a known
//! kind in an unexpected shape, becomes `Event::Unknown` and is passed on,
//! never an error.

use crate::api::types::SearchDoc;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// `StreamingError`: a fatal error reported inside a 200 stream.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StreamError {
    pub error: String,
    #[serde(default)]
    pub error_code: Option<String>,
    #[serde(default)]
    pub is_retryable: bool,
}

/// What one line of the stream means; serialized (tagged by `event`), it is
/// the normalised form a caller can print one per line.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// `CreateChatSessionID`: only when the request created the session.
    Session { chat_session_id: String },
    /// `MessageResponseIDInfo`.
    MessageIds {
        user_message_id: Option<i64>,
        assistant_message_id: Option<i64>,
    },
    /// `reasoning_start`.
    ReasoningStart,
    /// `reasoning_delta`.
    Reasoning { text: String },
    /// `reasoning_done`.
    ReasoningDone,
    /// `search_tool_start`.
    SearchStart { internet: bool },
    /// `search_tool_queries_delta`.
    SearchQueries { queries: Vec<String> },
    /// `search_tool_documents_delta` and `open_url_documents`.
    Documents { documents: Vec<SearchDoc> },
    /// `message_start`, with the documents the answer may cite.
    AnswerStart { documents: Vec<SearchDoc> },
    /// `message_delta`: the next piece of the answer's text.
    Answer { text: String },
    /// `citation_info`.
    Citation { number: i64, document_id: String },
    /// `error` packet: a tool failed; the turn goes on.
    ToolError,
    /// `chat_heartbeat`.
    Heartbeat,
    /// `section_end`.
    SectionEnd,
    /// `stop`.
    Stop { stop_reason: Option<String> },
    /// `StreamingError`: fatal; the stream ends after it.
    Error(StreamError),
    /// A packet of a kind this client does not know, or a JSON object of no
    /// known shape, passed through.
    Unknown { packet: Value },
    /// Not JSON at all (the text, lossily decoded and shortened).
    Invalid { line: String },
}

impl Event {
    /// Only heartbeats and section ends carry nothing for a reader.
    pub fn is_noise(&self) -> bool {
        matches!(self, Event::Heartbeat | Event::SectionEnd)
    }
}

/// A text delta, the line a stream is mostly made of, decoded without
/// building a JSON tree; anything else takes the general path.
#[derive(Deserialize)]
struct DeltaLine<'a> {
    /// Required, so a line without it is no packet; what it says is not used.
    #[serde(rename = "placement")]
    _placement: IgnoredAny,
    #[serde(borrow)]
    obj: DeltaObj<'a>,
}

#[derive(Deserialize)]
struct DeltaObj<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(borrow, default)]
    content: Option<Cow<'a, str>>,
}

/// What follows a delta's placement, up to its text, in the way Onyx writes it.
const DELTA_OBJ: &[u8] = b"}, \"obj\": {\"type\": \"message_delta\", \"content\": \"";

/// The longest placement remembered (a real one is ~70 bytes).
const PLACEMENT_KEPT: usize = 256;

/// Reads the lines of one stream into events (`parse`). It remembers the
/// placement of the last delta it read the fast way: the packets of an
/// answer nearly all carry the same one, and matching it whole costs a
/// fraction of checking it again key by key, which was half of the time
/// spent on a delta line.
#[derive(Debug, Default)]
pub struct EventParser {
    /// The last placement taken, between its braces; empty before the first.
    placement: Vec<u8>,
}

impl EventParser {
    /// One line of the stream as an event; `None` for a blank line.
    pub fn parse(&mut self, bytes: &[u8]) -> Option<Event> {
        if let Some(text) = self.onyx_delta_text(bytes) {
            return Some(Event::Answer { text: text.to_string() });
        }
        parse_general(bytes)
    }

    /// The text of a delta line written the way Onyx writes it (Python's
    /// `json.dumps`, v4.6 and main alike):
    /// `{"placement": {"turn_index": 0, …}, "obj": {"type": "message_delta", "content": "…"}}`.
    /// Nine lines in ten of a stream are these, and serde spent most of the
    /// stream's user time on their keys and placement. Only that exact form,
    /// valid JSON in every byte, is taken here: a placement of plain keys
    /// with numbers or null (or the very bytes of the last one taken),
    /// content without escapes or control characters. Any other line
    /// (`None`) is serde's.
    fn onyx_delta_text<'a>(&mut self, line: &'a [u8]) -> Option<&'a str> {
        let placement = line.strip_prefix(b"{\"placement\": {")?;
        let (rest, new) = match placement.strip_prefix(self.placement.as_slice()) {
            Some(rest) if !self.placement.is_empty() && rest.starts_with(DELTA_OBJ) => (rest, None),
            _ => {
                let rest = placement_keys(placement)?;
                (rest, Some(placement.len() - rest.len()))
            }
        };
        let rest = rest.strip_prefix(DELTA_OBJ)?;
        let end = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        let tail = rest[end..].strip_prefix(b"\"}}")?;
        if !tail.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let text = std::str::from_utf8(&rest[..end]).ok()?;
        if let Some(length) = new.filter(|&length| length <= PLACEMENT_KEPT) {
            self.placement.clear();
            self.placement.extend_from_slice(&placement[..length]);
        }
        Some(text)
    }
}

/// Past the keys of a placement (`"key": number-or-null, …`), up to its
/// closing brace; `None` unless each key is plain and each value a number
/// without leading zeros, or null.
fn placement_keys(mut rest: &[u8]) -> Option<&[u8]> {
    loop {
        rest = rest.strip_prefix(b"\"")?;
        let key = rest
            .iter()
            .take_while(|b| b.is_ascii_lowercase() || **b == b'_')
            .count();
        rest = rest[key..].strip_prefix(b"\": ")?;
        let value = match rest.strip_prefix(b"null") {
            Some(_) => 4,
            None => {
                let sign = usize::from(rest.first() == Some(&b'-'));
                let digits = rest[sign..].iter().take_while(|b| b.is_ascii_digit()).count();
                if key == 0 || digits == 0 || (digits > 1 && rest[sign] == b'0') {
                    return None;
                }
                sign + digits
            }
        };
        rest = &rest[value..];
        match rest.strip_prefix(b", ") {
            Some(next) => rest = next,
            None => return Some(rest),
        }
    }
}

/// A line that is not a delta in Onyx's own form: serde's.
fn parse_general(bytes: &[u8]) -> Option<Event> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    if let Ok(DeltaLine { obj, .. }) = serde_json::from_slice::<DeltaLine>(bytes) {
        if let ("message_delta", Some(content)) = (obj.kind, obj.content) {
            return Some(Event::Answer {
                text: content.into_owned(),
            });
        }
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(_) => return Some(Event::Invalid { line: snippet(bytes) }),
    };
    let Value::Object(mut map) = value else {
        return Some(Event::Unknown { packet: value });
    };
    if let Some(obj) = map.remove("obj").filter(|_| map.contains_key("placement")) {
        return Some(packet_event(obj));
    }
    if map.contains_key("error") {
        let error = match map.get("error") {
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        return Some(Event::Error(StreamError {
            error,
            error_code: map.get("error_code").and_then(Value::as_str).map(str::to_string),
            is_retryable: map.get("is_retryable").and_then(Value::as_bool).unwrap_or(false),
        }));
    }
    if map.contains_key("reserved_assistant_message_id") || map.contains_key("user_message_id") {
        return Some(Event::MessageIds {
            user_message_id: map.get("user_message_id").and_then(Value::as_i64),
            assistant_message_id: map.get("reserved_assistant_message_id").and_then(Value::as_i64),
        });
    }
    if let Some(Value::String(id)) = map.get("chat_session_id") {
        return Some(Event::Session {
            chat_session_id: id.clone(),
        });
    }
    Some(Event::Unknown {
        packet: Value::Object(map),
    })
}

/// The event of a packet's `obj`, by its `type`.
fn packet_event(obj: Value) -> Event {
    known_packet(&obj).unwrap_or(Event::Unknown { packet: obj })
}

/// `None` for a kind this client does not act on, or a known kind whose
/// fields are missing or of the wrong type.
fn known_packet(obj: &Value) -> Option<Event> {
    let obj = obj.as_object()?;
    Some(match obj.get("type")?.as_str()? {
        "stop" => Event::Stop {
            stop_reason: optional(obj, "stop_reason")?,
        },
        "section_end" => Event::SectionEnd,
        "error" => Event::ToolError,
        "chat_heartbeat" => Event::Heartbeat,
        "message_start" => Event::AnswerStart {
            documents: optional(obj, "final_documents")?.unwrap_or_default(),
        },
        "message_delta" => Event::Answer {
            text: required(obj, "content")?,
        },
        "citation_info" => Event::Citation {
            number: required(obj, "citation_number")?,
            document_id: required(obj, "document_id")?,
        },
        "reasoning_start" => Event::ReasoningStart,
        "reasoning_delta" => Event::Reasoning {
            text: required(obj, "reasoning")?,
        },
        "reasoning_done" => Event::ReasoningDone,
        "search_tool_start" => Event::SearchStart {
            internet: match obj.get("is_internet_search") {
                None => false,
                Some(value) => bool::deserialize(value).ok()?,
            },
        },
        "search_tool_queries_delta" => Event::SearchQueries {
            queries: required(obj, "queries")?,
        },
        "search_tool_documents_delta" | "open_url_documents" => Event::Documents {
            documents: required(obj, "documents")?,
        },
        _ => return None,
    })
}

/// A field that must be there, of type `T`.
fn required<T: DeserializeOwned>(obj: &Map<String, Value>, name: &str) -> Option<T> {
    T::deserialize(obj.get(name)?).ok()
}

/// A field that may be missing or null; `None` (outer) when it has the wrong type.
fn optional<T: DeserializeOwned>(obj: &Map<String, Value>, name: &str) -> Option<Option<T>> {
    match obj.get(name) {
        None | Some(Value::Null) => Some(None),
        Some(value) => T::deserialize(value).ok().map(Some),
    }
}

fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]);
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line on its own, as the first of a stream.
    fn parse_event(bytes: &[u8]) -> Option<Event> {
        EventParser::default().parse(bytes)
    }

    /// The fast path takes a line only when serde would read the same text
    /// from it, and leaves every other line to serde.
    #[test]
    fn the_fast_delta_path_agrees_with_serde() {
        let serde_text = |line: &[u8]| match serde_json::from_slice::<DeltaLine>(line) {
            Ok(DeltaLine { obj, .. }) if obj.kind == "message_delta" => obj.content.map(Cow::into_owned),
            _ => None,
        };
        let onyx = |placement: &str, content: &str| {
            format!(r#"{{"placement": {placement}, "obj": {{"type": "message_delta", "content": "{content}"}}}}"#)
        };
        let usual = r#"{"turn_index": 0, "tab_index": 0, "sub_turn_index": null, "model_index": 0}"#;
        let taken = [
            onyx(usual, " The"),
            onyx(usual, ""),
            onyx(r#"{"turn_index": 12, "tab_index": -1}"#, "naïve → ok"),
            onyx(usual, "x") + "\r\n",
        ];
        for line in &taken {
            let fast = EventParser::default()
                .onyx_delta_text(line.as_bytes())
                .map(str::to_string);
            assert!(fast.is_some(), "not taken: {line}");
            assert_eq!(fast, serde_text(line.as_bytes()), "{line}");
        }
        let left = [
            onyx(usual, r#"a\"b"#),
            onyx(usual, r"\u00e9"),
            onyx(usual, "tab\there"),
            onyx(r#"{"turn_index": 01}"#, "x"),
            onyx(r#"{"turn_index": }"#, "x"),
            onyx(r#"{"": 0}"#, "x"),
            onyx(r#"{"turn_index": "0"}"#, "x"),
            onyx(r#"{"turn_index": 0, "x": {"y": 1}}"#, "x"),
            onyx(r#"{"x": "}, "}"#, "x"),
            onyx(usual, "x") + " trailing",
            onyx(usual, "x").replace("}}", "} }"),
            onyx(usual, "x").replace("message_delta", "reasoning_delta"),
            onyx(usual, "x").replacen(", ", ",", 1),
            r#"{"obj": {"type": "message_delta", "content": "x"}, "placement": {"turn_index": 0}}"#.to_string(),
            r#"{"placement": {"turn_index": 0}, "obj": {"content": "x", "type": "message_delta"}}"#.to_string(),
        ];
        for line in &left {
            assert_eq!(
                EventParser::default().onyx_delta_text(line.as_bytes()),
                None,
                "taken: {line}"
            );
        }
        // What serde makes of a line the fast path leaves is unchanged.
        let escaped = onyx(usual, r#"a\"b"#);
        assert_eq!(
            parse_event(escaped.as_bytes()),
            Some(Event::Answer { text: "a\"b".into() })
        );
        let invalid = onyx(usual, "x").replace("}}", "}");
        assert!(matches!(parse_event(invalid.as_bytes()), Some(Event::Invalid { .. })));
        let non_utf8 = [
            &br#"{"placement": {"turn_index": 0}, "obj": {"type": "message_delta", "content": ""#[..],
            b"\xff",
            b"\"}}",
        ]
        .concat();
        assert_eq!(EventParser::default().onyx_delta_text(&non_utf8), None);
    }

    /// A placement remembered from one line speeds up the next lines that
    /// carry the same one, and decides nothing for the others: a line that
    /// only starts with it is checked key by key as if nothing were known.
    #[test]
    fn a_remembered_placement_takes_only_the_very_same_bytes() {
        let line = |placement: &str, content: &str| {
            format!(r#"{{"placement": {{{placement}}}, "obj": {{"type": "message_delta", "content": "{content}"}}}}"#)
        };
        let usual = r#""turn_index": 0, "tab_index": 0, "sub_turn_index": null"#;
        let mut parser = EventParser::default();
        let text = |parser: &mut EventParser, line: &str| parser.onyx_delta_text(line.as_bytes()).map(str::to_string);
        assert_eq!(text(&mut parser, &line(usual, "one")).as_deref(), Some("one"));
        assert_eq!(parser.placement, usual.as_bytes());
        assert_eq!(text(&mut parser, &line(usual, "two")).as_deref(), Some("two"));
        // Longer than the remembered one, well formed: taken, and remembered.
        let longer = format!("{usual}, \"model_index\": 3");
        assert_eq!(text(&mut parser, &line(&longer, "three")).as_deref(), Some("three"));
        assert_eq!(parser.placement, longer.as_bytes());
        // The remembered bytes and then more that is no JSON, or a broken
        // value after them: left to serde, which finds them invalid.
        for broken in [
            format!("{longer}x"),
            format!("{longer}, \"x\": 01"),
            format!("{longer}, \"x\""),
        ] {
            assert_eq!(text(&mut parser, &line(&broken, "x")), None, "{broken}");
            assert!(
                matches!(parser.parse(line(&broken, "x").as_bytes()), Some(Event::Invalid { .. })),
                "{broken}"
            );
        }
        // The same placement with content the fast path leaves stays left.
        assert_eq!(text(&mut parser, &line(&longer, r#"a\"b"#)), None);
        assert_eq!(
            parser.parse(line(&longer, r#"a\"b"#).as_bytes()),
            Some(Event::Answer { text: "a\"b".into() })
        );
        assert_eq!(parser.placement, longer.as_bytes());
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
        let long = vec![b'a'; 3 * 1024 * 1024];
        assert!(matches!(parse_event(&long), Some(Event::Invalid { .. })));
    }

    #[test]
    fn known_kinds_in_an_unexpected_shape_are_passed_on() {
        let packet = |obj: Value| {
            let line = serde_json::json!({"placement": {"turn_index": 0}, "obj": obj});
            parse_event(line.to_string().as_bytes()).unwrap()
        };
        let unknown = |obj: Value| Event::Unknown { packet: obj };
        for odd in [
            serde_json::json!({"type": "message_delta", "content": 1}),
            serde_json::json!({"type": "message_delta"}),
            serde_json::json!({"type": "stop", "stop_reason": 5}),
            serde_json::json!({"type": "citation_info", "citation_number": 1}),
            serde_json::json!({"type": "search_tool_start", "is_internet_search": null}),
            serde_json::json!({"type": "message_start", "final_documents": "x"}),
        ] {
            assert_eq!(packet(odd.clone()), unknown(odd));
        }
        assert_eq!(
            packet(serde_json::json!({"type": "stop", "stop_reason": null, "extra": 1})),
            Event::Stop { stop_reason: None }
        );
        assert_eq!(
            packet(serde_json::json!({"type": "message_start", "final_documents": null})),
            Event::AnswerStart { documents: vec![] }
        );
        assert_eq!(
            packet(serde_json::json!({"type": "search_tool_start"})),
            Event::SearchStart { internet: false }
        );
        assert_eq!(
            packet(serde_json::json!({"type": "citation_info", "citation_number": 2, "document_id": "d"})),
            Event::Citation {
                number: 2,
                document_id: "d".into()
            }
        );
    }

    #[test]
    fn lines_that_are_no_packet() {
        assert_eq!(
            parse_event(br#"{"chat_session_id": "s1"}"#),
            Some(Event::Session {
                chat_session_id: "s1".into()
            })
        );
        assert_eq!(
            parse_event(br#"{"obj": 1, "other": 2}"#),
            Some(Event::Unknown {
                packet: serde_json::json!({"other": 2})
            })
        );
        assert_eq!(
            parse_event(b"[1]"),
            Some(Event::Unknown {
                packet: serde_json::json!([1])
            })
        );
    }
}
