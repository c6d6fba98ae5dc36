//! Chat sessions by what a person has at hand: the whole id, the first
//! characters of it (a table on a narrow terminal, a log line), or its name.

use crate::api::chat;
use crate::api::Client;
use crate::error::{Error, Result};

/// How far back a prefix or a name is looked for (newest first).
const SEARCHED: usize = 1000;

/// The id `key` names: a whole UUID as it is (checked here, not by a 422),
/// else the one session whose id starts with `key` or whose name it is
/// (exactly, else case aside).
pub fn resolve(client: &Client, key: &str) -> Result<String> {
    let key = key.trim();
    if is_uuid(key) {
        return Ok(key.to_ascii_lowercase());
    }
    if key.is_empty() {
        return Err(Error::Usage("a session id or name is empty".into()));
    }
    let prefix = key.to_ascii_lowercase();
    let could_be_prefix = prefix.len() >= 4 && prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let (mut by_prefix, mut exact, mut folded) = (Vec::new(), Vec::new(), Vec::new());
    let mut before: Option<String> = None;
    let mut seen = 0;
    while seen < SEARCHED {
        let page = chat::list_sessions(client, 100, before.as_deref())?;
        let last = page.sessions.last().map(|s| s.time_updated.clone());
        for session in &page.sessions {
            seen += 1;
            if could_be_prefix && session.id.starts_with(&prefix) {
                by_prefix.push(session.id.clone());
            }
            match session.name.as_deref() {
                Some(name) if name == key => exact.push(session.id.clone()),
                Some(name) if name.to_lowercase() == key.to_lowercase() => folded.push(session.id.clone()),
                _ => {}
            }
        }
        match last {
            Some(last) if page.has_more && before.as_deref() != Some(last.as_str()) => before = Some(last),
            _ => break,
        }
    }
    let found = [by_prefix, exact, folded]
        .into_iter()
        .find(|ids| !ids.is_empty())
        .unwrap_or_default();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::NotFound(format!(
            "no chat session '{key}' by id, id prefix or name; list them with 'onyx session list'"
        ))),
        several => Err(Error::Conflict(format!(
            "{} chat sessions match '{key}' ({}); give more of the id",
            several.len(),
            several.join(", ")
        ))),
    }
}

/// `8-4-4-4-12` hex digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn knows_a_uuid() {
        assert!(super::is_uuid("3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a01"));
        assert!(!super::is_uuid("3f6c1a2e-8b4d-4c1e-9a7f"));
        assert!(!super::is_uuid("3f6c1a2e-8b4d-4c1e-9a7f-2d5e6b8c9a0g"));
    }
}
