//! The Onyx API client. It knows HTTP and JSON — base URLs, auth headers,
//! timeouts, retries, error bodies — and nothing of terminals or exit codes.
//! One function per endpoint lives in the area files below.

pub mod api_keys;
pub mod auth;
mod base;
pub mod cc_pairs;
pub mod chat;
mod chunked;
pub mod connectors;
pub mod credentials;
pub mod decode;
pub mod docsets;
pub mod documents;
pub mod error;
pub mod ingestion;
pub mod llm;
pub mod pats;
pub mod personas;
mod plain_http;
pub mod retry;
pub mod secret;
pub mod stream;
mod transport;
pub mod types;

pub use self::base::known_api_base;
pub use self::error::{AuthProblem, Error, HttpFailure, Result};
pub use self::retry::RetryPolicy;
pub use self::secret::Secret;
pub use self::transport::Response;
use self::transport::{SendError, Transport};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::io::Read;
use std::time::{Duration, Instant};

pub const CLOUD_HOST: &str = "cloud.onyx.app";

/// Where the proxy in front of Onyx wants its own credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyHeader {
    #[default]
    ProxyAuthorization,
    Authorization,
}

/// Everything the server may accept as proof of identity (REFERENCE §1.2).
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    /// API key (`on_…`, `dn_…`) or personal access token (`onyx_pat_…`).
    pub token: Option<Secret>,
    /// The web session cookie `fastapiusersauth`.
    pub session_cookie: Option<Secret>,
    /// Credentials for an identity-aware proxy in front of Onyx.
    pub proxy_auth: Option<Secret>,
    pub proxy_header: ProxyHeader,
}

impl Credentials {
    pub fn is_empty(&self) -> bool {
        self.token.is_none() && self.session_cookie.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// The API base, e.g. `https://cloud.onyx.app/api` or `http://localhost:8080`.
    pub base_url: String,
    pub credentials: Credentials,
    /// Extra headers sent with every request (e.g. for a gateway in front of Onyx).
    pub headers: Vec<(String, String)>,
    /// Idle timeout: for connecting, for the response head, and for each read of a body.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// How an idempotent request is retried on 429/502/503/504 or a failed connection.
    pub retry: RetryPolicy,
}

/// One finished HTTP attempt, reported to whoever wants to log it.
pub struct Exchange<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub status: Option<u16>,
    pub elapsed: Duration,
    pub attempt: u32,
    /// The auth headers that were sent, already masked.
    pub auth: &'a str,
    pub outcome: &'a str,
}

/// Receives a report of every HTTP attempt (for a caller that logs requests).
pub trait Observer: Send + Sync {
    fn exchanged(&self, exchange: &Exchange<'_>);
}

pub struct Client {
    http: Transport,
    options: ClientOptions,
    observer: Option<Box<dyn Observer>>,
}

/// A request body, kept in a form that can be sent again on retry.
#[derive(Clone)]
pub enum Body {
    Empty,
    Json(serde_json::Value),
    Form(Vec<(String, String)>),
}

/// A request body as the bytes a plain socket sends.
#[derive(Default)]
struct PlainBody {
    bytes: Vec<u8>,
    /// Sent with `content-type: application/json` unless a header says otherwise.
    json: bool,
}

/// How one call behaves beyond the client defaults.
#[derive(Clone, Copy, Default)]
pub struct CallOptions {
    /// Replaces the idle timeout (long synchronous calls such as ingestion).
    pub timeout: Option<Duration>,
    /// Retry even though the method is not idempotent (the caller knows it is safe).
    pub retry_anyway: bool,
    /// Do not retry at all.
    pub no_retry: bool,
    /// The body is a long stream: the timeout bounds each wait for more bytes,
    /// never the whole answer.
    pub streaming: bool,
}

pub fn user_agent() -> String {
    format!("onyx-cli-rs/{}", env!("CARGO_PKG_VERSION"))
}

impl Client {
    pub fn new(options: ClientOptions) -> Result<Self> {
        let http = Transport::new(&options.base_url, options.timeout, options.connect_timeout);
        Ok(Client {
            http,
            options,
            observer: None,
        })
    }

    pub fn with_observer(mut self, observer: Box<dyn Observer>) -> Self {
        self.observer = Some(observer);
        self
    }

    /// The retry policy of this client's calls, for a caller that retries a larger step itself.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.options.retry
    }

    pub fn base_url(&self) -> &str {
        &self.options.base_url
    }

    pub fn url(&self, path: &str) -> String {
        join_url(&self.options.base_url, path)
    }

