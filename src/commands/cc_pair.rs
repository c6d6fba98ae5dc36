//! `onyx cc-pair`: connector-credential pairs, the thing that indexes.

use super::{absent_is_ok, access_type, confirm, wait_until, yes_no, Context};
use crate::api::types::{CcPair, ConnectorIndexingStatus, ConnectorStatus, IndexingStatus};
use crate::api::{cc_pairs, connectors, Client};
use crate::cli::{Access, DeleteArgs, PairSelection, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::cc_pair::Paired;
use crate::ops::resolve::Index;
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use crate::values;
use clap::{Args, Subcommand};
use std::collections::HashMap;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx cc-pair list\n  onyx cc-pair create --connector 'HR handbook' --credential 9"
)]
pub enum CcPairCommand {
    /// List connector-credential pairs
    #[command(after_help = "Examples:\n  onyx cc-pair list")]
    List,
    /// Show one pair: status, documents, last run
    #[command(
        after_help = "Examples:\n  onyx cc-pair show 'HR handbook PDFs'\n  onyx cc-pair show 12 --json\n  onyx cc-pair show 12 --watch --interval 2s"
    )]
    Show {
        /// The pair, by id or name
        #[arg(value_name = "ID|NAME")]
        key: String,
        /// Show the pair again every --interval until its indexing run is over (Ctrl-C stops)
        #[arg(long)]
        watch: bool,
        /// Time between two refreshes with --watch, e.g. 2s or 500ms
        #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = crate::values::poll_interval, requires = "watch")]
        interval: std::time::Duration,
    },
    /// Pair a connector with a credential; indexing starts at once
    #[command(
        after_help = "Examples:\n  onyx cc-pair create --connector 'HR handbook' --credential 9\n  onyx cc-pair create --connector 7 --credential 9 --access private --group 2 --if-not-exists"
    )]
    Create(CcPairCreateArgs),
    /// Delete a pair and its documents
    #[command(after_help = "Examples:\n  onyx cc-pair delete 12 --yes --wait")]
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Debug, Args)]
pub struct CcPairCreateArgs {
    /// The connector, by id or name
    #[arg(long, value_name = "ID|NAME")]
    pub connector: String,
    /// The credential, by id or name
    #[arg(long, value_name = "ID|NAME")]
    pub credential: String,
    /// Name of the pair (unique); defaults to the connector's name
    #[arg(long)]
    pub name: Option<String>,
    /// Who may see the documents the pair indexes
    #[arg(long, value_enum, default_value = "public")]
    pub access: Access,
    /// User-group id (repeatable; effective in Enterprise Edition)
    #[arg(long = "group", value_name = "ID", value_parser = values::whole_number::<i64>)]
    pub groups: Vec<i64>,
    /// Print the existing pair and succeed when it exists
    #[arg(long)]
    pub if_not_exists: bool,
}

pub fn run(ctx: &mut Context, command: CcPairCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        CcPairCommand::List => {
            let pairs = connectors::statuses(&client)?;
            // The listing has no state; a table shows it (active, paused,
            // deleting…) from the indexing status, one more request.
            let states: HashMap<i64, ConnectorIndexingStatus> = if ctx.out.is_json() || pairs.is_empty() {
                HashMap::new()
            } else {
                connectors::every_pair_status(&client, None)?
                    .into_iter()
                    .map(|s| (s.cc_pair_id, s))
                    .collect()
            };
            ctx.out.emit_list(&pairs, "No connector-credential pairs yet — pair one with 'onyx cc-pair create --connector NAME --credential NAME'", || table(ctx, &pairs, &states))
        }
        CcPairCommand::Show { key, watch, interval } => {
            let pair = resolve::cc_pair(&client, &key)?;
            if watch {
                let what = format!("cc-pair {}", pair.cc_pair_id);
                return super::watch(ctx, interval, &what, || {
                    let pair = cc_pairs::get(&client, pair.cc_pair_id)?;
                    let over = !pair.indexing
                        && !matches!(
                            pair.last_index_attempt_status,
                            Some(IndexingStatus::NotStarted | IndexingStatus::InProgress)
                        );
                    Ok((shown(ctx, &pair)?, over))
                });
            }
            show(ctx, &cc_pairs::get(&client, pair.cc_pair_id)?)
        }
        CcPairCommand::Create(args) => {
            let connector = resolve::connector(&client, &args.connector)?;
            let credential = resolve::credential(&client, &args.credential)?;
            let name = args.name.unwrap_or_else(|| connector.name.clone());
            let existing = connectors::statuses(&client)?.into_iter().find(|p| {
                p.name.as_deref() == Some(name.as_str())
                    || (p.connector.id == connector.id && p.credential.id == credential.id)
            });
            if let Some(pair) = ops::reuse_existing(existing, args.if_not_exists, "cc pair", &name)? {
                return show(ctx, &cc_pairs::get(&client, pair.cc_pair_id)?);
            }
            let paired = ops::cc_pair::associate(
                &client,
                connector.id,
                credential.id,
                &name,
                access_type(args.access),
                args.groups,
            )?;
            let id = match paired {
                Paired::Created(id) => id,
                Paired::AlreadyPaired { message } if !args.if_not_exists => {
                    return Err(Error::Conflict(format!(
                        "connector '{}' is already paired with credential {}: {message}; pass --if-not-exists to reuse the pair",
                        connector.name, credential.id
                    )));
                }
                Paired::AlreadyPaired { .. } => {
                    ops::cc_pair::find(&client, connector.id, credential.id)?
                        .ok_or_else(|| {
                            Error::Remote(format!(
                                "the server says connector {} is paired with credential {}, but lists no such pair",
                                connector.id, credential.id
                            ))
                        })?
                        .cc_pair_id
                }
            };
            show(ctx, &cc_pairs::get(&client, id)?)
        }
        CcPairCommand::Delete { target, wait } => {
            let Some(pair) = absent_is_ok(ctx, resolve::cc_pair(&client, &target.key), target.if_exists)? else {
                return Ok(());
            };
            let label = pair.name.clone().unwrap_or_else(|| pair.cc_pair_id.to_string());
            confirm(
                &format!("Delete pair '{label}' (id {}) and its documents", pair.cc_pair_id),
                target.yes,
            )?;
            delete(ctx, &client, &[pair], &wait)?;
            // Onyx deletes the documents, then the pair, in the background.
            if wait.wait {
                ctx.out.note(&format!("Deleted pair '{label}' and its documents."));
            } else {
                ctx.out.note(&format!(
                    "Deletion of pair '{label}' started; Onyx removes its documents, then the pair (pass --wait to wait for it)."
                ));
            }
            Ok(())
        }
    }
}

