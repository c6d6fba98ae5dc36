//! `onyx connector`: connectors, with their pairs' indexing, pausing and
//! deletion (Onyx deletes a connector's documents through its pairs).

use super::{absent_is_ok, access_type, cc_pair, confirm, wait_until, Context};
use crate::api::connectors::UploadFile;
use crate::api::types::{
    AccessType, CcPairStatus, Connector, ConnectorIndexingStatus, ConnectorStatus, IndexingStatus, RunConnectorRequest,
};
use crate::api::{cc_pairs, connectors, Client};
use crate::cli::{ConnectorCommand, ConnectorConfigArgs, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::connector::ConnectorDraft;
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use serde_json::{Map, Value};
use std::time::Duration;

pub fn run(ctx: &mut Context, command: ConnectorCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        ConnectorCommand::List => {
            let list = connectors::list(&client)?;
            ctx.out.emit(&list, || {
                let mut t = Table::new(["id", "name", "source", "pairs", "refresh", "prune"]);
                for c in &list {
                    t.row([
                        c.id.to_string(),
                        c.name.clone(),
                        c.source.clone(),
                        c.credential_ids.len().to_string(),
                        freq(c.refresh_freq),
                        freq(c.prune_freq),
                    ]);
                }
                t
            })
        }
        ConnectorCommand::Show { key } => {
            let connector = resolve::connector(&client, &key)?;
            show(ctx, &connector)
        }
        ConnectorCommand::Create(args) => {
            let mut config = config(&args.settings, Map::new())?;
            let existing = resolve::exact(connectors::list(&client)?, &args.name);
            if let Some(connector) = ops::reuse_existing(existing, args.if_not_exists, "connector", &args.name)? {
                return show(ctx, &connector);
            }
            upload_into(ctx, &client, &args.uploads, &mut config)?;
            let draft = ConnectorDraft {
                input_type: args.input_type,
                config,
                refresh_freq: args.settings.refresh_freq,
                prune_freq: args.settings.prune_freq,
                access: args.settings.access.map_or(AccessType::Public, access_type),
                ..ConnectorDraft::new(args.name, args.source)
            };
            let id = ops::connector::create(&client, &draft)?;
            show(ctx, &connectors::get(&client, id)?)
        }
        ConnectorCommand::Update(args) => {
            let current = resolve::connector(&client, &args.key)?;
            let base = match &current.connector_specific_config {
                Value::Object(map) => map.clone(),
                _ => Map::new(),
            };
            let config = config(&args.settings, base)?;
            // Who may see the documents is kept on each pair, and Onyx has no
            // request that changes it (PATCH /manage/admin/connector only
            // validates access_type): saying "updated" would be a lie.
            if args.settings.access.is_some() {
                return Err(Error::Usage(format!(
                    "a connector's access cannot be changed once created (Onyx keeps it on each pair); pair it anew with 'onyx cc-pair create --connector {} --access …', or create a new connector",
                    current.id
                )));
            }
            // The connector snapshot has no access type; its pairs carry it.
            let access = ops::cc_pair::of_connector(&client, current.id)?
                .into_iter()
                .find_map(|p| p.access_type)
                .unwrap_or(AccessType::Public);
            let draft = ConnectorDraft::of(&current, access);
            let draft = ConnectorDraft {
                name: args.name.unwrap_or(draft.name),
                config,
                refresh_freq: args.settings.refresh_freq.or(draft.refresh_freq),
                prune_freq: args.settings.prune_freq.or(draft.prune_freq),
                ..draft
            };
            let updated = ops::connector::update(&client, current.id, &draft)?;
            show(ctx, &updated)
        }
        ConnectorCommand::Delete { target, wait } => {
            let Some(connector) = absent_is_ok(ctx, resolve::connector(&client, &target.key), target.if_exists)? else {
                return Ok(());
            };
            let pairs = ops::cc_pair::of_connector(&client, connector.id)?;
            confirm(
                &format!(
                    "Delete connector '{}' (id {}), its {} pair(s) and their documents",
                    connector.name,
                    connector.id,
                    pairs.len()
                ),
                target.yes,
            )?;
            cc_pair::delete(ctx, &client, &pairs, &wait)?;
            if !pairs.is_empty() && !wait.wait {
                // The row may only go once its pairs are gone; Onyx's deletion task removes
                // a connector left without pairs, and --wait removes it here.
                ctx.out.note(&format!(
                    "Deleting connector '{}' (id {}): its documents are being deleted in the background; --wait waits for it.",
                    connector.name, connector.id
                ));
                return Ok(());
            }
            connectors::delete(&client, connector.id)?;
            ctx.out.note(&format!(
                "Deleted connector '{}' (id {}).",
                connector.name, connector.id
            ));
            Ok(())
        }
        ConnectorCommand::Pause { key } => set_status(ctx, &client, &key, CcPairStatus::Paused),
        ConnectorCommand::Resume { key } => set_status(ctx, &client, &key, CcPairStatus::Active),
        ConnectorCommand::Run { key, from_beginning } => {
            let connector = resolve::connector(&client, &key)?;
            let request = RunConnectorRequest {
                connector_id: connector.id,
                credential_ids: None,
                from_beginning,
            };
            let answer = connectors::run_once(&client, &request)?;
            if !answer.success {
                return Err(Error::Remote(format!(
                    "connector '{}' was not started: {}",
                    connector.name,
                    answer.message.unwrap_or_default()
                )));
            }
            if ctx.out.is_json() {
                return ctx.out.json(&crate::output::to_value(&answer));
            }
            ctx.out.note(&format!(
                "Indexing of '{}' started ({}); follow it with 'onyx connector status {} --wait'.",
                connector.name,
                answer.message.unwrap_or_default(),
                connector.id
            ));
            Ok(())
        }
        ConnectorCommand::Status { key, wait } => status(ctx, &client, &key, &wait),
        ConnectorCommand::Files { key } => {
            let connector = resolve::connector(&client, &key)?;
            let files = connectors::files(&client, connector.id)?;
            ctx.out.emit(&files.files, || {
                let mut t = Table::new(["id", "name", "size", "uploaded"]);
                for f in &files.files {
                    t.row([
                        f.file_id.clone(),
                        f.file_name.clone(),
                        f.file_size.map(|s| s.to_string()).unwrap_or_default(),
                        f.upload_date.clone().unwrap_or_default(),
                    ]);
                }
                t
            })
        }
    }
}

