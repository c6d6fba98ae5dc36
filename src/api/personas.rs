//! Agents (personas): `GET /persona`.

use super::types::Persona;
use super::Client;
use crate::error::Result;

/// `GET /persona`: the agents visible to the caller.
pub fn list(client: &Client) -> Result<Vec<Persona>> {
    client.get("/persona", &[])
}
