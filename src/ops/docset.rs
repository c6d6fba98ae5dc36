//! Document sets: the one create body, and the full-replacement update body
//! (a PATCH replaces every field, so every change starts from the set as it is).

use crate::api::types::{DocumentSet, DocumentSetCreate, DocumentSetUpdate};
use crate::api::{docsets, Client};
use crate::error::Result;

/// Creates a set of the pairs `cc_pair_ids` and returns its id.
pub fn create(client: &Client, name: &str, description: &str, cc_pair_ids: Vec<i64>, is_public: bool) -> Result<i64> {
    let request = DocumentSetCreate {
        name: name.to_string(),
        description: description.to_string(),
        cc_pair_ids,
        is_public,
        users: vec![],
        groups: vec![],
    };
    Ok(docsets::create(client, &request)?)
}

/// The PATCH body that leaves `set` as it is: edit it, then `update`.
pub fn as_is(set: &DocumentSet) -> DocumentSetUpdate {
    DocumentSetUpdate {
        id: set.id,
        name: set.name.clone(),
        description: set.description.clone().unwrap_or_default(),
        cc_pair_ids: set.cc_pair_summaries.iter().map(|p| p.id).collect(),
        is_public: set.is_public,
        users: set.users.clone(),
        groups: set.groups.clone(),
    }
}

/// Sends the full set (Onyx refuses it while the set syncs).
pub fn update(client: &Client, request: &DocumentSetUpdate) -> Result<()> {
    docsets::update(client, request)?;
    Ok(())
}

/// The document sets `names` refers to, by the one resolver rule, as the
/// server spells them: a filter naming a set that does not exist would
/// silently find nothing, so it is "not found" with the closest names.
pub fn named(client: &Client, names: &[String]) -> Result<Vec<String>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let sets = super::resolve::Index::new(docsets::list(client)?);
    names.iter().map(|name| Ok(sets.pick(name)?.name.clone())).collect()
}
