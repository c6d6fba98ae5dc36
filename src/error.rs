//! The one error type of `onyx`. Every failure is raised as an `Error` with the
//! context it needs (URL, file, server words); this file alone turns it into
//! the one-line message a person reads and the exit code a script checks.

use crate::api;
use std::fmt;
use std::path::PathBuf;

/// Defines `ExitCode` and the meaning of each code in one list, so the table
/// cannot name a code the enum lacks or miss one it has.
macro_rules! exit_codes {
    ($($name:ident = $code:literal => $meaning:literal,)*) => {
        /// The documented exit codes. Codes 1–9 match Onyx's own CLI
        /// (`cli/internal/exitcodes`), so scripts written for it keep working.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ExitCode {
            $($name = $code,)*
        }

        impl ExitCode {
            /// Every code, in the order the table lists them.
            pub const ALL: &'static [ExitCode] = &[$(ExitCode::$name,)*];

            /// What the code means, as `onyx --help`, README.md and docs/guide.md say it.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(ExitCode::$name => $meaning,)*
                }
            }
        }
    };
}

exit_codes! {
    Ok = 0 => "success",
    General = 1 => "general error",
    Usage = 2 => "bad usage, or the server rejected the request as invalid (400/422)",
    NotConfigured = 3 => "not configured (no server or credentials; bad config file)",
    Auth = 4 => "authentication or permission failed (401/403; Onyx answers a bad key with 403)",
    Unreachable = 5 => "server unreachable (connection refused, DNS, TLS)",
    RateLimited = 6 => "rate limited (429)",
    Timeout = 7 => "timed out (connect or read; 408/504)",
    Server = 8 => "server error (5xx)",
    NotFound = 9 => "not found, or not available on this server or its plan (402/404/405/501)",
    Partial = 10 => "partial failure: some items of a batch failed (summary printed)",
    Conflict = 11 => "conflict: already exists, or a name matches several resources (409)",
    Truncated = 12 => "answer stream cut before its end and not resumable (the partial answer was printed)",
    Interrupted = 130 => "interrupted (Ctrl-C)",
}

impl ExitCode {
    /// The table `onyx --help` ends with; README.md and docs/guide.md repeat
    /// it, and tests/exit_codes.rs fails when they drift from it.
    pub fn help_table() -> String {
        let mut table = String::from("Exit codes:\n");
        for code in ExitCode::ALL {
            table.push_str(&format!("  {:<5}{}\n", *code as i32, code.meaning()));
        }
        table
    }
}

pub use crate::api::{AuthProblem, HttpFailure};

#[derive(Debug)]
pub enum Error {
    /// Bad arguments or input given by the user.
    Usage(String),
    /// No server or credentials configured.
    NotConfigured(String),
    /// Credentials refused (401/403).
    Auth { failure: HttpFailure, problem: AuthProblem },
    /// The server refused the credentials, and the CLI knows more of why or
    /// what to do than the route alone says: where a rejected key came from
    /// (ONYX_API_KEY, a profile), a key just given to `auth login`, a token
    /// that only a person may create.
    Refused { failure: Box<HttpFailure>, hint: String },
    /// A server with group-based permissions refused valid credentials.
    MissingPermission(Box<MissingPermission>),
    /// The server could not be reached at all.
    Unreachable { url: String, reason: String },
    /// The server answered 429 (after the retries allowed).
    RateLimited(HttpFailure),
    /// Connect or read timed out.
    Timeout { url: String, seconds: u64 },
    /// `--wait` gave up before the server finished (indexing, syncing, deleting).
    WaitTimedOut(String),
    /// Any other non-2xx answer.
    Http(HttpFailure),
    /// The server answered 2xx, but not with what the API promises.
    BadResponse { url: String, reason: String },
    /// A resource the user named does not exist.
    NotFound(String),
    /// A resource of that name exists already, or the name matches several.
    Conflict(String),
    /// The server reported a failure inside a successful (200) answer.
    Remote(String),
    /// The answer stream ended with the server's error line; `code` is its
    /// `error_code`, which decides the exit code as its HTTP twin would.
    StreamFailed { message: String, code: Option<String> },
    /// The answer stream ended before its stop packet.
    Truncated(String),
    /// Some items of a batch failed; the summary was already printed.
    Partial(String),
    /// `doctor` found failures and printed each with its fix; this is the
    /// one-line summary, exiting as the first failure's own error would.
    Diagnosed { summary: String, code: ExitCode },
    /// The user pressed Ctrl-C.
    Interrupted,
    /// No browser could be started for a link.
    Browser { url: String, reason: String },
    /// A local file could not be read or written.
    Io { path: PathBuf, source: std::io::Error },
    /// The config file is unreadable or malformed.
    Config { path: PathBuf, reason: String },
}

