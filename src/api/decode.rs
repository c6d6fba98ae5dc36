//! Decoding of error bodies. Onyx answers errors in several shapes
//! (REFERENCE §8.1) and proxies answer with HTML; all of them become the
//! server's own words in one line. Pure functions on bytes, so they can be
//! fuzzed and never panic.

use super::error::{AuthProblem, HttpFailure};
use serde_json::Value;

pub struct DecodedError {
    pub message: String,
    pub error_code: Option<String>,
    pub html: bool,
}

pub fn looks_like_html(content_type: &str, bytes: &[u8]) -> bool {
    if content_type.to_ascii_lowercase().contains("text/html") {
        return true;
    }
    let start: Vec<u8> = bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    start.starts_with(b"<!doctype") || start.starts_with(b"<html") || start.starts_with(b"<head")
}

/// The `<title>` (or first `<h1>`) of an HTML page, whitespace folded.
pub fn html_title(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(16 * 1024)]);
    let lower = text.to_ascii_lowercase();
    for tag in ["title", "h1"] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        if let Some(start) = lower.find(&open) {
            let after = start + lower[start..].find('>')? + 1;
            let end = after + lower[after..].find(&close)?;
            let title = one_line(&text[after..end]);
            if !title.is_empty() {
                return Some(title);
            }
        }
    }
    None
}

/// Folds whitespace and cuts to a length that fits on one line.
pub fn one_line(text: &str) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    truncate_chars(&folded, 300)
}

fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{cut}…")
}

/// A short printable excerpt of a body, for messages about bad answers.
/// Secrets in it (API keys, tokens, and the values of fields named like
/// one) are masked: an error message never quotes one.
pub fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(400)]);
    let line = one_line(&mask_secrets(&text));
    truncate_chars(&line, 120)
}

/// Replaces what looks like a secret by `<secret>`: words starting with an
/// Onyx key or token prefix, and the string value of any JSON field whose
/// name says it holds one (`api_key`, `token`, `password`, `secret`, `cookie`).
pub fn mask_secrets(text: &str) -> String {
    const FIELDS: [&str; 6] = ["api_key\"", "token\"", "password\"", "secret\"", "cookie\"", "key\""];
    let is_word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '~' | '+' | '/' | '=');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let at_word_start = out.chars().last().is_none_or(|c| !is_word(c));
        if at_word_start && (rest.starts_with("on_") || rest.starts_with("onyx_pat_") || rest.starts_with("dn_")) {
            let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
            if end > 8 {
                out.push_str("<secret>");
                rest = &rest[end..];
                continue;
            }
        }
        if let Some(field) = FIELDS.iter().find(|f| rest.starts_with(**f)) {
            out.push_str(field);
            rest = &rest[field.len()..];
            let after_colon = rest.trim_start().strip_prefix(':').map(str::trim_start);
            if let Some(value) = after_colon.and_then(|v| v.strip_prefix('"')) {
                out.push_str(":\"<secret>");
                // Up to the closing quote (or the end of what was kept).
                let mut escaped = false;
                let end = value
                    .char_indices()
                    .find(|&(_, c)| {
                        let close = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        close
                    })
                    .map(|(i, _)| i)
                    .unwrap_or(value.len());
                rest = &value[end..];
            }
            continue;
        }
        let c = rest.chars().next().expect("not empty");
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

pub fn decode_error_body(content_type: &str, bytes: &[u8]) -> DecodedError {
    if looks_like_html(content_type, bytes) {
        let title = html_title(bytes).unwrap_or_else(|| "untitled".into());
        return DecodedError {
            message: format!("HTML page \"{title}\""),
            error_code: None,
            html: true,
        };
    }
    let (message, error_code) = match serde_json::from_slice::<Value>(bytes) {
        Ok(value) => decode_json_error(&value),
        Err(_) => (snippet(bytes), None),
    };
    DecodedError {
        message,
        error_code,
        html: false,
    }
}

