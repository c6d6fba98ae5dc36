//! The one HTTP client under `Client`: reqwest's async client driven by a
//! single-threaded tokio runtime on the calling thread.
//!
//! reqwest's blocking facade runs its own runtime on a second thread and hands
//! every HTTP chunk across (an eventfd write and an `epoll_wait` per chunk; a
//! real Onyx server sends one chunk per stream packet), and it starts that
//! thread for every command. Here each call is `block_on` on the caller's
//! thread: the socket is read by the thread that consumes the bytes. The
//! public API stays synchronous.

use super::error::{Error, Result};
use super::{plain_http, user_agent};
use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Poll, Waker};
use std::time::Duration;

pub(super) struct Transport {
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    /// reqwest and its runtime, started on first need: a command whose
    /// requests all go over plain sockets never starts them.
    reqwest: OnceLock<std::result::Result<Reqwest, String>>,
    /// The connection kept alive between plain requests.
    pool: Arc<plain_http::Pool>,
}

struct Reqwest {
    runtime: Arc<tokio::runtime::Runtime>,
    http: reqwest::Client,
}

/// Why a request got no answer.
#[derive(Debug)]
pub(super) enum SendError {
    Http(reqwest::Error),
    /// From a stream sent over a plain socket (`plain_http`).
    Socket(std::io::Error),
}

impl SendError {
    /// True when the request could not even be built (it would fail again).
    pub(super) fn is_builder(&self) -> bool {
        matches!(self, SendError::Http(e) if e.is_builder())
    }

    pub(super) fn is_timeout(&self) -> bool {
        match self {
            SendError::Http(e) => e.is_timeout(),
            SendError::Socket(e) => e.kind() == std::io::ErrorKind::TimedOut,
        }
    }

    /// The innermost cause, the one that says what happened.
    pub(super) fn root_cause(&self) -> String {
        let top: &dyn std::error::Error = match self {
            SendError::Http(e) => e,
            SendError::Socket(e) => e,
        };
        let mut reason = top.to_string();
        let mut source = top.source();
        while let Some(inner) = source {
            reason = inner.to_string();
            source = inner.source();
        }
        reason
    }
}

impl From<reqwest::Error> for SendError {
    fn from(e: reqwest::Error) -> Self {
        SendError::Http(e)
    }
}

impl Transport {
    pub(super) fn new(base_url: &str, timeout: Duration, connect_timeout: Duration) -> Self {
        Transport {
            base_url: base_url.to_string(),
            timeout,
            connect_timeout,
            reqwest: OnceLock::new(),
            pool: Arc::default(),
        }
    }

    /// reqwest's client. Redirects are not followed because a redirect from
    /// the API is a proxy or SSO login page, never data. The system's root
    /// certificates (~150 files to read and parse) are loaded only when TLS
    /// can be needed: never for an `http://` server reached without a TLS proxy.
    fn reqwest(&self) -> Result<&Reqwest> {
        let built = self.reqwest.get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_io()
                .enable_time()
                .build()
                .map_err(|e| format!("could not start the HTTP runtime ({e})"))?;
            let mut builder = reqwest::Client::builder()
                .user_agent(user_agent())
                // Bounds the wait for each read (the answer's head, each piece of
                // a body), never a whole stream.
                .read_timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .redirect(reqwest::redirect::Policy::none());
            if !needs_tls(&self.base_url) {
                builder = builder.tls_built_in_root_certs(false);
            }
            // Building the client spawns nothing, but its connector wants a runtime.
            let http = {
                let _entered = runtime.enter();
                builder.build().map_err(|e| e.to_string())?
            };
            Ok(Reqwest {
                runtime: Arc::new(runtime),
                http,
            })
        });
        built.as_ref().map_err(|e| Error::Setup(e.clone()))
    }

    pub(super) fn request(&self, method: Method, url: &str) -> Result<RequestBuilder> {
        Ok(self.reqwest()?.http.request(method, url))
    }

    /// Sends a request made by `request` and waits for the answer's head; the
    /// body is then read by a task of the runtime, whenever the caller's
    /// thread runs it.
    pub(super) fn send(&self, request: RequestBuilder) -> std::result::Result<Response, SendError> {
        let reqwest = self
            .reqwest()
            .map_err(|e| SendError::Socket(std::io::Error::other(e.to_string())))?;
        // Inside the runtime: building the future arms its timers.
        let inner = reqwest.runtime.block_on(async { request.send().await })?;
        Ok(task_response(&reqwest.runtime, inner))
    }

    /// Sends a request over a plain socket (`plain_http`; the caller checked
    /// `plain_http::eligible`): `total` bounds it up to the end of its body,
    /// `None` for a stream, which only the idle timeout bounds.
    pub(super) fn send_plain(
        &self,
        method: &Method,
        url: &Url,
        headers: &HeaderMap,
        body: &[u8],
        total: Option<Duration>,
    ) -> std::result::Result<Response, SendError> {
        let request = plain_http::Request {
            method,
            url,
            headers,
            body,
            user_agent: &user_agent(),
            idle: self.timeout,
            total,
            connect_timeout: self.connect_timeout,
        };
        let answer = plain_http::send(&request, &self.pool).map_err(SendError::Socket)?;
        Ok(Response {
            status: answer.status,
            headers: answer.headers,
            url: url.clone(),
            body: Body::Socket {
                body: answer.body,
                failed: None,
            },
            buf: answer.first,
            pos: 0,
        })
    }
}

