//! `onyx ingest PATH --docset NAME`: upload a tree of files into a document
//! set through a file connector, sending only what changed since last time.

mod jsonl_documents;
mod plan;
mod report;
mod resources;
mod state;
mod upload;
mod wait;

use crate::api::types::AccessType;
use crate::api::{connectors, Client};
use crate::cli::{Access, WaitArgs};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::values;
use clap::Args;
use plan::{diff, from_list, walk, Found, IngestPlan, Selection};
use report::{IngestReport, Outcome};
use state::{IngestState, StateLock};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use upload::{batches, UploadRun};

pub const INGEST_HELP: &str = "\
Examples:
  onyx ingest ./contracts --docset Legal
  find . -name '*.pdf' -mtime -1 | onyx ingest - --docset Legal
  onyx ingest ./handbook --docset HR --prune --wait
  onyx ingest --docs articles.jsonl

Exit codes: 0 every file ingested or unchanged; 10 some files failed (listed);
2 nothing to ingest or bad arguments; 11 another run holds the lock; see 'onyx --help'.";

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Directory or file to ingest; '-' reads paths from stdin, one per line
    #[arg(value_name = "PATH", required_unless_present = "docs", conflicts_with = "docs")]
    pub path: Option<PathBuf>,
    /// Document set to put the files in (created when missing)
    #[arg(long, value_name = "NAME", required_unless_present = "docs", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
    pub docset: Option<String>,
    /// Send already-extracted documents through the ingestion API instead: one JSON object
    /// a line (id, title, link, text or sections, metadata); '-' for stdin. Same id = update
    #[arg(long, value_name = "FILE.jsonl", conflicts_with = "docset")]
    pub docs: Option<PathBuf>,
    /// With --docs: the cc-pair the documents belong to [default: the server's ingestion API pair]
    #[arg(long, value_name = "ID", requires = "docs", value_parser = values::whole_number::<i64>)]
    pub cc_pair: Option<i64>,
    /// File connector to upload to (found or created by name) [default: ingest-<docset>]
    #[arg(long, value_name = "NAME")]
    pub connector: Option<String>,
    /// Who may search the files when the connector is created
    #[arg(long, value_enum, default_value = "public")]
    pub access: Access,
    /// Only files whose path (relative to PATH) matches this glob, e.g. '*.pdf' (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Leave out files and directories matching this glob, e.g. 'drafts/**' (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Include hidden files and directories (names starting with '.')
    #[arg(long)]
    pub hidden: bool,
    /// Remove from the connector the files that no longer exist locally
    #[arg(long)]
    pub prune: bool,
    /// Show what would be uploaded, replaced and removed; send nothing but reads
    #[arg(long)]
    pub dry_run: bool,
    /// Most files per upload request
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = values::whole_number::<usize>)]
    pub batch_size: usize,
    /// Most bytes per upload request (a larger file goes alone), e.g. 64MiB or 1GB; a bare number is bytes
    #[arg(long, value_name = "SIZE", default_value = "64MiB", value_parser = values::size)]
    pub batch_bytes: u64,
    /// Retries of a batch on connection errors, timeouts, 429 and 502/503/504
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = values::whole_number::<u32>)]
    pub upload_retries: u32,
    /// How long to wait for the answer to one upload request, e.g. 10m; a bare number is seconds
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = values::duration)]
    pub upload_timeout: Duration,
    /// --wait: until the files are indexed and the document set is in sync
    #[command(flatten)]
    pub wait: WaitArgs,
    /// If another run holds this connector's lock, wait for it instead of failing
    #[arg(long)]
    pub wait_lock: bool,
}

pub fn run(ctx: &mut Context, args: IngestArgs) -> Result<()> {
    if let Some(file) = &args.docs {
        return jsonl_documents::run(ctx, file, args.cc_pair, args.upload_timeout);
    }
    let (Some(path), Some(docset)) = (args.path.clone(), args.docset.clone()) else {
        return Err(Error::Usage(
            "PATH and --docset are required (or --docs FILE.jsonl)".into(),
        ));
    };
    run_files(ctx, args, &path, &docset)
}

