//! `onyx connector`: connectors, with their pairs' indexing, pausing and
//! deletion (Onyx deletes a connector's documents through its pairs).

mod status;

use super::{absent_is_ok, access_type, cc_pair, confirm, Context};
use crate::api::connectors::UploadFile;
use crate::api::types::{AccessType, CcPairStatus, Connector, ConnectorStatus, RunConnectorRequest};
use crate::api::{cc_pairs, connectors, Client};
use crate::cli::{Access, DeleteArgs, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::connector::ConnectorDraft;
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use crate::values;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Map, Value};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx connector list\n  onyx connector status Docs --wait")]
pub enum ConnectorCommand {
    /// List connectors
    #[command(after_help = "Examples:\n  onyx connector list\n  onyx connector list --json --jq '.[].name'")]
    List,
    /// Show one connector: source, schedule, credentials and config
    #[command(after_help = "Examples:\n  onyx connector show 'HR handbook'")]
    Show {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
    },
    /// Create a connector (it indexes nothing until paired with a credential)
    #[command(
        after_help = "Examples:\n  onyx connector create --source web --name Docs --config base_url=https://docs.example.com --config web_connector_type=recursive --refresh-freq 1d\n  onyx connector create --source file --name 'HR handbook' --upload handbook.pdf --access private"
    )]
    Create(ConnectorCreateArgs),
    /// Change a connector (the fields not given are kept)
    #[command(after_help = "Examples:\n  onyx connector update Docs --refresh-freq 6h --prune-freq 1d")]
    Update(ConnectorUpdateArgs),
    /// Delete a connector with its pairs and their documents
    #[command(after_help = "Examples:\n  onyx connector delete Docs --yes --wait")]
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Pause indexing of every pair of the connector
    #[command(after_help = "Examples:\n  onyx connector pause Docs")]
    Pause {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
    },
    /// Resume indexing of every pair of the connector
    #[command(after_help = "Examples:\n  onyx connector resume Docs")]
    Resume {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
    },
    /// Index now
    #[command(after_help = "Examples:\n  onyx connector run Docs\n  onyx connector run Docs --from-beginning")]
    Run {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
        /// Re-index everything instead of only what changed
        #[arg(long)]
        from_beginning: bool,
    },
    /// Indexing status of the connector's pairs: last run, documents, errors
    #[command(
        after_help = "Examples:\n  onyx connector status Docs\n  onyx connector status Docs --wait --wait-timeout 30m --interval 10s\n  onyx connector status Docs --watch --interval 2s"
    )]
    Status {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
        /// Show the status again every --interval until the runs are over (Ctrl-C stops)
        #[arg(long, conflicts_with = "wait")]
        watch: bool,
    },
    /// List the files of a file connector
    #[command(after_help = "Examples:\n  onyx connector files 'HR handbook'")]
    Files {
        /// The connector, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
        key: String,
    },
}

#[derive(Debug, Args)]
pub struct ConnectorConfigArgs {
    /// A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)
    #[arg(long = "config", value_name = "KEY=VALUE", value_parser = values::key_value)]
    pub config: Vec<(String, String)>,
    /// connector_specific_config from a JSON file ('-' for stdin); --config fields are applied on top
    #[arg(long, value_name = "FILE")]
    pub config_file: Option<PathBuf>,
    /// Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds
    #[arg(long, value_name = "DURATION", value_parser = values::duration)]
    pub refresh_freq: Option<Duration>,
    /// Time between pruning runs, e.g. 1d; a bare number is seconds
    #[arg(long, value_name = "DURATION", value_parser = values::duration)]
    pub prune_freq: Option<Duration>,
    /// Who may see the documents
    #[arg(long, value_enum)]
    pub access: Option<Access>,
}

#[derive(Debug, Args)]
pub struct ConnectorCreateArgs {
    /// Document source: file, web, confluence, … (Onyx's DocumentSource values)
    #[arg(long, value_parser = values::document_source)]
    pub source: String,
    /// Name of the connector (unique)
    #[arg(long)]
    pub name: String,
    /// How the connector reads its source
    #[arg(long, value_enum, default_value = "load_state")]
    pub input_type: InputType,
    #[command(flatten)]
    pub settings: ConnectorConfigArgs,
    /// File connector: upload this file and index it (repeatable); sets file_locations and file_names
    #[arg(long = "upload", value_name = "FILE")]
    pub uploads: Vec<PathBuf>,
    /// Print the existing connector and succeed when one has this name
    #[arg(long)]
    pub if_not_exists: bool,
}

/// How a connector reads its source, spelled as the API spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum InputType {
    LoadState,
    Poll,
    Event,
    SlimRetrieval,
}

