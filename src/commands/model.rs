//! `onyx model`: the models answers can use, and the profile's choice of one.

use super::Context;
use crate::api::llm;
use crate::error::Result;
use crate::ops::model;
use crate::output::Table;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx model list\n  onyx model use openai/gpt-4o\n  onyx ask --model gpt-4o 'what changed in v2?'"
)]
pub enum ModelCommand {
    /// List the LLM providers you may use, their models, and which one answers by default
    #[command(after_help = "Examples:\n  onyx model list\n  onyx model list --json --jq '.default_text'")]
    List,
    /// Make a model this profile's default for ask and chat (checked against the server)
    #[command(
        after_help = "Examples:\n  onyx model use gpt-4o\n  onyx model use 'openai/gpt-4o'\n  onyx model use --clear"
    )]
    Use {
        /// The model: its name, display name, or provider/model
        #[arg(value_name = "MODEL", required_unless_present = "clear")]
        model: Option<String>,
        /// Forget the profile's default: the server's default answers again
        #[arg(long, conflicts_with = "model")]
        clear: bool,
    },
}

pub fn run(ctx: &mut Context, command: ModelCommand) -> Result<()> {
    match command {
        ModelCommand::List => list(ctx),
        ModelCommand::Use { model, clear } => use_model(ctx, model, clear),
    }
}

fn list(ctx: &mut Context) -> Result<()> {
    let client = ctx.client()?;
    let providers = llm::providers(&client)?;
    let models = model::models_of(&providers);
    if models.is_empty() && !ctx.out.is_json() {
        ctx.out
            .note("No models: this server offers you no LLM provider; an admin adds one under LLM providers.");
        return Ok(());
    }
    let chosen = ctx.settings.default_model.clone();
    ctx.out.emit(&providers, || {
        let mut table = Table::new(["", "provider", "model", "display name", "id"]);
        for m in models.iter().filter(|m| m.is_visible || m.is_default) {
            let marker = if m.is_default { "*" } else { "" };
            table.row([
                marker.to_string(),
                m.provider.clone(),
                m.model.clone(),
                m.display_name.clone().unwrap_or_default(),
                m.model_configuration_id.map(|id| id.to_string()).unwrap_or_default(),
            ]);
        }
        if let Some(chosen) = &chosen {
            ctx.out.note(&format!(
                "This profile answers with '{chosen}' (onyx model use --clear to undo); * is the server's default."
            ));
        }
        table
    })
}

fn use_model(ctx: &mut Context, key: Option<String>, clear: bool) -> Result<()> {
    let chosen = match key {
        Some(key) if !clear => {
            let client = ctx.client()?;
            Some(model::resolve(&client, &key)?.full_name())
        }
        _ => None,
    };
    ctx.settings.update_profile(|p| p.default_model = chosen.clone())?;
    match chosen {
        Some(name) => ctx.out.note(&format!(
            "Profile '{}' now answers with {name}.",
            ctx.settings.profile_name
        )),
        None => ctx.out.note(&format!(
            "Profile '{}' answers with the server's default model again.",
            ctx.settings.profile_name
        )),
    }
    Ok(())
}