fn task_response(runtime: &Arc<tokio::runtime::Runtime>, inner: reqwest::Response) -> Response {
    let status = inner.status();
    let headers = inner.headers().clone();
    let url = inner.url().clone();
    let shared = Arc::new(Mutex::new(Shared::default()));
    let reader = runtime.spawn(read_body(inner, Arc::clone(&shared)));
    Response {
        status,
        headers,
        url,
        body: Body::Task {
            runtime: Arc::clone(runtime),
            shared,
            reader,
        },
        buf: Vec::new(),
        pos: 0,
    }
}

/// True when a request to `base_url` can involve TLS: an `https://` server,
/// or a proxy from the environment that is itself reached over https.
fn needs_tls(base_url: &str) -> bool {
    let is_https = |url: &str| url.trim().get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    if is_https(base_url) {
        return true;
    }
    super::plain_http::HTTP_PROXY_VARIABLES
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .any(|proxy| is_https(&proxy))
}

/// How much of a body is read ahead of the caller before the reader waits.
const READ_AHEAD: usize = 1 << 20;

/// The body as the reader task hands it over.
#[derive(Default)]
struct Shared {
    buf: Vec<u8>,
    ended: bool,
    failed: Option<reqwest::Error>,
    /// The reader, waiting for room.
    reader: Option<Waker>,
    /// The caller, waiting for bytes.
    caller: Option<Waker>,
}

/// Reads the body piece by piece (a real Onyx server sends one HTTP chunk per
/// stream packet). Being a task, it goes from one piece to the next without
/// handing control back to the caller's `block_on` (which polls the socket
/// once each time): everything that has arrived is gathered in one turn.
async fn read_body(mut inner: reqwest::Response, shared: Arc<Mutex<Shared>>) {
    loop {
        std::future::poll_fn(|cx| {
            let mut shared = shared.lock().expect("body lock");
            if shared.buf.len() < READ_AHEAD {
                Poll::Ready(())
            } else {
                shared.reader = Some(cx.waker().clone());
                Poll::Pending
            }
        })
        .await;
        let piece = inner.chunk().await;
        let mut shared = shared.lock().expect("body lock");
        let done = match piece {
            Ok(Some(bytes)) => {
                shared.buf.extend_from_slice(&bytes);
                false
            }
            Ok(None) => {
                shared.ended = true;
                true
            }
            Err(e) => {
                shared.failed = Some(e);
                true
            }
        };
        if let Some(caller) = shared.caller.take() {
            caller.wake();
        }
        if done {
            return;
        }
    }
}

/// A response whose body is read on the calling thread, as the server sends
/// it (`Read` and `BufRead`), with a way to take in what has already arrived
/// without waiting (`pull_ready`).
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    url: Url,
    body: Body,
    buf: Vec<u8>,
    pos: usize,
}

/// Where the body comes from.
enum Body {
    /// reqwest's body, read by a task of the runtime.
    Task {
        runtime: Arc<tokio::runtime::Runtime>,
        shared: Arc<Mutex<Shared>>,
        reader: tokio::task::JoinHandle<()>,
    },
    /// Straight from a plain socket; a failure met while not asked to wait
    /// is kept for the next read.
    Socket {
        body: plain_http::SocketBody,
        failed: Option<std::io::Error>,
    },
}

impl Drop for Response {
    fn drop(&mut self) {
        if let Body::Task { reader, .. } = &self.body {
            reader.abort();
        }
    }
}

impl Response {
    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The body bytes received and not yet consumed.
    pub fn buffered(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// True once the body has ended or failed: reading will not wait any more.
    pub fn settled(&self) -> bool {
        match &self.body {
            Body::Task { shared, .. } => {
                let shared = shared.lock().expect("body lock");
                shared.ended || shared.failed.is_some()
            }
            Body::Socket { body, failed } => body.ended() || failed.is_some(),
        }
    }

    /// Makes room in `buf` for more of the body, dropping what was consumed.
    fn compact(&mut self) {
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        } else if self.pos > READ_AHEAD {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
    }

    /// Takes in what the reader task has gathered; true when there was something.
    fn take_gathered(&mut self) -> bool {
        let Body::Task { shared, .. } = &self.body else {
            return false;
        };
        let mut shared = shared.lock().expect("body lock");
        if shared.buf.is_empty() {
            return false;
        }
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
            std::mem::swap(&mut self.buf, &mut shared.buf);
        } else {
            if self.pos > READ_AHEAD {
                self.buf.drain(..self.pos);
                self.pos = 0;
            }
            self.buf.extend_from_slice(&shared.buf);
            shared.buf.clear();
        }
        if let Some(reader) = shared.reader.take() {
            reader.wake();
        }
        true
    }