impl InputType {
    pub fn as_api(self) -> &'static str {
        match self {
            InputType::LoadState => "load_state",
            InputType::Poll => "poll",
            InputType::Event => "event",
            InputType::SlimRetrieval => "slim_retrieval",
        }
    }
}

#[derive(Debug, Args)]
pub struct ConnectorUpdateArgs {
    /// The connector, by id or name
    #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::connectors))]
    pub key: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub settings: ConnectorConfigArgs,
}

pub fn run(ctx: &mut Context, command: ConnectorCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        ConnectorCommand::List => {
            let list = connectors::list(&client)?;
            ctx.out.emit_list(&list, "No connectors yet — create one with 'onyx connector create --source SOURCE --name NAME' (or 'onyx ingest DIR --docset NAME')", || {
                let mut t = Table::new(["id", "name", "source", "pairs", "refresh", "prune"]);
                for c in &list {
                    t.row([
                        c.id.to_string(),
                        c.name.clone(),
                        c.source.clone(),
                        c.credential_ids.len().to_string(),
                        ctx.out.every(c.refresh_freq),
                        ctx.out.every(c.prune_freq),
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
                let mut differences = Vec::new();
                if connector.source != args.source {
                    differences.push(format!("its source is '{}', not '{}'", connector.source, args.source));
                }
                let there = connector.connector_specific_config.as_object();
                let changed: Vec<&String> = config
                    .iter()
                    .filter(|(k, v)| there.and_then(|t| t.get(*k)) != Some(*v))
                    .map(|(k, _)| k)
                    .collect();
                if !changed.is_empty() {
                    let keys: Vec<&str> = changed.iter().map(|k| k.as_str()).collect();
                    differences.push(format!("its config differs in {}", keys.join(", ")));
                }
                super::note_reused(ctx, "connector", &connector.name, connector.id, &differences);
                return show(ctx, &connector);
            }
            upload_into(ctx, &client, &args.uploads, &mut config)?;
            let draft = ConnectorDraft {
                input_type: args.input_type.as_api().to_string(),
                config,
                refresh_freq: args.settings.refresh_freq.map(whole_seconds),
                prune_freq: args.settings.prune_freq.map(whole_seconds),
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
                refresh_freq: args.settings.refresh_freq.map(whole_seconds).or(draft.refresh_freq),
                prune_freq: args.settings.prune_freq.map(whole_seconds).or(draft.prune_freq),
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
                    "Delete connector '{}' (id {}), its {} and their documents",
                    connector.name,
                    connector.id,
                    crate::output::human::plural(pairs.len() as u64, "pair")
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
            // `data` is how many pairs took the trigger; none means nothing will run.
            match answer.data {
                Some(0) => ctx.out.warn(&format!(
                    "nothing was started for '{}': none of its pairs took the trigger (paused, or a run is already queued); see 'onyx connector status {}'",
                    connector.name, connector.id
                )),
                marked => ctx.out.note(&format!(
                    "Indexing of '{}' started for {}; follow it with 'onyx connector status {} --wait'.",
                    connector.name,
                    marked.map_or_else(|| "its pairs".to_string(), |n| crate::output::human::plural(n as u64, "pair")),
                    connector.id
                )),
            }
            Ok(())
        }
        ConnectorCommand::Status { key, wait, watch } => status::show(ctx, &client, &key, &wait, watch),
        ConnectorCommand::Files { key } => {
            let connector = resolve::connector(&client, &key)?;
            let files = connectors::files(&client, connector.id)?;
            ctx.out.emit(&files.files, || {
                let mut t = Table::new(["id", "name", "size", "uploaded"]);
                for f in &files.files {
                    t.row([
                        f.file_id.clone(),
                        f.file_name.clone(),
                        ctx.out.size(f.file_size.and_then(|s| u64::try_from(s).ok())),
                        f.upload_date.as_deref().map_or_else(|| "-".into(), |t| ctx.out.when(t)),
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
    ctx.out.note(&format!(
        "{verb} '{}' ({}).",
        connector.name,
        crate::output::human::plural(pairs.len() as u64, "pair")
    ));
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
    let spinner = ctx.out.spinner(&format!(
        "uploading {}",
        crate::output::human::plural(files.len() as u64, "file")
    ));
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
    for (key, value) in &args.config {
        let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.clone()));
        base.insert(key.clone(), value);
    }
    Ok(base)
}

/// The API counts refresh and prune frequencies in whole seconds.
fn whole_seconds(every: Duration) -> i64 {
    i64::try_from(every.as_secs()).unwrap_or(i64::MAX)
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
