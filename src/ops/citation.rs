//! "Open citation N": the one rule `ask --open`, `onyx open` and chat's
//! `/open` share, from the citations of the answer they name.

use crate::error::{Error, Result};
use crate::state::CitedLink;

/// The link of citation `number`, or what to do instead: a number the answer
/// does not have says how many it has, a citation without a link says so.
pub fn link(citations: &[CitedLink], number: i64) -> Result<&str> {
    if citations.is_empty() {
        return Err(Error::NotFound(
            "the last answer cited no sources, so there is nothing to open".into(),
        ));
    }
    let Some(cited) = citations.iter().find(|c| c.number == number) else {
        let numbers: Vec<String> = citations.iter().map(|c| c.number.to_string()).collect();
        return Err(Error::Usage(format!(
            "the last answer has no citation [{number}]; it has {} ({})",
            citations.len(),
            numbers.join(", ")
        )));
    };
    match cited.link.as_deref().filter(|l| !l.trim().is_empty()) {
        Some(link) => Ok(link),
        None => Err(Error::NotFound(format!(
            "citation [{number}] ({}) has no link to open",
            if cited.title.is_empty() {
                "untitled"
            } else {
                &cited.title
            }
        ))),
    }
}

/// Opens citation `number` in the user's browser (`$BROWSER` first, as
/// webbrowser does); the link it opened.
pub fn open(citations: &[CitedLink], number: i64) -> Result<String> {
    let link = link(citations, number)?;
    webbrowser::open(link).map_err(|e| Error::Browser {
        url: link.to_string(),
        reason: e.to_string(),
    })?;
    Ok(link.to_string())
}