pub type Result<T> = std::result::Result<T, Error>;

/// What a group server's refusal lacked, in its own terms.
#[derive(Debug)]
pub struct MissingPermission {
    pub failure: HttpFailure,
    /// The permission the route checks, when known (`manage:connectors`).
    pub needs: Option<String>,
    /// What the credentials were granted (`/me`'s `effective_permissions`).
    pub has: Option<Vec<String>>,
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::Usage,
            Error::NotConfigured(_) | Error::Config { .. } => ExitCode::NotConfigured,
            Error::Auth { .. } | Error::Refused { .. } | Error::MissingPermission(_) => ExitCode::Auth,
            Error::Unreachable { .. } => ExitCode::Unreachable,
            Error::RateLimited(_) => ExitCode::RateLimited,
            Error::Timeout { .. } | Error::WaitTimedOut(_) => ExitCode::Timeout,
            Error::Http(f) => exit_code_for_status(f.status),
            Error::NotFound(_) => ExitCode::NotFound,
            Error::Conflict(_) => ExitCode::Conflict,
            Error::Truncated(_) => ExitCode::Truncated,
            Error::Partial(_) => ExitCode::Partial,
            Error::Diagnosed { code, .. } => *code,
            Error::Interrupted => ExitCode::Interrupted,
            Error::StreamFailed { code, .. } => code
                .as_deref()
                .and_then(status_of_error_code)
                .map(exit_code_for_status)
                .unwrap_or(ExitCode::General),
            Error::BadResponse { .. } | Error::Remote(_) | Error::Browser { .. } | Error::Io { .. } => {
                ExitCode::General
            }
        }
    }
}

/// HTTP status → exit code, as Onyx's own CLI maps it (`ForHTTPStatus`), with
/// 409 given its own code so `create` of an existing thing can be told apart.
pub fn exit_code_for_status(status: u16) -> ExitCode {
    match status {
        400 | 422 => ExitCode::Usage,
        401 | 403 => ExitCode::Auth,
        402 | 404 | 405 | 501 => ExitCode::NotFound,
        408 | 504 => ExitCode::Timeout,
        409 => ExitCode::Conflict,
        429 => ExitCode::RateLimited,
        500..=599 => ExitCode::Server,
        _ => ExitCode::General,
    }
}

/// The HTTP status an Onyx error code stands for (REFERENCE §8.3), and the
/// LLM-classified codes a stream may carry. Validation codes are left out: in
/// a stream they also report server misconfiguration ("No default LLM model
/// found"), which is no usage error of the caller's.
fn status_of_error_code(code: &str) -> Option<u16> {
    Some(match code {
        "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRED" | "CREDENTIAL_EXPIRED" => 401,
        "CSRF_FAILURE"
        | "SESSION_EXPIRED"
        | "SESSION_TERMINATED"
        | "SESSION_UNRECOGNIZED"
        | "UNAUTHORIZED"
        | "INSUFFICIENT_PERMISSIONS"
        | "ADMIN_ONLY"
        | "EE_REQUIRED" => 403,
        "NOT_FOUND" | "PERSONA_NOT_FOUND" | "DOCUMENT_NOT_FOUND" | "SESSION_NOT_FOUND" => 404,
        "RATE_LIMITED" | "RATE_LIMIT" => 429,
        // UNKNOWN_ERROR is what v4.6.1 streams when the LLM cannot be reached
        // (litellm's connection error): a failure of the server side.
        "INTERNAL_ERROR" | "INIT_FAILED" | "STREAM_WRITER_ERROR" | "MODEL_ERROR" | "AUTH_ERROR" | "UNKNOWN_ERROR" => {
            500
        }
        "BAD_GATEWAY" | "LLM_PROVIDER_ERROR" => 502,
        "SERVICE_UNAVAILABLE" => 503,
        "GATEWAY_TIMEOUT" => 504,
        _ => return None,
    })
}

