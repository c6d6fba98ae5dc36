//! What one run will do: find the files (a tree walk or a list on stdin),
//! keep the ones Onyx can index, and compare them with the manifest and the
//! connector's file list on the server.

use super::state::{sha256_file, IngestState, StateEntry};
use crate::api::types::ConnectorFile;
use crate::error::{Error, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The extensions the file connector indexes (REFERENCE §5.1,
/// `OnyxFileExtensions.ALL_ALLOWED_EXTENSIONS`); others are skipped at indexing.
pub const INDEXABLE: &[&str] = &[
    "txt", "md", "mdx", "conf", "log", "json", "csv", "tsv", "xml", "yml", "yaml", "sql", "pdf", "docx", "pptx", "eml",
    "epub", "html", "xlsx", "xlsm", "png", "jpg", "jpeg", "webp",
];

/// A local file that will be compared and maybe uploaded.
#[derive(Debug, Clone)]
pub struct LocalFile {
    /// The name on the server: the path relative to the root, with '/'.
    pub name: String,
    pub path: PathBuf,
    pub size: u64,
    pub mtime_ns: i128,
    pub mime: String,
}

/// Which found paths are kept.
pub struct Selection {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    hidden: bool,
}

impl Selection {
    pub fn new(include: &[String], exclude: &[String], hidden: bool) -> Result<Selection> {
        Ok(Selection {
            include: glob_set(include, "--include")?,
            exclude: glob_set(exclude, "--exclude")?,
            hidden,
        })
    }
}

fn glob_set(patterns: &[String], flag: &str) -> Result<Option<GlobSet>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(pattern).map_err(|e| Error::Usage(format!("{flag} '{pattern}': {e}")))?;
        builder.add(glob);
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| Error::Usage(format!("{flag}: {e}")))
}

/// Everything found, each path once: kept files, and the rest with a reason.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<LocalFile>,
    /// (local path, reason): not ours to upload.
    pub skipped: Vec<(String, String)>,
    /// (local path, reason): should have been uploaded but cannot be read.
    pub failed: Vec<(String, String)>,
}

impl Found {
    pub fn total(&self) -> usize {
        self.files.len() + self.skipped.len() + self.failed.len()
    }

    /// Judges one regular file by its name relative to the root.
    fn consider(&mut self, path: &Path, name: String, selection: &Selection) {
        let shown = path.display().to_string();
        if let Some(exclude) = &selection.exclude {
            if exclude.is_match(&name) {
                self.skipped.push((shown, "excluded by --exclude".into()));
                return;
            }
        }
        if let Some(include) = &selection.include {
            if !include.is_match(&name) {
                self.skipped.push((shown, "not matched by --include".into()));
                return;
            }
        }
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if !INDEXABLE.contains(&extension.as_str()) {
            let what = if extension.is_empty() {
                "no file extension".to_string()
            } else {
                format!(".{extension}")
            };
            self.skipped
                .push((shown, format!("unsupported type ({what}); Onyx cannot index it")));
            return;
        }
        // Opening now finds unreadable files before anything is sent.
        let metadata = match std::fs::File::open(path).and_then(|f| f.metadata()) {
            Ok(m) => m,
            Err(e) => {
                self.failed.push((shown, format!("cannot read: {e}")));
                return;
            }
        };
        let mtime_ns = metadata
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_nanos() as i128)
            .unwrap_or(0);
        let mime = crate::api::connectors::guess_mime(path);
        self.files.push(LocalFile {
            name,
            path: path.to_path_buf(),
            size: metadata.len(),
            mtime_ns,
            mime,
        });
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Why a path whose name is not UTF-8 is not sent: Onyx stores names as text,
/// and a lossy name (U+FFFD) would make distinct files share one.
const NOT_UTF8: &str = "the name is not valid UTF-8; Onyx stores file names as text, so rename it";

/// The name on the server, or `None` when a component is not UTF-8.
fn slash_name(relative: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = relative.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// Walks `root` (a directory or one file), following symlinks; loops and
/// unreadable directories are reported, not fatal.
pub fn walk(root: &Path, selection: &Selection) -> Result<Found> {
    let meta = std::fs::metadata(root).map_err(|e| Error::io(root, e))?;
    let mut found = Found::default();
    if meta.is_file() {
        match root.file_name().map(|n| n.to_str()) {
            Some(Some(name)) => found.consider(root, name.to_string(), selection),
            Some(None) => found.failed.push((root.display().to_string(), NOT_UTF8.into())),
            None => found.consider(root, root.display().to_string(), selection),
        }
        return Ok(found);
    }
    let mut entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let shown = err
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| root.display().to_string());
                if err.loop_ancestor().is_some() {
                    found.skipped.push((shown, "symlink loop; not followed".into()));
                } else {
                    // An unreadable directory holds files that should have been
                    // sent: a failure of the run, not a choice.
                    let reason = err.io_error().map(|e| e.to_string()).unwrap_or_else(|| err.to_string());
                    found.failed.push((shown, format!("cannot read: {reason}")));
                }
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let Some(name) = slash_name(relative) else {
            found.failed.push((entry.path().display().to_string(), NOT_UTF8.into()));
            if entry.file_type().is_dir() {
                entries.skip_current_dir();
            }
            continue;
        };
        if entry.file_type().is_dir() {
            let hidden = !selection.hidden && is_hidden(entry.file_name());
            let excluded = selection.exclude.as_ref().is_some_and(|set| set.is_match(&name));
            if hidden || excluded {
                let reason = if hidden {
                    "hidden directory (pass --hidden to include)"
                } else {
                    "excluded by --exclude"
                };
                found.skipped.push((entry.path().display().to_string(), reason.into()));
                entries.skip_current_dir();
            }
            continue;
        }
        if !entry.file_type().is_file() {
            found
                .skipped
                .push((entry.path().display().to_string(), "not a regular file".into()));
            continue;
        }
        if !selection.hidden && is_hidden(entry.file_name()) {
            found.skipped.push((
                entry.path().display().to_string(),
                "hidden file (pass --hidden to include)".into(),
            ));
            continue;
        }
        found.consider(entry.path(), name, selection);
    }
    Ok(found)
}

