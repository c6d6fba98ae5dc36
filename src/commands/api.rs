//! `onyx api METHOD PATH`: any endpoint, with the profile's base URL and
//! credentials — the escape hatch for what has no command yet (like `gh api`).

use super::Context;
use crate::api::{decode, Body, CallOptions};
use crate::error::{Error, Result};
use crate::values;
use clap::Args;
use reqwest::Method;
use serde_json::{Map, Value};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  onyx api GET /persona\n  onyx api get /manage/document-set --jq '.[].name'\n  onyx api POST /manage/admin/connector/run-once -F connector_id=7 -F 'credential_ids=[9]'\n  onyx api PUT /manage/admin/cc-pair/12/status -f status=PAUSED\n  onyx api POST /search --input request.json"
)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT, PATCH, DELETE or HEAD (any case)
    #[arg(value_parser = values::http_method)]
    pub method: Method,
    /// Path under the API base, e.g. /persona or /manage/document-set
    pub path: String,
    /// A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE", value_parser = values::key_value)]
    pub fields: Vec<(String, String)>,
    /// A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)
    #[arg(short = 'F', long = "raw-field", value_name = "KEY=JSON", value_parser = values::key_value)]
    pub raw_fields: Vec<(String, String)>,
    /// Read the request body from a file ('-' for stdin)
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
}

pub fn run(ctx: &mut Context, args: ApiArgs) -> Result<()> {
    let method = args.method.clone();
    let path = if args.path.starts_with('/') {
        args.path.clone()
    } else {
        format!("/{}", args.path)
    };
    let mut fields = Map::new();
    for (key, value) in &args.fields {
        fields.insert(key.clone(), Value::String(value.clone()));
    }
    for (key, value) in &args.raw_fields {
        let parsed = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.clone()));
        fields.insert(key.clone(), parsed);
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

fn read_input(path: &std::path::Path) -> Result<Value> {
    let text = crate::ops::input::read_to_string(path)?;
    serde_json::from_str(&text).map_err(|e| Error::Usage(format!("{}: not valid JSON ({e})", path.display())))
}
