//! Connector-credential pairs: pairing, and what its `success: false` means.

use crate::api::types::{AccessType, CcPairRequest, Connector, ConnectorStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::error::{Error, Result};
use crate::ops::resolve::Index;
use std::collections::{HashMap, HashSet};

/// What pairing a connector with a credential did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paired {
    /// A new pair, with its id; indexing has started.
    Created(i64),
    /// The two were paired already (Onyx answers 200 with `success: false`);
    /// `message` is the server's words.
    AlreadyPaired { message: String },
}

/// Pairs `connector_id` with `credential_id` under `name`.
pub fn associate(
    client: &Client,
    connector_id: i64,
    credential_id: i64,
    name: &str,
    access: AccessType,
    groups: Vec<i64>,
) -> Result<Paired> {
    let request = CcPairRequest {
        name: name.to_string(),
        access_type: access,
        groups,
    };
    let answer = cc_pairs::associate(client, connector_id, credential_id, &request)?;
    if !answer.success {
        // Re-pairing answers 200 with success:false and data = the connector id.
        return Ok(Paired::AlreadyPaired {
            message: answer.message.unwrap_or_default(),
        });
    }
    answer
        .data
        .map(Paired::Created)
        .ok_or_else(|| Error::Remote("the server created a pair but did not say its id".into()))
}

/// The pairs of one connector.
pub fn of_connector(client: &Client, connector_id: i64) -> Result<Vec<ConnectorStatus>> {
    Ok(connectors::statuses(client)?
        .into_iter()
        .filter(|p| p.connector.id == connector_id)
        .collect())
}

/// The pair of `connector_id` and `credential_id`, if there is one.
pub fn find(client: &Client, connector_id: i64, credential_id: i64) -> Result<Option<ConnectorStatus>> {
    Ok(connectors::statuses(client)?
        .into_iter()
        .find(|p| p.connector.id == connector_id && p.credential.id == credential_id))
}

/// The pair ids that `connector_keys` (every pair of each connector) and
/// `pair_keys` name, by the resolver's rule, in order and once each. A named
/// connector without a pair is the error `unpaired` makes (the caller knows
/// how to say what to do: a flag, or a manifest entry).
pub fn select(
    connectors: &Index<Connector>,
    pairs: &Index<ConnectorStatus>,
    connector_keys: &[String],
    pair_keys: &[String],
    unpaired: impl Fn(&Connector) -> Error,
) -> Result<Vec<i64>> {
    let mut by_connector: HashMap<i64, Vec<i64>> = HashMap::new();
    for pair in pairs.items() {
        by_connector.entry(pair.connector.id).or_default().push(pair.cc_pair_id);
    }
    let mut ids = Vec::new();
    for key in connector_keys {
        let connector = connectors.pick(key)?;
        match by_connector.get(&connector.id) {
            Some(of_it) => ids.extend(of_it),
            None => return Err(unpaired(connector)),
        }
    }
    for key in pair_keys {
        ids.push(pairs.pick(key)?.cc_pair_id);
    }
    let mut seen = HashSet::new();
    ids.retain(|id| seen.insert(*id));
    Ok(ids)
}
