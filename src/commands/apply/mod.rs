//! `onyx apply -f onyx.json` (or `.yaml`): make the server hold what a manifest describes.
//! Each resource is found by name and created when missing; connectors whose
//! settings differ are updated, document sets get the manifest's pairs and
//! description. Nothing the manifest does not name is touched.

mod prune;
mod spec;
mod step;

use super::{cc_pair, connector, credential, wait_until, Context};
use crate::api::types::{Connector, DocumentSetUpdate};
use crate::api::{connectors, docsets, Client};
use crate::cli::{ApplyArgs, PairSelection, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::cc_pair::Paired;
use crate::ops::connector::ConnectorDraft;
use crate::ops::{self, resolve};
use serde_json::{Map, Value};
use spec::{access, check_prefix, read_spec, ConnectorSpec};
use std::path::{Path, PathBuf};
use step::{step, Action, Kind};

/// Applies the spec `args.file` names.
pub fn run(ctx: &mut Context, args: ApplyArgs) -> Result<()> {
    let declared = read_spec(&args.file)?;
    let base = args.file.parent().map(Path::to_path_buf).unwrap_or_default();
    let client = ctx.client()?;
    let dry = args.dry_run;
    let mut steps = Vec::new();

    // The whole manifest is checked before the first request.
    if let Some(spec) = declared.credentials.iter().find(|s| s.credential_json.is_some()) {
        return Err(Error::Usage(format!(
            "{}: credential '{}' has an inline credential_json; keep secrets out of the manifest and point 'file' at a JSON file",
            args.file.display(),
            spec.name
        )));
    }
    check_prefix(&declared, &args)?;
    // Each kind the manifest names is listed once; names are matched against these lists.
    let known_credentials = if declared.credentials.is_empty() {
        Vec::new()
    } else {
        ops::credential::mine(&client)?
    };
    for spec in &declared.credentials {
        let existing = known_credentials
            .iter()
            .find(|c| c.name.as_deref() == Some(spec.name.as_str()));
        let step = match existing {
            Some(c) => step(Kind::Credential, &spec.name, Some(c.id), Action::Unchanged),
            None if dry => step(Kind::Credential, &spec.name, None, Action::Create),
            None => {
                let credential_json = match &spec.file {
                    Some(file) => credential::read_json(&base.join(file).to_string_lossy())?,
                    None => Value::Object(Map::new()),
                };
                let created = ops::credential::create(&client, &spec.name, &spec.source, credential_json, true)?;
                step(Kind::Credential, &spec.name, Some(created.id), Action::Created)
            }
        };
        steps.push(step);
    }

    let known_connectors = if declared.connectors.is_empty() {
        Vec::new()
    } else {
        connectors::list(&client)?
    };
    for spec in &declared.connectors {
        let existing = known_connectors.iter().find(|c| c.name == spec.name);
        let step = match existing {
            Some(c) => match connector_changes(spec, c)? {
                None => step(Kind::Connector, &spec.name, Some(c.id), Action::Unchanged),
                Some(_) if dry => step(Kind::Connector, &spec.name, Some(c.id), Action::Update),
                Some(draft) => {
                    ops::connector::update(&client, c.id, &draft)?;
                    step(Kind::Connector, &spec.name, Some(c.id), Action::Updated)
                }
            },
            None if dry => step(Kind::Connector, &spec.name, None, Action::Create),
            None => {
                let mut config = spec.config.clone();
                let uploads: Vec<PathBuf> = spec.upload.iter().map(|p| base.join(p)).collect();
                connector::upload_into(ctx, &client, &uploads, &mut config)?;
                let draft = connector_draft(spec, &spec.source, &spec.input_type, config)?;
                step(
                    Kind::Connector,
                    &spec.name,
                    Some(ops::connector::create(&client, &draft)?),
                    Action::Created,
                )
            }
        };
        steps.push(step);
    }

    for spec in &declared.cc_pairs {
        let name = spec.name.clone().unwrap_or_else(|| spec.connector.clone());
        let existing = connectors::statuses(&client)?
            .into_iter()
            .find(|p| p.name.as_deref() == Some(name.as_str()));
        let step = match existing {
            Some(p) => step(Kind::CcPair, &name, Some(p.cc_pair_id), Action::Unchanged),
            None if dry => step(Kind::CcPair, &name, None, Action::Create),
            None => {
                let connector = resolve::connector(&client, &spec.connector)?;
                let credential = resolve::credential(&client, &spec.credential)?;
                match ops::cc_pair::associate(
                    &client,
                    connector.id,
                    credential.id,
                    &name,
                    access(&spec.access)?,
                    vec![],
                )? {
                    Paired::Created(id) => step(Kind::CcPair, &name, Some(id), Action::Created),
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
        let selection = PairSelection {
            connectors: spec.connectors.clone(),
            cc_pairs: spec.cc_pairs.clone(),
        };
        let existing = docsets::list(&client)?.into_iter().find(|s| s.name == spec.name);
        let step = if dry && existing.is_none() {
            step(Kind::Docset, &spec.name, None, Action::Create)
        } else {
            let wanted = cc_pair::select(&client, &selection)?;
            match existing {
                None => {
                    if wanted.is_empty() {
                        return Err(Error::Usage(format!(
                            "{}: document set '{}' names no connectors or cc_pairs",
                            args.file.display(),
                            spec.name
                        )));
                    }
                    let id = ops::docset::create(&client, &spec.name, &spec.description, wanted, true)?;
                    step(Kind::Docset, &spec.name, Some(id), Action::Created)
                }
                Some(set) => {
                    let mut have: Vec<i64> = set.cc_pair_summaries.iter().map(|p| p.id).collect();
                    let mut want = wanted.clone();
                    have.sort_unstable();
                    want.sort_unstable();
                    let description = set.description.clone().unwrap_or_default();
                    if have == want && description == spec.description {
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
            }
        };
        steps.push(step);
    }

    if args.prune {
        let prefix = declared.prefix.as_deref().unwrap_or_default();
        prune::prune(ctx, &client, &declared, prefix, &args, &mut steps)?;
    }

    if args.wait.wait && !dry {
        for s in steps.iter().filter(|s| s.kind == Kind::Docset) {
            if let Some(id) = s.id {
                wait_for_sync(ctx, &client, id, &args.wait)?;
            }
        }
    }

    ctx.out.emit(&steps, || step::table(&steps, dry))
}

/// The full update a connector needs to match its spec, or `None` when it
/// already does. Uploaded files are the connector's own business: the file
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
    let same = Value::Object(config.clone()) == current.connector_specific_config
        && spec.refresh_freq == current.refresh_freq
        && spec.prune_freq == current.prune_freq;
    if same {
        return Ok(None);
    }
    let input_type = current.input_type.clone().unwrap_or_else(|| spec.input_type.clone());
    connector_draft(spec, &current.source, &input_type, config).map(Some)
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
