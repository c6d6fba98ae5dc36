//! Identity and server facts: `/health`, `/version`, `/me`, `/auth/login`, `/auth/logout`.

use super::error::{Error, Result};
use super::secret::Secret;
use super::types::{HealthResponse, InstanceSettings, UserInfo, VersionResponse};
use super::{Body, CallOptions, Client};
use reqwest::Method;

/// `GET /me`: who the credentials belong to.
pub fn me(client: &Client) -> Result<UserInfo> {
    client.get("/me", &[])
}

/// `GET /health`: whether the API server is up (public).
pub fn health(client: &Client) -> Result<HealthResponse> {
    client.get("/health", &[])
}

/// `GET /settings`: the instance's settings as this caller sees them.
pub fn settings(client: &Client) -> Result<InstanceSettings> {
    client.get("/settings", &[])
}

/// `GET /version`: the backend version string (public).
pub fn version(client: &Client) -> Result<VersionResponse> {
    client.get("/version", &[])
}

/// `POST /auth/login` (form-encoded): answers 204 with the `fastapiusersauth`
/// cookie, which is returned as the session secret.
pub fn login(client: &Client, email: &str, password: &Secret) -> Result<Secret> {
    let form = vec![
        ("username".to_string(), email.to_string()),
        ("password".to_string(), password.expose().to_string()),
    ];
    let response = client.send(
        Method::POST,
        "/auth/login",
        &[],
        &Body::Form(form),
        CallOptions::default(),
    )?;
    let url = response.url().to_string();
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|cookie| {
            let pair = cookie.split(';').next()?.trim();
            let value = pair.strip_prefix("fastapiusersauth=")?;
            (!value.is_empty()).then(|| Secret::new(value))
        })
        .ok_or_else(|| Error::BadResponse {
            url,
            reason: "the login succeeded but no fastapiusersauth cookie came back".into(),
        })
}

/// `POST /auth/logout`: ends the web session on the server.
pub fn logout(client: &Client) -> Result<()> {
    client.send(Method::POST, "/auth/logout", &[], &Body::Empty, CallOptions::default())?;
    Ok(())
}