/// Paths read from a list, one per line (`find … | onyx ingest -`). Each is
/// named on the server as given, without a leading `./` or `/`.
pub fn from_list(lines: impl BufRead, selection: &Selection) -> Result<Found> {
    let mut found = Found::default();
    let mut seen = HashSet::new();
    for line in lines.split(b'\n') {
        let line = line.map_err(|e| Error::io("<stdin>", e))?;
        let line = match String::from_utf8(line) {
            Ok(line) => line,
            Err(e) => {
                found
                    .failed
                    .push((String::from_utf8_lossy(e.as_bytes()).into_owned(), NOT_UTF8.into()));
                continue;
            }
        };
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let path = PathBuf::from(line);
        // `a.txt` and `./a.txt` are one file with one name on the server.
        let name = line.trim_start_matches("./").trim_start_matches('/').to_string();
        if !seen.insert(name.clone()) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => found.consider(&path, name, selection),
            Ok(_) => found.skipped.push((line.to_string(), "not a regular file".into())),
            Err(e) => found.failed.push((line.to_string(), format!("cannot read: {e}"))),
        }
    }
    Ok(found)
}

/// One file to send, and the server copy it replaces.
#[derive(Debug, Clone)]
pub struct Upload {
    pub file: LocalFile,
    pub sha256: String,
    pub replaces: Option<String>,
}

#[derive(Debug, Default)]
pub struct IngestPlan {
    pub uploads: Vec<Upload>,
    /// (local path, server file id) of files already on the server as they are.
    pub unchanged: Vec<(String, String)>,
    /// (server name, server file id) to remove (`--prune`).
    pub removals: Vec<(String, String)>,
    pub skipped: Vec<(String, String)>,
    pub failed: Vec<(String, String)>,
    /// Entries to record even if nothing is uploaded (new mtime, adopted server files).
    pub manifest_updates: Vec<(String, StateEntry)>,
    /// (server name, server file id): extra copies of a name the server holds
    /// more than once (two runners with separate state); `--prune` removes them.
    pub duplicates: Vec<(String, String)>,
}

