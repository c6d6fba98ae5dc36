//! The ingestion API (REFERENCE §4): already-extracted documents.

use super::error::Result;
use super::types::{DocMinimalInfo, IngestionDocument, IngestionResult};
use super::{decode_json, segment, Body, CallOptions, Client};
use reqwest::Method;
use serde_json::Value;
use std::time::Duration;

/// `POST /onyx-api/ingestion`: indexes one document synchronously (slow: the
/// call returns when embedding is done). Re-posting the same id updates it.
pub fn ingest(client: &Client, document: &IngestionDocument, timeout: Duration) -> Result<IngestionResult> {
    let body = Body::Json(serde_json::to_value(document).expect("document serializes"));
    let call = CallOptions {
        timeout: Some(timeout),
        // Same id → same document: re-sending after a timeout updates, never duplicates.
        retry_anyway: true,
        ..CallOptions::default()
    };
    decode_json(client.send(Method::POST, "/onyx-api/ingestion", &[], &body, call)?)
}

/// `GET /onyx-api/ingestion`: every document created through this API.
pub fn list(client: &Client) -> Result<Vec<DocMinimalInfo>> {
    client.get("/onyx-api/ingestion", &[])
}

/// `GET /onyx-api/connector-docs/{cc_pair_id}`: the documents of any pair.
pub fn connector_docs(client: &Client, cc_pair_id: i64) -> Result<Vec<DocMinimalInfo>> {
    client.get(&format!("/onyx-api/connector-docs/{cc_pair_id}"), &[])
}

/// `DELETE /onyx-api/ingestion/{document_id}`.
pub fn delete(client: &Client, document_id: &str) -> Result<Value> {
    client.delete(&format!("/onyx-api/ingestion/{}", segment(document_id)), &[])
}