fn run_files(ctx: &mut Context, args: IngestArgs, root: &Path, docset: &str) -> Result<()> {
    let upload_timeout = args.upload_timeout;
    let patience = super::patience(&args.wait);
    let connector_name = args.connector.clone().unwrap_or_else(|| format!("ingest-{docset}"));
    let access = super::access_type(args.access);

    let found = find_files(&args, root)?;
    if found.files.is_empty() && found.failed.is_empty() {
        return Err(Error::Usage(format!(
            "nothing to ingest in {}: {} found, none of a type Onyx indexes ({}); see --include and --hidden",
            root.display(),
            crate::output::human::plural(found.total() as u64, "path"),
            plan::INDEXABLE.join(" ")
        )));
    }

    let server = ctx.settings.server_url()?;
    let (mut manifest, manifest_warning) = IngestState::load(&server, &connector_name)?;
    if let Some(warning) = manifest_warning {
        ctx.out.warn(&warning);
    }
    // A dry run writes nothing, so it needs no lock.
    let _lock = if args.dry_run {
        None
    } else {
        Some(StateLock::acquire(
            &manifest.lock_path(),
            &connector_name,
            args.wait_lock,
        )?)
    };
    let client = ctx.client()?;

    let setup = ctx
        .out
        .spinner(&format!("looking up connector '{connector_name}' and its files"));
    let connector = resources::find_connector(&client, &connector_name).map_err(explain_501)?;
    let mut pair = match &connector {
        Some(c) => resources::find_pair(&client, c.id)?,
        None => None,
    };
    // A connector an interrupted first run left without a pair is paired now,
    // before anything else: the server lists and takes files only for a
    // paired connector ("No Connector-Credential Pair found"), so the next
    // run would fail for good otherwise.
    if let (Some(c), None, false) = (&connector, pair, args.dry_run) {
        pair = Some(resources::create_pair(&client, c.id, &connector_name, &access)?);
        ctx.out.note(&format!(
            "paired connector '{connector_name}', which an earlier run left without a pair"
        ));
    }
    let server_files = match (&connector, pair) {
        (Some(c), Some(_)) => Some(connectors::files(&client, c.id)?.files),
        // A dry run changes nothing, so it reads the names from the connector itself.
        (Some(c), None) => Some(resources::files_in_config(c)),
        (None, _) => None,
    };
    setup.finish_and_clear();
    let plan = diff(found, &manifest, server_files.as_deref(), args.prune);

    let mut report = IngestReport {
        dry_run: args.dry_run,
        docset: docset.to_string(),
        docset_id: None,
        connector: connector_name.clone(),
        connector_id: connector.as_ref().map(|c| c.id),
        cc_pair_id: None,
        counts: Default::default(),
        files: Vec::new(),
        indexing: None,
    };
    report.cc_pair_id = pair;

    if args.dry_run {
        report_plan_as_dry_run(&mut report, plan);
        report.docset_id = resources::find_docset(&client, docset)?.map(|s| s.id);
        report.sort_by_path();
        return finish(ctx, report);
    }

    for (name, entry) in &plan.manifest_updates {
        manifest.files.insert(name.clone(), entry.clone());
    }
    if !plan.manifest_updates.is_empty() {
        manifest.save()?;
    }
    for (path, reason) in &plan.skipped {
        report.add(path, Outcome::Skipped, Some(reason.clone()), None);
    }
    for (path, reason) in &plan.failed {
        report.add(path, Outcome::Failed, Some(reason.clone()), None);
    }
    for (path, id) in &plan.unchanged {
        report.add(path, Outcome::Unchanged, None, Some(id.clone()));
    }
    if !plan.duplicates.is_empty() {
        let names: BTreeSet<&str> = plan.duplicates.iter().map(|(name, _)| name.as_str()).collect();
        ctx.out.warn(&format!(
            "the server holds {} extra cop{} of {} (uploaded by another runner?); run with --prune to remove them",
            plan.duplicates.len(),
            if plan.duplicates.len() == 1 { "y" } else { "ies" },
            names.into_iter().take(5).collect::<Vec<_>>().join(", ")
        ));
    }

    let baseline = match pair.filter(|_| args.wait.wait) {
        Some(p) => wait::pair_status(&client, p)
            .ok()
            .flatten()
            .and_then(|s| s.last_success),
        None => None,
    };

    let mut run = UploadRun {
        client: &client,
        connector_id: connector.as_ref().map(|c| c.id),
        connector_name: &connector_name,
        access: access.clone(),
        policy: client.retry_policy().with_retries(args.upload_retries),
        timeout: upload_timeout,
        claimed: manifest.files.values().map(|e| e.file_id.clone()).collect(),
        manifest: &mut manifest,
        report: &mut report,
        pair: &mut pair,
        verbose: ctx.settings.verbose && !ctx.out.decorate_stderr,
    };
    let IngestPlan { uploads, removals, .. } = plan;
    let total = uploads.len();
    // Measured in bytes, so a few large files move the bar and the ETA as
    // they go; the file count rides in the message.
    let total_bytes: u64 = uploads.iter().map(|u| u.file.size).sum();
    let bar = ctx.out.progress_bar(
        total_bytes,
        "{spinner} uploading [{bar:30}] {bytes}/{total_bytes} · {binary_bytes_per_sec} · ETA {eta} {wide_msg}",
    );
    let mut files_sent = 0;
    bar.set_message(format!("0/{total} files"));
    let groups = batches(uploads, args.batch_size, args.batch_bytes);
    let count = groups.len();
    let mut stopped: Option<Error> = None;
    let mut fatal_error: Option<Error> = None;
    let interrupted = interrupt_flag();
    for (index, batch) in groups.into_iter().enumerate() {
        if stopped.is_none() && interrupted.load(Ordering::SeqCst) {
            stopped = Some(Error::Interrupted);
        }
        if let Some(error) = &stopped {
            let reason = format!("not sent: {error}");
            for upload in batch {
                run.report.add(
                    upload.file.path.display().to_string(),
                    Outcome::Failed,
                    Some(reason.clone()),
                    None,
                );
            }
            continue;
        }
        let size = batch.len();
        let bytes: u64 = batch.iter().map(|u| u.file.size).sum();
        let paths: Vec<String> = batch.iter().map(|u| u.file.path.display().to_string()).collect();
        match run.send(batch) {
            Ok(next) => stopped = next,
            // Refused credentials and the like end the run, but the summary still
            // names every path, and what earlier batches stored stays recorded.
            Err(fatal) => {
                for path in paths {
                    run.report
                        .add(path, Outcome::Failed, Some(format!("not stored: {fatal}")), None);
                }
                stopped = Some(Error::Remote(format!("the run stopped: {fatal}")));
                fatal_error = Some(fatal);
                continue;
            }
        }
        files_sent += size;
        bar.set_message(format!("{files_sent}/{total} files"));
        bar.inc(bytes);
        if run.verbose {
            ctx.out.note(&format!(
                "batch {}/{count}: {}, {}",
                index + 1,
                crate::output::human::plural(size as u64, "file"),
                crate::output::human::size(bytes)
            ));
        }
    }
    bar.finish_and_clear();
    let ended_early = match fatal_error {
        Some(fatal) => Some(fatal),
        None if interrupted.load(Ordering::SeqCst) => Some(Error::Interrupted),
        None => None,
    };
    if let Some(cause) = ended_early {
        // What was confirmed is recorded; the rest waits for the next run.
        report.connector_id = run.connector_id;
        report.cc_pair_id = pair;
        report.sort_by_path();
        return match finish(ctx, report) {
            Ok(()) | Err(Error::Partial(_)) => Err(cause),
            Err(other) => Err(other),
        };
    }
    let connector_id = run.connector_id;
    let changed = run.report.counts.uploaded + run.report.counts.replaced > 0;
    report.connector_id = connector_id;
    report.cc_pair_id = pair;
    // The upload happened: whatever the steps after it meet (the server gone,
    // a wait that times out), the report is printed, then the error decides
    // the exit code (10 when files failed).
    let mut said_after = Vec::new();
    let after = (|| -> Result<()> {
        let mut removed_any = false;
        if let Some(id) = connector_id.filter(|_| !removals.is_empty()) {
            let ids: HashSet<String> = removals.iter().map(|(_, id)| id.clone()).collect();
            removed_any = remove_files(&client, id, removals, &mut report);
            if removed_any {
                manifest.files.retain(|_, entry| !ids.contains(&entry.file_id));
                manifest.save()?;
            }
        }
        let Some(pair) = pair else { return Ok(()) };
        let public = access == AccessType::Public;
        let (docset_id, change) =
            resources::ensure_docset(&client, docset, pair, public, patience, &ctx.out.wait_spinner())?;
        report.docset_id = Some(docset_id);
        match change {
            resources::DocsetChange::Created => ctx.out.note(&format!("created document set '{docset}'")),
            resources::DocsetChange::Added => ctx
                .out
                .note(&format!("added cc-pair {pair} to document set '{docset}'")),
            resources::DocsetChange::AlreadyThere => {}
        }
        if args.wait.wait {
            let indexing = wait::wait_until_searchable(
                &client,
                pair,
                baseline,
                changed || removed_any,
                docset,
                patience,
                &ctx.out.wait_spinner(),
            )?;
            said_after.push(format!(
                "indexed: {} in cc-pair {pair}; document set '{docset}' is up to date",
                crate::output::human::plural(indexing.docs_indexed.max(0) as u64, "document")
            ));
            said_after.extend(indexing.errors.iter().map(|e| format!("warning: indexing error: {e}")));
            report.indexing = Some(indexing);
        }
        Ok(())
    })();
    report.sort_by_path();
    let finished = finish(ctx, report);
    // What happened after the upload is told after its table, in that order.
    for line in &said_after {
        match line.strip_prefix("warning: ") {
            Some(warning) => ctx.out.warn(warning),
            None => ctx.out.note(line),
        }
    }
    match (after, finished) {
        (Ok(()), finished) => finished,
        (Err(error), Err(partial @ Error::Partial(_))) => {
            ctx.out.warn(&format!("after the upload: {error}"));
            Err(partial)
        }
        (Err(error), _) => Err(error),
    }
}

