//! `--prune`: delete what carries the spec's prefix but the spec no longer lists.

use super::spec::{spec_names, ApplySpec};
use super::step::{step, Action, Kind, Step};
use super::wait_for_sync;
use crate::api::{connectors, credentials, docsets, Client};
use crate::cli::ApplyArgs;
use crate::commands::{cc_pair, confirm, Context};
use crate::error::Result;
use crate::ops;

/// Deletes what carries the prefix but is no longer listed: document sets,
/// then pairs (Onyx deletes their documents in the background), connectors
/// left without pairs, and credentials.
pub fn prune(
    ctx: &Context,
    client: &Client,
    spec: &ApplySpec,
    prefix: &str,
    args: &ApplyArgs,
    steps: &mut Vec<Step>,
) -> Result<()> {
    let listed = spec_names(spec);
    let stale =
        |kind: Kind, name: &str| name.starts_with(prefix) && !listed.iter().any(|(k, n)| *k == kind && n == name);
    let sets: Vec<_> = docsets::list(client)?
        .into_iter()
        .filter(|s| stale(Kind::Docset, &s.name))
        .collect();
    let pairs: Vec<_> = connectors::statuses(client)?
        .into_iter()
        .filter(|p| stale(Kind::CcPair, p.name.as_deref().unwrap_or("")))
        .collect();
    let old_connectors: Vec<_> = connectors::list(client)?
        .into_iter()
        .filter(|c| stale(Kind::Connector, &c.name))
        .collect();
    let old_credentials: Vec<_> = ops::credential::mine(client)?
        .into_iter()
        .filter(|c| stale(Kind::Credential, c.name.as_deref().unwrap_or("")))
        .collect();
    let count = sets.len() + pairs.len() + old_connectors.len() + old_credentials.len();
    if count == 0 {
        return Ok(());
    }
    if args.dry_run {
        steps.extend(
            sets.iter()
                .map(|s| step(Kind::Docset, &s.name, Some(s.id), Action::Delete)),
        );
        steps.extend(pairs.iter().map(|p| {
            step(
                Kind::CcPair,
                p.name.as_deref().unwrap_or(""),
                Some(p.cc_pair_id),
                Action::Delete,
            )
        }));
        steps.extend(
            old_connectors
                .iter()
                .map(|c| step(Kind::Connector, &c.name, Some(c.id), Action::Delete)),
        );
        steps.extend(old_credentials.iter().map(|c| {
            step(
                Kind::Credential,
                c.name.as_deref().unwrap_or(""),
                Some(c.id),
                Action::Delete,
            )
        }));
        return Ok(());
    }
    confirm(
        &format!("Delete {count} resource(s) named '{prefix}…' that the manifest no longer lists"),
        args.yes,
    )?;
    for set in &sets {
        wait_for_sync(ctx, client, set.id, &args.wait)?;
        docsets::delete(client, set.id)?;
        steps.push(step(Kind::Docset, &set.name, Some(set.id), Action::Deleted));
    }
    cc_pair::delete(ctx, client, &pairs, &args.wait)?;
    let pair_action = if args.wait.wait {
        Action::Deleted
    } else {
        Action::Deleting
    };
    steps.extend(pairs.iter().map(|p| {
        step(
            Kind::CcPair,
            p.name.as_deref().unwrap_or(""),
            Some(p.cc_pair_id),
            pair_action,
        )
    }));
    let remaining = connectors::statuses(client)?;
    for connector in &old_connectors {
        let deleting: Vec<i64> = pairs.iter().map(|p| p.cc_pair_id).collect();
        let paired: Vec<_> = remaining
            .iter()
            .filter(|p| p.connector.id == connector.id && !deleting.contains(&p.cc_pair_id))
            .cloned()
            .collect();
        let still_paired = remaining.iter().any(|p| p.connector.id == connector.id);
        if !still_paired {
            connectors::delete(client, connector.id)?;
            steps.push(step(
                Kind::Connector,
                &connector.name,
                Some(connector.id),
                Action::Deleted,
            ));
        } else {
            // Its pairs are still being deleted: run again (or pass --wait) to remove the row.
            cc_pair::delete(ctx, client, &paired, &args.wait)?;
            steps.push(step(
                Kind::Connector,
                &connector.name,
                Some(connector.id),
                Action::Deleting,
            ));
        }
    }
    for credential in &old_credentials {
        credentials::delete(client, credential.id, true)?;
        steps.push(step(
            Kind::Credential,
            credential.name.as_deref().unwrap_or(""),
            Some(credential.id),
            Action::Deleted,
        ));
    }
    Ok(())
}
