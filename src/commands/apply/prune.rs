//! `--prune`: delete what carries the spec's prefix but the spec no longer lists.
//! Planned from the inventory before anything changes, so the confirmation
//! comes first and lists what will go.

use super::spec::{spec_names, ApplySpec};
use super::step::{step, Action, Kind, Step};
use super::{ApplyArgs, Inventory};
use crate::api::types::{Connector, ConnectorStatus, Credential, DocumentSet};
use crate::api::{connectors, credentials, Client};
use crate::commands::{cc_pair, docset, Context};
use crate::error::Result;

/// What carries the prefix but is no longer listed, in deletion order:
/// document sets, pairs (Onyx deletes their documents in the background),
/// connectors left without pairs, credentials.
pub struct PrunePlan {
    sets: Vec<DocumentSet>,
    pairs: Vec<ConnectorStatus>,
    connectors: Vec<Connector>,
    credentials: Vec<Credential>,
}

pub fn plan(have: &Inventory, spec: &ApplySpec) -> PrunePlan {
    let prefix = spec.prefix.as_deref().unwrap_or_default();
    let listed = spec_names(spec);
    let stale =
        |kind: Kind, name: &str| name.starts_with(prefix) && !listed.iter().any(|(k, n)| *k == kind && n == name);
    PrunePlan {
        sets: have
            .docsets
            .items()
            .iter()
            .filter(|s| stale(Kind::Docset, &s.name))
            .cloned()
            .collect(),
        pairs: have
            .pairs
            .items()
            .iter()
            .filter(|p| stale(Kind::CcPair, p.name.as_deref().unwrap_or("")))
            .cloned()
            .collect(),
        connectors: have
            .connectors
            .items()
            .iter()
            .filter(|c| stale(Kind::Connector, &c.name))
            .cloned()
            .collect(),
        credentials: have
            .credentials
            .items()
            .iter()
            .filter(|c| stale(Kind::Credential, c.name.as_deref().unwrap_or("")))
            .cloned()
            .collect(),
    }
}

impl PrunePlan {
    pub fn is_empty(&self) -> bool {
        self.sets.is_empty() && self.pairs.is_empty() && self.connectors.is_empty() && self.credentials.is_empty()
    }

    /// The deletions as dry-run steps (present tense).
    pub fn as_steps(&self) -> Vec<Step> {
        self.rows()
            .into_iter()
            .map(|(kind, name, id)| step(kind, &name, Some(id), Action::Delete))
            .collect()
    }

    /// The confirmation, naming every deletion.
    pub fn question(&self, prefix: &str) -> String {
        let rows = self.rows();
        let listed: Vec<String> = rows.iter().map(|(kind, name, _)| format!("{kind} '{name}'")).collect();
        format!(
            "Delete {} named '{prefix}…' that the manifest no longer lists ({})",
            crate::output::human::plural(rows.len() as u64, "resource"),
            listed.join(", ")
        )
    }

    fn rows(&self) -> Vec<(Kind, String, i64)> {
        let mut rows = Vec::new();
        rows.extend(self.sets.iter().map(|s| (Kind::Docset, s.name.clone(), s.id)));
        rows.extend(
            self.pairs
                .iter()
                .map(|p| (Kind::CcPair, p.name.clone().unwrap_or_default(), p.cc_pair_id)),
        );
        rows.extend(self.connectors.iter().map(|c| (Kind::Connector, c.name.clone(), c.id)));
        rows.extend(
            self.credentials
                .iter()
                .map(|c| (Kind::Credential, c.name.clone().unwrap_or_default(), c.id)),
        );
        rows
    }
}

/// Carries out a confirmed plan.
pub fn execute(ctx: &Context, client: &Client, plan: PrunePlan, args: &ApplyArgs, steps: &mut Vec<Step>) -> Result<()> {
    // Onyx deletes sets and pairs in the background: without --wait they are
    // only on their way out.
    let gone = if args.wait.wait {
        Action::Deleted
    } else {
        Action::Deleting
    };
    for set in &plan.sets {
        docset::remove(ctx, client, set.clone(), &args.wait)?;
        steps.push(step(Kind::Docset, &set.name, Some(set.id), gone));
    }
    cc_pair::delete(ctx, client, &plan.pairs, &args.wait)?;
    let pair_action = gone;
    steps.extend(plan.pairs.iter().map(|p| {
        step(
            Kind::CcPair,
            p.name.as_deref().unwrap_or(""),
            Some(p.cc_pair_id),
            pair_action,
        )
    }));
    if plan.connectors.is_empty() && plan.credentials.is_empty() {
        return Ok(());
    }
    let remaining = connectors::statuses(client)?;
    for connector in &plan.connectors {
        let deleting: Vec<i64> = plan.pairs.iter().map(|p| p.cc_pair_id).collect();
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
    for credential in &plan.credentials {
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
