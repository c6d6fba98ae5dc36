//! Personal access tokens (REFERENCE §7.2): the caller's own.

use super::error::Result;
use super::types::{Pat, PatRequest};
use super::Client;
use serde_json::Value;

/// `GET /user/pats`.
pub fn list(client: &Client) -> Result<Vec<Pat>> {
    client.get("/user/pats", &[])
}

/// `POST /user/pats`: the answer's `token` is the secret, shown this once.
pub fn create(client: &Client, request: &PatRequest) -> Result<Pat> {
    client.post("/user/pats", request)
}

/// `DELETE /user/pats/{token_id}`.
pub fn delete(client: &Client, id: i64) -> Result<Value> {
    client.delete(&format!("/user/pats/{id}"), &[])
}
