//! Credentials: the user's own, and the one body that creates one.

use crate::api::types::Credential;
use crate::api::{credentials, Client};
use crate::error::Result;

/// The user's credentials: every one but the server's built-in public
/// credential 0, which is never the user's to show, pick or delete.
pub fn mine(client: &Client) -> Result<Vec<Credential>> {
    Ok(credentials::list(client)?.into_iter().filter(|c| c.id != 0).collect())
}
