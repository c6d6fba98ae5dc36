//! `onyx pat`: your personal access tokens; the secret is printed once.

use super::{absent_is_ok, confirm, print_secret, Context};
use crate::api::pats;
use crate::api::secret::TokenKind;
use crate::api::types::{Pat, PatRequest};
use crate::cli::DeleteArgs;
use crate::error::{Error, Result};
use crate::ops::{self, resolve};
use crate::output::{Record, Table};
use crate::values;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(
    after_help = "Examples:\n  onyx pat list\n  TOKEN=$(onyx pat create --name laptop --expires-days 30 --quiet)"
)]
pub enum PatCommand {
    /// List your tokens (their secrets are never shown again)
    #[command(after_help = "Examples:\n  onyx pat list")]
    List,
    /// Create a token and print its secret once
    #[command(
        after_help = "Examples:\n  TOKEN=$(onyx pat create --name laptop --expires-days 30 --scope read:search --quiet)"
    )]
    Create {
        /// Name of the token (unique)
        #[arg(long)]
        name: String,
        /// Days until it expires (never, when omitted)
        #[arg(long, value_name = "DAYS", value_parser = values::whole_number::<i64>)]
        expires_days: Option<i64>,
        /// Limit the token to a scope: read:search, read:chat, write:chat (repeatable)
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Print only the secret, alone on its line
        #[arg(short, long)]
        quiet: bool,
        /// Succeed when a token has this name (its secret is not shown again)
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Delete a token
    #[command(after_help = "Examples:\n  onyx pat delete laptop --yes")]
    Delete(DeleteArgs),
}

pub fn run(ctx: &mut Context, command: PatCommand) -> Result<()> {
    let client = ctx.client()?;
    match command {
        PatCommand::List => {
            let tokens = pats::list(&client)?;
            ctx.out.emit_list(
                &tokens,
                "No personal access tokens yet — create one with 'onyx pat create --name NAME'",
                || {
                    let mut t = Table::new(["id", "name", "token", "scopes", "expires", "last used"]);
                    for p in &tokens {
                        t.row([
                            p.id.to_string(),
                            p.name.clone(),
                            p.token_display.clone(),
                            scopes(p),
                            p.expires_at
                                .as_deref()
                                .map_or_else(|| "never".into(), |t| ctx.out.when(t)),
                            p.last_used_at
                                .as_deref()
                                .map_or_else(|| "-".into(), |t| ctx.out.when(t)),
                        ]);
                    }
                    t
                },
            )
        }
        PatCommand::Create {
            name,
            expires_days,
            scopes,
            quiet,
            if_not_exists,
        } => {
            if expires_days.is_some_and(|d| d < 1) {
                return Err(Error::Usage(
                    "--expires-days must be at least 1 (omit it for a token that never expires)".into(),
                ));
            }
            let existing = resolve::exact(pats::list(&client)?, &name);
            if let Some(token) = ops::reuse_existing(existing, if_not_exists, "token", &name)? {
                ctx.out.warn(&format!(
                    "token '{name}' exists already (id {}); its secret is not shown again",
                    token.id
                ));
                return if quiet {
                    Ok(())
                } else {
                    ctx.out.emit_record(&token, || record(&token))
                };
            }
            let request = PatRequest {
                name,
                expiration_days: expires_days,
                scopes: if scopes.is_empty() { None } else { Some(scopes) },
            };
            let by_api_key = ctx
                .settings
                .credentials
                .token
                .as_ref()
                .is_some_and(|t| t.token_kind() == TokenKind::ApiKey);
            let token = pats::create(&client, &request).map_err(|e| match Error::from(e) {
                Error::Auth { failure, .. } if by_api_key => Error::Refused {
                    failure: Box::new(failure),
                    hint: "a personal access token is made by a person: sign in with 'onyx auth login --email you@example.com' (a web session), then run 'onyx pat create' again; an API key may create one only with `create:user_api_keys` (a key in the Admin group), and the token then acts as the key, not as you".into(),
                },
                other => other,
            })?;
            if by_api_key {
                ctx.out.warn("this token was created with an API key, so it acts as that key's service account, not as you; for a token of your own, sign in with 'onyx auth login --email …' first");
            }
            let secret = token
                .token
                .clone()
                .ok_or_else(|| Error::Remote("the server did not return the new token's secret".into()))?;
            print_secret(ctx, &token, &secret, quiet, record(&token))
        }
        PatCommand::Delete(target) => {
            let found = resolve::pick(pats::list(&client)?, &target.key);
            let Some(token) = absent_is_ok(ctx, found, target.if_exists)? else {
                return Ok(());
            };
            confirm(&format!("Delete token '{}' (id {})", token.name, token.id), target.yes)?;
            pats::delete(&client, token.id)?;
            ctx.out
                .note(&format!("Deleted token '{}' (id {}).", token.name, token.id));
            Ok(())
        }
    }
}

fn scopes(token: &Pat) -> String {
    token
        .scopes
        .as_ref()
        .map(|s| s.join(" "))
        .unwrap_or_else(|| "all".into())
}

fn record(token: &Pat) -> Record {
    Record::new()
        .field("id", token.id.to_string())
        .field("name", &token.name)
        .field("token", &token.token_display)
        .field("scopes", scopes(token))
        .field("expires", token.expires_at.clone().unwrap_or_else(|| "never".into()))
}
