//! Connector-credential pairs: pairing, and what its `success: false` means.

use crate::api::types::{AccessType, CcPairRequest, ConnectorStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::error::{Error, Result};

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
