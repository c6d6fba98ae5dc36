//! `onyx api-key`: API keys. The secret is printed once, by create and
//! regenerate; afterwards only its display form is shown.

use super::{absent_is_ok, confirm, print_secret, Context};
use crate::api::api_keys;
use crate::api::types::{ApiKey, ApiKeyArgs, PermissionModel};
use crate::cli::DeleteArgs;
use crate::error::{Error, Result};
use crate::ops::permissions::{self, ChosenGroup};
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx api-key list\n  KEY=$(onyx api-key create --name ci-bot --quiet)\n  KEY=$(onyx api-key create --name ci-admin --group Admin --quiet)"
)]
pub enum ApiKeyCommand {
    /// List API keys (their secrets are never shown again)
    #[command(after_help = "Examples:\n  onyx api-key list")]
    List,
    /// Create an API key and print its secret once
    #[command(
        after_help = "A server has roles (Onyx v4.6 and earlier: --role) or group-based permissions\n(Onyx main and Onyx Cloud: --group; --role admin|basic there means the default\nAdmin or Basic group). `onyx auth status` says which.\n\nExamples:\n  KEY=$(onyx api-key create --name ci-bot --role basic --quiet)\n  KEY=$(onyx api-key create --name ci-admin --group Admin --quiet)\n  onyx api-key create --name ci-bot --if-not-exists"
    )]
    Create {
        /// Name of the key (unique)
        #[arg(long)]
        name: String,
        /// What the key may do, on a server with roles [default: basic]
        #[arg(long, value_enum)]
        role: Option<Role>,
        /// A group to put the key in, by name or id, on a server with group-based permissions (repeatable)
        #[arg(long = "group", value_name = "NAME|ID", conflicts_with = "role")]
        groups: Vec<String>,
        /// Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)
        #[arg(short, long)]
        quiet: bool,
        /// Succeed when a key has this name (its secret is not shown again)
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Rename a key or change its role or groups (what is not given is kept)
    #[command(
        after_help = "Examples:\n  onyx api-key update ci-bot --role admin\n  onyx api-key update ci-bot --group Admin --group Engineering"
    )]
    Update {
        /// The key, by id or name
        #[arg(value_name = "ID|NAME")]
        key: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New role (servers with roles; on group servers admin|basic mean the default groups)
        #[arg(long, value_enum)]
        role: Option<Role>,
        /// The key's groups from now on, by name or id (repeatable; servers with group-based permissions)
        #[arg(long = "group", value_name = "NAME|ID", conflicts_with = "role")]
        groups: Vec<String>,
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
            let model = permissions::model_of_keys(&keys);
            if let Some(model) = model {
                permissions::remember(&client, model);
            }
            ctx.out.emit(&keys, || {
                let access = match model {
                    Some(PermissionModel::Groups) => "groups",
                    _ => "role",
                };
                let mut t = Table::new(["id", "name", access, "key"]);
                for k in &keys {
                    t.row([
                        k.api_key_id.to_string(),
                        k.api_key_name.clone().unwrap_or_default(),
                        access_text(k),
                        k.api_key_display.clone(),
                    ]);
                }
                t
            })
        }
        ApiKeyCommand::Create {
            name,
            role,
            groups,
            quiet,
            if_not_exists,
        } => {
            let keys = api_keys::list(&client)?;
            let existing = resolve::exact(keys.clone(), &name);
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
            let model = model_of(&client, &keys);
            let wanted = Wanted::of(role, groups, true);
            let (args, chosen) = key_args(ctx, &client, model, Some(name.clone()), &wanted, &keys, None)?;
            let mut key = api_keys::create(&client, &args)?;
            if matches!(args, ApiKeyArgs::Role { .. }) && key.groups.is_some() {
                // The server has groups although it was remembered with roles
                // (upgraded since): it ignored the role and made a key without
                // permissions. That key goes, and the groups body is sent instead.
                api_keys::delete(&client, key.api_key_id)?;
                permissions::remember(&client, PermissionModel::Groups);
                let (args, chosen) = key_args(ctx, &client, PermissionModel::Groups, Some(name), &wanted, &keys, None)?;
                key = api_keys::create(&client, &args)?;
                check_groups(&client, &key, &chosen, None)?;
            } else {
                check_groups(&client, &key, &chosen, None)?;
            }
            emit_secret(ctx, &key, quiet)
        }
        ApiKeyCommand::Update {
            key,
            name,
            role,
            groups,
        } => {
            if name.is_none() && role.is_none() && groups.is_empty() {
                return Err(Error::Usage("nothing to change: pass --name, --role or --group".into()));
            }
            let keys = api_keys::list(&client)?;
            let current = resolve::pick(keys.clone(), &key)?;
            let model = model_of(&client, &keys);
            let wanted = Wanted::of(role, groups, false);
            let name = name.or(current.api_key_name.clone());
            let (args, chosen) = key_args(ctx, &client, model, name, &wanted, &keys, Some(&current))?;
            let updated = api_keys::update(&client, current.api_key_id, &args)?;
            check_groups(&client, &updated, &chosen, Some(&current))?;
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

/// What the user asked the key to be allowed: a role, groups, nothing (a
/// create: a basic key), or (update) nothing new.
enum Wanted {
    Role(Role),
    Groups(Vec<String>),
    Default,
    Unchanged,
}

impl Wanted {
    fn of(role: Option<Role>, groups: Vec<String>, creating: bool) -> Wanted {
        match (role, groups.is_empty()) {
            (Some(role), _) => Wanted::Role(role),
            (None, false) => Wanted::Groups(groups),
            (None, true) if creating => Wanted::Default,
            (None, true) => Wanted::Unchanged,
        }
    }
}

/// The server's model: what its keys show, else what `/me` shows (remembered).
fn model_of(client: &crate::api::Client, keys: &[ApiKey]) -> PermissionModel {
    match permissions::model_of_keys(keys) {
        Some(model) => {
            permissions::remember(client, model);
            model
        }
        None => permissions::model(client),
    }
}

/// The body for this server's model. On a group server a role means the
/// default group of that name, said on stderr: its `APIKeyArgs` ignores
/// `role` and would make a key without permissions.
fn key_args(
    ctx: &Context,
    client: &crate::api::Client,
    model: PermissionModel,
    name: Option<String>,
    wanted: &Wanted,
    keys: &[ApiKey],
    current: Option<&ApiKey>,
) -> Result<(ApiKeyArgs, Vec<ChosenGroup>)> {
    match model {
        PermissionModel::Roles => {
            let role = match wanted {
                Wanted::Role(role) => role.as_api().to_string(),
                Wanted::Default => Role::Basic.as_api().to_string(),
                Wanted::Groups(_) => {
                    return Err(Error::Usage(
                        "this server has roles, not groups (Onyx v4.6 or earlier): pass --role admin or --role basic instead of --group".into(),
                    ))
                }
                Wanted::Unchanged => current.and_then(|k| k.api_key_role.clone()).unwrap_or_else(|| "basic".into()),
            };
            Ok((ApiKeyArgs::Role { name, role }, Vec::new()))
        }
        PermissionModel::Groups => {
            let names: Vec<String> = match wanted {
                Wanted::Groups(groups) => groups.clone(),
                Wanted::Role(role @ (Role::Admin | Role::Basic)) => {
                    let group = if *role == Role::Admin { "Admin" } else { "Basic" };
                    ctx.out.warn(&format!(
                        "this server has group-based permissions, not roles: --role {} means the default {group} group (--group {group})",
                        role.as_api()
                    ));
                    vec![group.to_string()]
                }
                Wanted::Default => {
                    ctx.out.warn(
                        "no --group given: the key goes in the default Basic group (this server has group-based permissions)",
                    );
                    vec!["Basic".to_string()]
                }
                Wanted::Role(Role::Limited) => {
                    ctx.out.warn(
                        "this server has group-based permissions, not roles: --role limited means a key in no group, which may only chat",
                    );
                    Vec::new()
                }
                Wanted::Role(role) => {
                    return Err(Error::Usage(format!(
                        "this server has group-based permissions, and no {} role: pass the groups the key goes in with --group NAME",
                        role.as_api()
                    )))
                }
                Wanted::Unchanged => {
                    let ids = current.and_then(|k| k.groups.clone()).unwrap_or_default();
                    let group_ids = ids.iter().map(|g| g.id).collect();
                    return Ok((ApiKeyArgs::Groups { name, group_ids }, Vec::new()));
                }
            };
            let chosen = permissions::choose_groups(client, &names, keys)?;
            let group_ids = chosen.iter().map(|g| g.id).collect();
            Ok((ApiKeyArgs::Groups { name, group_ids }, chosen))
        }
    }
}

/// The answer must show the key in every group asked for, under the name
/// expected (a default group's id may be only its fresh-install numbering);
/// if it does not, the change is undone (the key deleted, or given its groups
/// back) before anything is printed.
fn check_groups(
    client: &crate::api::Client,
    key: &ApiKey,
    chosen: &[ChosenGroup],
    before: Option<&ApiKey>,
) -> Result<()> {
    let got = key.groups.clone().unwrap_or_default();
    let wrong: Vec<&ChosenGroup> = chosen
        .iter()
        .filter(|c| {
            !got.iter()
                .any(|g| g.id == c.id && c.name.as_ref().is_none_or(|n| n.eq_ignore_ascii_case(&g.name)))
        })
        .collect();
    let Some(first) = wrong.first() else {
        return Ok(());
    };
    match before {
        None => {
            api_keys::delete(client, key.api_key_id)?;
        }
        Some(before) => {
            let group_ids = before.groups.clone().unwrap_or_default().iter().map(|g| g.id).collect();
            let args = ApiKeyArgs::Groups {
                name: before.api_key_name.clone(),
                group_ids,
            };
            api_keys::update(client, key.api_key_id, &args)?;
        }
    }
    let wanted = first.name.clone().unwrap_or_else(|| first.id.to_string());
    let guessed = if first.guessed {
        ", the id a fresh install gives it"
    } else {
        ""
    };
    Err(Error::NotFound(format!(
        "the server did not put the key in group '{wanted}' (id {}{guessed}; it shows: {}), so nothing was changed; pass the group's id with --group ID, as the admin web UI shows it",
        first.id,
        permissions::group_names(&got)
    )))
}

/// The key's role, or its groups, as the server has them.
fn access_text(key: &ApiKey) -> String {
    match (&key.groups, &key.api_key_role) {
        (Some(groups), _) => permissions::group_names(groups),
        (None, Some(role)) => role.clone(),
        (None, None) => String::new(),
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
        .field(if key.groups.is_some() { "groups" } else { "role" }, access_text(key))
        .field("key", &key.api_key_display)
}
