//! `onyx apply -f onyx.json` (or `.yaml`): make the server hold what a manifest describes.
//! Each resource is found by name and created when missing; connectors whose
//! settings differ are updated, document sets get the manifest's pairs and
//! description. Nothing the manifest does not name is touched.
//!
//! Order: the manifest is checked as a whole (offline, then against one
//! listing of each kind), `--prune` plans and confirms its deletions, and
//! only then is anything changed.

mod prune;
mod spec;
mod step;

use super::{connector, credential, wait_until, Context};
use crate::api::types::{Connector, ConnectorStatus, Credential, DocumentSet, DocumentSetUpdate};
use crate::api::{connectors, docsets, Client};
use crate::cli::WaitArgs;
use crate::error::{Error, Result};
use crate::ops;
use crate::ops::cc_pair::Paired;
use crate::ops::connector::ConnectorDraft;
use crate::ops::resolve::Index;
use clap::Args;
use serde_json::{Map, Value};
use spec::{access, read_spec, ApplySpec, ConnectorSpec, DocsetSpec};
use std::path::{Path, PathBuf};
use step::{step, Action, Kind};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  onyx apply -f onyx.yaml --dry-run\n  onyx apply -f onyx.yaml --wait\n  onyx apply -f onyx.json --prune --yes"
)]
pub struct ApplyArgs {
    /// The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    /// Say what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete resources named with the manifest's "prefix" that it no longer lists
    #[arg(long)]
    pub prune: bool,
    /// Do not ask before --prune deletes (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
    /// --wait: wait for the document sets to sync (a changed set first waits for a running sync anyway)
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// Applies the spec `args.file` names.
pub fn run(ctx: &mut Context, args: ApplyArgs) -> Result<()> {
    let declared = read_spec(&args.file)?;
    let base = args.file.parent().map(Path::to_path_buf).unwrap_or_default();
    spec::check(&declared, &args, &base)?;
    let client = ctx.client()?;
    let dry = args.dry_run;

    // One listing of each kind, indexed by name: a manifest of thousands of
    // resources costs a handful of requests, not a listing per resource.
    let mut have = Inventory::load(&client, &declared, args.prune)?;
    have.check_references(&declared, &args.file)?;
    let doomed = match args.prune {
        true => Some(prune::plan(&have, &declared)),
        false => None,
    };
    if let Some(plan) = doomed.as_ref().filter(|p| !dry && !p.is_empty()) {
        // Nothing is sent before this answer.
        super::confirm(&plan.question(declared.prefix.as_deref().unwrap_or_default()), args.yes)?;
    }

    let mut steps = Vec::new();
    for spec in &declared.credentials {
        let step = match have.credentials.exact(&spec.name) {
            Some(c) => step(Kind::Credential, &spec.name, Some(c.id), Action::Unchanged),
            None if dry => step(Kind::Credential, &spec.name, None, Action::Create),
            None => {
                let credential_json = match &spec.file {
                    Some(file) => credential::read_json(&base.join(file).to_string_lossy())?,
                    None => Value::Object(Map::new()),
                };
                let created = ops::credential::create(&client, &spec.name, &spec.source, credential_json, true)?;
                have.credentials.push(Credential {
                    id: created.id,
                    source: spec.source.clone(),
                    name: Some(spec.name.clone()),
                    admin_public: true,
                    credential_json: Value::Null,
                    rest: Map::new(),
                });
                step(Kind::Credential, &spec.name, Some(created.id), Action::Created)
            }
        };
        steps.push(step);
    }

    for spec in &declared.connectors {
        let step = match have.connectors.exact(&spec.name) {
            Some(c) => match connector_changes(spec, c)? {
                None => step(Kind::Connector, &spec.name, Some(c.id), Action::Unchanged),
                Some(_) if dry => step(Kind::Connector, &spec.name, Some(c.id), Action::Update),
                Some(draft) => {
                    let id = c.id;
                    ops::connector::update(&client, id, &draft)?;
                    step(Kind::Connector, &spec.name, Some(id), Action::Updated)
                }
            },
            None if dry => step(Kind::Connector, &spec.name, None, Action::Create),
            None => {
                let mut config = spec.config.clone();
                let uploads: Vec<PathBuf> = spec.upload.iter().map(|p| base.join(p)).collect();
                connector::upload_into(ctx, &client, &uploads, &mut config)?;
                let draft = connector_draft(spec, &spec.source, &spec.input_type, config)?;
                let id = ops::connector::create(&client, &draft)?;
                have.connectors.push(connectors::get(&client, id)?);
                step(Kind::Connector, &spec.name, Some(id), Action::Created)
            }
        };
        steps.push(step);
    }

    for spec in &declared.cc_pairs {
        let name = spec.name.clone().unwrap_or_else(|| spec.connector.clone());
        let step = match have.pairs.exact(&name) {
            Some(p) => step(Kind::CcPair, &name, Some(p.cc_pair_id), Action::Unchanged),
            None if dry => step(Kind::CcPair, &name, None, Action::Create),
            None => {
                let connector = have.connectors.pick(&spec.connector)?.clone();
                let credential = have.credentials.pick(&spec.credential)?.clone();
                match ops::cc_pair::associate(
                    &client,
                    connector.id,
                    credential.id,
                    &name,
                    access(&spec.access)?,
                    vec![],
                )? {
                    Paired::Created(id) => {
                        have.pairs.push(ConnectorStatus {
                            cc_pair_id: id,
                            name: Some(name.clone()),
                            connector,
                            credential,
                            access_type: Some(access(&spec.access)?),
                            rest: Map::new(),
                        });
                        step(Kind::CcPair, &name, Some(id), Action::Created)
                    }
                    Paired::AlreadyPaired { message } => {
                        return Err(Error::Conflict(format!(
                            "cc-pair '{name}': {message}; name the existing pair in the manifest"
                        )))
                    }
                }
            }
        };
        steps.push(step);
    }

    for spec in &declared.docsets {
        let existing = have.docsets.exact(&spec.name).cloned();
        let step = match existing {
            None if dry => step(Kind::Docset, &spec.name, None, Action::Create),
            None => {
                let wanted = have.pairs_of(spec, &args.file)?;
                let id = ops::docset::create(&client, &spec.name, &spec.description, wanted, true)?;
                step(Kind::Docset, &spec.name, Some(id), Action::Created)
            }
            Some(set) => {
                let mut have_ids: Vec<i64> = set.cc_pair_summaries.iter().map(|p| p.id).collect();
                // In a dry run a pair still to be created is not known yet: the set would change.
                let wanted = have.pairs_of(spec, &args.file).unwrap_or_default();
                let mut want = wanted.clone();
                have_ids.sort_unstable();
                want.sort_unstable();
                let description = set.description.clone().unwrap_or_default();
                if have_ids == want && description == spec.description {
                    step(Kind::Docset, &spec.name, Some(set.id), Action::Unchanged)
                } else if dry {
                    step(Kind::Docset, &spec.name, Some(set.id), Action::Update)
                } else {
                    wait_for_sync(ctx, &client, set.id, &args.wait)?;
                    let request = DocumentSetUpdate {
                        description: spec.description.clone(),
                        cc_pair_ids: wanted,
                        ..ops::docset::as_is(&set)
                    };
                    ops::docset::update(&client, &request)?;
                    step(Kind::Docset, &spec.name, Some(set.id), Action::Updated)
                }
            }
        };
        steps.push(step);
    }

    if let Some(plan) = doomed {
        if dry {
            steps.extend(plan.as_steps());
        } else {
            prune::execute(ctx, &client, plan, &args, &mut steps)?;
        }
    }

    if args.wait.wait && !dry {
        for s in steps
            .iter()
            .filter(|s| s.kind == Kind::Docset && s.action != Action::Deleted)
        {
            if let Some(id) = s.id {
                wait_for_sync(ctx, &client, id, &args.wait)?;
            }
        }
    }

    ctx.out.emit(&steps, || step::table(&steps, dry))
}

/// What the server holds of each kind the manifest needs, listed once.
pub struct Inventory {
    pub credentials: Index<Credential>,
    pub connectors: Index<Connector>,
    pub pairs: Index<ConnectorStatus>,
    pub docsets: Index<DocumentSet>,
}

impl Inventory {
    fn load(client: &Client, spec: &ApplySpec, prune: bool) -> Result<Inventory> {
        let pairs_needed = prune || !spec.cc_pairs.is_empty() || !spec.docsets.is_empty();
        let credentials = if prune || !spec.credentials.is_empty() || !spec.cc_pairs.is_empty() {
            ops::credential::mine(client)?
        } else {
            Vec::new()
        };
        let connectors = if pairs_needed || !spec.connectors.is_empty() {
            connectors::list(client)?
        } else {
            Vec::new()
        };
        let pairs = if pairs_needed {
            connectors::statuses(client)?
        } else {
            Vec::new()
        };
        let docsets = if prune || !spec.docsets.is_empty() {
            docsets::list(client)?
        } else {
            Vec::new()
        };
        Ok(Inventory {
            credentials: Index::new(credentials),
            connectors: Index::new(connectors),
            pairs: Index::new(pairs),
            docsets: Index::new(docsets),
        })
    }

