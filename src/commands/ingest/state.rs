//! The local record of what was uploaded to one connector on one server: a
//! file's size, mtime and content hash, and the file id the server gave it.
//! It only saves work; the server's file list is the truth (see plan.rs).

use crate::error::{Error, Result};
use crate::state::{state_dir, write_atomically};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateEntry {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch.
    pub mtime_ns: i128,
    pub sha256: String,
    pub file_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IngestState {
    pub server: String,
    pub connector: String,
    /// Keyed by the name the file has on the server (its path relative to the root).
    pub files: BTreeMap<String, StateEntry>,
    #[serde(skip)]
    path: PathBuf,
}

impl IngestState {
    /// Where the manifest of `connector` on `server` lives: one file per pair,
    /// named so a person can tell them apart, hashed so any name is a safe file name.
    pub fn path_for(server: &str, connector: &str) -> PathBuf {
        let digest = sha256_hex(format!("{server}\n{connector}").as_bytes());
        let readable: String = connector
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        state_dir()
            .join("ingest")
            .join(format!("{readable}-{}.json", &digest[..16]))
    }

    /// Loads the manifest; a missing or unreadable one starts empty (the
    /// server's file list decides anyway, so a lost manifest costs only hashing).
    pub fn load(server: &str, connector: &str) -> Result<(IngestState, Option<String>)> {
        let path = IngestState::path_for(server, connector);
        let fresh = IngestState {
            server: server.to_string(),
            connector: connector.to_string(),
            files: BTreeMap::new(),
            path: path.clone(),
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((fresh, None)),
            Err(e) => return Err(Error::io(&path, e)),
        };
        match serde_json::from_str::<IngestState>(&text) {
            Ok(mut manifest) => {
                manifest.path = path;
                Ok((manifest, None))
            }
            Err(e) => Ok((
                fresh,
                Some(format!(
                    "ignoring unreadable manifest {} ({e}); files already on the server are matched by name and size",
                    path.display()
                )),
            )),
        }
    }

    /// Writes the manifest atomically, so a crash mid-run keeps the last confirmed batch.
    pub fn save(&self) -> Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let text = serde_json::to_string_pretty(self).expect("manifest serializes");
        write_atomically(&self.path, text.as_bytes())
    }

    /// The lock file next to the manifest.
    pub fn lock_path(&self) -> PathBuf {
        self.path.with_extension("lock")
    }
}

/// Holds the exclusive lock on a manifest for the life of one run.
pub struct StateLock {
    _file: File,
}

impl StateLock {
    /// Takes the lock, or says who holds it; with `wait`, blocks until it is free.
    pub fn acquire(path: &Path, connector: &str, wait: bool) -> Result<StateLock> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        if wait {
            fs4::FileExt::lock(&file).map_err(|e| Error::io(path, e))?;
        } else {
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => {}
                Err(fs4::TryLockError::WouldBlock) => {
                    return Err(Error::Conflict(format!(
                        "another 'onyx ingest' is running for connector '{connector}' (lock {}); wait for it to finish, or pass --wait-lock",
                        path.display()
                    )))
                }
                Err(fs4::TryLockError::Error(e)) => return Err(Error::io(path, e)),
            }
        }
        Ok(StateLock { _file: file })
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Hashes a file as a stream (never the whole file in memory).
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buffer).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_sha256sum() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn path_is_per_server_and_connector() {
        let a = IngestState::path_for("http://a", "ingest-Legal");
        let b = IngestState::path_for("http://b", "ingest-Legal");
        assert_ne!(a, b);
        assert!(a.file_name().unwrap().to_string_lossy().starts_with("ingest-Legal-"));
    }
}
