//! The client's own error: what failed, with the context (URL, status, the
//! server's decoded words) kept as data. It says nothing of what a user of
//! some program should do about it; callers add that.

use std::fmt;
use std::path::PathBuf;

/// Why the server refused the credentials: it matters for what to tell the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthProblem {
    /// No credentials, or ones the server does not know (Onyx answers 403, not 401).
    NotAuthenticated,
    /// A web session that was signed out or expired.
    SessionEnded,
    /// Authenticated, but the role or token scope does not allow the route.
    NotPermitted,
    /// A reverse proxy in front of Onyx refused the request (HTML body).
    Proxy,
}

/// A failed HTTP exchange, as the server described it.
#[derive(Debug, Clone)]
pub struct HttpFailure {
    pub method: String,
    pub url: String,
    pub status: u16,
    /// The server's own words (decoded from any of Onyx's error shapes), or a
    /// summary of an HTML page.
    pub message: String,
    pub error_code: Option<String>,
    /// The body was an HTML page: a proxy or the web app answered, not the API.
    pub html: bool,
    /// The server's `Retry-After`, when it sent one (429/503).
    pub retry_after: Option<std::time::Duration>,
}

/// Every way a call of this client can fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Credentials refused (401/403, or a redirect to a login page).
    #[error("{failure}")]
    Auth { failure: HttpFailure, problem: AuthProblem },
    /// The server could not be reached at all.
    #[error("cannot reach {url}: {reason}")]
    Unreachable { url: String, reason: String },
    /// The server answered 429 (after the retries allowed).
    #[error("{0}")]
    RateLimited(HttpFailure),
    /// Connect or read timed out; `seconds` is 0 when the limit is not known.
    #[error("no answer from {url} within {seconds}s")]
    Timeout { url: String, seconds: u64 },
    /// Any other non-2xx answer.
    #[error("{0}")]
    Http(HttpFailure),
    /// The server answered 2xx, but not with what the API promises.
    #[error("unexpected answer from {url}: {reason}")]
    BadResponse { url: String, reason: String },
    /// Neither `{origin}/api/health` nor `{origin}/health` answered as Onyx does;
    /// `tried` says what each answered.
    #[error("no Onyx API found under {origin} ({})", tried.join("; "))]
    NoApiFound { origin: String, tried: Vec<String> },
    /// A streamed answer broke off before the server closed it.
    #[error("the answer stream from {url} broke ({reason})")]
    StreamBroken { url: String, reason: String },
    /// A line of a streamed answer went on past `limit` bytes (`stream::MAX_LINE_LEN`):
    /// no real packet is that long, and the client will not hold it.
    #[error("a line of the answer stream from {url} is longer than {limit} bytes")]
    StreamLineTooLong { url: String, limit: usize },
    /// The HTTP client could not be built (TLS setup).
    #[error("cannot set up HTTPS: {0}")]
    Setup(String),
    /// An extra header name given by the caller is not a valid HTTP header name.
    #[error("invalid header name '{0}'")]
    InvalidHeaderName(String),
    /// A header or credential value holds bytes HTTP headers may not carry.
    #[error("a header or credential contains characters not allowed in HTTP headers")]
    InvalidHeaderValue,
    /// A request body could not be encoded as JSON.
    #[error("cannot encode request: {0}")]
    Encode(String),
    /// A MIME type given for an upload is not one.
    #[error("bad MIME type '{mime}' for {}", path.display())]
    BadMime { mime: String, path: PathBuf },
    /// A local file to upload could not be read.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

pub type Result<T> = std::result::Result<T, Error>;

/// The reason phrase of the statuses Onyx and its proxies answer with.
fn status_text(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

impl fmt::Display for HttpFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = status_text(self.status);
        if text.is_empty() {
            write!(f, "{} from {} {}", self.status, self.method, self.url)?;
        } else {
            write!(f, "{} {} from {} {}", self.status, text, self.method, self.url)?;
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}
