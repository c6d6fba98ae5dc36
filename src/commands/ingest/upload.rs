//! Sending files in batches: one request per batch, retried on transient
//! failures with bounded exponential backoff, and reconciled with the
//! server's file list so a batch the server stored before the answer was
//! lost is not sent twice.

use super::plan::Upload;
use super::report::{IngestReport, Outcome};
use super::resources;
use super::state::{IngestState, StateEntry};
use crate::api::connectors::{self, UploadFile};
use crate::api::types::AccessType;
use crate::api::{Client, RetryPolicy};
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::time::Duration;

/// Where a batch goes: the file store alone (before the connector exists;
/// the ids are then given to the new connector), or an existing connector.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    Staging,
    Connector(i64),
}

/// Groups uploads so no request holds more than `max_files` files or, unless
/// a single file is larger, more than `max_bytes` bytes.
pub fn batches(uploads: Vec<Upload>, max_files: usize, max_bytes: u64) -> Vec<Vec<Upload>> {
    let mut out: Vec<Vec<Upload>> = Vec::new();
    let mut current: Vec<Upload> = Vec::new();
    let mut bytes = 0u64;
    for upload in uploads {
        let size = upload.file.size;
        if !current.is_empty() && (current.len() >= max_files.max(1) || bytes + size > max_bytes) {
            out.push(std::mem::take(&mut current));
            bytes = 0;
        }
        bytes += size;
        current.push(upload);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// What became of one batch.
#[derive(Debug, Default)]
pub struct BatchOutcome {
    /// Stored by the server, with the file id it gave.
    pub confirmed: Vec<(Upload, String)>,
    /// Refused by the server for a reason retrying cannot fix.
    pub rejected: Vec<(Upload, String)>,
    /// Not stored because the server stayed unavailable; `stopped` says why.
    pub unsent: Vec<Upload>,
    pub stopped: Option<Error>,
}

enum Failure {
    Transient(Error),
    Rejected(String),
    Fatal(Error),
}

fn classify(error: Error) -> (Failure, Option<Duration>) {
    match error {
        Error::Unreachable { .. } | Error::Timeout { .. } => (Failure::Transient(error), None),
        Error::RateLimited(ref f) => {
            let wait = f.retry_after;
            (Failure::Transient(error), wait)
        }
        Error::Http(ref f) if matches!(f.status, 502..=504) => {
            let wait = f.retry_after;
            (Failure::Transient(error), wait)
        }
        Error::Http(ref f) if matches!(f.status, 400 | 413 | 415 | 422) => {
            let reason = if f.message.is_empty() {
                format!("rejected by the server ({})", f.status)
            } else {
                format!("rejected by the server ({}): {}", f.status, f.message)
            };
            (Failure::Rejected(reason), None)
        }
        // A file that vanished or became unreadable since planning fails alone.
        Error::Io { source, .. } => (Failure::Rejected(format!("cannot read: {source}")), None),
        other => (Failure::Fatal(other), None),
    }
}

/// Sends one batch. A batch the server refuses is split into single files so
/// one bad file does not sink the others; `claimed` are the server file ids
/// already accounted for (so reconciliation never mistakes an old copy for a new one).
pub fn send_batch(
    client: &Client,
    target: Target,
    batch: Vec<Upload>,
    claimed: &HashSet<String>,
    policy: RetryPolicy,
    timeout: Duration,
) -> Result<BatchOutcome> {
    let mut outcome = BatchOutcome::default();
    let mut remaining = batch;
    let mut attempt = 0;
    loop {
        let files: Vec<UploadFile> = remaining
            .iter()
            .map(|u| UploadFile {
                path: u.file.path.clone(),
                name: u.file.name.clone(),
                mime: u.file.mime.clone(),
            })
            .collect();
        let remove: Vec<String> = remaining.iter().filter_map(|u| u.replaces.clone()).collect();
        let result = match target {
            Target::Staging => connectors::upload(client, &files, timeout),
            Target::Connector(id) => connectors::update_files(client, id, &files, &remove, timeout),
        };
        let error = match result {
            Ok(response) => {
                outcome
                    .confirmed
                    .extend(match_ids(remaining, &response.file_paths, &response.file_names));
                return Ok(outcome);
            }
            Err(error) => error,
        };
        match classify(error.into()) {
            (Failure::Fatal(error), _) => return Err(error),
            (Failure::Rejected(reason), _) if remaining.len() == 1 => {
                outcome.rejected.push((remaining.remove(0), reason));
                return Ok(outcome);
            }
            (Failure::Rejected(_), _) => {
                for single in remaining {
                    let one = send_batch(client, target, vec![single], claimed, policy, timeout)?;
                    outcome.confirmed.extend(one.confirmed);
                    outcome.rejected.extend(one.rejected);
                    outcome.unsent.extend(one.unsent);
                    if one.stopped.is_some() {
                        outcome.stopped = one.stopped;
                    }
                }
                return Ok(outcome);
            }
            (Failure::Transient(error), retry_after) => {
                if let Target::Connector(id) = target {
                    // The server may have stored the batch before the answer was lost.
                    remaining = adopt_stored(client, id, remaining, claimed, &mut outcome);
                    if remaining.is_empty() {
                        return Ok(outcome);
                    }
                }
                if !policy.allows(attempt) {
                    outcome.unsent = remaining;
                    outcome.stopped = Some(error);
                    return Ok(outcome);
                }
                std::thread::sleep(policy.delay(attempt, retry_after));
                attempt += 1;
            }
        }
    }
}

/// Moves the uploads the server already holds (same name and size, an id not
/// yet claimed) to `confirmed`; returns the rest. A failed listing adopts nothing.
fn adopt_stored(
    client: &Client,
    connector_id: i64,
    remaining: Vec<Upload>,
    claimed: &HashSet<String>,
    outcome: &mut BatchOutcome,
) -> Vec<Upload> {
    let Ok(listing) = connectors::files(client, connector_id) else {
        return remaining;
    };
    let mut taken: HashSet<String> = claimed.clone();
    let mut rest = Vec::new();
    for upload in remaining {
        let stored = listing.files.iter().find(|f| {
            f.file_name == upload.file.name
                && f.file_size == Some(upload.file.size as i64)
                && !taken.contains(&f.file_id)
                && upload.replaces.as_deref() != Some(f.file_id.as_str())
        });
        match stored {
            Some(file) => {
                taken.insert(file.file_id.clone());
                outcome.confirmed.push((upload, file.file_id.clone()));
            }
            None => rest.push(upload),
        }
    }
    rest
}

/// Pairs each upload with the id the server gave it, by name (the lists are
/// parallel and in request order; names make that explicit).
fn match_ids(uploads: Vec<Upload>, ids: &[String], names: &[String]) -> Vec<(Upload, String)> {
    let mut used = vec![false; ids.len()];
    uploads
        .into_iter()
        .enumerate()
        .map(|(i, upload)| {
            let by_name = names
                .iter()
                .enumerate()
                .position(|(j, n)| !used[j] && *n == upload.file.name && j < ids.len());
            let at = by_name.or_else(|| (i < ids.len() && !used[i]).then_some(i));
            let id = match at {
                Some(j) => {
                    used[j] = true;
                    ids[j].clone()
                }
                None => String::new(),
            };
            (upload, id)
        })
        .collect()
}

/// The state shared by the batches of one run.
pub struct UploadRun<'a> {
    pub client: &'a Client,
    pub connector_id: Option<i64>,
    pub connector_name: &'a str,
    pub access: AccessType,
    pub policy: RetryPolicy,
    pub timeout: Duration,
    /// Server file ids accounted for (never taken for a new copy).
    pub claimed: HashSet<String>,
    pub manifest: &'a mut IngestState,
    pub report: &'a mut IngestReport,
    pub pair: &'a mut Option<i64>,
    pub verbose: bool,
}

impl UploadRun<'_> {
    /// Sends one batch and records each file's outcome; the manifest is saved
    /// once the server has confirmed the batch. Returns the error that stopped
    /// uploading (the server stayed unavailable), if any.
    pub fn send(&mut self, batch: Vec<Upload>) -> Result<Option<Error>> {
        let target = match self.connector_id {
            Some(id) => Target::Connector(id),
            None => Target::Staging,
        };
        let outcome = send_batch(self.client, target, batch, &self.claimed, self.policy, self.timeout)?;
        if matches!(target, Target::Staging) && !outcome.confirmed.is_empty() {
            let ids: Vec<String> = outcome.confirmed.iter().map(|(_, id)| id.clone()).collect();
            let names: Vec<String> = outcome.confirmed.iter().map(|(u, _)| u.file.name.clone()).collect();
            let id = resources::create_connector(self.client, self.connector_name, &self.access, &ids, &names)?;
            self.connector_id = Some(id);
            *self.pair = Some(resources::create_pair(
                self.client,
                id,
                self.connector_name,
                &self.access,
            )?);
        }
        for (upload, file_id) in outcome.confirmed {
            let outcome = if upload.replaces.is_some() {
                Outcome::Replaced
            } else {
                Outcome::Uploaded
            };
            self.claimed.insert(file_id.clone());
            self.manifest.files.insert(
                upload.file.name.clone(),
                StateEntry {
                    size: upload.file.size,
                    mtime_ns: upload.file.mtime_ns,
                    sha256: upload.sha256.clone(),
                    file_id: file_id.clone(),
                },
            );
            self.report
                .add(upload.file.path.display().to_string(), outcome, None, Some(file_id));
        }
        self.manifest.save()?;
        for (upload, reason) in outcome.rejected {
            self.report.add(
                upload.file.path.display().to_string(),
                Outcome::Failed,
                Some(reason),
                None,
            );
        }
        let stopped = outcome.stopped;
        if let Some(error) = &stopped {
            let reason = format!("not sent: {error}");
            for upload in outcome.unsent {
                self.report.add(
                    upload.file.path.display().to_string(),
                    Outcome::Failed,
                    Some(reason.clone()),
                    None,
                );
            }
        }
        Ok(stopped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::ingest::plan::LocalFile;
    use std::path::PathBuf;

    fn upload(name: &str, size: u64) -> Upload {
        Upload {
            file: LocalFile {
                name: name.into(),
                path: PathBuf::from(name),
                size,
                mtime_ns: 0,
                mime: "text/plain".into(),
            },
            sha256: String::new(),
            replaces: None,
        }
    }

    #[test]
    fn batches_respect_count_and_bytes_and_keep_big_files_alone() {
        let uploads = vec![
            upload("a", 10),
            upload("b", 10),
            upload("c", 100),
            upload("d", 1),
            upload("e", 1),
        ];
        let sizes: Vec<Vec<String>> = batches(uploads, 2, 50)
            .into_iter()
            .map(|b| b.into_iter().map(|u| u.file.name).collect())
            .collect();
        assert_eq!(sizes, vec![vec!["a", "b"], vec!["c"], vec!["d", "e"]]);
    }
}
