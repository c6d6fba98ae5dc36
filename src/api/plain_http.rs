//! Requests over a plain `http://` socket, their answers read straight from
//! the socket's buffer.
//!
//! A real Onyx server sends the chat stream with `transfer-encoding: chunked`,
//! one HTTP chunk per packet (~50,000 for a long answer). Through hyper each
//! chunk is its own hand-over between the connection task and the body
//! reader: on the benchmark's stream (docs/benchmarks.md) that cost more CPU
//! than everything else the client does. Here one `read(2)` takes in every
//! chunk that has arrived and `ChunkedDecoder` strips their framing in one
//! pass. A one-request command likewise never starts an async runtime, an
//! HTTP stack or a TLS configuration it does not use. Only plain requests go
//! this way: `https://`, a proxy from the environment, credentials in the URL
//! and multipart uploads keep reqwest (`eligible`). One connection is kept
//! alive between the requests of a command, as reqwest's pool would.

use super::chunked::ChunkedDecoder;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The most a response head may take; a real one is well under 8 KiB.
const MAX_HEAD: usize = 64 * 1024;

/// How much one read takes from the socket at most: everything a burst brings.
const READ_SIZE: usize = 256 * 1024;

/// How much the first read of a body takes; each read that fills the buffer
/// doubles it, up to `READ_SIZE`. Zeroing all of `READ_SIZE` at once was 64
/// page faults, a fifth of those of a `session list` whose 15 KB answer takes
/// two reads.
const FIRST_READ_SIZE: usize = 16 * 1024;

/// True when a request to `url` can be sent here exactly as reqwest would send it.
pub(super) fn eligible(url: &Url) -> bool {
    url.scheme() == "http" && url.username().is_empty() && url.password().is_none() && !proxy_in_environment()
}

/// The proxy variables reqwest reads for an `http://` URL (NO_PROXY only narrows them).
pub(super) const HTTP_PROXY_VARIABLES: [&str; 4] = ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];

fn proxy_in_environment() -> bool {
    HTTP_PROXY_VARIABLES
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// One request: what reqwest's `RequestBuilder` would have been given.
pub(super) struct Request<'a> {
    pub method: &'a Method,
    pub url: &'a Url,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
    pub user_agent: &'a str,
    /// Bounds each wait for the network (a write, the head, any later read).
    pub idle: Duration,
    /// Bounds the whole exchange up to the end of the body (not for a stream).
    pub total: Option<Duration>,
    pub connect_timeout: Duration,
}

/// The connection kept alive for the next request, and where it leads.
#[derive(Default)]
pub(super) struct Pool(Mutex<Option<(String, TcpStream)>>);

/// The answer's status line and headers, and its body still to be read.
pub(super) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: SocketBody,
    /// Body bytes that came with the head.
    pub first: Vec<u8>,
}

/// Sends `request` (on the kept-alive connection when there is one to its
/// server) and reads the answer's head.
pub(super) fn send(request: &Request<'_>, pool: &Arc<Pool>) -> io::Result<Answer> {
    let started = Instant::now();
    let deadline = request.total.map(|total| started + total);
    let key = format!(
        "{}:{}",
        request.url.host_str().unwrap_or_default(),
        request.url.port_or_known_default().unwrap_or(80)
    );
    let wire = request_bytes(request);
    // A request that must not be applied twice never goes on a kept
    // connection: the server may close one just as the request arrives, and
    // it would then have to be sent again without knowing whether it was read.
    let idempotent = matches!(
        *request.method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    );
    let kept = {
        let mut idle = pool.0.lock().expect("pool lock");
        match idle.take() {
            Some((to, socket)) if to == key && idempotent => Some(socket),
            other => {
                *idle = other;
                None
            }
        }
    };
    if let Some(socket) = kept {
        match exchange(socket, &wire, request, deadline) {
            Ok(exchanged) => return answer(exchanged, pool, key),
            // The server closed the kept connection before answering: it
            // processed nothing, so the request goes again on a new one.
            Err((_, true)) => {}
            Err((e, false)) => return Err(e),
        }
    }
    let socket = connect(request.url, request.connect_timeout)?;
    socket.set_nodelay(true)?;
    socket.set_nonblocking(true)?;
    let exchanged = exchange(socket, &wire, request, deadline).map_err(|(e, _)| e)?;
    answer(exchanged, pool, key)
}

