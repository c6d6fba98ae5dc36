//! `onyx doc list|delete`: documents sent through the ingestion API (REFERENCE §4.2).

use super::{confirm, Context};
use crate::api::ingestion;
use crate::error::{Error, Result};
use crate::output::Table;
use crate::values;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx doc list\n  onyx doc delete article-42 --yes")]
pub enum DocCommand {
    /// Documents created through the ingestion API, or the documents of one cc-pair
    #[command(after_help = "Examples:\n  onyx doc list\n  onyx doc list --cc-pair 12 --json")]
    List {
        /// List the documents of this connector-credential pair instead
        #[arg(long, value_name = "ID", value_parser = values::whole_number::<i64>)]
        cc_pair: Option<i64>,
    },
    /// Delete a document created through the ingestion API
    #[command(after_help = "Examples:\n  onyx doc delete article-42 --yes")]
    Delete {
        /// The document id, as 'onyx doc list' shows it
        id: String,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub fn run(ctx: &mut Context, command: DocCommand) -> Result<()> {
    match command {
        DocCommand::List { cc_pair } => list(ctx, cc_pair),
        DocCommand::Delete { id, yes } => delete(ctx, &id, yes),
    }
}

fn list(ctx: &mut Context, cc_pair: Option<i64>) -> Result<()> {
    let client = ctx.client()?;
    let docs = match cc_pair {
        Some(id) => ingestion::connector_docs(&client, id)?,
        None => ingestion::list(&client)?,
    };
    ctx.out.emit(&docs, || {
        let mut table = Table::new(["ID", "TITLE", "LINK"]);
        for doc in &docs {
            table.row([
                doc.document_id.clone(),
                doc.semantic_id.clone(),
                doc.link.clone().unwrap_or_default(),
            ]);
        }
        table
    })
}

fn delete(ctx: &mut Context, id: &str, yes: bool) -> Result<()> {
    confirm(&format!("delete document '{id}' from the index"), yes)?;
    let client = ctx.client()?;
    match ingestion::delete(&client, id).map_err(Error::from) {
        Ok(_) => {
            ctx.out.note(&format!("deleted document '{id}'"));
            Ok(())
        }
        Err(Error::Http(f)) if f.status == 404 => Err(Error::NotFound(format!(
            "no document '{id}' on the server; list them with 'onyx doc list'"
        ))),
        Err(other) => Err(other),
    }
}