    /// Takes in the body that has already arrived (or is in the socket),
    /// without waiting for the network; true when something came.
    pub fn pull_ready(&mut self) -> bool {
        if let Body::Socket { .. } = self.body {
            self.compact();
            let Body::Socket { body, failed } = &mut self.body else {
                unreachable!("matched above")
            };
            if failed.is_some() {
                return false;
            }
            return match body.pull(&mut self.buf, false) {
                Ok(grew) => grew,
                Err(e) => {
                    *failed = Some(e);
                    true
                }
            };
        }
        if self.take_gathered() {
            return true;
        }
        let Body::Task { runtime, .. } = &self.body else {
            return false;
        };
        // Two yields let the runtime run the reader and poll the socket once
        // (without blocking) before the answer is "nothing yet".
        runtime.block_on(async {
            tokio::task::yield_now().await;
            tokio::task::yield_now().await;
        });
        self.take_gathered()
    }

    /// Waits until the reader task has something to hand over, or has stopped.
    fn wait(&self) {
        let Body::Task { runtime, shared, .. } = &self.body else {
            return;
        };
        runtime.block_on(std::future::poll_fn(|cx| {
            let mut shared = shared.lock().expect("body lock");
            if !shared.buf.is_empty() || shared.ended || shared.failed.is_some() {
                Poll::Ready(())
            } else {
                shared.caller = Some(cx.waker().clone());
                Poll::Pending
            }
        }));
    }

    /// `fill_buf` for a socket body: waits for more of it when all is consumed.
    fn fill_from_socket(&mut self) -> std::io::Result<()> {
        while self.pos == self.buf.len() {
            self.compact();
            let Body::Socket { body, failed } = &mut self.body else {
                unreachable!("only for a socket body")
            };
            if let Some(e) = failed.take() {
                return Err(e);
            }
            if body.ended() {
                return Ok(());
            }
            if let Err(e) = body.pull(&mut self.buf, true) {
                // What arrived before the error is read first, as after `pull_ready`.
                if self.pos == self.buf.len() {
                    return Err(e);
                }
                *failed = Some(e);
            }
        }
        Ok(())
    }
}

/// A body read error as `std::io`, keeping "timed out" recognisable.
fn io_error(e: reqwest::Error) -> std::io::Error {
    let kind = if e.is_timeout() {
        std::io::ErrorKind::TimedOut
    } else {
        std::io::ErrorKind::Other
    };
    let mut reason = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(inner) = source {
        reason = format!("{reason}: {inner}");
        source = inner.source();
    }
    std::io::Error::new(kind, reason)
}

impl std::io::BufRead for Response {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if let Body::Socket { .. } = self.body {
            self.fill_from_socket()?;
            return Ok(&self.buf[self.pos..]);
        }
        while self.pos == self.buf.len() {
            if self.take_gathered() {
                break;
            }
            if let Body::Task { shared, .. } = &self.body {
                let mut shared = shared.lock().expect("body lock");
                if let Some(e) = shared.failed.take() {
                    shared.ended = true;
                    return Err(io_error(e));
                }
                if shared.ended {
                    return Ok(&[]);
                }
            }
            self.wait();
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, amount: usize) {
        self.pos = (self.pos + amount).min(self.buf.len());
    }
}

impl std::io::Read for Response {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use std::io::BufRead;
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// A file as a request body, read from disk in 64 KiB blocks as the socket
/// takes them (a 50 MB upload never sits in memory).
pub(super) fn file_body(file: std::fs::File) -> reqwest::Body {
    reqwest::Body::wrap_stream(FileBlocks { file, done: false })
}

struct FileBlocks {
    file: std::fs::File,
    done: bool,
}

impl futures_core::Stream for FileBlocks {
    type Item = std::io::Result<Vec<u8>>;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> Poll<Option<Self::Item>> {
        use std::io::Read;
        if self.done {
            return Poll::Ready(None);
        }
        let mut block = vec![0; 64 * 1024];
        loop {
            match self.file.read(&mut block) {
                Ok(0) => {
                    self.done = true;
                    return Poll::Ready(None);
                }
                Ok(n) => {
                    block.truncate(n);
                    return Poll::Ready(Some(Ok(block)));
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}
