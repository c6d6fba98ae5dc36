//! `onyx api-key`: API keys. The secret is printed once, by create and
//! regenerate; afterwards only its display form is shown.

use super::{absent_is_ok, confirm, print_secret, Context};
use crate::api::api_keys;
use crate::api::types::{ApiKey, ApiKeyArgs};
use crate::cli::DeleteArgs;
use crate::error::{Error, Result};
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
#[command(after_help = "Examples:\n  onyx api-key list\n  KEY=$(onyx api-key create --name ci-bot --quiet)")]
pub enum ApiKeyCommand {
    /// List API keys (their secrets are never shown again)
    #[command(after_help = "Examples:\n  onyx api-key list")]
    List,
    /// Create an API key and print its secret once
    #[command(
        after_help = "Examples:\n  KEY=$(onyx api-key create --name ci-bot --role basic --quiet)\n  onyx api-key create --name ci-bot --if-not-exists"
    )]
    Create {
        /// Name of the key (unique)
        #[arg(long)]
        name: String,
        /// What the key may do
        #[arg(long, value_enum, default_value = "basic")]
        role: Role,
        /// Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)
        #[arg(short, long)]
        quiet: bool,
        /// Succeed when a key has this name (its secret is not shown again)
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Rename a key or change its role (the field not given is kept)
    #[command(after_help = "Examples:\n  onyx api-key update ci-bot --role admin")]
    Update {
        /// The key, by id or name
        #[arg(value_name = "ID|NAME")]
        key: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New role
        #[arg(long, value_enum)]
        role: Option<Role>,
    },
    /// Issue a new secret for a key; the old one stops working
    #[command(after_help = "Examples:\n  KEY=$(onyx api-key regenerate ci-bot --yes --quiet)")]
    Regenerate {
        /// The key, by id or name
        #[arg(value_name = "ID|NAME")]
        key: String,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
        /// Print only the secret, alone on its line
        #[arg(short, long)]
        quiet: bool,
    },
    /// Delete an API key
    #[command(after_help = "Examples:\n  onyx api-key delete ci-bot --yes")]
    Delete(DeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    Basic,
    Admin,
    Limited,
    Curator,
    GlobalCurator,
}

impl Role {
    pub fn as_api(self) -> &'static str {
        match self {
            Role::Basic => "basic",
            Role::Admin => "admin",
            Role::Limited => "limited",
            Role::Curator => "curator",
            Role::GlobalCurator => "global_curator",
        }
    }
}

pub fn run(ctx: &mut Context, command: ApiKeyCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        ApiKeyCommand::List => {
            let keys = api_keys::list(&client)?;
            ctx.out.emit(&keys, || {
                let mut t = Table::new(["id", "name", "role", "key"]);
                for k in &keys {
                    t.row([
                        k.api_key_id.to_string(),
                        k.api_key_name.clone().unwrap_or_default(),
                        k.api_key_role.clone(),
                        k.api_key_display.clone(),
                    ]);
                }
                t
            })
        }
        ApiKeyCommand::Create {
            name,
            role,
            quiet,
            if_not_exists,
        } => {
            let existing = resolve::exact(api_keys::list(&client)?, &name);
            if let Some(key) = ops::reuse_existing(existing, if_not_exists, "API key", &name)? {
                ctx.out.warn(&format!(
                    "API key '{name}' exists already (id {}); its secret is not shown again ('onyx api-key regenerate' issues a new one)",
                    key.api_key_id
                ));
                return if quiet {
                    Ok(())
                } else {
                    ctx.out.emit_record(&key, || record(&key))
                };
            }
            let args = ApiKeyArgs {
                name: Some(name),
                role: role.as_api().to_string(),
            };
            let key = api_keys::create(&client, &args)?;
            emit_secret(ctx, &key, quiet)
        }
        ApiKeyCommand::Update { key, name, role } => {
            if name.is_none() && role.is_none() {
                return Err(Error::Usage("nothing to change: pass --name and/or --role".into()));
            }
            let current = resolve::api_key(&client, &key)?;
            // The PATCH replaces both fields: keep what the user did not change.
            let args = ApiKeyArgs {
                name: name.or(current.api_key_name),
                role: role.map(|r| r.as_api().to_string()).unwrap_or(current.api_key_role),
            };
            let updated = api_keys::update(&client, current.api_key_id, &args)?;
            ctx.out.emit_record(&updated, || record(&updated))
        }
        ApiKeyCommand::Regenerate { key, yes, quiet } => {
            let current = resolve::api_key(&client, &key)?;
            confirm(
                &format!("Regenerate API key {} (the old secret stops working)", label(&current)),
                yes,
            )?;
            let key = api_keys::regenerate(&client, current.api_key_id)?;
            emit_secret(ctx, &key, quiet)
        }
        ApiKeyCommand::Delete(target) => {
            let Some(key) = absent_is_ok(ctx, resolve::api_key(&client, &target.key), target.if_exists)? else {
                return Ok(());
            };
            confirm(&format!("Delete API key {}", label(&key)), target.yes)?;
            api_keys::delete(&client, key.api_key_id)?;
            ctx.out.note(&format!("Deleted API key {}.", label(&key)));
            Ok(())
        }
    }
}

fn emit_secret(ctx: &Context, key: &ApiKey, quiet: bool) -> Result<()> {
    let secret = key
        .api_key
        .clone()
        .ok_or_else(|| Error::Remote("the server did not return the new key's secret".into()))?;
    print_secret(ctx, key, &secret, quiet, record(key))
}

fn label(key: &ApiKey) -> String {
    match &key.api_key_name {
        Some(name) => format!("'{name}' (id {})", key.api_key_id),
        None => format!("id {}", key.api_key_id),
    }
}

fn record(key: &ApiKey) -> Record {
    Record::new()
        .field("id", key.api_key_id.to_string())
        .field("name", key.api_key_name.clone().unwrap_or_default())
        .field("role", &key.api_key_role)
        .field("key", &key.api_key_display)
}
