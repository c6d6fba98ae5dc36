//! Per-machine state in the state directory (`$ONYX_STATE_DIR`, else the
//! platform's): what was learnt about servers (API prefix, permission model)
//! and the last session of each profile, so a CI job probes once per machine
//! and `ask -c` works without a config file. Written atomically, mode 0600,
//! under a lock; a cache that cannot be written only costs a probe next time.

use crate::api::types::PermissionModel;
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Where per-machine state lives (ingestion manifests, locks).
pub fn state_dir() -> PathBuf {
    if let Some(dir) = env_var("ONYX_STATE_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("", "", "onyx")
        .map(|d| d.state_dir().unwrap_or_else(|| d.data_local_dir()).to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".onyx-state"))
}

/// API prefixes found by probing servers that no profile holds (URLs from
/// env or flags), so a CI job probes once per machine, not once per command.
fn prefix_cache_path() -> PathBuf {
    state_dir().join("api-prefixes.json")
}

pub fn cached_prefix(server: &str) -> Option<String> {
    cached(&prefix_cache_path(), server)
}

/// Best effort: a cache that cannot be written only costs a probe next time.
pub fn cache_prefix(server: &str, prefix: &str) {
    cache(&prefix_cache_path(), server, prefix.to_string());
}

/// The permission model found on each server (`roles` or `groups`), keyed by
/// API base: found once per server, as the API prefix is.
fn permission_model_cache_path() -> PathBuf {
    state_dir().join("permission-models.json")
}

pub fn cached_permission_model(api_base: &str) -> Option<PermissionModel> {
    cached(&permission_model_cache_path(), api_base)
}

/// Best effort, like the prefix cache: a cache that cannot be written only
/// costs one `/me` next time.
pub fn cache_permission_model(api_base: &str, model: PermissionModel) {
    cache(&permission_model_cache_path(), api_base, model);
}

/// One entry of a per-server cache file in the state directory (a JSON map).
fn cached<T: serde::de::DeserializeOwned>(path: &Path, server: &str) -> Option<T> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut cache: BTreeMap<String, T> = serde_json::from_str(&text).ok()?;
    cache.remove(server)
}

/// Sets one entry of a cache file; unchanged entries are not rewritten.
fn cache<T: Serialize + serde::de::DeserializeOwned + PartialEq>(path: &Path, server: &str, value: T) {
    let mut cache: BTreeMap<String, T> = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    if cache.get(server) == Some(&value) {
        return;
    }
    cache.insert(server.to_string(), value);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = write_atomically(
        path,
        serde_json::to_string_pretty(&cache).expect("map serializes").as_bytes(),
    );
}

/// The last chat session of each profile and server, for `ask -c`. It is
/// state, not configuration, so it lives in the state directory: remembering
/// it never creates a config file that would hide where credentials come from.
fn last_sessions_path() -> PathBuf {
    state_dir().join("last-sessions.json")
}

fn session_key(profile: &str, server: &str) -> String {
    format!("{profile} {server}")
}

pub fn last_session(profile: &str, server: &str) -> Option<String> {
    let text = std::fs::read_to_string(last_sessions_path()).ok()?;
    let sessions: BTreeMap<String, String> = serde_json::from_str(&text).ok()?;
    sessions.get(&session_key(profile, server)).cloned()
}

pub fn remember_session(profile: &str, server: &str, id: &str) -> Result<()> {
    remember(&last_sessions_path(), &session_key(profile, server), id.to_string())
}

/// One citation of the last answer, as `onyx open N` needs it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CitedLink {
    pub number: i64,
    pub title: String,
    pub link: Option<String>,
}

/// The citations of the last answer of each profile and server, for
/// `onyx open N`: state beside the last session, keyed the same way.
fn last_answers_path() -> PathBuf {
    state_dir().join("last-answers.json")
}

pub fn last_citations(profile: &str, server: &str) -> Option<Vec<CitedLink>> {
    let text = std::fs::read_to_string(last_answers_path()).ok()?;
    let mut answers: BTreeMap<String, Vec<CitedLink>> = serde_json::from_str(&text).ok()?;
    answers.remove(&session_key(profile, server))
}

pub fn remember_citations(profile: &str, server: &str, citations: Vec<CitedLink>) -> Result<()> {
    remember(&last_answers_path(), &session_key(profile, server), citations)
}

/// Sets one entry of a JSON map in the state directory, under its lock.
fn remember<T: Serialize + serde::de::DeserializeOwned>(path: &Path, key: &str, value: T) -> Result<()> {
    let _lock = lock_beside(path)?;
    let mut entries: BTreeMap<String, T> = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    entries.insert(key.to_string(), value);
    write_atomically(
        path,
        serde_json::to_string_pretty(&entries)
            .expect("map serializes")
            .as_bytes(),
    )
}

/// Writes `bytes` to `path` through a private temp file in the same directory.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| Error::io(temp.path(), e))?;
    }
    temp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    temp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// An exclusive lock beside a JSON file, held while it is rewritten.
pub fn lock_beside(config_path: &Path) -> Result<std::fs::File> {
    let dir = config_path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let path = config_path.with_extension("json.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    fs4::FileExt::lock(&file).map_err(|e| Error::io(&path, e))?;
    Ok(file)
}