    fn auth_headers(&self) -> Result<(HeaderMap, String)> {
        let creds = &self.options.credentials;
        let mut headers = HeaderMap::new();
        let mut shown = Vec::new();
        let proxy_takes_authorization = creds.proxy_auth.is_some() && creds.proxy_header == ProxyHeader::Authorization;
        if let Some(token) = &creds.token {
            let raw = token.expose().trim();
            let raw = raw.strip_prefix("Bearer ").unwrap_or(raw);
            let value = header_value(&format!("Bearer {raw}"))?;
            // Onyx reads X-Onyx-Authorization before Authorization, so the key
            // survives a proxy that keeps Authorization for itself.
            headers.insert("x-onyx-authorization", value.clone());
            shown.push(format!("X-Onyx-Authorization: Bearer {}", token.masked()));
            if !proxy_takes_authorization {
                headers.insert(reqwest::header::AUTHORIZATION, value);
                shown.push(format!("Authorization: Bearer {}", token.masked()));
            }
        }
        if let Some(cookie) = &creds.session_cookie {
            let value = header_value(&format!("fastapiusersauth={}", cookie.expose().trim()))?;
            headers.insert(reqwest::header::COOKIE, value);
            shown.push(format!("Cookie: fastapiusersauth={}", cookie.masked()));
        }
        if let Some(proxy) = &creds.proxy_auth {
            let raw = proxy.expose().trim();
            let value = if raw.contains(' ') {
                raw.to_string()
            } else {
                format!("Bearer {raw}")
            };
            let name = match creds.proxy_header {
                ProxyHeader::Authorization => reqwest::header::AUTHORIZATION,
                ProxyHeader::ProxyAuthorization => reqwest::header::PROXY_AUTHORIZATION,
            };
            shown.push(format!("{}: {}", name.as_str(), proxy.masked()));
            headers.insert(name, header_value(&value)?);
        }
        for (name, value) in &self.options.headers {
            let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| Error::InvalidHeaderName(name.clone()))?;
            headers.insert(header, header_value(value)?);
        }
        Ok((headers, shown.join(", ")))
    }

    /// Sends one request, retrying idempotent ones on transient failures, and
    /// turns every non-2xx answer into an `Error` carrying the server's words.
    pub fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: &Body,
        call: CallOptions,
    ) -> Result<Response> {
        // The bytes reqwest's `.json()` would send; a form keeps reqwest.
        let plain = match body {
            Body::Empty => Some(PlainBody::default()),
            Body::Json(value) => Some(PlainBody {
                bytes: serde_json::to_vec(value).map_err(|e| Error::Encode(e.to_string()))?,
                json: true,
            }),
            Body::Form(_) => None,
        };
        self.send_inner(method, path, query, call, plain.as_ref(), |request| match body {
            Body::Empty => request,
            Body::Json(value) => request.json(value),
            Body::Form(fields) => request.form(fields),
        })
    }

    /// Like `send`, with the body attached by `attach` on every attempt
    /// (multipart forms cannot be cloned, so they are rebuilt).
    pub fn send_with(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        call: CallOptions,
        attach: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<Response> {
        self.send_inner(method, path, query, call, None, attach)
    }

    /// `send` and `send_with`: over a plain socket when the request can go
    /// that way (`plain`, an `http://` server, no proxy), else through reqwest.
    fn send_inner(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        call: CallOptions,
        plain: Option<&PlainBody>,
        attach: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<Response> {
        let url = self.url(path);
        let plain_url = plain
            .and_then(|_| reqwest::Url::parse(&url).ok())
            .filter(plain_http::eligible)
            .map(|mut parsed| {
                if !query.is_empty() {
                    parsed.query_pairs_mut().extend_pairs(query);
                }
                parsed
            });
        let (headers, shown_auth) = self.auth_headers()?;
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        let retry = if call.no_retry || !(idempotent || call.retry_anyway) {
            self.options.retry.with_retries(0)
        } else {
            self.options.retry
        };
        let timeout = call.timeout.unwrap_or(self.options.timeout);
        let mut attempt = 0;
        loop {
            let started = Instant::now();
            // A timeout covers the whole exchange; for a stream only the
            // client's idle timeout (per read) applies.
            let total = (!call.streaming).then_some(timeout);
            let result = match (plain, &plain_url) {
                (Some(body), Some(plain_url)) => {
                    let mut headers = headers.clone();
                    if body.json && !headers.contains_key(reqwest::header::CONTENT_TYPE) {
                        headers.insert(
                            reqwest::header::CONTENT_TYPE,
                            HeaderValue::from_static("application/json"),
                        );
                    }
                    self.http.send_plain(&method, plain_url, &headers, &body.bytes, total)
                }
                _ => {
                    let mut request = self.http.request(method.clone(), &url)?.headers(headers.clone());
                    if let Some(total) = total {
                        request = request.timeout(total);
                    }
                    if !query.is_empty() {
                        request = request.query(query);
                    }
                    self.http.send(attach(request))
                }
            };
            let elapsed = started.elapsed();
            let report = |status: Option<u16>, outcome: &str| {
                if let Some(observer) = &self.observer {
                    observer.exchanged(&Exchange {
                        method: method.as_str(),
                        url: &url,
                        status,
                        elapsed,
                        attempt,
                        auth: &shown_auth,
                        outcome,
                    });
                }
            };
            match result {
                Ok(response) if response.status().is_success() => {
                    report(Some(response.status().as_u16()), "ok");
                    return Ok(response);
                }
                Ok(response) => {
                    let status = response.status().as_u16();
                    let retry_after = retry_after(&response);
                    let transient = matches!(status, 429 | 502 | 503 | 504);
                    if transient && retry.allows(attempt) {
                        report(Some(status), "retrying");
                        std::thread::sleep(retry.delay(attempt, retry_after));
                        attempt += 1;
                        continue;
                    }
                    report(Some(status), "failed");
                    let failure = read_failure(method.as_str(), &url, response);
                    return Err(self.classify(failure, path));
                }
                Err(err) => {
                    let error = transport_error(&url, &err, timeout);
                    // Nothing came back, so a request safe to repeat is repeated
                    // however the connection failed: refused, timed out, or
                    // dropped before the answer's head arrived. A request that
                    // could not even be built fails the same way every time.
                    let transient = !err.is_builder();
                    if transient && retry.allows(attempt) {
                        report(None, "retrying");
                        std::thread::sleep(retry.delay(attempt, None));
                        attempt += 1;
                        continue;
                    }
                    report(None, &error.to_string());
                    return Err(error);
                }
            }
        }
    }

    /// Decides what kind of error a failed answer is. Onyx answers a missing or
    /// bad key with 403 (not 401), and its wording depends on the route, so an
    /// unrecognised 403 is settled by asking `/me` who we are.
    fn classify(&self, failure: HttpFailure, path: &str) -> Error {
        match failure.status {
            401 | 403 => {
                let problem = decode::auth_problem(&failure).unwrap_or_else(|| {
                    if path.trim_end_matches('/') == "/me" || failure.status == 401 {
                        AuthProblem::NotAuthenticated
                    } else if self.probe_me_ok() {
                        AuthProblem::NotPermitted
                    } else {
                        AuthProblem::NotAuthenticated
                    }
                });
                Error::Auth { failure, problem }
            }
            // 407 is a proxy asking for its own credentials; a redirect is an
            // SSO login page in front of the API.
            300..=399 | 407 => Error::Auth {
                failure,
                problem: AuthProblem::Proxy,
            },
            429 => Error::RateLimited(failure),
            _ => Error::Http(failure),
        }
    }

    fn probe_me_ok(&self) -> bool {
        let Ok((headers, _)) = self.auth_headers() else {
            return false;
        };
        let Ok(request) = self.http.request(Method::GET, &self.url("/me")) else {
            return false;
        };
        self.http
            .send(request.headers(headers))
            .map(|r| r.status().is_success())
            .unwrap_or(false)
    }

    /// GET and decode JSON. A connection dropped while the body arrives is
    /// retried too (a GET is safe to repeat), by the same policy as `send`.
    pub fn get<T: DeserializeOwned>(&self, path: &str, query: &[(String, String)]) -> Result<T> {
        let retry = self.options.retry;
        let mut attempt = 0;
        loop {
            let response = self.send(Method::GET, path, query, &Body::Empty, CallOptions::default())?;
            let url = response.url().to_string();
            let content_type = content_type(&response);
            match read_body(response, &url) {
                Ok(bytes) => return decode_json_bytes(&url, &content_type, &bytes),
                Err(Error::Unreachable { .. }) if retry.allows(attempt) => {
                    std::thread::sleep(retry.delay(attempt, None));
                    attempt += 1;
                }
                Err(error) => return Err(error),
            }
        }
    }

    pub fn post<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        self.json_call(Method::POST, path, body)
    }

    pub fn put<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        self.json_call(Method::PUT, path, body)
    }

    pub fn patch<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        self.json_call(Method::PATCH, path, body)
    }

    pub fn delete<T: DeserializeOwned>(&self, path: &str, query: &[(String, String)]) -> Result<T> {
        let response = self.send(Method::DELETE, path, query, &Body::Empty, CallOptions::default())?;
        decode_json(response)
    }

    fn json_call<B: Serialize, T: DeserializeOwned>(&self, method: Method, path: &str, body: &B) -> Result<T> {
        let body = serde_json::to_value(body).map_err(|e| Error::Encode(e.to_string()))?;
        let response = self.send(method, path, &[], &Body::Json(body), CallOptions::default())?;
        decode_json(response)
    }
}

