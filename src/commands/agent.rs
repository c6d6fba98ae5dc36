//! `onyx agent`: the agents (personas) a question can go to.

use super::Context;
use crate::api::personas;
use crate::api::types::Persona;
use crate::error::Result;
use crate::output::{Record, Table};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx agent list\n  onyx agent show 'HR helper'")]
pub enum AgentCommand {
    /// List the agents you can ask (only listed ones)
    #[command(after_help = "Examples:\n  onyx agent list\n  onyx agent list --json --jq '.[].name'")]
    List,
    /// Show one agent, by id or name
    #[command(after_help = "Examples:\n  onyx agent show 3\n  onyx agent show 'HR helper'")]
    Show {
        /// The agent, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::agents))]
        agent: String,
    },
}

pub fn run(ctx: &mut Context, command: AgentCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        AgentCommand::List => {
            let listed: Vec<Persona> = personas::list(&client)?.into_iter().filter(|p| p.is_listed).collect();
            ctx.out.emit_list(
                &listed,
                "No agents are visible to you; an admin creates them in Onyx's admin panel",
                || {
                    let mut table = Table::new(["id", "name", "description", "tools"]);
                    for p in &listed {
                        table.row([p.id.to_string(), p.name.clone(), p.description.clone(), tool_names(p)]);
                    }
                    table
                },
            )
        }
        AgentCommand::Show { agent } => {
            let persona = crate::ops::resolve::agent(&client, &agent)?;
            ctx.out.emit_record(&persona, || {
                Record::new()
                    .field("id", persona.id.to_string())
                    .field("name", persona.name.clone())
                    .field("description", persona.description.clone())
                    .field("tools", tool_names(&persona))
                    .field("listed", persona.is_listed.to_string())
            })
        }
    }
}

fn tool_names(persona: &Persona) -> String {
    persona
        .tools
        .iter()
        .map(|t| t.display_name.clone().unwrap_or_else(|| t.name.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}
