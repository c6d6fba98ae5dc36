//! One streamed request over a plain `http://` socket, its body read straight
//! from the socket's buffer.
//!
//! A real Onyx server sends the chat stream with `transfer-encoding: chunked`,
//! one HTTP chunk per packet (~50,000 for a long answer). Through hyper each
//! chunk is its own hand-over between the connection task and the body
//! reader: on the benchmark's stream (docs/benchmarks.md) that costs more CPU
//! than everything else the client does. Here one `read(2)` takes in every
//! chunk that has arrived and `ChunkedDecoder` strips their framing in one
//! pass. Only the stream goes this way, and only where nothing else is
//! involved: `https://`, a proxy from the environment, credentials in the URL
//! or a body that is not plain bytes keep reqwest (`eligible`).

use super::chunked::ChunkedDecoder;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::StatusCode;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::time::Duration;

/// The most a response head may take; a real one is well under 8 KiB.
const MAX_HEAD: usize = 64 * 1024;

/// How much one read takes from the socket: everything a burst brings.
const READ_SIZE: usize = 256 * 1024;

/// True when `request` can be sent here exactly as reqwest would send it.
pub(super) fn eligible(request: &reqwest::Request) -> bool {
    let url = request.url();
    let body_is_bytes = request.body().is_none_or(|body| body.as_bytes().is_some());
    url.scheme() == "http"
        && url.username().is_empty()
        && url.password().is_none()
        && body_is_bytes
        && !proxy_in_environment()
}

/// reqwest reads these for an `http://` URL (NO_PROXY only narrows them).
fn proxy_in_environment() -> bool {
    ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// The answer's status line and headers, and its body still to be read.
pub(super) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: SocketBody,
    /// Body bytes that came with the head.
    pub first: Vec<u8>,
}

/// Sends `request` and reads the answer's head. `timeout` bounds each wait
/// for the network (a write, the head, any later read), as reqwest's
/// `read_timeout` does; `connect_timeout` the connection.
pub(super) fn send(
    request: &reqwest::Request,
    user_agent: &str,
    timeout: Duration,
    connect_timeout: Duration,
) -> io::Result<Answer> {
    let url = request.url();
    let socket = connect(url, connect_timeout)?;
    socket.set_nodelay(true)?;
    socket.set_write_timeout(Some(timeout))?;
    socket.set_read_timeout(Some(timeout))?;
    let mut wire = request_head(request, user_agent);
    if let Some(body) = request.body().and_then(|body| body.as_bytes()) {
        wire.extend_from_slice(body);
    }
    (&socket).write_all(&wire)?;
    let (status, headers, rest) = read_head(&socket)?;
    socket.set_nonblocking(true)?;
    let framing = if status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED {
        Framing::Length(0)
    } else if is_chunked(&headers) {
        Framing::Chunked(ChunkedDecoder::default())
    } else if let Some(length) = content_length(&headers) {
        Framing::Length(length)
    } else {
        Framing::UntilClose
    };
    let mut body = SocketBody {
        socket,
        framing,
        scratch: Vec::new(),
        timeout,
        ended: false,
    };
    let mut first = Vec::new();
    body.take(&rest, &mut first)?;
    Ok(Answer {
        status,
        headers,
        body,
        first,
    })
}