type Exchanged = (StatusCode, HeaderMap, SocketBody, Vec<u8>);

/// Writes the request and reads the head; on failure, whether nothing at all
/// came back (a kept connection the server had already closed).
fn exchange(
    socket: TcpStream,
    wire: &[u8],
    request: &Request<'_>,
    deadline: Option<Instant>,
) -> Result<Exchanged, (io::Error, bool)> {
    let mut body = SocketBody {
        socket,
        framing: Framing::UntilClose,
        scratch: Vec::new(),
        idle: request.idle,
        deadline,
        ended: false,
        reusable: false,
        pool: None,
    };
    if let Err(e) = body.write_all(wire) {
        return Err((e, true));
    }
    let (status, headers, rest) = body.read_head()?;
    let keep_alive = !headers
        .get_all(reqwest::header::CONNECTION)
        .iter()
        .any(|value| value.to_str().is_ok_and(|v| v.to_ascii_lowercase().contains("close")));
    body.framing =
        if status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED || *request.method == Method::HEAD {
            Framing::Length(0)
        } else if is_chunked(&headers) {
            Framing::Chunked(ChunkedDecoder::default())
        } else if let Some(length) = content_length(&headers) {
            Framing::Length(length)
        } else {
            Framing::UntilClose
        };
    body.reusable = keep_alive && !matches!(body.framing, Framing::UntilClose);
    Ok((status, headers, body, rest))
}

fn answer((status, headers, mut body, rest): Exchanged, pool: &Arc<Pool>, key: String) -> io::Result<Answer> {
    let mut first = Vec::new();
    body.take(&rest, &mut first)?;
    body.pool = Some((Arc::clone(pool), key));
    Ok(Answer {
        status,
        headers,
        body,
        first,
    })
}