    /// Every name a pair or document set refers to is declared in the
    /// manifest or exists on the server: a misspelt reference is an error
    /// before anything is created, not after half the manifest was applied.
    fn check_references(&self, spec: &ApplySpec, file: &Path) -> Result<()> {
        let declared = |kind: Kind, name: &str| spec::spec_names(spec).iter().any(|(k, n)| *k == kind && n == name);
        let missing = |what: &str, owner: &str, kind: Kind, key: &str, found: bool| {
            if found || declared(kind, key) {
                Ok(())
            } else {
                Err(Error::Usage(format!(
                    "{}: {owner} names {what} '{key}', which is neither in the manifest nor on the server",
                    file.display()
                )))
            }
        };
        for pair in &spec.cc_pairs {
            let owner = format!("cc-pair '{}'", pair.name.as_deref().unwrap_or(&pair.connector));
            let connector = self.connectors.pick(&pair.connector).is_ok();
            missing("connector", &owner, Kind::Connector, &pair.connector, connector)?;
            let credential = self.credentials.pick(&pair.credential).is_ok();
            missing("credential", &owner, Kind::Credential, &pair.credential, credential)?;
            access(&pair.access)?;
        }
        for set in &spec.docsets {
            let owner = format!("docset '{}'", set.name);
            if set.connectors.is_empty() && set.cc_pairs.is_empty() {
                return Err(Error::Usage(format!(
                    "{}: document set '{}' names no connectors or cc_pairs",
                    file.display(),
                    set.name
                )));
            }
            for key in &set.connectors {
                missing(
                    "connector",
                    &owner,
                    Kind::Connector,
                    key,
                    self.connectors.pick(key).is_ok(),
                )?;
            }
            for key in &set.cc_pairs {
                missing("cc-pair", &owner, Kind::CcPair, key, self.pairs.pick(key).is_ok())?;
            }
        }
        for connector in &spec.connectors {
            access(&connector.access)?;
        }
        Ok(())
    }

