//! Chat: asking (streamed and not) and the stored sessions (REFERENCE §2.1–2.8).

use super::error::{Error, Result};
use super::stream::{Event, EventParser, LineError, LineReader};
use super::types::{
    ChatFullResponse, ChatRenameRequest, ChatSessionDetailResponse, ChatSessionsResponse, RenameChatSessionResponse,
    SendMessageRequest,
};
use super::{decode_json, segment, Body, CallOptions, Client, Response};
use reqwest::Method;
use serde_json::Value;

/// An answer being streamed: events read one line at a time, as they arrive.
pub struct ChatStream {
    url: String,
    lines: LineReader<Response>,
    parser: EventParser,
    /// Events read so far, heartbeats aside: where a replay of the run resumes.
    events: usize,
}

/// Past this much of one line, reading it is the line reader's business (it
/// refuses lines over its limit); nothing more is taken in to find its end.
const LOOK_AHEAD: usize = 1 << 20;

impl ChatStream {
    /// True when the next event can be read without waiting for the network:
    /// a whole line has arrived (what the socket already holds is taken in to
    /// see), or the body has ended. Never blocks.
    pub fn line_ready(&mut self) -> bool {
        let mut seen = 0;
        loop {
            if self.buffered_from(seen) {
                return true;
            }
            seen = self.lines.get_ref().buffered().len();
            if !self.lines.get_mut().pull_ready() {
                return false;
            }
        }
    }

    /// Like `line_ready` with what has been taken in already: no system call.
    pub fn line_buffered(&self) -> bool {
        self.buffered_from(0)
    }

    fn buffered_from(&self, seen: usize) -> bool {
        let response = self.lines.get_ref();
        let buffered = response.buffered();
        response.settled() || memchr::memchr(b'\n', &buffered[seen..]).is_some() || buffered.len() > LOOK_AHEAD
    }

    /// The next event; `None` when the server closed the body. Blank lines are skipped.
    pub fn next_event(&mut self) -> Result<Option<Event>> {
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(None),
                Err(LineError::Io(e)) => return Err(read_error(&self.url, e)),
                Err(LineError::TooLong { limit }) => {
                    return Err(Error::StreamLineTooLong {
                        url: self.url.clone(),
                        limit,
                    })
                }
            };
            if let Some(event) = self.parser.parse(line) {
                // Heartbeats are made per connection, so they are not counted
                // when lining a replay up with what was already read.
                if event != Event::Heartbeat {
                    self.events += 1;
                }
                return Ok(Some(event));
            }
        }
    }

    /// How many events (heartbeats aside) have been read.
    pub fn events_read(&self) -> usize {
        self.events
    }

    /// Reads past the first `count` events of a replay (heartbeats aside):
    /// those were received before the connection broke.
    pub fn skip_events(&mut self, count: usize) -> Result<()> {
        while self.events < count {
            if self.next_event()?.is_none() {
                break;
            }
        }
        Ok(())
    }
}

/// Why reading the stream failed, as an error of the API.
fn read_error(url: &str, e: std::io::Error) -> Error {
    let text = e.to_string();
    if text.to_lowercase().contains("timed out") || e.kind() == std::io::ErrorKind::TimedOut {
        Error::Timeout {
            url: url.to_string(),
            seconds: 0,
        }
    } else {
        Error::StreamBroken {
            url: url.to_string(),
            reason: text,
        }
    }
}

/// `POST /chat/send-chat-message` with `stream: true`: the NDJSON answer stream.
pub fn send_message_stream(client: &Client, request: &SendMessageRequest) -> Result<ChatStream> {
    let body = serde_json::to_value(request).map_err(|e| Error::Encode(e.to_string()))?;
    let call = CallOptions {
        no_retry: true,
        streaming: true,
        ..CallOptions::default()
    };
    let response = client.send(Method::POST, "/chat/send-chat-message", &[], &Body::Json(body), call)?;
    Ok(chat_stream(response))
}

fn chat_stream(response: Response) -> ChatStream {
    ChatStream {
        url: response.url().to_string(),
        // The response buffers the body itself, one piece per HTTP chunk.
        lines: LineReader::new(response),
        parser: EventParser::default(),
        events: 0,
    }
}

/// `GET /chat/chat-session/{session_id}/resume-stream?cursor=0`: the buffered
/// stream of the session's run still in flight, replayed from its start and
/// then tailed live; 404 when no run is in flight.
pub fn resume_stream(client: &Client, session_id: &str) -> Result<ChatStream> {
    let call = CallOptions {
        no_retry: true,
        streaming: true,
        ..CallOptions::default()
    };
    let path = format!("/chat/chat-session/{}/resume-stream", segment(session_id));
    let query = [("cursor".to_string(), "0".to_string())];
    let response = client.send(Method::GET, &path, &query, &Body::Empty, call)?;
    Ok(chat_stream(response))
}

/// `POST /chat/send-chat-message` with `stream: false`: one `ChatFullResponse`.
pub fn send_message(client: &Client, request: &SendMessageRequest) -> Result<ChatFullResponse> {
    client.post("/chat/send-chat-message", request)
}

/// `GET /chat/get-user-chat-sessions`: one page of the caller's sessions, newest first.
pub fn list_sessions(client: &Client, page_size: usize, before: Option<&str>) -> Result<ChatSessionsResponse> {
    let mut query = vec![("page_size".to_string(), page_size.to_string())];
    if let Some(before) = before {
        query.push(("before".to_string(), before.to_string()));
    }
    client.get("/chat/get-user-chat-sessions", &query)
}

/// `GET /chat/get-chat-session/{id}`, typed.
pub fn get_session(client: &Client, id: &str) -> Result<ChatSessionDetailResponse> {
    client.get(&format!("/chat/get-chat-session/{}", segment(id)), &[])
}

/// `GET /chat/get-chat-session/{id}`, exactly as the server sent it (untyped, every field kept).
pub fn get_session_raw(client: &Client, id: &str) -> Result<Value> {
    let response = client.send(
        Method::GET,
        &format!("/chat/get-chat-session/{}", segment(id)),
        &[],
        &Body::Empty,
        CallOptions::default(),
    )?;
    decode_json(response)
}

/// `DELETE /chat/delete-chat-session/{id}`.
pub fn delete_session(client: &Client, id: &str) -> Result<()> {
    let _: Value = client.delete(&format!("/chat/delete-chat-session/{}", segment(id)), &[])?;
    Ok(())
}

/// `DELETE /chat/delete-all-chat-sessions`: every session of the caller.
pub fn delete_all_sessions(client: &Client) -> Result<()> {
    let _: Value = client.delete("/chat/delete-all-chat-sessions", &[])?;
    Ok(())
}

/// `PUT /chat/rename-chat-session`; the server's new name.
pub fn rename_session(client: &Client, id: &str, name: &str) -> Result<String> {
    let request = ChatRenameRequest {
        chat_session_id: id.to_string(),
        name: Some(name.to_string()),
    };
    let response: RenameChatSessionResponse = client.put("/chat/rename-chat-session", &request)?;
    Ok(response.new_name)
}

/// `POST /chat/stop-chat-session/{id}`: ends a running generation (closing
/// the connection alone does not).
pub fn stop_session(client: &Client, id: &str) -> Result<()> {
    let call = CallOptions {
        no_retry: true,
        timeout: Some(std::time::Duration::from_secs(5)),
        ..CallOptions::default()
    };
    client.send(
        Method::POST,
        &format!("/chat/stop-chat-session/{}", segment(id)),
        &[],
        &Body::Empty,
        call,
    )?;
    Ok(())
}