fn connect(url: &reqwest::Url, connect_timeout: Duration) -> io::Result<TcpStream> {
    let mut last = io::Error::new(io::ErrorKind::NotFound, "the host name resolved to no address");
    for address in url.socket_addrs(|| Some(80))? {
        match TcpStream::connect_timeout(&address, connect_timeout) {
            Ok(socket) => return Ok(socket),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// The request line and headers as reqwest writes them: its own defaults
/// (`user-agent`, `accept`) where the request has none, `host` and the length.
fn request_head(request: &reqwest::Request, user_agent: &str) -> Vec<u8> {
    let url = request.url();
    let mut head = Vec::with_capacity(1024);
    head.extend_from_slice(request.method().as_str().as_bytes());
    head.push(b' ');
    head.extend_from_slice(url.path().as_bytes());
    if let Some(query) = url.query() {
        head.push(b'?');
        head.extend_from_slice(query.as_bytes());
    }
    head.extend_from_slice(b" HTTP/1.1\r\n");
    let headers = request.headers();
    let mut add = |name: &str, value: &[u8]| {
        head.extend_from_slice(name.as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value);
        head.extend_from_slice(b"\r\n");
    };
    if !headers.contains_key(reqwest::header::HOST) {
        let host = url.host_str().unwrap_or_default();
        match url.port() {
            Some(port) => add("host", format!("{host}:{port}").as_bytes()),
            None => add("host", host.as_bytes()),
        }
    }
    if !headers.contains_key(reqwest::header::USER_AGENT) {
        add("user-agent", user_agent.as_bytes());
    }
    if !headers.contains_key(reqwest::header::ACCEPT) {
        add("accept", b"*/*");
    }
    for (name, value) in headers {
        add(name.as_str(), value.as_bytes());
    }
    let length = request.body().and_then(|body| body.as_bytes()).map_or(0, <[u8]>::len);
    if length > 0 || !matches!(*request.method(), reqwest::Method::GET | reqwest::Method::HEAD) {
        add("content-length", length.to_string().as_bytes());
    }
    head.extend_from_slice(b"\r\n");
    head
}

/// Reads up to the end of the answer's head (skipping any `1xx`); the
/// status, the headers and the bytes read past the head.
fn read_head(mut socket: &TcpStream) -> io::Result<(StatusCode, HeaderMap, Vec<u8>)> {
    let mut buf = Vec::with_capacity(8 * 1024);
    let mut block = [0u8; 8 * 1024];
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
                let status = StatusCode::from_u16(code).map_err(|_| invalid("the status code is not valid"))?;
                let mut headers = HeaderMap::with_capacity(parsed.headers.len());
                for field in parsed.headers.iter() {
                    let name = HeaderName::from_bytes(field.name.as_bytes())
                        .map_err(|_| invalid("a header name is not valid"))?;
                    let value =
                        HeaderValue::from_bytes(field.value).map_err(|_| invalid("a header value is not valid"))?;
                    headers.append(name, value);
                }
                return Ok((status, headers, buf.split_off(length)));
            }
            Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => {}
            Ok(httparse::Status::Partial) => return Err(invalid("the answer's head is too long")),
            Err(e) => return Err(invalid(&format!("the answer's head is not HTTP ({e})"))),
        }
        let n = match socket.read(&mut block) {
            Ok(0) => {
                return Err(io::Error::new(
                    io::ErrorKind::ConnectionAborted,
                    "the connection closed before the answer's head arrived",
                ))
            }
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Err(timed_out()),
            Err(e) => return Err(e),
        };
        buf.extend_from_slice(&block[..n]);
    }
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
    timeout: Duration,
    ended: bool,
}

impl SocketBody {
    /// True once the body has been read to its end.
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Reads what the socket holds into `out` (waiting for the network only
    /// when `wait`, at most the timeout); true when the body grew or ended.
    pub fn pull(&mut self, out: &mut Vec<u8>, wait: bool) -> io::Result<bool> {
        if self.ended {
            return Ok(true);
        }
        if self.scratch.len() < READ_SIZE {
            self.scratch.resize(READ_SIZE, 0);
        }
        loop {
            let before = out.len();
            let n = match (&self.socket).read(&mut self.scratch) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    if !wait {
                        return Ok(false);
                    }
                    self.wait_readable()?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            if n == 0 {
                return self.closed();
            }
            let scratch = std::mem::take(&mut self.scratch);
            let taken = self.take(&scratch[..n], out);
            self.scratch = scratch;
            taken?;
            if self.ended || out.len() > before {
                return Ok(true);
            }
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

    fn wait_readable(&self) -> io::Result<()> {
        let mut polled = libc::pollfd {
            fd: self.socket.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = i32::try_from(self.timeout.as_millis().max(1)).unwrap_or(i32::MAX);
        loop {
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
