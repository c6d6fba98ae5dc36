//! Agents (personas): `GET /persona`.

use super::error::Result;
use super::types::Persona;
use super::Client;

/// `GET /persona`: the agents visible to the caller.
pub fn list(client: &Client) -> Result<Vec<Persona>> {
    client.get("/persona", &[])
}