/// Onyx's shapes: `{"detail": str}`, `{"detail": [{msg,…}]}` (other FastAPI
/// apps), `{"error_code", "detail"}`, `{"status_code", "message", "data"}`,
/// `{"message"}`; anything else is shown as compact JSON.
fn decode_json_error(value: &Value) -> (String, Option<String>) {
    let error_code = value.get("error_code").and_then(Value::as_str).map(str::to_string);
    let message = match (value.get("detail"), value.get("message"), value.get("error")) {
        (Some(Value::String(detail)), _, _) => detail.clone(),
        (Some(Value::Array(items)), _, _) => items
            .iter()
            .map(|item| match item {
                Value::Object(map) => {
                    let loc = map
                        .get("loc")
                        .and_then(Value::as_array)
                        .map(|parts| parts.iter().map(value_text).collect::<Vec<_>>().join("."))
                        .unwrap_or_default();
                    let msg = map.get("msg").map(value_text).unwrap_or_default();
                    if loc.is_empty() {
                        msg
                    } else {
                        format!("{loc}: {msg}")
                    }
                }
                other => value_text(other),
            })
            .collect::<Vec<_>>()
            .join("; "),
        (Some(other), _, _) if !other.is_null() => value_text(other),
        (_, Some(Value::String(message)), _) => validation_summary(message),
        (_, _, Some(Value::String(error))) => error.clone(),
        _ => value.to_string(),
    };
    let message = one_line(&message);
    let message = match &error_code {
        Some(code) if message.is_empty() => code.clone(),
        _ => message,
    };
    (message, error_code)
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Onyx's 422 `message` is pydantic reprs followed by a server file path and
/// the route; keep the part a person can act on.
fn validation_summary(message: &str) -> String {
    let message = message.split("  File \"").next().unwrap_or(message);
    let mut fields = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find("'loc': (") {
        let after = &rest[start + 8..];
        let Some(end) = after.find(')') else { break };
        let loc: Vec<&str> = after[..end]
            .split(',')
            .map(|p| p.trim().trim_matches('\''))
            .filter(|p| !p.is_empty() && *p != "body" && *p != "query" && *p != "path")
            .collect();
        let msg = after
            .find("'msg': '")
            .map(|m| &after[m + 8..])
            .and_then(|m| m.find('\'').map(|e| &m[..e]))
            .unwrap_or("invalid");
        fields.push(format!("{}: {}", loc.join("."), msg));
        rest = &after[end..];
    }
    if fields.is_empty() {
        message.trim().to_string()
    } else {
        format!("invalid request ({})", fields.join("; "))
    }
}

/// Settles what kind of auth failure a 401/403 is from its error code or the
/// known texts; `None` when only asking `/me` can tell.
pub fn auth_problem(failure: &HttpFailure) -> Option<AuthProblem> {
    if failure.html {
        return Some(AuthProblem::Proxy);
    }
    match failure.error_code.as_deref() {
        Some("SESSION_TERMINATED" | "SESSION_EXPIRED") => return Some(AuthProblem::SessionEnded),
        Some("SESSION_UNRECOGNIZED" | "UNAUTHENTICATED" | "INVALID_TOKEN" | "TOKEN_EXPIRED") => {
            return Some(AuthProblem::NotAuthenticated)
        }
        Some("INSUFFICIENT_PERMISSIONS" | "ADMIN_ONLY" | "UNAUTHORIZED" | "EE_REQUIRED") => {
            return Some(AuthProblem::NotPermitted)
        }
        _ => {}
    }
    let message = failure.message.to_ascii_lowercase();
    if message == "unauthorized" || message.contains("not authenticated") {
        Some(AuthProblem::NotAuthenticated)
    } else if message.contains("not a curator or admin")
        || message.contains("limited permissions")
        || message.contains("does not have access")
    {
        Some(AuthProblem::NotPermitted)
    } else {
        None
    }
}

/// `GET /health` answers `{"success": true, …}` on every Onyx API server.
pub fn is_health_ok(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Value>(bytes)
        .ok()
        .and_then(|v| v.get("success").and_then(Value::as_bool))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_onyx_shape() {
        let d = decode_error_body("application/json", br#"{"detail":"Chat session not found"}"#);
        assert_eq!(d.message, "Chat session not found");
        let d = decode_error_body(
            "application/json",
            br#"{"error_code":"INSUFFICIENT_PERMISSIONS","detail":"You do not have the required permissions for this action."}"#,
        );
        assert_eq!(d.error_code.as_deref(), Some("INSUFFICIENT_PERMISSIONS"));
        let d = decode_error_body(
            "application/json",
            br#"{"message":"API key with id 77 does not exist"}"#,
        );
        assert_eq!(d.message, "API key with id 77 does not exist");
        let d = decode_error_body(
            "application/json",
            br#"{"status_code":422,"message":"1 validation error: {'type': 'missing', 'loc': ('body', 'message'), 'msg': 'Field required', 'input': {}}  File \"/app/x.py\", line 775, in h   POST /chat/send-chat-message","data":null}"#,
        );
        assert_eq!(d.message, "invalid request (message: Field required)");
        let d = decode_error_body(
            "application/json",
            br#"{"detail":[{"loc":["body","name"],"msg":"field required"}]}"#,
        );
        assert_eq!(d.message, "body.name: field required");
        let d = decode_error_body("text/html", b"<html><head><title>502 Bad Gateway</title></head></html>");
        assert!(d.html);
        assert_eq!(d.message, "HTML page \"502 Bad Gateway\"");
        let d = decode_error_body("", b"\xff\xfe not json");
        assert!(!d.html);
    }

    #[test]
    fn a_snippet_never_quotes_a_secret() {
        let body = br#"{"api_key_id":2,"api_key_display":"on_aVpc********lp6k","api_key":"on_tOpSeCrEt0123456789abcdef","groups":[]}"#;
        let shown = snippet(body);
        assert!(!shown.contains("tOpSeCrEt"), "{shown}");
        assert!(shown.contains("\"api_key_id\":2"), "{shown}");
        let shown = snippet(br#"{"token": "onyx_pat_abcdefghijklmnop", "x": "Bearer on_zzzzzzzzzzzzzz"}"#);
        assert!(
            !shown.contains("abcdefghijklmnop") && !shown.contains("zzzzzzzz"),
            "{shown}"
        );
        assert_eq!(mask_secrets("no secret here"), "no secret here");
    }

    #[test]
    fn never_panics_on_odd_bytes() {
        for body in [
            &b""[..],
            b"<",
            b"<title>",
            b"<html><title>x",
            b"{\"detail\":",
            b"\xff\xff",
            b"[1,2]",
            b"null",
        ] {
            let _ = decode_error_body("application/json", body);
            let _ = decode_error_body("text/html", body);
            let _ = html_title(body);
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Whatever a server or proxy sends, decoding an error is one line and never panics.
        #[test]
        fn any_bytes_decode_to_one_line(body in proptest::collection::vec(any::<u8>(), 0..2048), html in any::<bool>()) {
            let content_type = if html { "text/html" } else { "application/json" };
            let decoded = decode_error_body(content_type, &body);
            prop_assert!(!decoded.message.contains('\n'));
            prop_assert!(decoded.message.chars().count() <= 320);
        }

        #[test]
        fn any_json_error_object_decodes(detail in ".{0,400}", code in proptest::option::of("[A-Z_]{1,30}")) {
            let mut body = serde_json::json!({ "detail": detail });
            if let Some(code) = &code {
                body["error_code"] = serde_json::Value::String(code.clone());
            }
            let decoded = decode_error_body("application/json", body.to_string().as_bytes());
            prop_assert_eq!(decoded.error_code, code);
            prop_assert!(!decoded.message.contains('\n'));
        }
    }
}
