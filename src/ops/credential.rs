//! Credentials: the user's own, and the one body that creates one.

use crate::api::types::{Credential, CredentialRequest, ObjectCreated};
use crate::api::{credentials, Client};
use crate::error::Result;

/// The user's credentials: every one but the server's built-in public
/// credential 0, which is never the user's to show, pick or delete.
pub fn mine(client: &Client) -> Result<Vec<Credential>> {
    Ok(credentials::list(client)?.into_iter().filter(|c| c.id != 0).collect())
}

/// Creates a credential holding `credential_json` (`{}` for sources that
/// need none, such as file connectors).
pub fn create(
    client: &Client,
    name: &str,
    source: &str,
    credential_json: serde_json::Value,
    admin_public: bool,
) -> Result<ObjectCreated> {
    let request = CredentialRequest {
        credential_json,
        admin_public,
        source: source.to_string(),
        name: Some(name.to_string()),
        curator_public: false,
        groups: vec![],
    };
    Ok(credentials::create(client, &request)?)
}