/// What to do about an HTTP failure that is not an auth problem.
fn http_hint(failure: &HttpFailure) -> Option<&'static str> {
    if failure.html {
        return Some(if failure.status >= 500 {
            "a proxy answered with an HTML page instead of the Onyx API; the API server may be down or restarting, try again shortly"
        } else {
            "the server returned HTML instead of JSON; check the server URL and API prefix (--api-prefix), or the proxy in front of Onyx"
        });
    }
    match failure.status {
        404 if failure.message == "404: Not Found" => Some(
            "no such API route here; check the server URL and API prefix (--api-prefix '' for a bare API server on :8080, '/api' behind nginx or on Onyx Cloud)",
        ),
        // A stock v4.6.1 (license enforcement on) answers every API-key route
        // 402 FEATURE_NOT_AVAILABLE; personal access tokens work there.
        402 if failure.url.contains("/admin/api-key") => Some(
            "this server's plan has no API keys (Onyx's Business plan); a personal access token works without it: onyx pat create --name NAME --quiet",
        ),
        402 => Some("this server's plan does not include this feature (Onyx's paid plans)"),
        501 => Some("this Onyx deployment does not offer this feature (no document index / vector DB)"),
        502..=504 => Some("the server or its proxy is overloaded or restarting; try again shortly"),
        500 => Some("the server failed; see its logs, or try again"),
        _ => None,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(msg) | Error::NotConfigured(msg) => f.write_str(msg),
            Error::Auth { failure, problem } => {
                write!(f, "{failure} — ")?;
                f.write_str(match problem {
                    AuthProblem::NotAuthenticated => {
                        "the server did not accept the credentials; run 'onyx auth login' or set ONYX_API_KEY"
                    }
                    AuthProblem::SessionEnded => {
                        "the web session expired or was signed out; log in again with 'onyx auth login --email …'"
                    }
                    AuthProblem::NotPermitted => {
                        "the credentials are valid but not allowed here; this needs an admin (or curator) API key, or a token whose scopes cover this route"
                    }
                    AuthProblem::Proxy => {
                        "a proxy in front of Onyx refused the request; pass its credentials with --proxy-auth or ONYX_PROXY_AUTH"
                    }
                })
            }
            Error::Refused { failure, hint } => write!(f, "{failure} — {hint}"),
            Error::MissingPermission(missing) => {
                let MissingPermission { failure, needs, has } = missing.as_ref();
                write!(f, "{failure} — ")?;
                let granted = |p: &str| has.as_deref().unwrap_or_default().iter().any(|h| h == p);
                let held = needs.as_deref().filter(|n| granted(n)).or(granted("admin").then_some("admin"));
                if let Some(held) = held {
                    // Main answers a resource that does not exist with this
                    // refusal too (PUT /manage/admin/cc-pair/{unknown}/status).
                    return write!(
                        f,
                        "the credentials have `{held}`, so Onyx refuses this for another reason: the resource does not exist, or is outside their reach (a token's scopes, a group they do not manage); check the id or name"
                    );
                }
                match needs {
                    Some(needs) => write!(f, "this needs `{needs}`")?,
                    None => f.write_str("this needs a permission the credentials lack")?,
                }
                match has.as_deref() {
                    Some([]) => f.write_str(" (they have none: a key in no group)")?,
                    Some(has) => write!(f, " (they have: {})", has.join(", "))?,
                    None => {}
                }
                f.write_str(
                    "; use a key in the Admin group (onyx api-key create --name NAME --group Admin), or have an admin add these credentials to a group that grants it",
                )
            }
            Error::Unreachable { url, reason } => write!(
                f,
                "cannot reach {url}: {reason} — check the server URL (--server or ONYX_SERVER_URL) and your network"
            ),
            Error::RateLimited(failure) => write!(
                f,
                "{failure} — rate limited by the server; wait and try again"
            ),
            // 0: a body that stopped arriving, where the read timeout is not known.
            Error::Timeout { url, seconds: 0 } => write!(
                f,
                "{url} stopped sending for longer than --timeout — the server is slow or stuck; raise --timeout or try again"
            ),
            Error::Timeout { url, seconds } => write!(
                f,
                "no answer from {url} within {seconds}s — the server is slow or unreachable; raise --timeout or try again"
            ),
            Error::Http(failure) => match http_hint(failure) {
                Some(hint) => write!(f, "{failure} — {hint}"),
                None => write!(f, "{failure}"),
            },
            Error::BadResponse { url, reason } => write!(
                f,
                "unexpected answer from {url}: {reason} — is this an Onyx API server? check --server and --api-prefix"
            ),
            Error::NotFound(msg) | Error::Conflict(msg) | Error::Remote(msg) => f.write_str(msg),
            Error::StreamFailed { message, code } => match code {
                Some(code) => write!(f, "the server failed to answer: {message} ({code})"),
                None => write!(f, "the server failed to answer: {message}"),
            },
            Error::WaitTimedOut(msg) => write!(f, "{msg} — raise --wait-timeout, or check again later"),
            Error::Truncated(msg) => write!(
                f,
                "{msg} — the answer above is incomplete; the connection or a proxy cut the stream"
            ),
            Error::Partial(msg) | Error::Diagnosed { summary: msg, .. } => f.write_str(msg),
            Error::Interrupted => f.write_str("interrupted"),
            Error::Browser { url, reason } => write!(
                f,
                "could not start a browser ({reason}); open {url} yourself, or set BROWSER"
            ),
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::Config { path, reason } => write!(
                f,
                "config file {}: {} — fix or remove it, then run 'onyx auth login'",
                path.display(),
                reason
            ),
        }
    }
}

