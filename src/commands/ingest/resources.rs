//! Find-or-create, by name, of what the files hang off: the file connector,
//! its empty credential, the pair, and the document set. Each step is
//! idempotent: a second run finds everything and creates nothing.

use crate::api::types::{AccessType, Connector, ConnectorFile, DocumentSet};
use crate::api::{connectors, docsets, Client};
use crate::error::{Error, Result};
use crate::ops::cc_pair::Paired;
use crate::ops::connector::ConnectorDraft;
use crate::ops::wait::{poll, Patience, Poll, WaitObserver};
use crate::ops::{self, resolve};
use serde_json::json;

/// The file connector named `name`, if there is one.
pub fn find_connector(client: &Client, name: &str) -> Result<Option<Connector>> {
    let found = resolve::find(connectors::list(client)?, name)?;
    match found {
        Some(c) if c.source != "file" => Err(Error::Conflict(format!(
            "connector '{name}' (id {}) is a '{}' connector, not a file connector; choose another with --connector",
            c.id, c.source
        ))),
        other => Ok(other),
    }
}

/// Creates the file connector holding the files already uploaded (the server
/// does not accept files for a connector without a pair, so the first batch
/// is uploaded first and handed over here; REFERENCE §5.7).
pub fn create_connector(
    client: &Client,
    name: &str,
    access: &AccessType,
    ids: &[String],
    names: &[String],
) -> Result<i64> {
    ops::connector::create(client, &ConnectorDraft::files(name, access.clone(), ids, names))
}

/// The files a connector's own config names (for a connector the server will
/// not list files of, having no pair); sizes are unknown there.
pub fn files_in_config(connector: &Connector) -> Vec<ConnectorFile> {
    let config = &connector.connector_specific_config;
    let strings = |key: &str| -> Vec<String> {
        config[key]
            .as_array()
            .map(|items| items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    strings("file_locations")
        .into_iter()
        .zip(strings("file_names"))
        .map(|(file_id, file_name)| ConnectorFile {
            file_id,
            file_name,
            file_size: None,
            upload_date: None,
        })
        .collect()
}

/// The pair of `connector_id`, if it has one.
pub fn find_pair(client: &Client, connector_id: i64) -> Result<Option<i64>> {
    Ok(ops::cc_pair::of_connector(client, connector_id)?
        .first()
        .map(|p| p.cc_pair_id))
}

/// Pairs the connector with an empty file credential of the same name
/// (found or created) and returns the pair id; pairing starts indexing.
pub fn create_pair(client: &Client, connector_id: i64, name: &str, access: &AccessType) -> Result<i64> {
    let existing = ops::credential::mine(client)?
        .into_iter()
        .find(|c| c.source == "file" && c.name.as_deref() == Some(name));
    let credential_id = match existing {
        Some(c) => c.id,
        None => ops::credential::create(client, name, "file", json!({}), true)?.id,
    };
    match ops::cc_pair::associate(client, connector_id, credential_id, name, access.clone(), vec![])? {
        Paired::Created(id) => Ok(id),
        // Already paired: look the pair up.
        Paired::AlreadyPaired { message } => find_pair(client, connector_id)?.ok_or_else(|| {
            Error::Remote(format!(
                "pairing connector {connector_id} with credential {credential_id} failed: {message}"
            ))
        }),
    }
}

/// What happened to the document set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocsetChange {
    Created,
    Added,
    AlreadyThere,
}

pub fn find_docset(client: &Client, name: &str) -> Result<Option<DocumentSet>> {
    resolve::find(docsets::list(client)?, name)
}

fn is_syncing_refusal(error: &Error) -> bool {
    matches!(error, Error::Http(f) if f.status == 400 && f.message.contains("syncing"))
}

/// Makes sure the set `name` holds the pair: creates it, or adds the pair with
/// a full-replacement PATCH, waiting (up to `patience`) while the set is
/// syncing, because the server refuses changes then.
pub fn ensure_docset(
    client: &Client,
    name: &str,
    pair: i64,
    public: bool,
    patience: Patience,
    observer: &dyn WaitObserver,
) -> Result<(i64, DocsetChange)> {
    let what = format!("document set '{name}' to stop syncing");
    poll(patience, &what, observer, || {
        let Some(set) = find_docset(client, name)? else {
            let id = ops::docset::create(client, name, "Files uploaded with 'onyx ingest'", vec![pair], public)?;
            return Ok(Poll::Ready((id, DocsetChange::Created)));
        };
        if set.cc_pair_summaries.iter().any(|p| p.id == pair) {
            return Ok(Poll::Ready((set.id, DocsetChange::AlreadyThere)));
        }
        let mut request = ops::docset::as_is(&set);
        request.cc_pair_ids.push(pair);
        match ops::docset::update(client, &request) {
            Ok(_) => Ok(Poll::Ready((set.id, DocsetChange::Added))),
            Err(e) if is_syncing_refusal(&e) => Ok(Poll::Pending),
            Err(e) => Err(e),
        }
    })
    .map_err(|e| match e {
        Error::WaitTimedOut(_) => Error::WaitTimedOut(format!(
            "document set '{name}' kept syncing for {}s, so cc-pair {pair} could not be added (the uploaded files are kept)",
            patience.timeout.as_secs()
        )),
        other => other,
    })
}
