//! Document sets (REFERENCE §6). Create answers a bare integer; updates and
//! deletes are refused (400) while the set is syncing.

use super::error::Result;
use super::types::{DocumentSet, DocumentSetCreate, DocumentSetUpdate};
use super::Client;
use serde_json::Value;

/// `GET /manage/document-set`.
pub fn list(client: &Client) -> Result<Vec<DocumentSet>> {
    client.get("/manage/document-set", &[])
}

/// `POST /manage/admin/document-set` → the new set's id.
pub fn create(client: &Client, request: &DocumentSetCreate) -> Result<i64> {
    client.post("/manage/admin/document-set", request)
}

/// `PATCH /manage/admin/document-set`: full replacement.
pub fn update(client: &Client, request: &DocumentSetUpdate) -> Result<Value> {
    client.patch("/manage/admin/document-set", request)
}

/// `DELETE /manage/admin/document-set/{document_set_id}`.
pub fn delete(client: &Client, id: i64) -> Result<Value> {
    client.delete(&format!("/manage/admin/document-set/{id}"), &[])
}