impl std::error::Error for Error {}

/// The client's failures, sorted into the CLI's kinds; the text a person
/// reads (with what to do) is made by `Display` above from the data kept here.
impl From<api::Error> for Error {
    fn from(error: api::Error) -> Self {
        match error {
            api::Error::Auth { failure, problem } => Error::Auth { failure, problem },
            api::Error::Unreachable { url, reason } => Error::Unreachable { url, reason },
            api::Error::RateLimited(failure) => Error::RateLimited(failure),
            api::Error::Timeout { url, seconds } => Error::Timeout { url, seconds },
            api::Error::Http(failure) => Error::Http(failure),
            api::Error::BadResponse { url, reason } => Error::BadResponse { url, reason },
            api::Error::NoApiFound { origin, tried } => Error::BadResponse {
                url: origin,
                reason: format!(
                    "no Onyx API found ({}); pass the API base with --api-prefix ('/api' behind nginx, '' for the API server on :8080)",
                    tried.join("; ")
                ),
            },
            api::Error::StreamBroken { .. } => Error::Truncated(error.to_string()),
            api::Error::StreamLineTooLong { url, limit } => Error::BadResponse {
                url,
                reason: format!(
                    "a line of the answer stream is longer than {} MiB, which no Onyx packet is; it was refused, not read",
                    limit / (1024 * 1024)
                ),
            },
            api::Error::InvalidHeaderName(name) => Error::Usage(format!("invalid header name '{name}' in -H")),
            api::Error::Setup(_)
            | api::Error::InvalidHeaderValue
            | api::Error::Encode(_)
            | api::Error::BadMime { .. } => Error::Usage(error.to_string()),
            api::Error::Io { path, source } => Error::Io { path, source },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_table_lists_each_code_once_in_order() {
        let codes: Vec<i32> = ExitCode::ALL.iter().map(|c| *c as i32).collect();
        assert_eq!(codes, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 130]);
        let table = ExitCode::help_table();
        assert!(table.starts_with("Exit codes:\n  0    success\n"), "{table}");
        assert!(table.contains("\n  12   answer stream cut"), "{table}");
        assert!(table.ends_with("\n  130  interrupted (Ctrl-C)\n"), "{table}");
    }
}
