//! The apply spec (`onyx.json` / `.yaml`): the resources a team keeps in
//! git, by name, and the checks made before the first request.

use super::step::Kind;
use super::ApplyArgs;
use crate::api::types::AccessType;
use crate::error::{Error, Result};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The spec: resources by name, created in this order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplySpec {
    /// The naming convention that marks what this manifest owns: every name in
    /// it starts with the prefix, and `--prune` deletes only resources that do.
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub credentials: Vec<CredentialSpec>,
    #[serde(default)]
    pub connectors: Vec<ConnectorSpec>,
    #[serde(default)]
    pub cc_pairs: Vec<CcPairSpec>,
    #[serde(default)]
    pub docsets: Vec<DocsetSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialSpec {
    pub name: String,
    pub source: String,
    /// JSON file with credential_json, relative to the manifest; omitted means {}.
    #[serde(default)]
    pub file: Option<PathBuf>,
    /// Refused: a manifest is committed to git, secrets must not be.
    #[serde(default)]
    pub credential_json: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectorSpec {
    pub name: String,
    pub source: String,
    #[serde(default = "load_state")]
    pub input_type: String,
    #[serde(default)]
    pub config: Map<String, Value>,
    /// Files to upload for a file connector, relative to the manifest.
    #[serde(default)]
    pub upload: Vec<PathBuf>,
    #[serde(default)]
    pub refresh_freq: Option<i64>,
    #[serde(default)]
    pub prune_freq: Option<i64>,
    #[serde(default)]
    pub access: Option<String>,
}

fn load_state() -> String {
    "load_state".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CcPairSpec {
    #[serde(default)]
    pub name: Option<String>,
    pub connector: String,
    pub credential: String,
    #[serde(default)]
    pub access: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocsetSpec {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub connectors: Vec<String>,
    #[serde(default)]
    pub cc_pairs: Vec<String>,
}

/// Everything that can be known wrong without the server, checked before the
/// first request: secrets inline, the prefix, a name declared twice, and
/// upload paths that leave the manifest's directory or do not exist.
pub fn check(spec: &ApplySpec, args: &ApplyArgs, base: &Path) -> Result<()> {
    let file = args.file.display();
    if let Some(credential) = spec.credentials.iter().find(|s| s.credential_json.is_some()) {
        return Err(Error::Usage(format!(
            "{file}: credential '{}' has an inline credential_json; keep secrets out of the manifest and point 'file' at a JSON file",
            credential.name
        )));
    }
    check_prefix(spec, args)?;
    let mut seen = std::collections::HashSet::new();
    if let Some((kind, name)) = spec_names(spec).into_iter().find(|entry| !seen.insert(entry.clone())) {
        return Err(Error::Usage(format!(
            "{file}: {kind} '{name}' is declared twice; each name may appear once per kind"
        )));
    }
    for connector in &spec.connectors {
        for upload in &connector.upload {
            check_upload(spec_file_dir(base), upload).map_err(|why| {
                Error::Usage(format!(
                    "{file}: connector '{}' uploads '{}': {why}",
                    connector.name,
                    upload.display()
                ))
            })?;
        }
    }
    Ok(())
}

fn spec_file_dir(base: &Path) -> &Path {
    if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    }
}

/// A manifest committed to git names files beside it: an absolute path or one
/// that climbs out with `..` would upload whatever the runner can read.
fn check_upload(base: &Path, upload: &Path) -> std::result::Result<(), String> {
    use std::path::Component;
    if upload.is_absolute()
        || upload
            .components()
            .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
    {
        return Err("uploads must be paths inside the manifest's directory (no absolute paths, no '..')".into());
    }
    let path = base.join(upload);
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Err("not a regular file".into()),
        Err(e) => return Err(format!("cannot read it ({e})")),
    }
    // A symlink inside may still point outside.
    let inside = std::fs::canonicalize(&path)
        .ok()
        .zip(std::fs::canonicalize(base).ok())
        .is_some_and(|(file, dir)| file.starts_with(dir));
    if !inside {
        return Err("it resolves (through a symlink) to a file outside the manifest's directory".into());
    }
    Ok(())
}

/// With a prefix, every name in the manifest must carry it; `--prune` needs one.
pub fn check_prefix(spec: &ApplySpec, args: &ApplyArgs) -> Result<()> {
    let Some(prefix) = spec.prefix.as_deref().filter(|p| !p.is_empty()) else {
        if args.prune {
            return Err(Error::Usage(format!(
                "{}: --prune needs a \"prefix\" in the manifest (e.g. \"ci-\"): only resources named with it are deleted",
                args.file.display()
            )));
        }
        return Ok(());
    };
    let names = spec_names(spec);
    if let Some((kind, name)) = names.iter().find(|(_, name)| !name.starts_with(prefix)) {
        return Err(Error::Usage(format!(
            "{}: {kind} '{name}' does not start with the manifest's prefix '{prefix}'",
            args.file.display()
        )));
    }
    Ok(())
}

/// Every (kind, name) the manifest declares; a pair without a name takes its connector's.
pub fn spec_names(spec: &ApplySpec) -> Vec<(Kind, String)> {
    let mut names = Vec::new();
    names.extend(spec.credentials.iter().map(|s| (Kind::Credential, s.name.clone())));
    names.extend(spec.connectors.iter().map(|s| (Kind::Connector, s.name.clone())));
    names.extend(
        spec.cc_pairs
            .iter()
            .map(|s| (Kind::CcPair, s.name.clone().unwrap_or_else(|| s.connector.clone()))),
    );
    names.extend(spec.docsets.iter().map(|s| (Kind::Docset, s.name.clone())));
    names
}

pub fn access(value: &Option<String>) -> Result<AccessType> {
    match value.as_deref().unwrap_or("public") {
        "public" => Ok(AccessType::Public),
        "private" => Ok(AccessType::Private),
        "sync" => Ok(AccessType::Sync),
        other => Err(Error::Usage(format!(
            "access '{other}' is not one of public, private, sync"
        ))),
    }
}

/// JSON, or YAML for a `.yaml`/`.yml` file; either way an unknown field is an
/// error naming its line and column.
pub fn read_spec(path: &Path) -> Result<ApplySpec> {
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
