//! `onyx profile list|use|delete`: several servers or identities, like kubectl contexts.

use super::Context;
use crate::error::{Error, Result};
use crate::output::Table;
use clap::Subcommand;
use serde_json::json;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  onyx profile list\n  onyx profile use staging")]
pub enum ProfileCommand {
    /// List profiles
    #[command(after_help = "Examples:\n  onyx profile list")]
    List,
    /// Make a profile the default
    #[command(after_help = "Examples:\n  onyx profile use staging")]
    Use {
        /// The profile, as 'onyx profile list' shows it
        name: String,
    },
    /// Delete a profile and its stored credentials (asks first; --yes off a terminal)
    #[command(after_help = "Examples:\n  onyx profile delete old-server\n  onyx profile delete old-server --yes")]
    Delete {
        /// The profile, as 'onyx profile list' shows it
        name: String,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
    },
}

pub fn run(ctx: &mut Context, command: ProfileCommand) -> Result<()> {
    match command {
        ProfileCommand::List => list(ctx),
        ProfileCommand::Use { name } => use_profile(ctx, &name),
        ProfileCommand::Delete { name, yes } => delete(ctx, &name, yes),
    }
}

fn list(ctx: &mut Context) -> Result<()> {
    let file = &ctx.settings.file;
    let current = file.current_profile.clone().unwrap_or_default();
    let value: Vec<_> = file
        .profiles
        .iter()
        .map(|(name, p)| {
            json!({
                "name": name,
                "current": *name == current,
                "server_url": p.server_url,
                "api_prefix": p.api_prefix,
                "credentials": p.api_key.as_ref().map(|k| k.masked())
                    .or_else(|| p.session_cookie.as_ref().map(|_| "session cookie".to_string())),
            })
        })
        .collect();
    if value.is_empty() && !ctx.out.is_json() {
        ctx.out.note("No profiles yet: run 'onyx auth login --server URL'.");
        return Ok(());
    }
    ctx.out.emit(&value, || {
        let mut table = Table::new(["", "name", "server", "credentials"]);
        for (name, p) in &file.profiles {
            let marker = if *name == current { "*" } else { "" };
            let creds = p
                .api_key
                .as_ref()
                .map(|k| k.masked())
                .or_else(|| p.session_cookie.as_ref().map(|_| "session cookie".into()))
                .unwrap_or_else(|| "none".into());
            table.row([
                marker.to_string(),
                name.clone(),
                p.server_url.clone().unwrap_or_default(),
                creds,
            ]);
        }
        table
    })
}

fn require_profile(ctx: &Context, name: &str) -> Result<()> {
    if ctx.settings.file.profiles.contains_key(name) {
        return Ok(());
    }
    let known: Vec<&str> = ctx.settings.file.profiles.keys().map(String::as_str).collect();
    Err(Error::NotFound(format!(
        "no profile named '{name}' (known: {}); create it with 'onyx auth login --profile {name}'",
        if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        }
    )))
}

fn use_profile(ctx: &mut Context, name: &str) -> Result<()> {
    require_profile(ctx, name)?;
    ctx.settings
        .update_file(|file| file.current_profile = Some(name.to_string()))?;
    ctx.out.note(&format!("Now using profile '{name}'."));
    Ok(())
}

fn delete(ctx: &mut Context, name: &str, yes: bool) -> Result<()> {
    require_profile(ctx, name)?;
    // Its credentials go with it, and a key may be impossible to get again.
    super::confirm(&format!("Delete profile '{name}' and its stored credentials"), yes)?;
    ctx.settings.update_file(|file| {
        file.profiles.remove(name);
        if file.current_profile.as_deref() == Some(name) {
            file.current_profile = None;
        }
    })?;
    ctx.out.note(&format!("Deleted profile '{name}'."));
    Ok(())
}
