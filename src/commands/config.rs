//! `onyx config get|set|unset|list`: the current profile's defaults, written
//! through the config file's one locked read-modify-write, instead of editing
//! config.json by hand.

use super::Context;
use crate::cli::{ColorChoice, OutputFormat};
use crate::config::{normalize_server_url, Profile};
use crate::error::{Error, Result};
use crate::output::Table;
use clap::{Subcommand, ValueEnum};
use serde_json::{json, Map, Value};

const CONFIG_HELP: &str = "Examples:
  onyx config set agent 'HR helper'
  onyx config set docset 'HR Policies' 'Benefits'
  onyx config set output json
  onyx config get agent
  onyx config unset docset
  onyx config list --profile staging

Keys: agent, docset, model, output (table|json), color (auto|always|never), server, api-prefix.
Flags and the environment win over these (--json, --color, NO_COLOR, --agent, --docset).
Credentials are not set here: use 'onyx auth login'.";

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = CONFIG_HELP)]
pub enum ConfigCommand {
    /// Print one of this profile's defaults (nothing when it is unset)
    #[command(after_help = "Examples:\n  onyx config get agent\n  onyx config get output --profile staging")]
    Get {
        /// The setting: agent, docset, model, output, color, server or api-prefix
        #[arg(value_name = "KEY", value_parser = parse_key, add = clap_complete::ArgValueCandidates::new(key_names))]
        key: Key,
    },
    /// Set one of this profile's defaults (agents, sets and models are checked against the server)
    #[command(
        after_help = "Examples:\n  onyx config set agent 'HR helper'\n  onyx config set docset 'HR Policies' Benefits\n  onyx config set color never"
    )]
    Set {
        /// The setting: agent, docset, model, output, color, server or api-prefix
        #[arg(value_name = "KEY", value_parser = parse_key, add = clap_complete::ArgValueCandidates::new(key_names))]
        key: Key,
        /// The value (several for docset)
        #[arg(value_name = "VALUE", required = true, num_args = 1..)]
        values: Vec<String>,
    },
    /// Forget one of this profile's defaults
    #[command(after_help = "Examples:\n  onyx config unset docset")]
    Unset {
        /// The setting: agent, docset, model, output, color, server or api-prefix
        #[arg(value_name = "KEY", value_parser = parse_key, add = clap_complete::ArgValueCandidates::new(key_names))]
        key: Key,
    },
    /// List this profile's settings (a table on a terminal, tab-separated in a pipe)
    #[command(after_help = "Examples:\n  onyx config list\n  onyx config list --json")]
    List,
}

/// A setting `onyx config` manages, as the user spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Key {
    Agent,
    Docset,
    Model,
    Output,
    Color,
    Server,
    ApiPrefix,
}

impl Key {
    fn name(self) -> String {
        self.to_possible_value()
            .expect("no key is skipped")
            .get_name()
            .to_string()
    }

    /// The key's value in `profile`, as `get` prints it.
    fn value_in(self, profile: &Profile) -> Option<String> {
        match self {
            Key::Agent => profile.default_agent_id.map(|id| id.to_string()),
            Key::Docset => Some(profile.default_docsets.join("\n")).filter(|s| !s.is_empty()),
            Key::Model => profile.default_model.clone(),
            Key::Output => profile.output.map(value_name),
            Key::Color => profile.color.map(value_name),
            Key::Server => profile.server_url.clone(),
            Key::ApiPrefix => profile.api_prefix.clone(),
        }
    }
}

/// The setting names, for completion.
fn key_names() -> Vec<clap_complete::CompletionCandidate> {
    Key::value_variants()
        .iter()
        .map(|k| clap_complete::CompletionCandidate::new(k.name()))
        .collect()
}