/// Compares what was found with the manifest and with the server's files
/// (`None`: the connector does not exist yet). The server decides: a manifest
/// entry whose file id is gone from the server is uploaded again, and a file
/// on the server with the same name and size but no manifest entry (a batch
/// that timed out after the server stored it) is adopted, not duplicated.
pub fn diff(found: Found, manifest: &IngestState, server: Option<&[ConnectorFile]>, prune: bool) -> IngestPlan {
    let mut plan = IngestPlan {
        skipped: found.skipped,
        failed: found.failed,
        ..IngestPlan::default()
    };
    let server = server.unwrap_or(&[]);
    let on_server: HashMap<&str, &ConnectorFile> = server.iter().map(|f| (f.file_id.as_str(), f)).collect();
    let claimed: HashSet<&str> = manifest
        .files
        .values()
        .map(|e| e.file_id.as_str())
        .filter(|id| on_server.contains_key(id))
        .collect();
    // Unclaimed server files by name, for adoption.
    let mut unclaimed: BTreeMap<&str, Vec<&ConnectorFile>> = BTreeMap::new();
    for file in server.iter().filter(|f| !claimed.contains(f.file_id.as_str())) {
        unclaimed.entry(file.file_name.as_str()).or_default().push(file);
    }
    let local_names: HashSet<String> = found.files.iter().map(|f| f.name.clone()).collect();
    for file in found.files {
        let shown = file.path.display().to_string();
        let known = manifest
            .files
            .get(&file.name)
            .filter(|e| on_server.contains_key(e.file_id.as_str()));
        if let Some(entry) = known {
            if entry.size == file.size && entry.mtime_ns == file.mtime_ns {
                plan.unchanged.push((shown, entry.file_id.clone()));
                continue;
            }
            let sha256 = match sha256_file(&file.path) {
                Ok(sha) => sha,
                Err(e) => {
                    plan.failed.push((shown, format!("cannot read: {e}")));
                    continue;
                }
            };
            if sha256 == entry.sha256 {
                // Touched, not changed: remember the new mtime so it is not hashed again.
                let mut entry = entry.clone();
                entry.mtime_ns = file.mtime_ns;
                plan.unchanged.push((shown, entry.file_id.clone()));
                plan.manifest_updates.push((file.name.clone(), entry));
            } else {
                let replaces = Some(entry.file_id.clone());
                plan.uploads.push(Upload { file, sha256, replaces });
            }
            continue;
        }
        let sha256 = match sha256_file(&file.path) {
            Ok(sha) => sha,
            Err(e) => {
                plan.failed.push((shown, format!("cannot read: {e}")));
                continue;
            }
        };
        let candidates = unclaimed.get_mut(file.name.as_str());
        let same_size = candidates
            .as_ref()
            .and_then(|c| c.iter().position(|c| c.file_size == Some(file.size as i64)));
        let adoptable = match (candidates, same_size) {
            (Some(candidates), Some(at)) => Some(candidates.remove(at)),
            (Some(candidates), None) if !candidates.is_empty() => {
                // The server's file list is the truth: a name it holds with
                // other content (another runner's upload) is replaced, not
                // added again beside it.
                let replaced = candidates.remove(0);
                plan.uploads.push(Upload {
                    file,
                    sha256,
                    replaces: Some(replaced.file_id.clone()),
                });
                continue;
            }
            _ => None,
        };
        if let Some(existing) = adoptable {
            plan.unchanged.push((shown, existing.file_id.clone()));
            plan.manifest_updates.push((
                file.name.clone(),
                StateEntry {
                    size: file.size,
                    mtime_ns: file.mtime_ns,
                    sha256,
                    file_id: existing.file_id.clone(),
                },
            ));
        } else {
            plan.uploads.push(Upload {
                file,
                sha256,
                replaces: None,
            });
        }
    }
    // What is left unclaimed under a local name is an extra copy.
    for (name, copies) in unclaimed {
        if local_names.contains(name) {
            plan.duplicates
                .extend(copies.into_iter().map(|f| (f.file_name.clone(), f.file_id.clone())));
        }
    }
    if prune {
        for file in server {
            if !local_names.contains(&file.file_name) {
                plan.removals.push((file.file_name.clone(), file.file_id.clone()));
            }
        }
        plan.removals.append(&mut plan.duplicates);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(dir: &Path, name: &str, text: &str) -> LocalFile {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let mut found = Found::default();
        found.consider(&path, name.to_string(), &Selection::new(&[], &[], false).unwrap());
        found.files.remove(0)
    }

    fn server_file(id: &str, name: &str, size: i64) -> ConnectorFile {
        ConnectorFile {
            file_id: id.into(),
            file_name: name.into(),
            file_size: Some(size),
            upload_date: None,
        }
    }

    #[test]
    fn adopts_a_server_file_of_same_name_and_size_instead_of_uploading_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let a = local(dir.path(), "a.txt", "hello");
        let b = local(dir.path(), "b.txt", "world!");
        let found = Found {
            files: vec![a, b],
            ..Found::default()
        };
        let server = vec![server_file("id-a", "a.txt", 5), server_file("id-b", "b.txt", 99)];
        let plan = diff(found, &IngestState::default(), Some(&server), false);
        assert_eq!(plan.unchanged.len(), 1);
        assert_eq!(plan.unchanged[0].1, "id-a");
        assert_eq!(plan.uploads.len(), 1);
        assert_eq!(plan.uploads[0].file.name, "b.txt");
        assert_eq!(plan.manifest_updates[0].1.file_id, "id-a");
    }

    #[test]
    fn a_manifest_entry_missing_on_the_server_is_uploaded_again() {
        let dir = tempfile::tempdir().unwrap();
        let a = local(dir.path(), "a.txt", "hello");
        let mut manifest = IngestState::default();
        manifest.files.insert(
            "a.txt".into(),
            StateEntry {
                size: a.size,
                mtime_ns: a.mtime_ns,
                sha256: String::new(),
                file_id: "gone".into(),
            },
        );
        let found = Found {
            files: vec![a],
            ..Found::default()
        };
        let plan = diff(found, &manifest, Some(&[]), false);
        assert_eq!(plan.uploads.len(), 1);
        assert!(plan.uploads[0].replaces.is_none());
    }
}
