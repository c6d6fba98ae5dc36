//! `onyx docset`: document sets. Onyx refuses changes while a set syncs, so
//! every change waits for the sync first; a PATCH replaces the whole set, so
//! every change starts from the set as it is now.

use super::{absent_is_ok, cc_pair, confirm, wait_until, yes_no, Context};
use crate::api::types::{DocumentSet, DocumentSetUpdate};
use crate::api::{docsets, Client};
use crate::cli::{DeleteArgs, PairSelection, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx docset list\n  onyx docset create --name Legal --connector contracts --wait")]
pub enum DocsetCommand {
    /// List document sets
    #[command(after_help = "Examples:\n  onyx docset list")]
    List,
    /// Show a document set, its pairs and whether it is synced
    #[command(
        after_help = "Examples:\n  onyx docset show Legal\n  onyx docset show Legal --wait --wait-timeout 30m\n  onyx docset show Legal --watch --interval 2s"
    )]
    Show {
        /// The document set, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
        key: String,
        #[command(flatten)]
        wait: WaitArgs,
        /// Show the set again every --interval until it is synced (Ctrl-C stops)
        #[arg(long, conflicts_with = "wait")]
        watch: bool,
    },
    /// Create a document set
    #[command(
        after_help = "Examples:\n  onyx docset create --name Legal --description 'Contracts and policies' --connector contracts --wait\n  onyx docset create --name Legal --cc-pair 12 --if-not-exists"
    )]
    Create {
        /// Name of the set (unique)
        #[arg(long)]
        name: String,
        /// What the set holds, for people choosing it
        #[arg(long, default_value = "")]
        description: String,
        #[command(flatten)]
        pairs: PairSelection,
        /// Visible only to the given groups (Enterprise Edition)
        #[arg(long)]
        private: bool,
        /// Print the existing set and succeed when one has this name
        #[arg(long)]
        if_not_exists: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Rename or describe a document set (waits for a running sync first)
    #[command(after_help = "Examples:\n  onyx docset update Legal --name 'Legal (EU)'")]
    Update {
        /// The document set, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
        key: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New description
        #[arg(long)]
        description: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Add pairs to a document set (waits for a running sync first)
    #[command(after_help = "Examples:\n  onyx docset add Legal --cc-pair 12 --wait")]
    Add {
        /// The document set, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
        key: String,
        #[command(flatten)]
        pairs: PairSelection,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove pairs from a document set (waits for a running sync first)
    #[command(after_help = "Examples:\n  onyx docset remove Legal --connector old-drive")]
    Remove {
        /// The document set, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::docsets))]
        key: String,
        #[command(flatten)]
        pairs: PairSelection,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete a document set (waits for a running sync first)
    #[command(after_help = "Examples:\n  onyx docset delete Legal --yes --if-exists --wait")]
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

pub fn run(ctx: &mut Context, command: DocsetCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        DocsetCommand::List => {
            let sets = docsets::list(&client)?;
            ctx.out.emit_list(
                &sets,
                "No document sets yet — create one with 'onyx docset create --name NAME --connector NAME'",
                || table(&sets),
            )
        }
        DocsetCommand::Show { key, wait, watch } => {
            let mut set = resolve::docset(&client, &key)?;
            if watch {
                let id = set.id;
                return super::watch(ctx, wait.interval, &format!("document set '{}'", set.name), || {
                    let set = by_id(&client, id)?;
                    Ok((shown(ctx, &set)?, set.is_up_to_date))
                });
            }
            if wait.wait {
                set = wait_for_sync(ctx, &client, set.id, &wait)?;
            }
            show(ctx, &set)
        }
        DocsetCommand::Create {
            name,
            description,
            pairs,
            private,
            if_not_exists,
            wait,
        } => {
            let existing = resolve::exact(docsets::list(&client)?, &name);
            if let Some(set) = ops::reuse_existing(existing, if_not_exists, "document set", &name)? {
                let mut differences = Vec::new();
                let there = set.description.clone().unwrap_or_default();
                if there != description {
                    differences.push(format!("its description is '{there}', not '{description}'"));
                }
                let mut have: Vec<i64> = set.cc_pair_summaries.iter().map(|p| p.id).collect();
                // Only a comparison: a pair list this key may not read is no reason to fail.
                let mut asked = cc_pair::select(&client, &pairs).unwrap_or_default();
                have.sort_unstable();
                asked.sort_unstable();
                if !asked.is_empty() && have != asked {
                    let ids = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
                    differences.push(format!("it holds pairs {}, not {}", ids(&have), ids(&asked)));
                }
                super::note_reused(ctx, "document set", &set.name, set.id, &differences);
                return show(ctx, &set);
            }
            let cc_pair_ids = cc_pair::select(&client, &pairs)?;
            if cc_pair_ids.is_empty() {
                return Err(Error::Usage(
                    "a document set needs at least one pair: pass --connector NAME|ID or --cc-pair NAME|ID".into(),
                ));
            }
            let id = ops::docset::create(&client, &name, &description, cc_pair_ids, !private)?;
            let set = if wait.wait {
                wait_for_sync(ctx, &client, id, &wait)?
            } else {
                by_id(&client, id)?
            };
            show(ctx, &set)
        }
        DocsetCommand::Update {
            key,
            name,
            description,
            wait,
        } => {
            if name.is_none() && description.is_none() {
                return Err(Error::Usage(
                    "nothing to change: pass --name or --description (pairs: 'onyx docset add|remove')".into(),
                ));
            }
            change(ctx, &client, &key, &wait, |set| {
                if let Some(name) = &name {
                    set.name = name.clone();
                }
                if let Some(description) = &description {
                    set.description = description.clone();
                }
                Ok(())
            })
        }
        DocsetCommand::Add { key, pairs, wait } => {
            let add = selection(&client, &pairs)?;
            change(ctx, &client, &key, &wait, |set| {
                for id in &add {
                    if !set.cc_pair_ids.contains(id) {
                        set.cc_pair_ids.push(*id);
                    }
                }
                Ok(())
            })
        }
        DocsetCommand::Remove { key, pairs, wait } => {
            let remove = selection(&client, &pairs)?;
            change(ctx, &client, &key, &wait, |set| {
                set.cc_pair_ids.retain(|id| !remove.contains(id));
                if set.cc_pair_ids.is_empty() {
                    return Err(Error::Usage(format!(
                        "document set '{}' would have no pairs left; delete it instead with 'onyx docset delete'",
                        set.name
                    )));
                }
                Ok(())
            })
        }
        DocsetCommand::Delete { target, wait } => {
            let Some(set) = absent_is_ok(ctx, resolve::docset(&client, &target.key), target.if_exists)? else {
                return Ok(());
            };
            confirm(
                &format!("Delete document set '{}' (id {})", set.name, set.id),
                target.yes,
            )?;
            remove(ctx, &client, set.clone(), &wait)?;
            ctx.out
                .note(&format!("Deleted document set '{}' (id {}).", set.name, set.id));
            Ok(())
        }
    }
}

/// Deletes a document set once its running sync is over; with `--wait`, until
/// the server has removed it (Onyx deletes a set in the background).
pub fn remove(ctx: &Context, client: &Client, set: DocumentSet, wait: &WaitArgs) -> Result<()> {
    let set = ready(ctx, client, set, wait)?;
    docsets::delete(client, set.id)?;
    if wait.wait {
        wait_until(ctx, wait, &format!("document set '{}' to be removed", set.name), || {
            Ok(!docsets::list(client)?.iter().any(|s| s.id == set.id))
        })?;
    }
    Ok(())
}

fn selection(client: &Client, pairs: &PairSelection) -> Result<Vec<i64>> {
    let ids = cc_pair::select(client, pairs)?;
    if ids.is_empty() {
        return Err(Error::Usage(
            "name the pairs with --connector NAME|ID or --cc-pair NAME|ID".into(),
        ));
    }
    Ok(ids)
}

/// Waits out a running sync, applies `edit` to the full set and sends it back.
fn change(
    ctx: &Context,
    client: &Client,
    key: &str,
    wait: &WaitArgs,
    edit: impl Fn(&mut DocumentSetUpdate) -> Result<()>,
) -> Result<()> {
    let set = resolve::docset(client, key)?;
    let mut request = ops::docset::as_is(&set);
    edit(&mut request)?;
    if request == ops::docset::as_is(&set) {
        // Nothing to send: no PATCH, so no new sync to wait for (re-runs stay cheap).
        ctx.out.note(&format!(
            "Document set '{}' is already as asked; nothing to change.",
            set.name
        ));
        return show(ctx, &set);
    }
    let set = ready(ctx, client, set, wait)?;
    // The set may have changed while it synced: edit what it is now.
    let mut request = ops::docset::as_is(&set);
    edit(&mut request)?;
    ops::docset::update(client, &request)?;
    let set = if wait.wait {
        wait_for_sync(ctx, client, set.id, wait)?
    } else {
        by_id(client, set.id)?
    };
    show(ctx, &set)
}

/// The set once it is not syncing: Onyx refuses PATCH and DELETE until then.
fn ready(ctx: &Context, client: &Client, set: DocumentSet, wait: &WaitArgs) -> Result<DocumentSet> {
    if set.is_up_to_date {
        return Ok(set);
    }
    ctx.out.note(&format!(
        "Document set '{}' is syncing; Onyx refuses changes until it is done, waiting (up to {}s)…",
        set.name,
        wait.wait_timeout.as_secs_f64()
    ));
    wait_for_sync(ctx, client, set.id, wait).map_err(|e| match e {
        Error::WaitTimedOut(_) => Error::WaitTimedOut(format!(
            "document set '{}' is still syncing and Onyx refuses changes until it is done",
            set.name
        )),
        other => other,
    })
}

fn wait_for_sync(ctx: &Context, client: &Client, id: i64, wait: &WaitArgs) -> Result<DocumentSet> {
    let mut latest = None;
    wait_until(ctx, wait, &format!("document set {id} to sync"), || {
        let set = by_id(client, id)?;
        let done = set.is_up_to_date;
        latest = Some(set);
        Ok(done)
    })?;
    Ok(latest.expect("polled at least once"))
}

fn by_id(client: &Client, id: i64) -> Result<DocumentSet> {
    resolve::pick(docsets::list(client)?, &id.to_string())
}

fn table(sets: &[DocumentSet]) -> Table {
    let mut t = Table::new(["id", "name", "pairs", "public", "synced", "description"]);
    for s in sets {
        t.row([
            s.id.to_string(),
            s.name.clone(),
            s.cc_pair_summaries.len().to_string(),
            yes_no(s.is_public),
            yes_no(s.is_up_to_date),
            s.description.clone().unwrap_or_default(),
        ]);
    }
    t
}

fn show(ctx: &Context, set: &DocumentSet) -> Result<()> {
    ctx.out.write_stdout(&shown(ctx, set)?)
}

/// What `show` prints: a record, or the set's JSON.
fn shown(ctx: &Context, set: &DocumentSet) -> Result<String> {
    ctx.out.rendered(set, || {
        let pairs: Vec<String> = set
            .cc_pair_summaries
            .iter()
            .map(|p| format!("{} {} ({})", p.id, p.name.as_deref().unwrap_or("-"), p.source))
            .collect();
        Record::new()
            .field("id", set.id.to_string())
            .field("name", &set.name)
            .field("description", set.description.clone().unwrap_or_default())
            .field("public", yes_no(set.is_public))
            .field("synced", if set.is_up_to_date { "yes" } else { "no (syncing)" })
            .field("pairs", pairs.join(", "))
            .render(ctx.out.width())
    })
}