/// The first Ctrl-C lets the batch in flight finish (so the manifest records
/// what the server stored) and stops before the next; a second ends at once.
fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let seen = flag.clone();
    let installed = ctrlc::set_handler(move || {
        if seen.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!("interrupted: finishing the upload in flight; press Ctrl-C again to stop at once");
    });
    // Without a handler the default applies: Ctrl-C ends the process, and the
    // manifest still holds every batch confirmed before it.
    drop(installed);
    flag
}

/// Every connector route answers 501 on a deployment without a vector DB.
pub(crate) fn explain_501(error: Error) -> Error {
    match error {
        Error::Http(failure) if failure.status == 501 => Error::NotFound(format!(
            "{failure} — this server has no document index; file connectors are unavailable"
        )),
        other => other,
    }
}

fn find_files(args: &IngestArgs, root: &Path) -> Result<Found> {
    let selection = Selection::new(&args.include, &args.exclude, args.hidden)?;
    if crate::ops::input::is_stdin(root) {
        return from_list(crate::ops::input::open(root)?, &selection);
    }
    if let Err(e) = std::fs::symlink_metadata(root) {
        return Err(if e.kind() == std::io::ErrorKind::NotFound {
            Error::Usage(format!("{}: no such file or directory", root.display()))
        } else {
            Error::io(root, e)
        });
    }
    walk(root, &selection)
}

