//! The domain steps several commands share (as cargo's `ops/`): resolve a
//! resource by id or name, build the one request body per resource, make sure
//! a resource exists, wait for the server, read "a file or -". No terminal,
//! no clap: a command calls these and hands the result to `output/`.

pub mod cc_pair;
pub mod chat;
pub mod citation;
pub mod connector;
pub mod credential;
pub mod docset;
pub mod input;
pub mod model;
pub mod permissions;
pub mod resolve;
pub mod session;
pub mod wait;

use crate::error::{Error, Result};
use resolve::Named;

/// The first step of a create: `None` when nothing of that name exists (go on
/// and create it), the existing one when `if_not_exists` allows reusing it,
/// else a conflict naming it. `what` is how a person calls the resource.
pub fn reuse_existing<T: Named>(found: Option<T>, if_not_exists: bool, what: &str, name: &str) -> Result<Option<T>> {
    match found {
        None => Ok(None),
        Some(existing) if if_not_exists => Ok(Some(existing)),
        Some(existing) => Err(Error::Conflict(format!(
            "{what} '{}' exists already (id {}); pass --if-not-exists to reuse it",
            existing.name().unwrap_or(name),
            existing.id()
        ))),
    }
}