fn connect(url: &Url, connect_timeout: Duration) -> io::Result<TcpStream> {
    let mut last = io::Error::new(io::ErrorKind::NotFound, "the host name resolved to no address");
    for address in url.socket_addrs(|| Some(80))? {
        match TcpStream::connect_timeout(&address, connect_timeout) {
            Ok(socket) => return Ok(socket),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// The request as reqwest writes it: its own defaults (`user-agent`,
/// `accept`) where the request has none, `host`, the length, the body.
fn request_bytes(request: &Request<'_>) -> Vec<u8> {
    let url = request.url;
    let mut wire = Vec::with_capacity(1024 + request.body.len());
    wire.extend_from_slice(request.method.as_str().as_bytes());
    wire.push(b' ');
    wire.extend_from_slice(url.path().as_bytes());
    if let Some(query) = url.query() {
        wire.push(b'?');
        wire.extend_from_slice(query.as_bytes());
    }
    wire.extend_from_slice(b" HTTP/1.1\r\n");
    let headers = request.headers;
    let mut add = |name: &str, value: &[u8]| {
        wire.extend_from_slice(name.as_bytes());
        wire.extend_from_slice(b": ");
        wire.extend_from_slice(value);
        wire.extend_from_slice(b"\r\n");
    };
    if !headers.contains_key(reqwest::header::HOST) {
        let host = url.host_str().unwrap_or_default();
        match url.port() {
            Some(port) => add("host", format!("{host}:{port}").as_bytes()),
            None => add("host", host.as_bytes()),
        }
    }
    if !headers.contains_key(reqwest::header::USER_AGENT) {
        add("user-agent", request.user_agent.as_bytes());
    }
    if !headers.contains_key(reqwest::header::ACCEPT) {
        add("accept", b"*/*");
    }
    for (name, value) in headers {
        add(name.as_str(), value.as_bytes());
    }
    // As hyper does: an empty body is announced only where one is expected.
    if !request.body.is_empty() || matches!(*request.method, Method::POST | Method::PUT | Method::PATCH) {
        add("content-length", request.body.len().to_string().as_bytes());
    }
    wire.extend_from_slice(b"\r\n");
    wire.extend_from_slice(request.body);
    wire
}

fn is_chunked(headers: &HeaderMap) -> bool {
    headers
        .get_all(reqwest::header::TRANSFER_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .next_back()
        .is_some_and(|coding| coding.trim().eq_ignore_ascii_case("chunked"))
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(reqwest::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn invalid(reason: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason.to_string())
}

fn timed_out() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "operation timed out")
}

enum Framing {
    Chunked(ChunkedDecoder),
    Length(u64),
    UntilClose,
}

/// The body of an answer, read from its (non-blocking) socket.
pub(super) struct SocketBody {
    socket: TcpStream,
    framing: Framing,
    scratch: Vec<u8>,
    idle: Duration,
    deadline: Option<Instant>,
    ended: bool,
    /// The connection can carry the next request once this body has ended.
    reusable: bool,
    pool: Option<(Arc<Pool>, String)>,
}

impl Drop for SocketBody {
    fn drop(&mut self) {
        if !(self.ended && self.reusable) {
            return;
        }
        if let (Some((pool, key)), Ok(socket)) = (self.pool.take(), self.socket.try_clone()) {
            *pool.0.lock().expect("pool lock") = Some((key, socket));
        }
    }
}

impl SocketBody {
    /// True once the body has been read to its end.
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Reads what the socket holds into `out` (waiting for the network only
    /// when `wait`); true when the body grew or ended. An error may come after
    /// part of a burst was added to `out`.
    pub fn pull(&mut self, out: &mut Vec<u8>, wait: bool) -> io::Result<bool> {
        if self.ended {
            return Ok(true);
        }
        if self.scratch.is_empty() {
            self.scratch.resize(FIRST_READ_SIZE, 0);
        }
        let before = out.len();
        loop {
            let n = match (&self.socket).read(&mut self.scratch) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    if out.len() > before {
                        return Ok(true);
                    }
                    if !wait {
                        return Ok(false);
                    }
                    self.wait_for(libc::POLLIN)?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            if n == 0 {
                return self.closed();
            }
            let mut scratch = std::mem::take(&mut self.scratch);
            let taken = self.take(&scratch[..n], out);
            // A full buffer may have left part of the burst in the socket:
            // read on, into a bigger one.
            let filled = n == scratch.len();
            if filled && n < READ_SIZE {
                scratch.resize(n * 2, 0);
            }
            self.scratch = scratch;
            taken?;
            if self.ended || (out.len() > before && !filled) {
                return Ok(true);
            }
        }
    }

    fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            match (&self.socket).write(data) {
                Ok(0) => {
                    return Err(io::Error::new(
                        io::ErrorKind::WriteZero,
                        "the connection took no more bytes",
                    ))
                }
                Ok(n) => data = &data[n..],
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => self.wait_for(libc::POLLOUT)?,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Reads up to the end of the answer's head (skipping any `1xx`): the
    /// status, the headers and the bytes read past the head; on failure,
    /// whether nothing at all came back.
    fn read_head(&mut self) -> Result<(StatusCode, HeaderMap, Vec<u8>), (io::Error, bool)> {
        let mut buf = Vec::with_capacity(8 * 1024);
        let mut block = [0u8; 8 * 1024];
        let mut got_any = false;
        loop {
            let mut fields = [httparse::EMPTY_HEADER; 128];
            let mut parsed = httparse::Response::new(&mut fields);
            match parsed.parse(&buf) {
                Ok(httparse::Status::Complete(length)) => {
                    let code = parsed.code.unwrap_or_default();
                    if (100..200).contains(&code) && code != 101 {
                        buf.drain(..length);
                        continue;
                    }
                    return head_of(code, parsed.headers)
                        .map(|(status, headers)| (status, headers, buf.split_off(length)))
                        .map_err(|e| (e, false));
                }
                Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => {}
                Ok(httparse::Status::Partial) => return Err((invalid("the answer's head is too long"), false)),
                Err(e) => return Err((invalid(&format!("the answer's head is not HTTP ({e})")), false)),
            }
            let n = match (&self.socket).read(&mut block) {
                Ok(0) => {
                    let e = io::Error::new(
                        io::ErrorKind::ConnectionAborted,
                        "the connection closed before the answer's head arrived",
                    );
                    return Err((e, !got_any));
                }
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.wait_for(libc::POLLIN).map_err(|e| (e, false))?;
                    continue;
                }
                Err(e) => {
                    let reset = matches!(e.kind(), io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe);
                    return Err((e, reset && !got_any));
                }
            };
            got_any = true;
            buf.extend_from_slice(&block[..n]);
        }
    }

    /// Takes bytes read from the socket: framing stripped, body into `out`.
    fn take(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> io::Result<()> {
        match &mut self.framing {
            Framing::Chunked(decoder) => {
                decoder.decode(bytes, out).map_err(|e| invalid(&e.to_string()))?;
                self.ended = decoder.is_done();
            }
            Framing::Length(left) => {
                let take = bytes.len().min(usize::try_from(*left).unwrap_or(usize::MAX));
                out.extend_from_slice(&bytes[..take]);
                *left -= take as u64;
                self.ended = *left == 0;
            }
            Framing::UntilClose => out.extend_from_slice(bytes),
        }
        Ok(())
    }

    /// The server closed the connection: the end of the body, or a cut one.
    fn closed(&mut self) -> io::Result<bool> {
        if matches!(self.framing, Framing::UntilClose) {
            self.ended = true;
            return Ok(true);
        }
        Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the connection closed before the end of the answer (the body is incomplete)",
        ))
    }

    /// Waits until the socket is ready for `events`, at most the idle
    /// timeout and never past the deadline.
    fn wait_for(&self, events: libc::c_short) -> io::Result<()> {
        let mut polled = libc::pollfd {
            fd: self.socket.as_raw_fd(),
            events,
            revents: 0,
        };
        loop {
            let mut limit = self.idle;
            if let Some(deadline) = self.deadline {
                limit = limit.min(deadline.saturating_duration_since(Instant::now()));
            }
            // Rounded up: a wait of 0.4 ms must not become a zero-timeout poll.
            let millis = i32::try_from(limit.as_micros().div_ceil(1000)).unwrap_or(i32::MAX);
            if millis == 0 {
                return Err(timed_out());
            }
            // SAFETY: one valid pollfd, for a socket this struct owns.
            let ready = unsafe { libc::poll(&mut polled, 1, millis) };
            match ready {
                0 => return Err(timed_out()),
                n if n > 0 => return Ok(()),
                _ => {
                    let e = io::Error::last_os_error();
                    if e.kind() != io::ErrorKind::Interrupted {
                        return Err(e);
                    }
                }
            }
        }
    }
}

/// The status and headers of a parsed head.
fn head_of(code: u16, fields: &[httparse::Header<'_>]) -> io::Result<(StatusCode, HeaderMap)> {
    let status = StatusCode::from_u16(code).map_err(|_| invalid("the status code is not valid"))?;
    let mut headers = HeaderMap::with_capacity(fields.len());
    for field in fields {
        let name = HeaderName::from_bytes(field.name.as_bytes()).map_err(|_| invalid("a header name is not valid"))?;
        let value = HeaderValue::from_bytes(field.value).map_err(|_| invalid("a header value is not valid"))?;
        headers.append(name, value);
    }
    Ok((status, headers))
}
