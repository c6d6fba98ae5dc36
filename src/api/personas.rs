//! Agents (personas): `GET /persona`.

use super::error::{Error, Result};
use super::types::Persona;
use super::Client;

/// `GET /persona`: the agents visible to the caller.
pub fn list(client: &Client) -> Result<Vec<Persona>> {
    client.get("/persona", &[])
}

/// Finds an agent by id or (case-insensitive) name among `GET /persona`.
pub fn resolve(client: &Client, id_or_name: &str) -> Result<Persona> {
    let all = list(client)?;
    pick(all, id_or_name)
}

/// The agent `id_or_name` names: an id wins, then an exact name, then a unique
/// case-insensitive one.
pub fn pick(all: Vec<Persona>, id_or_name: &str) -> Result<Persona> {
    let wanted = id_or_name.trim();
    if let Ok(id) = wanted.parse::<i64>() {
        if let Some(p) = all.iter().find(|p| p.id == id) {
            return Ok(p.clone());
        }
    }
    if let Some(p) = all.iter().find(|p| p.name == wanted) {
        return Ok(p.clone());
    }
    let matches: Vec<&Persona> = all.iter().filter(|p| p.name.eq_ignore_ascii_case(wanted)).collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::AgentNotFound {
            wanted: wanted.to_string(),
        }),
        several => Err(Error::AgentAmbiguous {
            wanted: wanted.to_string(),
            count: several.len(),
        }),
    }
}
