//! `onyx cc-pair`: connector-credential pairs, the thing that indexes.

use super::{absent_is_ok, confirm, exists_already, wait_until, yes_no, Context};
use crate::api::types::{CcPair, CcPairRequest, ConnectorStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::cli::{CcPairCommand, PairSelection, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::resolve;
use crate::output::{Record, Table};

pub fn run(ctx: &mut Context, command: CcPairCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        CcPairCommand::List => {
            let pairs = connectors::statuses(&client)?;
            ctx.out.emit(&pairs, || table(&pairs))
        }
        CcPairCommand::Show { key } => {
            let pair = resolve::cc_pair(&client, &key)?;
            show(ctx, &cc_pairs::get(&client, pair.cc_pair_id)?)
        }
        CcPairCommand::Create(args) => {
            let connector = resolve::connector(&client, &args.connector)?;
            let credential = resolve::credential(&client, &args.credential)?;
            let name = args.name.unwrap_or_else(|| connector.name.clone());
            let existing = connectors::statuses(&client)?.into_iter().find(|p| {
                p.name.as_deref() == Some(name.as_str())
                    || (p.connector.id == connector.id && p.credential.id == credential.id)
            });
            if let Some(pair) = existing {
                if !args.if_not_exists {
                    return Err(exists_already(
                        "cc pair",
                        pair.name.as_deref().unwrap_or(&name),
                        pair.cc_pair_id,
                    ));
                }
                return show(ctx, &cc_pairs::get(&client, pair.cc_pair_id)?);
            }
            let request = CcPairRequest {
                name: name.clone(),
                access_type: args.access.as_api().to_string(),
                groups: args.groups,
            };
            let answer = cc_pairs::associate(&client, connector.id, credential.id, &request)?;
            if !answer.success {
                // Re-pairing answers 200 with success:false and data = the connector id.
                if !args.if_not_exists {
                    return Err(Error::Conflict(format!(
                        "connector '{}' is already paired with credential {}: {}; pass --if-not-exists to reuse the pair",
                        connector.name,
                        credential.id,
                        answer.message.unwrap_or_default()
                    )));
                }
                let pair = of_connector(&client, connector.id)?
                    .into_iter()
                    .find(|p| p.credential.id == credential.id)
                    .ok_or_else(|| {
                        Error::Remote(format!(
                            "the server says connector {} is paired with credential {}, but lists no such pair",
                            connector.id, credential.id
                        ))
                    })?;
                return show(ctx, &cc_pairs::get(&client, pair.cc_pair_id)?);
            }
            let id = answer
                .data
                .ok_or_else(|| Error::Remote("the server created a pair but did not say its id".into()))?;
            show(ctx, &cc_pairs::get(&client, id)?)
        }
        CcPairCommand::Delete { target, wait } => {
            let Some(pair) = absent_is_ok(ctx, resolve::cc_pair(&client, &target.key), target.if_exists)? else {
                return Ok(());
            };
            let label = pair.name.clone().unwrap_or_else(|| pair.cc_pair_id.to_string());
            confirm(
                &format!("Delete pair '{label}' (id {}) and its documents", pair.cc_pair_id),
                target.yes,
            )?;
            delete(ctx, &client, &[pair], &wait)?;
            ctx.out.note(&format!("Deleted pair '{label}'."));
            Ok(())
        }
    }
}

/// Starts Onyx's deletion of each pair (documents first, then the pair) and,
/// with `--wait`, waits until none of them is listed any more.
pub fn delete(ctx: &Context, client: &Client, pairs: &[ConnectorStatus], wait: &WaitArgs) -> Result<()> {
    for pair in pairs {
        cc_pairs::delete(client, pair.connector.id, pair.credential.id)?;
    }
    if wait.wait && !pairs.is_empty() {
        let ids: Vec<i64> = pairs.iter().map(|p| p.cc_pair_id).collect();
        wait_until(ctx, wait, "the documents to be deleted", || {
            Ok(!connectors::statuses(client)?
                .iter()
                .any(|p| ids.contains(&p.cc_pair_id)))
        })?;
    }
    Ok(())
}

/// The pairs of one connector.
pub fn of_connector(client: &Client, connector_id: i64) -> Result<Vec<ConnectorStatus>> {
    Ok(connectors::statuses(client)?
        .into_iter()
        .filter(|p| p.connector.id == connector_id)
        .collect())
}

/// The cc-pair ids named by `--connector` (all its pairs) and `--cc-pair`.
pub fn select(client: &Client, selection: &PairSelection) -> Result<Vec<i64>> {
    if selection.connectors.is_empty() && selection.cc_pairs.is_empty() {
        return Ok(vec![]);
    }
    let all = connectors::statuses(client)?;
    let mut ids = Vec::new();
    for key in &selection.connectors {
        let connector = resolve::connector(client, key)?;
        let pairs: Vec<i64> = all
            .iter()
            .filter(|p| p.connector.id == connector.id)
            .map(|p| p.cc_pair_id)
            .collect();
        if pairs.is_empty() {
            return Err(Error::Usage(format!(
                "connector '{}' has no credential paired with it yet; pair it with 'onyx cc-pair create --connector {} --credential …'",
                connector.name, connector.id
            )));
        }
        ids.extend(pairs);
    }
    for key in &selection.cc_pairs {
        let pair = resolve::pick(all.clone(), key)?;
        ids.push(pair.cc_pair_id);
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    Ok(ids)
}

fn table(pairs: &[ConnectorStatus]) -> Table {
    let mut t = Table::new(["id", "name", "source", "connector", "credential", "access"]);
    for p in pairs {
        t.row([
            p.cc_pair_id.to_string(),
            p.name.clone().unwrap_or_default(),
            p.connector.source.clone(),
            format!("{} {}", p.connector.id, p.connector.name),
            format!("{} {}", p.credential.id, p.credential.name.as_deref().unwrap_or("")),
            p.access_type.clone().unwrap_or_default(),
        ]);
    }
    t
}

fn show(ctx: &Context, pair: &CcPair) -> Result<()> {
    ctx.out.emit_record(pair, || {
        Record::new()
            .field("id", pair.id.to_string())
            .field("name", &pair.name)
            .field("status", &pair.status)
            .field(
                "connector",
                format!(
                    "{} {} ({})",
                    pair.connector.id, pair.connector.name, pair.connector.source
                ),
            )
            .field(
                "credential",
                format!(
                    "{} {}",
                    pair.credential.id,
                    pair.credential.name.as_deref().unwrap_or("")
                ),
            )
            .field("access", pair.access_type.clone().unwrap_or_default())
            .field("documents", pair.num_docs_indexed.to_string())
            .field("indexing", yes_no(pair.indexing))
            .field(
                "last run",
                pair.last_index_attempt_status.clone().unwrap_or_else(|| "-".into()),
            )
            .field("last indexed", pair.last_indexed.clone().unwrap_or_else(|| "-".into()))
            .field("repeated errors", yes_no(pair.in_repeated_error_state))
    })
}
