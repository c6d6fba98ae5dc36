//! `onyx connector status`: the indexing status of a connector's pairs, and
//! `--wait` until their runs are over.

use super::pairs_of;
use crate::api::types::{CcPairStatus, Connector, ConnectorIndexingStatus, IndexingStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::cli::WaitArgs;
use crate::commands::{wait_until, yes_no, Context};
use crate::error::{Error, Result};
use crate::ops::resolve;
use crate::output::Table;
use serde_json::Value;

/// The indexing status of the connector's pairs, with the JSON `--json` prints.
fn indexing(client: &Client, connector: &Connector, pair_ids: &[i64]) -> Result<Vec<(ConnectorIndexingStatus, Value)>> {
    let statuses = connectors::pair_statuses(client, &connector.source, pair_ids)?;
    Ok(statuses
        .into_iter()
        .map(|status| {
            let raw = crate::output::to_value(&status);
            (status, raw)
        })
        .collect())
}

/// A run is over when nothing is in progress and the first attempt is not still pending.
/// The pair's latest attempt has ended (or there is none to wait for). With
/// workers running, a new attempt exists at once as `not_started`, so that is
/// as pending as a running one; no attempt yet on a scheduled pair is too.
fn run_over(status: &ConnectorIndexingStatus) -> bool {
    if status.in_progress {
        return false;
    }
    if matches!(status.cc_pair_status, Some(CcPairStatus::Paused)) {
        return true;
    }
    match &status.last_status {
        Some(IndexingStatus::NotStarted | IndexingStatus::InProgress) => false,
        Some(_) => true,
        None => !matches!(
            status.cc_pair_status,
            Some(CcPairStatus::Scheduled | CcPairStatus::InitialIndexing)
        ),
    }
}

pub(super) fn show(ctx: &Context, client: &Client, key: &str, wait: &WaitArgs) -> Result<()> {
    let connector = resolve::connector(client, key)?;
    let pair_ids: Vec<i64> = pairs_of(client, &connector)?.iter().map(|p| p.cc_pair_id).collect();
    let mut statuses = indexing(client, &connector, &pair_ids)?;
    if wait.wait {
        wait_until(ctx, wait, &format!("indexing of '{}'", connector.name), || {
            statuses = indexing(client, &connector, &pair_ids)?;
            Ok(statuses.iter().all(|(s, _)| run_over(s)))
        })?;
    }
    let raw: Vec<&Value> = statuses.iter().map(|(_, raw)| raw).collect();
    if ctx.out.is_json() {
        ctx.out.json(&crate::output::to_value(&raw))?;
    } else {
        let mut t = Table::new([
            "pair",
            "name",
            "status",
            "running",
            "last run",
            "last success",
            "docs",
            "errors",
        ]);
        for (s, _) in &statuses {
            let errors = cc_pairs::errors(client, s.cc_pair_id, 1)?.total_items;
            t.row([
                s.cc_pair_id.to_string(),
                s.name.clone().unwrap_or_default(),
                s.cc_pair_status
                    .as_ref()
                    .map_or_else(String::new, |v| ctx.out.word(v.as_str())),
                yes_no(s.in_progress),
                s.last_finished_status
                    .as_ref()
                    .map_or_else(|| "-".into(), |v| ctx.out.word(v.as_str())),
                s.last_success
                    .as_deref()
                    .map_or_else(|| "-".into(), |t| ctx.out.when(t)),
                s.docs_indexed.to_string(),
                errors.to_string(),
            ]);
        }
        ctx.out.write_table(&t)?;
    }
    if wait.wait {
        let failed: Vec<String> = statuses
            .iter()
            .filter(|(s, _)| {
                matches!(
                    s.last_finished_status,
                    Some(IndexingStatus::Failed | IndexingStatus::Canceled | IndexingStatus::Interrupted)
                )
            })
            .map(|(s, _)| {
                format!(
                    "{} ({})",
                    s.name.clone().unwrap_or_default(),
                    s.last_finished_status
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                )
            })
            .collect();
        if !failed.is_empty() {
            return Err(Error::Remote(format!(
                "indexing of '{}' did not succeed: {}; see 'onyx cc-pair show'",
                connector.name,
                failed.join(", ")
            )));
        }
    }
    Ok(())
}
