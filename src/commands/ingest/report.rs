//! The result of a run: every path found, with exactly one outcome.

use crate::output::style::Paint;
use crate::output::Table;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Uploaded,
    Replaced,
    Unchanged,
    Removed,
    Skipped,
    Failed,
}

impl Outcome {
    fn label(self, dry_run: bool) -> &'static str {
        match (self, dry_run) {
            (Outcome::Uploaded, true) => "would upload",
            (Outcome::Replaced, true) => "would replace",
            (Outcome::Removed, true) => "would remove",
            (Outcome::Uploaded, false) => "uploaded",
            (Outcome::Replaced, false) => "replaced",
            (Outcome::Removed, false) => "removed",
            (Outcome::Unchanged, _) => "unchanged",
            (Outcome::Skipped, _) => "skipped",
            (Outcome::Failed, _) => "failed",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub uploaded: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub skipped: usize,
    pub failed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexingReport {
    pub docs_indexed: i64,
    pub errors: Vec<String>,
    pub docset_up_to_date: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct IngestReport {
    pub dry_run: bool,
    pub docset: String,
    pub docset_id: Option<i64>,
    pub connector: String,
    pub connector_id: Option<i64>,
    pub cc_pair_id: Option<i64>,
    pub counts: Counts,
    pub files: Vec<FileReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indexing: Option<IndexingReport>,
}

impl IngestReport {
    pub fn add(&mut self, path: impl Into<String>, outcome: Outcome, reason: Option<String>, file_id: Option<String>) {
        let counts = &mut self.counts;
        *match outcome {
            Outcome::Uploaded => &mut counts.uploaded,
            Outcome::Replaced => &mut counts.replaced,
            Outcome::Unchanged => &mut counts.unchanged,
            Outcome::Removed => &mut counts.removed,
            Outcome::Skipped => &mut counts.skipped,
            Outcome::Failed => &mut counts.failed,
        } += 1;
        self.files.push(FileReport {
            path: path.into(),
            outcome,
            reason,
            file_id,
        });
    }

    /// Files in path order, so a tree reads as a tree whatever happened to each.
    pub fn sort_by_path(&mut self) {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
    }

    pub fn failures(&self) -> Vec<&FileReport> {
        self.files.iter().filter(|f| f.outcome == Outcome::Failed).collect()
    }

    pub fn table(&self) -> Table {
        let mut table = Table::new(["PATH", "OUTCOME", "DETAIL"]).outcomes_in(1);
        // Unchanged files are only counted (summary line, --json): a nightly run
        // over thousands of files shows a person just what happened.
        for file in self.files.iter().filter(|f| f.outcome != Outcome::Unchanged) {
            table.row([
                file.path.clone(),
                file.outcome.label(self.dry_run).to_string(),
                file.reason.clone().unwrap_or_default(),
            ]);
        }
        table
    }

    /// The one-line summary for stderr, its counts of what was done green
    /// and of failures red where `paint` (stderr's) allows.
    pub fn summary_line(&self, paint: &Paint) -> String {
        let c = &self.counts;
        let done = |n: usize, what: &str| {
            let text = format!("{n} {what}");
            if n > 0 {
                paint.good(&text)
            } else {
                text
            }
        };
        let failed = if c.failed > 0 {
            paint.bad(&format!("{} failed", c.failed))
        } else {
            "0 failed".to_string()
        };
        let target = match (self.connector_id, self.cc_pair_id) {
            (Some(connector), Some(pair)) => format!(" (connector {connector}, cc-pair {pair})"),
            (Some(connector), None) => format!(" (connector {connector})"),
            _ => String::new(),
        };
        let verb = if self.dry_run { "would ingest" } else { "ingested" };
        if self.docset.is_empty() {
            let pair = self.cc_pair_id.map(|p| format!(" (cc-pair {p})")).unwrap_or_default();
            return format!(
                "{verb} through the ingestion API{pair}: {}, {}, {} skipped, {failed}",
                done(c.uploaded, "new"),
                done(c.replaced, "updated"),
                c.skipped
            );
        }
        let (up, re, rm) = if self.dry_run {
            ("to upload", "to replace", "to remove")
        } else {
            ("uploaded", "replaced", "removed")
        };
        format!(
            "{verb} into docset '{}'{target}: {}, {}, {} unchanged, {}, {} skipped, {failed}",
            paint.text(&self.docset),
            done(c.uploaded, up),
            done(c.replaced, re),
            c.unchanged,
            done(c.removed, rm),
            c.skipped
        )
    }
}
