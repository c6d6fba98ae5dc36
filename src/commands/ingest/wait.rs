//! `--wait`: until the pair has indexed the new files and the document set
//! has caught up (REFERENCE §5.5, §5.7 steps 6 and 8).

use super::report::IndexingReport;
use super::resources::find_docset;
use crate::api::types::IndexingStatus;
use crate::api::{cc_pairs, connectors, Client};
use crate::error::{Error, Result};
use std::time::{Duration, Instant};

/// The pair's indexing status now, if the server lists it.
pub fn pair_status(client: &Client, pair: i64) -> Result<Option<IndexingStatus>> {
    Ok(connectors::pair_statuses(client, "file", &[pair])?.into_iter().next())
}

pub struct Patience {
    pub deadline: Instant,
    pub timeout: Duration,
    pub interval: Duration,
}

impl Patience {
    fn sleep_or_give_up(&self, what: &str) -> Result<()> {
        if Instant::now() + self.interval > self.deadline {
            return Err(Error::WaitTimedOut(format!(
                "{what} did not finish within {}s; the upload itself is done (see 'onyx connector status')",
                self.timeout.as_secs_f64()
            )));
        }
        std::thread::sleep(self.interval);
        Ok(())
    }
}

/// Waits for indexing when files changed (`baseline` is the pair's
/// `last_success` before the run: a new one means the new files are in), then
/// for the set to be up to date. `files_changed == false` skips the first
/// wait: nothing was sent, so no indexing run is coming.
pub fn wait_until_searchable(
    client: &Client,
    pair: i64,
    baseline: Option<String>,
    files_changed: bool,
    docset: &str,
    patience: &Patience,
) -> Result<IndexingReport> {
    let docs_indexed = loop {
        let status = pair_status(client, pair)?;
        if let Some(status) = &status {
            let finished = !status.in_progress && status.last_success.is_some() && status.last_success != baseline;
            if finished || !files_changed {
                break status.docs_indexed;
            }
            let failed = matches!(status.last_status.as_deref(), Some("failed" | "canceled"))
                && !status.in_progress
                && status.last_success == baseline;
            if failed && status.in_repeated_error_state {
                return Err(Error::Remote(format!(
                    "indexing of cc-pair {pair} failed ({}); see 'onyx api GET /manage/admin/cc-pair/{pair}/errors'",
                    status.last_status.as_deref().unwrap_or("failed")
                )));
            }
        }
        patience.sleep_or_give_up(&format!("indexing of cc-pair {pair}"))?;
    };
    loop {
        let up_to_date = find_docset(client, docset)?.is_some_and(|s| s.is_up_to_date);
        if up_to_date {
            break;
        }
        patience.sleep_or_give_up(&format!("the sync of document set '{docset}'"))?;
    }
    let errors = cc_pairs::errors(client, pair, 20)?
        .items
        .iter()
        .map(|e| {
            let document = e.get("document_id").and_then(|v| v.as_str()).unwrap_or("");
            let message = e
                .get("failure_message")
                .and_then(|v| v.as_str())
                .unwrap_or("indexing error");
            if document.is_empty() {
                message.to_string()
            } else {
                format!("{document}: {message}")
            }
        })
        .collect();
    Ok(IndexingReport {
        docs_indexed,
        errors,
        docset_up_to_date: true,
    })
}
