//! `onyx apply -f onyx.json` (or `.yaml`): make the server hold what a manifest describes.
//! Each resource is found by name and created when missing; connectors whose
//! settings differ are updated, document sets get the manifest's pairs and
//! description. Nothing the manifest does not name is touched.

use super::{cc_pair, confirm, connector, credential, wait_until, Context};
use crate::api::types::{AccessType, Connector, DocumentSetUpdate};
use crate::api::{connectors, credentials, docsets, Client};
use crate::cli::{ApplyArgs, PairSelection, WaitArgs};
use crate::error::{Error, Result};
use crate::ops::cc_pair::Paired;
use crate::ops::connector::ConnectorDraft;
use crate::ops::{self, resolve};
use crate::output::Table;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The manifest: resources by name, created in this order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    /// The naming convention that marks what this manifest owns: every name in
    /// it starts with the prefix, and `--prune` deletes only resources that do.
    #[serde(default)]
    prefix: Option<String>,
    #[serde(default)]
    credentials: Vec<CredentialSpec>,
    #[serde(default)]
    connectors: Vec<ConnectorSpec>,
    #[serde(default)]
    cc_pairs: Vec<CcPairSpec>,
    #[serde(default)]
    docsets: Vec<DocsetSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialSpec {
    name: String,
    source: String,
    /// JSON file with credential_json, relative to the manifest; omitted means {}.
    #[serde(default)]
    file: Option<PathBuf>,
    /// Refused: a manifest is committed to git, secrets must not be.
    #[serde(default)]
    credential_json: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConnectorSpec {
    name: String,
    source: String,
    #[serde(default = "load_state")]
    input_type: String,
    #[serde(default)]
    config: Map<String, Value>,
    /// Files to upload for a file connector, relative to the manifest.
    #[serde(default)]
    upload: Vec<PathBuf>,
    #[serde(default)]
    refresh_freq: Option<i64>,
    #[serde(default)]
    prune_freq: Option<i64>,
    #[serde(default)]
    access: Option<String>,
}

fn load_state() -> String {
    "load_state".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CcPairSpec {
    #[serde(default)]
    name: Option<String>,
    connector: String,
    credential: String,
    #[serde(default)]
    access: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocsetSpec {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    connectors: Vec<String>,
    #[serde(default)]
    cc_pairs: Vec<String>,
}

/// What apply did (or, with --dry-run, would do) to one resource.
#[derive(Debug, Serialize)]
struct Step {
    kind: &'static str,
    name: String,
    id: Option<i64>,
    action: &'static str,
}

pub fn run(ctx: &mut Context, args: ApplyArgs) -> Result<()> {
    let manifest = read_manifest(&args.file)?;
    let base = args.file.parent().map(Path::to_path_buf).unwrap_or_default();
    let client = ctx.client()?;
    let dry = args.dry_run;
    let mut steps = Vec::new();

    // The whole manifest is checked before the first request.
    if let Some(spec) = manifest.credentials.iter().find(|s| s.credential_json.is_some()) {
        return Err(Error::Usage(format!(
            "{}: credential '{}' has an inline credential_json; keep secrets out of the manifest and point 'file' at a JSON file",
            args.file.display(),
            spec.name
        )));
    }
    check_prefix(&manifest, &args)?;
    // Each kind the manifest names is listed once; names are matched against these lists.
    let known_credentials = if manifest.credentials.is_empty() {
        Vec::new()
    } else {
        ops::credential::mine(&client)?
    };
    for spec in &manifest.credentials {
        let existing = known_credentials
            .iter()
            .find(|c| c.name.as_deref() == Some(spec.name.as_str()));
        let step = match existing {
            Some(c) => step("credential", &spec.name, Some(c.id), "unchanged"),
            None if dry => step("credential", &spec.name, None, "create"),
            None => {
                let credential_json = match &spec.file {
                    Some(file) => credential::read_json(&base.join(file).to_string_lossy())?,
                    None => Value::Object(Map::new()),
                };
                let created = ops::credential::create(&client, &spec.name, &spec.source, credential_json, true)?;
                step("credential", &spec.name, Some(created.id), "created")
            }
        };
        steps.push(step);
    }

    let known_connectors = if manifest.connectors.is_empty() {
        Vec::new()
    } else {
        connectors::list(&client)?
    };
    for spec in &manifest.connectors {
        let existing = known_connectors.iter().find(|c| c.name == spec.name);
        let step = match existing {
            Some(c) => match connector_changes(spec, c)? {
                None => step("connector", &spec.name, Some(c.id), "unchanged"),
                Some(_) if dry => step("connector", &spec.name, Some(c.id), "update"),
                Some(draft) => {
                    ops::connector::update(&client, c.id, &draft)?;
                    step("connector", &spec.name, Some(c.id), "updated")
                }
            },
            None if dry => step("connector", &spec.name, None, "create"),
            None => {
                let mut config = spec.config.clone();
                let uploads: Vec<PathBuf> = spec.upload.iter().map(|p| base.join(p)).collect();
                connector::upload_into(ctx, &client, &uploads, &mut config)?;
                let draft = connector_draft(spec, &spec.source, &spec.input_type, config)?;
                step(
                    "connector",
                    &spec.name,
                    Some(ops::connector::create(&client, &draft)?),
                    "created",
                )
            }
        };
        steps.push(step);
    }

    for spec in &manifest.cc_pairs {
        let name = spec.name.clone().unwrap_or_else(|| spec.connector.clone());
        let existing = connectors::statuses(&client)?
            .into_iter()
            .find(|p| p.name.as_deref() == Some(name.as_str()));
        let step = match existing {
            Some(p) => step("cc-pair", &name, Some(p.cc_pair_id), "unchanged"),
            None if dry => step("cc-pair", &name, None, "create"),
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
                    Paired::Created(id) => step("cc-pair", &name, Some(id), "created"),
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

    for spec in &manifest.docsets {
        let selection = PairSelection {
            connectors: spec.connectors.clone(),
            cc_pairs: spec.cc_pairs.clone(),
        };
        let existing = docsets::list(&client)?.into_iter().find(|s| s.name == spec.name);
        let step = if dry && existing.is_none() {
            step("docset", &spec.name, None, "create")
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
                    step("docset", &spec.name, Some(id), "created")
                }
                Some(set) => {
                    let mut have: Vec<i64> = set.cc_pair_summaries.iter().map(|p| p.id).collect();
                    let mut want = wanted.clone();
                    have.sort_unstable();
                    want.sort_unstable();
                    let description = set.description.clone().unwrap_or_default();
                    if have == want && description == spec.description {
                        step("docset", &spec.name, Some(set.id), "unchanged")
                    } else if dry {
                        step("docset", &spec.name, Some(set.id), "update")
                    } else {
                        wait_for_sync(ctx, &client, set.id, &args.wait)?;
                        let request = DocumentSetUpdate {
                            description: spec.description.clone(),
                            cc_pair_ids: wanted,
                            ..ops::docset::as_is(&set)
                        };
                        ops::docset::update(&client, &request)?;
                        step("docset", &spec.name, Some(set.id), "updated")
                    }
                }
            }
        };
        steps.push(step);
    }

    if args.prune {
        let prefix = manifest.prefix.as_deref().unwrap_or_default();
        prune(ctx, &client, &manifest, prefix, &args, &mut steps)?;
    }

    if args.wait.wait && !dry {
        for s in steps.iter().filter(|s| s.kind == "docset") {
            if let Some(id) = s.id {
                wait_for_sync(ctx, &client, id, &args.wait)?;
            }
        }
    }

    ctx.out.emit(&steps, || {
        let mut t = Table::new(["kind", "name", "id", "action"]);
        for s in &steps {
            let action = if dry {
                format!("would {}", s.action)
            } else {
                s.action.to_string()
            };
            t.row([
                s.kind.to_string(),
                s.name.clone(),
                s.id.map(|i| i.to_string()).unwrap_or_else(|| "-".into()),
                action,
            ]);
        }
        t
    })
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

/// With a prefix, every name in the manifest must carry it; `--prune` needs one.
fn check_prefix(manifest: &Manifest, args: &ApplyArgs) -> Result<()> {
    let Some(prefix) = manifest.prefix.as_deref().filter(|p| !p.is_empty()) else {
        if args.prune {
            return Err(Error::Usage(format!(
                "{}: --prune needs a \"prefix\" in the manifest (e.g. \"ci-\"): only resources named with it are deleted",
                args.file.display()
            )));
        }
        return Ok(());
    };
    let names = manifest_names(manifest);
    if let Some((kind, name)) = names.iter().find(|(_, name)| !name.starts_with(prefix)) {
        return Err(Error::Usage(format!(
            "{}: {kind} '{name}' does not start with the manifest's prefix '{prefix}'",
            args.file.display()
        )));
    }
    Ok(())
}

/// Every (kind, name) the manifest declares; a pair without a name takes its connector's.
fn manifest_names(manifest: &Manifest) -> Vec<(&'static str, String)> {
    let mut names = Vec::new();
    names.extend(manifest.credentials.iter().map(|s| ("credential", s.name.clone())));
    names.extend(manifest.connectors.iter().map(|s| ("connector", s.name.clone())));
    names.extend(
        manifest
            .cc_pairs
            .iter()
            .map(|s| ("cc-pair", s.name.clone().unwrap_or_else(|| s.connector.clone()))),
    );
    names.extend(manifest.docsets.iter().map(|s| ("docset", s.name.clone())));
    names
}

/// Deletes what carries the prefix but is no longer listed: document sets,
/// then pairs (Onyx deletes their documents in the background), connectors
/// left without pairs, and credentials.
fn prune(
    ctx: &Context,
    client: &Client,
    manifest: &Manifest,
    prefix: &str,
    args: &ApplyArgs,
    steps: &mut Vec<Step>,
) -> Result<()> {
    let listed = manifest_names(manifest);
    let stale =
        |kind: &str, name: &str| name.starts_with(prefix) && !listed.iter().any(|(k, n)| *k == kind && n == name);
    let sets: Vec<_> = docsets::list(client)?
        .into_iter()
        .filter(|s| stale("docset", &s.name))
        .collect();
    let pairs: Vec<_> = connectors::statuses(client)?
        .into_iter()
        .filter(|p| stale("cc-pair", p.name.as_deref().unwrap_or("")))
        .collect();
    let old_connectors: Vec<_> = connectors::list(client)?
        .into_iter()
        .filter(|c| stale("connector", &c.name))
        .collect();
    let old_credentials: Vec<_> = ops::credential::mine(client)?
        .into_iter()
        .filter(|c| stale("credential", c.name.as_deref().unwrap_or("")))
        .collect();
    let count = sets.len() + pairs.len() + old_connectors.len() + old_credentials.len();
    if count == 0 {
        return Ok(());
    }
    if args.dry_run {
        steps.extend(sets.iter().map(|s| step("docset", &s.name, Some(s.id), "delete")));
        steps.extend(
            pairs
                .iter()
                .map(|p| step("cc-pair", p.name.as_deref().unwrap_or(""), Some(p.cc_pair_id), "delete")),
        );
        steps.extend(
            old_connectors
                .iter()
                .map(|c| step("connector", &c.name, Some(c.id), "delete")),
        );
        steps.extend(
            old_credentials
                .iter()
                .map(|c| step("credential", c.name.as_deref().unwrap_or(""), Some(c.id), "delete")),
        );
        return Ok(());
    }
    confirm(
        &format!("Delete {count} resource(s) named '{prefix}…' that the manifest no longer lists"),
        args.yes,
    )?;
    for set in &sets {
        wait_for_sync(ctx, client, set.id, &args.wait)?;
        docsets::delete(client, set.id)?;
        steps.push(step("docset", &set.name, Some(set.id), "deleted"));
    }
    cc_pair::delete(ctx, client, &pairs, &args.wait)?;
    let pair_action = if args.wait.wait { "deleted" } else { "deleting" };
    steps.extend(pairs.iter().map(|p| {
        step(
            "cc-pair",
            p.name.as_deref().unwrap_or(""),
            Some(p.cc_pair_id),
            pair_action,
        )
    }));
    let remaining = connectors::statuses(client)?;
    for connector in &old_connectors {
        let deleting: Vec<i64> = pairs.iter().map(|p| p.cc_pair_id).collect();
        let paired: Vec<_> = remaining
            .iter()
            .filter(|p| p.connector.id == connector.id && !deleting.contains(&p.cc_pair_id))
            .cloned()
            .collect();
        let still_paired = remaining.iter().any(|p| p.connector.id == connector.id);
        if !still_paired {
            connectors::delete(client, connector.id)?;
            steps.push(step("connector", &connector.name, Some(connector.id), "deleted"));
        } else {
            // Its pairs are still being deleted: run again (or pass --wait) to remove the row.
            cc_pair::delete(ctx, client, &paired, &args.wait)?;
            steps.push(step("connector", &connector.name, Some(connector.id), "deleting"));
        }
    }
    for credential in &old_credentials {
        credentials::delete(client, credential.id, true)?;
        steps.push(step(
            "credential",
            credential.name.as_deref().unwrap_or(""),
            Some(credential.id),
            "deleted",
        ));
    }
    Ok(())
}

fn step(kind: &'static str, name: &str, id: Option<i64>, action: &'static str) -> Step {
    Step {
        kind,
        name: name.to_string(),
        id,
        action,
    }
}

fn access(value: &Option<String>) -> Result<AccessType> {
    match value.as_deref().unwrap_or("public") {
        "public" => Ok(AccessType::Public),
        "private" => Ok(AccessType::Private),
        "sync" => Ok(AccessType::Sync),
        other => Err(Error::Usage(format!(
            "access '{other}' is not one of public, private, sync"
        ))),
    }
}

fn wait_for_sync(ctx: &Context, client: &Client, id: i64, wait: &WaitArgs) -> Result<()> {
    wait_until(ctx, wait, &format!("document set {id} to finish syncing"), || {
        Ok(docsets::list(client)?.iter().any(|s| s.id == id && s.is_up_to_date))
    })
}

/// JSON, or YAML for a `.yaml`/`.yml` file; either way an unknown field is an
/// error naming its line and column.
fn read_manifest(path: &Path) -> Result<Manifest> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let yaml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
    let parsed = if yaml {
        serde_norway::from_str(&text).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    };
    parsed.map_err(|e| Error::Usage(format!("{}: not a valid manifest: {e}", path.display())))
}
