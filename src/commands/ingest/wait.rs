//! `--wait`: until the pair has indexed the new files and the document set
//! has caught up (REFERENCE §5.5, §5.7 steps 6 and 8).

use super::report::IndexingReport;
use super::resources::find_docset;
use crate::api::types::{ConnectorIndexingStatus, IndexingStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::error::{Error, Result};
use crate::ops::wait::{poll, poll_until, Patience, Poll, WaitObserver};

/// The pair's indexing status now, if the server lists it.
pub fn pair_status(client: &Client, pair: i64) -> Result<Option<ConnectorIndexingStatus>> {
    Ok(connectors::pair_statuses(client, "file", &[pair])?.into_iter().next())
}

/// The message of a wait that ran out: the files are uploaded all the same.
fn gave_up(what: &str, patience: Patience) -> impl FnOnce(Error) -> Error + '_ {
    move |error| match error {
        Error::WaitTimedOut(_) => Error::WaitTimedOut(format!(
            "{what} did not finish within {}s; the upload itself is done (see 'onyx connector status')",
            patience.timeout.as_secs_f64()
        )),
        other => other,
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
    patience: Patience,
    observer: &dyn WaitObserver,
) -> Result<IndexingReport> {
    let indexing = format!("indexing of cc-pair {pair}");
    let docs_indexed = poll(patience, &indexing, observer, || {
        let Some(status) = pair_status(client, pair)? else {
            return Ok(Poll::Pending);
        };
        let finished = !status.in_progress && status.last_success.is_some() && status.last_success != baseline;
        if finished || !files_changed {
            return Ok(Poll::Ready(status.docs_indexed));
        }
        let failed = matches!(
            status.last_status,
            Some(IndexingStatus::Failed | IndexingStatus::Canceled)
        ) && !status.in_progress
            && status.last_success == baseline;
        if failed && status.in_repeated_error_state {
            return Err(Error::Remote(format!(
                "indexing of cc-pair {pair} failed ({}); see 'onyx api GET /manage/admin/cc-pair/{pair}/errors'",
                status.last_status.as_ref().map_or("failed", IndexingStatus::as_str)
            )));
        }
        Ok(Poll::Pending)
    })
    .map_err(gave_up(&indexing, patience))?;
    let sync = format!("the sync of document set '{docset}'");
    poll_until(patience, &sync, observer, || {
        Ok(find_docset(client, docset)?.is_some_and(|s| s.is_up_to_date))
    })
    .map_err(gave_up(&sync, patience))?;
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
