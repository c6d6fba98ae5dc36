//! `onyx ingest --docs FILE.jsonl`: already-extracted documents through the
//! ingestion API (REFERENCE §4), one JSON object a line, sent as read.

use super::report::{IngestReport, Outcome};
use super::{explain_501, finish};
use crate::api::ingestion;
use crate::api::types::IngestionDocument;
use crate::commands::Context;
use crate::error::{Error, Result};
use serde_json::{json, Map, Value};
use std::io::BufRead;
use std::path::Path;
use std::time::Duration;

/// Turns one input line into the API's document: `title` (or `id`) becomes
/// the display name, `text` + `link` one section unless `sections` are given.
pub fn document_from_line(line: &Value) -> std::result::Result<Value, String> {
    let object = line.as_object().ok_or("not a JSON object")?;
    let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_string);
    let id = text("id");
    let title = text("title")
        .or_else(|| text("semantic_identifier"))
        .or_else(|| id.clone())
        .ok_or("needs a 'title' or an 'id'")?;
    let sections = match (object.get("sections"), text("text")) {
        (Some(Value::Array(sections)), _) if !sections.is_empty() => Value::Array(sections.clone()),
        (_, Some(body)) => json!([{ "type": "text", "text": body, "link": text("link") }]),
        _ => return Err("needs 'text' or a non-empty 'sections' list".into()),
    };
    let metadata = match object.get("metadata") {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(Value::Object(m)) => Value::Object(m.clone()),
        Some(_) => return Err("'metadata' must be an object of strings or lists of strings".into()),
    };
    let mut document = json!({
        "sections": sections,
        "semantic_identifier": title,
        "metadata": metadata,
    });
    if let Some(id) = id {
        document["id"] = json!(id);
    }
    for key in ["doc_updated_at", "title"] {
        if let Some(value) = object.get(key) {
            document[key] = value.clone();
        }
    }
    Ok(document)
}

pub fn run(ctx: &mut Context, file: &Path, cc_pair: Option<i64>, timeout: Duration) -> Result<()> {
    let reader = crate::ops::input::open(file)?;
    let timeout = timeout.max(Duration::from_secs(1));
    let client = ctx.client()?;
    let mut report = IngestReport {
        dry_run: false,
        docset: String::new(),
        docset_id: None,
        connector: "ingestion API".into(),
        connector_id: None,
        cc_pair_id: cc_pair,
        counts: Default::default(),
        files: Vec::new(),
        indexing: None,
    };
    for (index, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(file, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let place = format!("{}:{}", file.display(), index + 1);
        let parsed = serde_json::from_str::<Value>(&line)
            .map_err(|e| format!("invalid JSON: {e}"))
            .and_then(|v| document_from_line(&v));
        let document = match parsed {
            Ok(document) => document,
            Err(reason) => {
                report.add(place, Outcome::Failed, Some(reason), None);
                continue;
            }
        };
        let shown = match document.get("id").and_then(Value::as_str) {
            Some(id) => format!("{place} ({id})"),
            None => place,
        };
        let request = IngestionDocument {
            document,
            cc_pair_id: cc_pair,
        };
        match ingestion::ingest(&client, &request, timeout).map_err(Error::from) {
            Ok(result) => {
                let outcome = if result.already_existed {
                    Outcome::Replaced
                } else {
                    Outcome::Uploaded
                };
                report.add(shown, outcome, None, Some(result.document_id));
            }
            Err(Error::Http(f)) if matches!(f.status, 400 | 413 | 422) => {
                report.add(
                    shown,
                    Outcome::Failed,
                    Some(format!("rejected ({}): {}", f.status, f.message)),
                    None,
                );
            }
            Err(other) => return Err(explain_501(other)),
        }
    }
    finish(ctx, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_becomes_a_document() {
        let doc = document_from_line(&json!({"id": "kb-1", "title": "VPN", "link": "https://x/1", "text": "Reset it.", "metadata": {"team": "IT"}})).unwrap();
        assert_eq!(doc["semantic_identifier"], "VPN");
        assert_eq!(doc["sections"][0]["text"], "Reset it.");
        assert_eq!(doc["sections"][0]["link"], "https://x/1");
        assert_eq!(doc["metadata"]["team"], "IT");
        assert!(document_from_line(&json!({"title": "no body"})).is_err());
        assert!(document_from_line(&json!(["not", "an object"])).is_err());
    }
}
