//! API keys (REFERENCE §7.1), admin only.

use super::error::Result;
use super::types::{ApiKey, ApiKeyArgs};
use super::{Body, CallOptions, Client};
use reqwest::Method;
use serde_json::Value;

/// `GET /admin/api-key`: keys without their secrets.
pub fn list(client: &Client) -> Result<Vec<ApiKey>> {
    client.get("/admin/api-key", &[])
}

/// `POST /admin/api-key`: the answer holds the secret, shown this once.
pub fn create(client: &Client, args: &ApiKeyArgs) -> Result<ApiKey> {
    client.post("/admin/api-key", args)
}

/// `PATCH /admin/api-key/{api_key_id}`: full replacement of name and role.
pub fn update(client: &Client, id: i64, args: &ApiKeyArgs) -> Result<ApiKey> {
    client.patch(&format!("/admin/api-key/{id}"), args)
}

/// `POST /admin/api-key/{api_key_id}/regenerate`: a new secret; the old one stops working.
pub fn regenerate(client: &Client, id: i64) -> Result<ApiKey> {
    let path = format!("/admin/api-key/{id}/regenerate");
    let response = client.send(Method::POST, &path, &[], &Body::Empty, CallOptions::default())?;
    super::decode_json(response)
}

/// `DELETE /admin/api-key/{api_key_id}`.
pub fn delete(client: &Client, id: i64) -> Result<Value> {
    client.delete(&format!("/admin/api-key/{id}"), &[])
}
