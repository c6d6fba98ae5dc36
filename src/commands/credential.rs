//! `onyx credential`: credentials. The secret JSON comes from a file or
//! stdin, never from argv, and is masked in every table.

use super::{absent_is_ok, confirm, Context};
use crate::api::credentials;
use crate::api::secret::mask_json;
use crate::api::types::Credential;
use crate::cli::DeleteArgs;
use crate::error::{Error, Result};
use crate::ops::input;
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use clap::{Args, Subcommand};
use serde_json::{Map, Value};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx credential list\n  onyx credential create --source confluence --name confluence-bot --file secret.json"
)]
pub enum CredentialCommand {
    /// List your credentials (the built-in credential 0 is hidden)
    #[command(after_help = "Examples:\n  onyx credential list")]
    List,
    /// Show one credential, secret values masked
    #[command(after_help = "Examples:\n  onyx credential show confluence-bot")]
    Show {
        /// The credential, by id or name
        #[arg(value_name = "ID|NAME", add = clap_complete::ArgValueCandidates::new(crate::commands::completions::names::credentials))]
        key: String,
    },
    /// Create a credential; its secret JSON is read from --file PATH or stdin (--file -)
    #[command(
        after_help = "Examples:\n  onyx credential create --source confluence --name confluence-bot --file secret.json\n  printenv CONFLUENCE_JSON | onyx credential create --source confluence --name confluence-bot --file -\n  onyx credential create --source file --name uploads --if-not-exists"
    )]
    Create(CredentialCreateArgs),
    /// Delete a credential
    #[command(after_help = "Examples:\n  onyx credential delete confluence-bot --yes --force")]
    Delete {
        #[command(flatten)]
        target: DeleteArgs,
        /// Also detach it from the connectors that use it
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct CredentialCreateArgs {
    /// Document source the credential is for: file, confluence, …
    #[arg(long)]
    pub source: String,
    /// Name of the credential (unique)
    #[arg(long)]
    pub name: String,
    /// JSON file with the credential_json object ('-' for stdin); omitted means {} (file connectors)
    #[arg(long, value_name = "PATH")]
    pub file: Option<String>,
    /// Only for me, not every admin
    #[arg(long)]
    pub private: bool,
    /// Print the existing credential and succeed when one has this name
    #[arg(long)]
    pub if_not_exists: bool,
    /// Refused: secrets on the command line end up in shell history and `ps`
    #[arg(long, value_name = "JSON", hide = true)]
    pub credential_json: Option<String>,
    /// Refused: secrets on the command line end up in shell history and `ps`
    #[arg(long, value_name = "VALUE", hide = true)]
    pub secret: Option<String>,
}

pub fn run(ctx: &mut Context, command: CredentialCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        CredentialCommand::List => {
            let mine = ops::credential::mine(&client)?;
            ctx.out.emit_list(
                &mine,
                "No credentials yet — create one with 'onyx credential create --source SOURCE --name NAME --file -'",
                || {
                    let mut t = Table::new(["id", "name", "source", "admin public", "fields"]);
                    for c in &mine {
                        t.row([
                            c.id.to_string(),
                            c.name.clone().unwrap_or_default(),
                            c.source.clone(),
                            super::yes_no(c.admin_public),
                            mask_json(&c.credential_json).to_string(),
                        ]);
                    }
                    t
                },
            )
        }
        CredentialCommand::Show { key } => {
            let credential = resolve::credential(&client, &key)?;
            show(ctx, &credential)
        }
        CredentialCommand::Create(args) => {
            refuse_secret_on_argv(&args)?;
            let existing = resolve::exact(ops::credential::mine(&client)?, &args.name);
            if let Some(credential) = ops::reuse_existing(existing, args.if_not_exists, "credential", &args.name)? {
                return show(ctx, &credential);
            }
            let credential_json = match &args.file {
                Some(source) => read_json(source)?,
                None => Value::Object(Map::new()),
            };
            let created = ops::credential::create(&client, &args.name, &args.source, credential_json, !args.private)?;
            let credential = match created.credential {
                Some(snapshot) => serde_json::from_value(snapshot).map_err(|e| Error::BadResponse {
                    url: "/manage/credential".into(),
                    reason: e.to_string(),
                })?,
                None => credentials::get(&client, created.id)?,
            };
            show(ctx, &credential)
        }
        CredentialCommand::Delete { target, force } => {
            let Some(credential) = absent_is_ok(ctx, resolve::credential(&client, &target.key), target.if_exists)?
            else {
                return Ok(());
            };
            let label = format!("'{}' (id {})", credential.name.as_deref().unwrap_or(""), credential.id);
            // Onyx answers a credential still in use with a 500; say what is in the way instead.
            if !force {
                let paired: Vec<String> = crate::api::connectors::statuses(&client)?
                    .into_iter()
                    .filter(|p| p.credential.id == credential.id)
                    .map(|p| format!("'{}' (id {})", p.name.unwrap_or_default(), p.cc_pair_id))
                    .collect();
                if !paired.is_empty() {
                    return Err(Error::Conflict(format!(
                        "credential {label} is still used by cc-pair {}; delete those pairs first ('onyx cc-pair delete ID --yes --wait'), or pass --force to delete them with it",
                        paired.join(", ")
                    )));
                }
            }
            confirm(&format!("Delete credential {label}"), target.yes)?;
            credentials::delete(&client, credential.id, force)?;
            ctx.out.note(&format!("Deleted credential {label}."));
            Ok(())
        }
    }
}

pub const SECRET_HINT: &str = "secrets are not taken from the command line (shell history and 'ps' keep them); put the JSON in a file and pass --file PATH, or pipe it: 'printenv CRED_JSON | onyx credential create … --file -'";

fn refuse_secret_on_argv(args: &CredentialCreateArgs) -> Result<()> {
    let inline_json = args.file.as_deref().is_some_and(|f| f.trim_start().starts_with('{'));
    if args.credential_json.is_some() || args.secret.is_some() || inline_json {
        return Err(Error::Usage(SECRET_HINT.into()));
    }
    Ok(())
}

/// The credential_json object from a file or stdin ('-').
pub fn read_json(source: &str) -> Result<Value> {
    let source = std::path::Path::new(source);
    let label = input::label(source);
    let text = input::read_to_string(source)?;
    match serde_json::from_str::<Value>(&text) {
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(_) => Err(Error::Usage(format!("{label}: the credential must be a JSON object"))),
        Err(e) => Err(Error::Usage(format!("{label}: not valid JSON: {e}"))),
    }
}

fn show(ctx: &Context, credential: &Credential) -> Result<()> {
    ctx.out.emit_record(credential, || {
        Record::new()
            .field("id", credential.id.to_string())
            .field("name", credential.name.clone().unwrap_or_default())
            .field("source", &credential.source)
            .field("admin public", super::yes_no(credential.admin_public))
            .field("credential", mask_json(&credential.credential_json).to_string())
    })
}