    /// The pair ids a document set spec names (every pair of each connector,
    /// and each pair), in order, once each.
    fn pairs_of(&self, spec: &DocsetSpec, file: &Path) -> Result<Vec<i64>> {
        ops::cc_pair::select(&self.connectors, &self.pairs, &spec.connectors, &spec.cc_pairs, |c| {
            Error::Usage(format!(
                "{}: document set '{}' names connector '{}', which has no credential paired with it; add a cc_pairs entry for it",
                file.display(),
                spec.name,
                c.name
            ))
        })
    }
}

/// The full update a connector needs to match its spec, or `None` when it
/// already does. A field the spec leaves out means "as the server has it"
/// (the server fills in defaults, e.g. prune_freq 604800, for what a create
/// left out), and uploaded files are the connector's own business: the file
/// keys of its config are kept as the server has them.
fn connector_changes(spec: &ConnectorSpec, current: &Connector) -> Result<Option<ConnectorDraft>> {
    let mut config = current
        .connector_specific_config
        .as_object()
        .cloned()
        .unwrap_or_default();
    for (key, value) in &spec.config {
        config.insert(key.clone(), value.clone());
    }
    let refresh_freq = spec.refresh_freq.or(current.refresh_freq);
    let prune_freq = spec.prune_freq.or(current.prune_freq);
    let same = Value::Object(config.clone()) == current.connector_specific_config
        && refresh_freq == current.refresh_freq
        && prune_freq == current.prune_freq;
    if same {
        return Ok(None);
    }
    let input_type = current.input_type.clone().unwrap_or_else(|| spec.input_type.clone());
    let draft = connector_draft(spec, &current.source, &input_type, config)?;
    Ok(Some(ConnectorDraft {
        refresh_freq,
        prune_freq,
        ..draft
    }))
}

/// The connector a spec describes. On update Onyx only checks the access
/// type against group rules; the pair keeps its own.
fn connector_draft(
    spec: &ConnectorSpec,
    source: &str,
    input_type: &str,
    config: Map<String, Value>,
) -> Result<ConnectorDraft> {
    Ok(ConnectorDraft {
        input_type: input_type.to_string(),
        config,
        refresh_freq: spec.refresh_freq,
        prune_freq: spec.prune_freq,
        access: access(&spec.access)?,
        ..ConnectorDraft::new(&spec.name, source)
    })
}

fn wait_for_sync(ctx: &Context, client: &Client, id: i64, wait: &WaitArgs) -> Result<()> {
    wait_until(ctx, wait, &format!("document set {id} to finish syncing"), || {
        Ok(docsets::list(client)?.iter().any(|s| s.id == id && s.is_up_to_date))
    })
}