/// Starts Onyx's deletion of each pair (documents first, then the pair) and,
/// with `--wait`, waits until none of them is listed any more.
pub fn delete(ctx: &Context, client: &Client, pairs: &[ConnectorStatus], wait: &WaitArgs) -> Result<()> {
    for pair in pairs {
        cc_pairs::delete(client, pair.connector.id, pair.credential.id)?;
    }
    if wait.wait && !pairs.is_empty() {
        let ids: Vec<i64> = pairs.iter().map(|p| p.cc_pair_id).collect();
        wait_until(ctx, wait, "the documents to be deleted", || {
            Ok(!connectors::statuses(client)?
                .iter()
                .any(|p| ids.contains(&p.cc_pair_id)))
        })?;
    }
    Ok(())
}

/// The cc-pair ids named by `--connector` (all its pairs) and `--cc-pair`.
pub fn select(client: &Client, selection: &PairSelection) -> Result<Vec<i64>> {
    if selection.connectors.is_empty() && selection.cc_pairs.is_empty() {
        return Ok(vec![]);
    }
    let connectors = Index::new(if selection.connectors.is_empty() {
        Vec::new()
    } else {
        connectors::list(client)?
    });
    let pairs = Index::new(connectors::statuses(client)?);
    ops::cc_pair::select(&connectors, &pairs, &selection.connectors, &selection.cc_pairs, |c| {
        Error::Usage(format!(
            "connector '{}' has no credential paired with it yet; pair it with 'onyx cc-pair create --connector {} --credential …'",
            c.name, c.id
        ))
    })
}

fn table(ctx: &Context, pairs: &[ConnectorStatus], states: &HashMap<i64, ConnectorIndexingStatus>) -> Table {
    let mut t = Table::new([
        "id",
        "name",
        "status",
        "docs",
        "source",
        "connector",
        "credential",
        "access",
    ]);
    for p in pairs {
        let state = states.get(&p.cc_pair_id);
        t.row([
            p.cc_pair_id.to_string(),
            p.name.clone().unwrap_or_default(),
            state
                .and_then(|s| s.cc_pair_status.as_ref())
                .map_or_else(|| "-".into(), |s| ctx.out.word(s.as_str())),
            state.map_or_else(|| "-".into(), |s| s.docs_indexed.to_string()),
            p.connector.source.clone(),
            format!("{} {}", p.connector.id, p.connector.name),
            format!("{} {}", p.credential.id, p.credential.name.as_deref().unwrap_or("")),
            p.access_type.as_ref().map(ToString::to_string).unwrap_or_default(),
        ]);
    }
    t
}

fn show(ctx: &Context, pair: &CcPair) -> Result<()> {
    ctx.out.write_stdout(&shown(ctx, pair)?)
}

/// What `show` prints: a record, or the pair's JSON.
fn shown(ctx: &Context, pair: &CcPair) -> Result<String> {
    ctx.out.rendered(pair, || {
        Record::new()
            .field("id", pair.id.to_string())
            .field("name", &pair.name)
            .field("status", ctx.out.word(pair.status.as_str()))
            .field(
                "connector",
                format!(
                    "{} {} ({})",
                    pair.connector.id, pair.connector.name, pair.connector.source
                ),
            )
            .field(
                "credential",
                format!(
                    "{} {}",
                    pair.credential.id,
                    pair.credential.name.as_deref().unwrap_or("")
                ),
            )
            .field(
                "access",
                pair.access_type.as_ref().map(ToString::to_string).unwrap_or_default(),
            )
            .field("documents", pair.num_docs_indexed.to_string())
            .field("indexing", yes_no(pair.indexing))
            .field(
                "last run",
                pair.last_index_attempt_status
                    .as_ref()
                    .map_or_else(|| "-".into(), |v| ctx.out.word(v.as_str())),
            )
            .field(
                "last indexed",
                pair.last_indexed
                    .as_deref()
                    .map_or_else(|| "-".into(), |t| ctx.out.when(t)),
            )
            .field("repeated errors", yes_no(pair.in_repeated_error_state))
            .render(ctx.out.width())
    })
}
