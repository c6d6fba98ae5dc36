//! Finds a resource by id or by unique name, the way every command accepts
//! it. An unknown key lists what exists; an ambiguous name lists the matches.

use crate::api::types::{ApiKey, Connector, ConnectorStatus, Credential, DocumentSet};
use crate::api::{api_keys, connectors, credentials, docsets, Client};
use crate::error::{Error, Result};

/// Picks the one item whose id is `key` (when numeric) or whose name is `key`.
pub fn pick<T>(
    items: Vec<T>,
    key: &str,
    what: &str,
    id_of: impl Fn(&T) -> i64,
    name_of: impl Fn(&T) -> Option<String>,
) -> Result<T> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        if let Some(found) = items.iter().position(|item| id_of(item) == id) {
            return Ok(items.into_iter().nth(found).expect("index is in range"));
        }
    }
    let mut matches: Vec<T> = items
        .into_iter()
        .filter(|item| name_of(item).as_deref() == Some(key))
        .collect();
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(Error::NotFound(format!(
            "no {what} with id or name '{key}'; list them with 'onyx {} list'",
            what.replace(' ', "-")
        ))),
        _ => {
            let ids: Vec<String> = matches.iter().map(|m| id_of(m).to_string()).collect();
            Err(Error::Conflict(format!(
                "{} {what}s are named '{key}' (ids {}); name one by id",
                ids.len(),
                ids.join(", ")
            )))
        }
    }
}

/// Like `pick`, but `None` when nothing matches (for find-or-create).
pub fn find<T>(
    items: Vec<T>,
    key: &str,
    what: &str,
    id_of: impl Fn(&T) -> i64,
    name_of: impl Fn(&T) -> Option<String>,
) -> Result<Option<T>> {
    match pick(items, key, what, id_of, name_of) {
        Ok(item) => Ok(Some(item)),
        Err(Error::NotFound(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

pub fn connector(client: &Client, key: &str) -> Result<Connector> {
    pick(
        connectors::list(client)?,
        key,
        "connector",
        |c| c.id,
        |c| Some(c.name.clone()),
    )
}

pub fn credential(client: &Client, key: &str) -> Result<Credential> {
    // Credential 0 is the server's built-in public credential, never the user's.
    let mine = credentials::list(client)?.into_iter().filter(|c| c.id != 0).collect();
    pick(mine, key, "credential", |c| c.id, |c| c.name.clone())
}

/// A connector-credential pair by its own id or name.
pub fn cc_pair(client: &Client, key: &str) -> Result<ConnectorStatus> {
    pick(
        connectors::statuses(client)?,
        key,
        "cc pair",
        |p| p.cc_pair_id,
        |p| p.name.clone(),
    )
}

pub fn docset(client: &Client, key: &str) -> Result<DocumentSet> {
    pick(
        docsets::list(client)?,
        key,
        "docset",
        |d| d.id,
        |d| Some(d.name.clone()),
    )
}

pub fn api_key(client: &Client, key: &str) -> Result<ApiKey> {
    pick(
        api_keys::list(client)?,
        key,
        "api key",
        |k| k.api_key_id,
        |k| k.api_key_name.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<(i64, &'static str)> {
        vec![(1, "Legal"), (2, "HR"), (3, "HR"), (7, "7")]
    }

    #[test]
    fn by_id_then_by_name() {
        let by_id = pick(items(), "2", "docset", |i| i.0, |i| Some(i.1.to_string())).unwrap();
        assert_eq!(by_id, (2, "HR"));
        let by_name = pick(items(), "Legal", "docset", |i| i.0, |i| Some(i.1.to_string())).unwrap();
        assert_eq!(by_name.0, 1);
        let ambiguous = pick(items(), "HR", "docset", |i| i.0, |i| Some(i.1.to_string())).unwrap_err();
        assert!(ambiguous.to_string().contains("ids 2, 3"), "{ambiguous}");
        assert!(matches!(ambiguous, Error::Conflict(_)));
        let missing = pick(items(), "Nope", "docset", |i| i.0, |i| Some(i.1.to_string())).unwrap_err();
        assert!(matches!(missing, Error::NotFound(_)));
        assert!(find(items(), "Nope", "docset", |i| i.0, |i| Some(i.1.to_string()))
            .unwrap()
            .is_none());
    }
}
