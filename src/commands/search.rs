//! `onyx search`: the documents Onyx would use, without an answer.

use super::Context;
use crate::api::documents;
use crate::api::types::SearchRequest;
use crate::error::{Error, Result};
use crate::output::Table;
use clap::Args;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (several words are joined with spaces)
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Search only this document set (repeatable)
    #[arg(long = "docset", value_name = "NAME")]
    pub docsets: Vec<String>,
    /// Search only this source type (repeatable)
    #[arg(long = "source", value_name = "TYPE")]
    pub sources: Vec<String>,
    /// Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Show at most N results
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

pub fn run(ctx: &mut Context, args: SearchArgs) -> Result<()> {
    let query = args.query.join(" ").trim().to_string();
    if query.is_empty() {
        return Err(Error::Usage("the search query is empty".into()));
    }
    let request = SearchRequest {
        query,
        sources: Some(args.sources).filter(|s| !s.is_empty()),
        document_sets: Some(args.docsets).filter(|s| !s.is_empty()),
        time_cutoff: args.since.as_deref().map(parse_since).transpose()?,
        persona_id: None,
    };
    let client = ctx.client()?;
    let mut response = documents::search(&client, &request)?;
    if let Some(limit) = args.limit {
        response.results.truncate(limit);
    }
    if response.results.is_empty() && !ctx.out.is_json() {
        ctx.out.note("no documents found");
        return Ok(());
    }
    ctx.out.emit(&response, || {
        let mut table = Table::new(["title", "source", "link", "passage"]);
        for r in &response.results {
            table.row([
                r.title.clone(),
                r.source_type.clone(),
                r.link.clone().unwrap_or_default(),
                r.content.clone(),
            ]);
        }
        table
    })
}

/// A date for a filter: `YYYY-MM-DD` (midnight UTC) or an RFC 3339 timestamp.
pub fn parse_since(text: &str) -> Result<String> {
    let text = text.trim();
    let b = text.as_bytes();
    let is_date = |b: &[u8]| {
        b.len() >= 10
            && b[..10].iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    if b.len() == 10 && is_date(b) {
        return Ok(format!("{text}T00:00:00Z"));
    }
    if b.len() > 10 && is_date(b) && (b[10] == b'T' || b[10] == b' ') {
        return Ok(text.to_string());
    }
    Err(Error::Usage(format!(
        "--since '{text}': give a date as YYYY-MM-DD or an RFC 3339 timestamp (2025-01-31T09:00:00Z)"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_accepts_dates_and_timestamps() {
        assert_eq!(parse_since("2025-01-31").unwrap(), "2025-01-31T00:00:00Z");
        assert_eq!(parse_since("2025-01-31T09:00:00Z").unwrap(), "2025-01-31T09:00:00Z");
        assert!(parse_since("last week").is_err());
        assert!(parse_since("2025-1-31").is_err());
    }
}
