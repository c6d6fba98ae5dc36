//! `onyx search`: the documents Onyx would use, without an answer.

use super::Context;
use crate::api::documents;
use crate::api::types::SearchRequest;
use crate::cli::SearchFilters;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::values;
use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  onyx search 'leave exceptions'\n  onyx search 'leave exceptions' --source confluence --since 2024-06-01 --limit 5\n  onyx search onboarding --docset 'HR Policies' --json --jq '.results[].link'"
)]
pub struct SearchArgs {
    /// The query (several words are joined with spaces)
    #[arg(required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub filters: SearchFilters,
    /// Show at most N results
    #[arg(long, value_name = "N", value_parser = values::whole_number::<usize>)]
    pub limit: Option<usize>,
}

pub fn run(ctx: &mut Context, args: SearchArgs) -> Result<()> {
    let query = args.query.join(" ").trim().to_string();
    if query.is_empty() {
        return Err(Error::Usage("the search query is empty".into()));
    }
    let client = ctx.client()?;
    let request = SearchRequest {
        query,
        sources: Some(args.filters.sources.clone()).filter(|s| !s.is_empty()),
        document_sets: Some(crate::ops::docset::named(
            &client,
            args.filters.docsets_or(&ctx.settings.default_docsets),
        )?)
        .filter(|s| !s.is_empty()),
        time_cutoff: args.filters.since.map(|start| start.to_string()),
        persona_id: None,
    };
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
