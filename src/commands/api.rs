//! `onyx api METHOD PATH`: any endpoint, with the profile's base URL and
//! credentials — the escape hatch for what has no command yet (like `gh api`).

use super::Context;
use crate::api::{decode, Body, CallOptions};
use crate::cli::ApiArgs;
use crate::error::{Error, Result};
use reqwest::Method;
use serde_json::{Map, Value};

pub fn run(ctx: &mut Context, args: ApiArgs) -> Result<()> {
    let method = parse_method(&args.method)?;
    let path = if args.path.starts_with('/') {
        args.path.clone()
    } else {
        format!("/{}", args.path)
    };
    let mut fields = Map::new();
    for raw in &args.fields {
        let (key, value) = split_field(raw, "-f")?;
        fields.insert(key, Value::String(value));
    }
    for raw in &args.raw_fields {
        let (key, value) = split_field(raw, "-F")?;
        let parsed = serde_json::from_str(&value).unwrap_or(Value::String(value));
        fields.insert(key, parsed);
    }
    let in_query = matches!(method, Method::GET | Method::DELETE | Method::HEAD);
    let mut query = Vec::new();
    let body = if let Some(input) = &args.input {
        if !fields.is_empty() && !in_query {
            return Err(Error::Usage(
                "--input and -f/-F both give the body; use one of them".into(),
            ));
        }
        Body::Json(read_input(input)?)
    } else if in_query || fields.is_empty() {
        Body::Empty
    } else {
        Body::Json(Value::Object(fields.clone()))
    };
    if in_query {
        for (key, value) in &fields {
            let text = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            query.push((key.clone(), text));
        }
    }
    let client = if path == "/health" || path == "/version" || path == "/auth/type" {
        ctx.client_allowing_anonymous()?
    } else {
        ctx.client()?
    };
    let response = client.send(method, &path, &query, &body, CallOptions::default())?;
    let url = response.url().to_string();
    let content_type = crate::api::content_type(&response);
    let bytes = crate::api::read_body(response, &url)?;
    if content_type.contains("json") || content_type.is_empty() {
        if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
            return ctx.out.json(&value);
        }
    }
    if content_type.contains("event-stream") || content_type.contains("ndjson") {
        // The chat stream: pass the lines through, one JSON object each.
        return ctx.out.write_stdout(&String::from_utf8_lossy(&bytes));
    }
    if decode::looks_like_html(&content_type, &bytes) {
        return Err(Error::BadResponse {
            url,
            reason: "got an HTML page instead of JSON".into(),
        });
    }
    ctx.out.write_stdout(&String::from_utf8_lossy(&bytes))
}

fn parse_method(raw: &str) -> Result<Method> {
    match raw.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::GET),
        "POST" => Ok(Method::POST),
        "PUT" => Ok(Method::PUT),
        "PATCH" => Ok(Method::PATCH),
        "DELETE" => Ok(Method::DELETE),
        "HEAD" => Ok(Method::HEAD),
        other => Err(Error::Usage(format!(
            "unknown HTTP method '{other}'; use GET, POST, PUT, PATCH or DELETE"
        ))),
    }
}

fn split_field(raw: &str, flag: &str) -> Result<(String, String)> {
    raw.split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .ok_or_else(|| Error::Usage(format!("{flag} '{raw}' must look like key=value")))
}

fn read_input(path: &std::path::Path) -> Result<Value> {
    let text = crate::ops::input::read_to_string(path)?;
    serde_json::from_str(&text).map_err(|e| Error::Usage(format!("{}: not valid JSON ({e})", path.display())))
}