fn set_status(ctx: &Context, client: &Client, key: &str, status: CcPairStatus) -> Result<()> {
    let connector = resolve::connector(client, key)?;
    let pairs = pairs_of(client, &connector)?;
    let verb = if status == CcPairStatus::Paused {
        "Paused"
    } else {
        "Resumed"
    };
    for pair in &pairs {
        cc_pairs::set_status(client, pair.cc_pair_id, status.clone())?;
    }
    ctx.out
        .note(&format!("{verb} '{}' ({} pair(s)).", connector.name, pairs.len()));
    Ok(())
}

fn pairs_of(client: &Client, connector: &Connector) -> Result<Vec<ConnectorStatus>> {
    let pairs = ops::cc_pair::of_connector(client, connector.id)?;
    if pairs.is_empty() {
        return Err(Error::NotFound(format!(
            "connector '{}' has no credential paired with it; pair it with 'onyx cc-pair create --connector {} --credential …'",
            connector.name, connector.id
        )));
    }
    Ok(pairs)
}

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

fn status(ctx: &Context, client: &Client, key: &str, wait: &WaitArgs) -> Result<()> {
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
                s.cc_pair_status.as_ref().map(ToString::to_string).unwrap_or_default(),
                super::yes_no(s.in_progress),
                s.last_finished_status
                    .as_ref()
                    .map_or_else(|| "-".into(), ToString::to_string),
                s.last_success.clone().unwrap_or_else(|| "-".into()),
                s.docs_indexed.to_string(),
                errors.to_string(),
            ]);
        }
        ctx.out.write_stdout(&t.render(ctx.out.width()))?;
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

/// Uploads `paths` for a file connector and points its config at them.
pub fn upload_into(
    ctx: &Context,
    client: &Client,
    paths: &[std::path::PathBuf],
    config: &mut Map<String, Value>,
) -> Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let files = upload_files(paths)?;
    let spinner = ctx.out.spinner(&format!("uploading {} file(s)", files.len()));
    let stored = connectors::upload(client, &files, ctx.settings.timeout.max(Duration::from_secs(300)));
    spinner.finish_and_clear();
    let stored = stored?;
    ops::connector::set_files(
        config,
        &stored.file_paths,
        &stored.file_names,
        stored.zip_metadata_file_id,
    );
    Ok(())
}

/// The local files to upload, each with its name and MIME type.
fn upload_files(paths: &[std::path::PathBuf]) -> Result<Vec<UploadFile>> {
    paths
        .iter()
        .map(|path| {
            if !path.is_file() {
                return Err(Error::Usage(format!("--upload {}: no such file", path.display())));
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            let mime = connectors::guess_mime(path);
            Ok(UploadFile {
                path: path.clone(),
                name,
                mime,
            })
        })
        .collect()
}

/// connector_specific_config: `base`, then `--config-file`, then each `--config KEY=VALUE`.
fn config(args: &ConnectorConfigArgs, mut base: Map<String, Value>) -> Result<Map<String, Value>> {
    if let Some(path) = &args.config_file {
        let text = crate::ops::input::read_to_string(path)?;
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(map)) => base = map,
            Ok(_) => {
                return Err(Error::Usage(format!(
                    "--config-file {}: connector_specific_config must be a JSON object",
                    path.display()
                )))
            }
            Err(e) => {
                return Err(Error::Usage(format!(
                    "--config-file {}: not valid JSON: {e}",
                    path.display()
                )))
            }
        }
    }
    for pair in &args.config {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::Usage(format!("--config '{pair}': expected KEY=VALUE")))?;
        let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
        base.insert(key.to_string(), value);
    }
    Ok(base)
}

fn freq(seconds: Option<i64>) -> String {
    seconds.map(|s| format!("{s}s")).unwrap_or_else(|| "-".into())
}

fn show(ctx: &Context, connector: &Connector) -> Result<()> {
    ctx.out.emit_record(connector, || {
        Record::new()
            .field("id", connector.id.to_string())
            .field("name", &connector.name)
            .field("source", &connector.source)
            .field("input type", connector.input_type.clone().unwrap_or_default())
            .field("refresh", freq(connector.refresh_freq))
            .field("prune", freq(connector.prune_freq))
            .field(
                "credentials",
                connector
                    .credential_ids
                    .iter()
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .field("config", connector.connector_specific_config.to_string())
    })
}