/// Percent-encodes one path segment (ids from users or servers may hold `/` or `%`).
pub fn segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn header_value(value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value).map_err(|_| Error::InvalidHeaderValue)
}

/// Joins a base URL and an API path without doubling or losing slashes.
pub fn join_url(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    if path.is_empty() {
        return base.to_string();
    }
    if path.starts_with('/') {
        format!("{base}{path}")
    } else {
        format!("{base}/{path}")
    }
}

/// The answer's Content-Type, or "" when absent or not text.
pub fn content_type(response: &Response) -> String {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

fn retry_after(response: &Response) -> Option<Duration> {
    let value = response.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Reads a failed answer's body (bounded) and decodes it into the server's words.
fn read_failure(method: &str, url: &str, response: Response) -> HttpFailure {
    let status = response.status().as_u16();
    let content_type = content_type(&response);
    let retry_after = retry_after(&response);
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut bytes = Vec::new();
    let _ = response.take(64 * 1024).read_to_end(&mut bytes);
    let decoded = decode::decode_error_body(&content_type, &bytes);
    let mut message = decoded.message;
    if let Some(location) = location.filter(|_| (300..400).contains(&status)) {
        message = format!("redirected to {location} (a proxy or single sign-on login page)");
    }
    HttpFailure {
        method: method.to_string(),
        url: url.to_string(),
        status,
        message,
        error_code: decoded.error_code,
        html: decoded.html,
        retry_after,
    }
}

/// Names the transport failure as precisely as the error chain allows.
fn transport_error(url: &str, err: &SendError, timeout: Duration) -> Error {
    if err.is_timeout() {
        return Error::Timeout {
            url: url.to_string(),
            seconds: timeout.as_secs().max(1),
        };
    }
    let reason = err.root_cause();
    let lower = reason.to_lowercase();
    let reason = if lower.contains("connection refused") {
        "connection refused (is the server running, and on this port?)".to_string()
    } else if lower.contains("dns") || lower.contains("failed to lookup") || lower.contains("name or service not known")
    {
        format!("the host name could not be resolved ({reason})")
    } else if lower.contains("corrupt message") || lower.contains("invalidcontenttype") {
        "TLS failed: the server does not speak HTTPS on this port (try http://)".to_string()
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        format!("TLS failed ({reason}); the server's certificate must chain to a CA this system trusts")
    } else {
        reason
    };
    Error::Unreachable {
        url: url.to_string(),
        reason,
    }
}

/// Decodes a 2xx JSON answer, reporting an HTML page or garbage clearly.
pub fn decode_json<T: DeserializeOwned>(response: Response) -> Result<T> {
    let url = response.url().to_string();
    let content_type = content_type(&response);
    let bytes = read_body(response, &url)?;
    decode_json_bytes(&url, &content_type, &bytes)
}

pub fn read_body(mut response: Response, url: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    response.read_to_end(&mut bytes).map_err(|e| {
        if e.kind() == std::io::ErrorKind::TimedOut || e.to_string().to_lowercase().contains("timed out") {
            Error::Timeout {
                url: url.to_string(),
                seconds: 0,
            }
        } else {
            Error::Unreachable {
                url: url.to_string(),
                reason: format!("the connection broke while reading the answer ({e})"),
            }
        }
    })?;
    Ok(bytes)
}

pub fn decode_json_bytes<T: DeserializeOwned>(url: &str, content_type: &str, bytes: &[u8]) -> Result<T> {
    if decode::looks_like_html(content_type, bytes) {
        return Err(Error::BadResponse {
            url: url.to_string(),
            reason: format!(
                "got an HTML page ({}) instead of JSON",
                decode::html_title(bytes).unwrap_or_else(|| "untitled".into())
            ),
        });
    }
    // An empty body is JSON null to the callers that expect nothing.
    let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        bytes
    };
    serde_json::from_slice(bytes).map_err(|e| Error::BadResponse {
        url: url.to_string(),
        reason: format!("the body is not the JSON expected ({e}): {}", decode::snippet(bytes)),
    })
}