/// The setting names, as a one-line list for errors and help.
fn known_keys() -> String {
    Key::value_variants()
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses KEY where it enters: a typo gets the known keys, and a secret's
/// name gets where secrets are set instead.
fn parse_key(raw: &str) -> std::result::Result<Key, String> {
    if let Ok(key) = Key::from_str(raw, true) {
        return Ok(key);
    }
    let secret = [
        "api-key",
        "api_key",
        "session-cookie",
        "session_cookie",
        "proxy-auth",
        "pat",
        "token",
    ];
    if secret.contains(&raw.to_ascii_lowercase().as_str()) {
        return Err(format!(
            "'{raw}' is a credential, not kept by 'onyx config'; use 'onyx auth login' (or ONYX_API_KEY)"
        ));
    }
    Err(format!("unknown key '{raw}'; the keys are: {}", known_keys()))
}

fn value_name(value: impl ValueEnum) -> String {
    value
        .to_possible_value()
        .expect("no value is skipped")
        .get_name()
        .to_string()
}

/// One of `V`'s values, or a usage error listing them.
fn parse_value<V: ValueEnum>(key: Key, raw: &str) -> Result<V> {
    V::from_str(raw, true).map_err(|_| {
        let known: Vec<String> = V::value_variants().iter().map(|v| value_name(v.clone())).collect();
        Error::Usage(format!(
            "'{raw}' is not a value of {}; use one of: {}",
            key.name(),
            known.join(", ")
        ))
    })
}

pub fn run(ctx: &mut Context, command: ConfigCommand) -> Result<()> {
    match command {
        ConfigCommand::Get { key } => get(ctx, key),
        ConfigCommand::Set { key, values } => set(ctx, key, values),
        ConfigCommand::Unset { key } => update(ctx, key, |p| clear(p, key)),
        ConfigCommand::List => list(ctx),
    }
}

fn current(ctx: &Context) -> Profile {
    ctx.settings.profile().cloned().unwrap_or_default()
}

fn get(ctx: &mut Context, key: Key) -> Result<()> {
    match key.value_in(&current(ctx)) {
        Some(value) => ctx.out.write_stdout(&format!("{value}\n")),
        None => {
            if ctx.out.stdout_tty {
                ctx.out.note(&format!(
                    "'{}' is not set in profile '{}'.",
                    key.name(),
                    ctx.settings.profile_name
                ));
            }
            Ok(())
        }
    }
}

/// The change `set` makes, worked out (and checked against the server where
/// the value names something there) before the file is touched.
fn set(ctx: &mut Context, key: Key, values: Vec<String>) -> Result<()> {
    if key != Key::Docset && values.len() > 1 {
        return Err(Error::Usage(format!(
            "{} takes one value, not {}; quote a value with spaces",
            key.name(),
            values.len()
        )));
    }
    let one = values[0].clone();
    match key {
        Key::Agent => {
            let agent = crate::ops::resolve::agent(&ctx.client()?, &one)?;
            // The profile keeps the id; the person chose a name, and reads it back.
            let shown = format!("{} ('{}')", agent.id, agent.name);
            update_as(ctx, key, |p| p.default_agent_id = Some(agent.id), Some(shown))
        }
        Key::Docset => {
            let sets = crate::ops::docset::named(&ctx.client()?, &values)?;
            update(ctx, key, |p| p.default_docsets = sets)
        }
        Key::Model => {
            // The rule `onyx model use` applies: the server's name for it.
            let model = crate::ops::model::resolve(&ctx.client()?, &one)?.full_name();
            update(ctx, key, |p| p.default_model = Some(model))
        }
        Key::Output => {
            let format: OutputFormat = parse_value(key, &one)?;
            update(ctx, key, |p| p.output = Some(format))
        }
        Key::Color => {
            let color: ColorChoice = parse_value(key, &one)?;
            update(ctx, key, |p| p.color = Some(color))
        }
        Key::Server => {
            let url = normalize_server_url(&one)?;
            let profile = current(ctx);
            // A stored credential belongs to its server; moving the profile
            // would send it elsewhere.
            if profile.api_key.is_some() || profile.session_cookie.is_some() {
                return Err(Error::Usage(format!(
                    "profile '{}' holds credentials for {}; log in to the other server instead: onyx auth login --server {url} --profile NAME",
                    ctx.settings.profile_name,
                    profile.server_url.as_deref().unwrap_or(crate::config::CLOUD_URL)
                )));
            }
            update(ctx, key, |p| p.server_url = Some(url))
        }
        Key::ApiPrefix => {
            let prefix = one.trim().trim_end_matches('/').to_string();
            if !(prefix.is_empty() || prefix.starts_with('/')) {
                return Err(Error::Usage(format!(
                    "api-prefix '{one}' must start with '/' (e.g. /api) or be '' for a bare API server"
                )));
            }
            update(ctx, key, |p| p.api_prefix = Some(prefix))
        }
    }
}

fn clear(profile: &mut Profile, key: Key) {
    match key {
        Key::Agent => profile.default_agent_id = None,
        Key::Docset => profile.default_docsets.clear(),
        Key::Model => profile.default_model = None,
        Key::Output => profile.output = None,
        Key::Color => profile.color = None,
        Key::Server => profile.server_url = None,
        Key::ApiPrefix => profile.api_prefix = None,
    }
}

/// Applies `change` to the current profile only, and says what it is now.
fn update(ctx: &mut Context, key: Key, change: impl FnOnce(&mut Profile)) -> Result<()> {
    update_as(ctx, key, change, None)
}

/// `update`, saying the new value as `shown` when the stored one is not what
/// the person typed (an agent's id for its name).
fn update_as(ctx: &mut Context, key: Key, change: impl FnOnce(&mut Profile), shown: Option<String>) -> Result<()> {
    ctx.settings.update_profile(change)?;
    let profile = ctx.settings.profile_name.clone();
    match shown.or_else(|| key.value_in(&current(ctx))) {
        Some(value) => ctx.out.note(&format!(
            "{} = {} in profile '{profile}'.",
            key.name(),
            value.replace('\n', ", ")
        )),
        None => ctx.out.note(&format!("{} unset in profile '{profile}'.", key.name())),
    }
    Ok(())
}

fn list(ctx: &mut Context) -> Result<()> {
    let profile = current(ctx);
    let mut object = Map::new();
    for key in Key::value_variants() {
        let value = match key {
            Key::Docset => json!(profile.default_docsets),
            Key::Agent => json!(profile.default_agent_id),
            _ => json!(key.value_in(&profile)),
        };
        object.insert(key.name(), value);
    }
    let value = Value::Object(object);
    ctx.out.emit(&value, || {
        let mut table = Table::new(["key", "value"]);
        for key in Key::value_variants() {
            let shown = key.value_in(&profile).map(|v| v.replace('\n', ", "));
            table.row([key.name(), shown.unwrap_or_default()]);
        }
        table
    })
}
