//! API keys (REFERENCE §7.1), admin only, and where a group server names the
//! groups a key may be put in.

use super::error::{Error, Result};
use super::types::{ApiKey, ApiKeyArgs, MinimalUserGroup, UserWithGroups};
use super::Response;
use super::{Body, CallOptions, Client};
use reqwest::Method;
use serde_json::Value;

/// `GET /admin/api-key`: keys without their secrets.
pub fn list(client: &Client) -> Result<Vec<ApiKey>> {
    client.get("/admin/api-key", &[])
}

/// `POST /admin/api-key`: the answer holds the secret, shown this once.
pub fn create(client: &Client, args: &ApiKeyArgs) -> Result<ApiKey> {
    let body = serde_json::to_value(args).map_err(|e| Error::Encode(e.to_string()))?;
    let response = client.send(
        Method::POST,
        "/admin/api-key",
        &[],
        &Body::Json(body),
        CallOptions::default(),
    )?;
    decode_secret_answer(response)
}

/// `PATCH /admin/api-key/{api_key_id}`: full replacement of name and role (or
/// groups: a group server takes the key out of every group not listed).
pub fn update(client: &Client, id: i64, args: &ApiKeyArgs) -> Result<ApiKey> {
    client.patch(&format!("/admin/api-key/{id}"), args)
}

/// `POST /admin/api-key/{api_key_id}/regenerate`: a new secret; the old one stops working.
pub fn regenerate(client: &Client, id: i64) -> Result<ApiKey> {
    let path = format!("/admin/api-key/{id}/regenerate");
    let response = client.send(Method::POST, &path, &[], &Body::Empty, CallOptions::default())?;
    decode_secret_answer(response)
}

/// `DELETE /admin/api-key/{api_key_id}`.
pub fn delete(client: &Client, id: i64) -> Result<Value> {
    client.delete(&format!("/admin/api-key/{id}"), &[])
}

/// `GET /manage/user-groups/minimal?include_default=true`: every group, the
/// default Admin and Basic ones included (group servers with the enterprise
/// code loaded; 404 on the community edition).
pub fn user_groups(client: &Client) -> Result<Vec<MinimalUserGroup>> {
    let query = [("include_default".to_string(), "true".to_string())];
    client.get("/manage/user-groups/minimal", &query)
}

/// `GET /manage/users/accepted/all`: every user with their groups; on the
/// community edition of a group server the one place the default groups' ids show.
pub fn users_with_groups(client: &Client) -> Result<Vec<UserWithGroups>> {
    client.get("/manage/users/accepted/all", &[])
}

/// An answer that holds a secret is decoded without ever quoting its body:
/// a failure says where the JSON went wrong, not what it held.
fn decode_secret_answer(response: Response) -> Result<ApiKey> {
    let url = response.url().to_string();
    let bytes = super::read_body(response, &url)?;
    serde_json::from_slice(&bytes).map_err(|e| Error::BadResponse {
        url,
        reason: format!(
            "the answer is not the API key expected ({:?} error at line {} column {}; the body is not shown, it holds the secret)",
            e.classify(),
            e.line(),
            e.column()
        ),
    })
}