fn report_plan_as_dry_run(report: &mut IngestReport, plan: IngestPlan) {
    for (path, reason) in plan.skipped {
        report.add(path, Outcome::Skipped, Some(reason), None);
    }
    for (path, reason) in plan.failed {
        report.add(path, Outcome::Failed, Some(reason), None);
    }
    for (path, id) in plan.unchanged {
        report.add(path, Outcome::Unchanged, None, Some(id));
    }
    for upload in plan.uploads {
        let outcome = if upload.replaces.is_some() {
            Outcome::Replaced
        } else {
            Outcome::Uploaded
        };
        report.add(upload.file.path.display().to_string(), outcome, None, upload.replaces);
    }
    for (name, id) in plan.removals {
        report.add(name, Outcome::Removed, Some("gone locally".into()), Some(id));
    }
}

/// Removes (`--prune`) the server files that vanished locally, in one call.
fn remove_files(
    client: &Client,
    connector_id: i64,
    removals: Vec<(String, String)>,
    report: &mut IngestReport,
) -> bool {
    let ids: Vec<String> = removals.iter().map(|(_, id)| id.clone()).collect();
    match connectors::update_files(client, connector_id, &[], &ids, Duration::from_secs(120)) {
        Ok(_) => {
            for (name, id) in removals {
                report.add(name, Outcome::Removed, Some("gone locally".into()), Some(id));
            }
            true
        }
        Err(error) => {
            let reason = format!("not removed: {error}");
            for (name, id) in removals {
                report.add(name, Outcome::Failed, Some(reason.clone()), Some(id));
            }
            false
        }
    }
}

/// Prints the result; any failed file makes the run a partial failure (exit 10).
pub(crate) fn finish(ctx: &Context, report: IngestReport) -> Result<()> {
    ctx.out.emit(&report, || report.table())?;
    ctx.out.note_painted(&report.summary_line(&ctx.out.stderr_paint()));
    let failures = report.failures();
    if failures.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = failures
        .iter()
        .take(5)
        .map(|f| format!("{} ({})", f.path, f.reason.as_deref().unwrap_or("failed")))
        .collect();
    let more = if failures.len() > 5 {
        format!("; and {} more (see the table or --json)", failures.len() - 5)
    } else {
        String::new()
    };
    Err(Error::Partial(format!(
        "{} of {} failed: {}{more}; run again to retry them",
        failures.len(),
        crate::output::human::plural(report.files.len() as u64, "file"),
        listed.join("; ")
    )))
}
