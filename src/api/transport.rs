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
use super::user_agent;
use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

pub(super) struct Transport {
    runtime: Arc<tokio::runtime::Runtime>,
    http: reqwest::Client,
}

impl Transport {
    /// A client for `base_url`; redirects are not followed because a redirect
    /// from the API is a proxy or SSO login page, never data. The system's root
    /// certificates (~150 files to read and parse) are loaded only when TLS
    /// can be needed: never for an `http://` server reached without a TLS proxy.
    pub(super) fn new(base_url: &str, timeout: Duration, connect_timeout: Duration) -> Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| Error::Setup(format!("could not start the HTTP runtime ({e})")))?;
        let mut builder = reqwest::Client::builder()
            .user_agent(user_agent())
            // Bounds the wait for each read (the answer's head, each piece of
            // a body), never a whole stream.
            .read_timeout(timeout)
            .connect_timeout(connect_timeout)
            .redirect(reqwest::redirect::Policy::none());
        if !needs_tls(base_url) {
            builder = builder.tls_built_in_root_certs(false);
        }
        // Building the client spawns nothing, but its connector wants a runtime.
        let http = {
            let _entered = runtime.enter();
            builder.build().map_err(|e| Error::Setup(e.to_string()))?
        };
        Ok(Transport {
            runtime: Arc::new(runtime),
            http,
        })
    }

    pub(super) fn request(&self, method: Method, url: &str) -> RequestBuilder {
        self.http.request(method, url)
    }

    pub(super) fn get(&self, url: &str) -> RequestBuilder {
        self.http.get(url)
    }

    /// Sends the request and waits for the answer's head.
    pub(super) fn send(&self, request: RequestBuilder) -> reqwest::Result<Response> {
        // Inside the runtime: building the future arms its timers.
        let inner = self.runtime.block_on(async { request.send().await })?;
        Ok(Response {
            inner,
            runtime: Arc::clone(&self.runtime),
            buf: Vec::new(),
            pos: 0,
            ended: false,
            failed: None,
        })
    }
}

/// True when a request to `base_url` can involve TLS: an `https://` server,
/// or a proxy from the environment that is itself reached over https.
fn needs_tls(base_url: &str) -> bool {
    let is_https = |url: &str| url.trim().get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    if is_https(base_url) {
        return true;
    }
    ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .any(|proxy| is_https(&proxy))
}

/// A response whose body is read on the calling thread, piece by piece as the
/// server sends it (`Read` and `BufRead`), with a way to take in what has
/// already arrived without waiting (`pull_ready`).
pub struct Response {
    inner: reqwest::Response,
    runtime: Arc<tokio::runtime::Runtime>,
    buf: Vec<u8>,
    pos: usize,
    ended: bool,
    /// A read error met by `pull_ready`, returned by the next read.
    failed: Option<reqwest::Error>,
}

impl Response {
    pub fn status(&self) -> StatusCode {
        self.inner.status()
    }

    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    pub fn url(&self) -> &Url {
        self.inner.url()
    }

    /// The body bytes received and not yet consumed.
    pub fn buffered(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// True once the body has ended or failed: reading will not wait any more.
    pub fn settled(&self) -> bool {
        self.ended || self.failed.is_some()
    }

    /// Takes in the next piece of the body if it has already arrived (or is
    /// in the socket), without waiting for the network; true when something
    /// happened (a piece came, the body ended, or the connection failed).
    pub fn pull_ready(&mut self) -> bool {
        if self.settled() {
            return false;
        }
        let polled = {
            let mut chunk = pin!(self.inner.chunk());
            // Two yields let the runtime run the connection task and poll the
            // socket once (without blocking) before the answer is "not yet".
            let mut pause = pin!(async {
                tokio::task::yield_now().await;
                tokio::task::yield_now().await;
            });
            self.runtime.block_on(std::future::poll_fn(|cx| {
                if let Poll::Ready(piece) = chunk.as_mut().poll(cx) {
                    return Poll::Ready(Some(piece));
                }
                match pause.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(None),
                    Poll::Pending => Poll::Pending,
                }
            }))
        };
        match polled {
            None => false,
            Some(piece) => {
                self.take(piece);
                true
            }
        }
    }

    fn take<B: AsRef<[u8]>>(&mut self, piece: reqwest::Result<Option<B>>) {
        match piece {
            Ok(Some(bytes)) => {
                if self.pos == self.buf.len() {
                    self.buf.clear();
                    self.pos = 0;
                } else if self.pos > 64 * 1024 {
                    self.buf.drain(..self.pos);
                    self.pos = 0;
                }
                self.buf.extend_from_slice(bytes.as_ref());
            }
            Ok(None) => self.ended = true,
            Err(e) => self.failed = Some(e),
        }
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
        while self.pos == self.buf.len() {
            if let Some(e) = self.failed.take() {
                return Err(io_error(e));
            }
            if self.ended {
                return Ok(&[]);
            }
            let piece = self.runtime.block_on(self.inner.chunk());
            self.take(piece);
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
