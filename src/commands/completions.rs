//! `onyx completions`: generated from the clap definition, so they can never
//! disagree with the parser. The checked-in copies under completions/ are
//! tested for staleness.

use crate::cli::Cli;
use crate::error::{Error, Result};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  onyx completions zsh > ~/.zfunc/_onyx\n  onyx completions bash > /etc/bash_completion.d/onyx\n  onyx completions --dir completions"
)]
pub struct CompletionsArgs {
    /// Shell to print completions for
    #[arg(value_enum, required_unless_present = "dir")]
    pub shell: Option<clap_complete::Shell>,
    /// Write completions for every shell into this directory
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub dir: Option<PathBuf>,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut command = Cli::command();
    if let Some(dir) = args.dir {
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
            clap_complete::generate_to(shell, &mut command, "onyx", &dir).map_err(|e| Error::io(&dir, e))?;
        }
        return Ok(());
    }
    let shell = args.shell.expect("clap requires a shell without --dir");
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "onyx", &mut out);
    super::write_stdout(&out)
}

/// The command tree a TAB completes against. Flags are offered only once
/// the word being completed starts with '-' (as gh and kubectl do): before
/// that they are hidden, so names and subcommands are what a TAB shows.
pub fn command_for_completion() -> clap::Command {
    let mut command = Cli::command();
    let words: Vec<std::ffi::OsString> = crate::args()
        .iter()
        .skip_while(|a| *a != "--")
        .skip(1)
        .cloned()
        .collect();
    // Bash says which word is completed; the other shells complete the last.
    let current = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| words.get(i))
        .or(words.last());
    if current.is_some_and(|w| w.to_string_lossy().starts_with('-')) {
        return command;
    }
    // Built first: a command's arguments (--help and --version among them)
    // exist only once it is built (`defer`).
    command.build();
    hide_flags(command)
}

fn hide_flags(command: clap::Command) -> clap::Command {
    command
        .mut_args(|arg| if arg.is_positional() { arg } else { arg.hide(true) })
        .mut_subcommands(hide_flags)
}

/// Names completed at TAB time (clap_complete's `CompleteEnv`, see main):
/// profiles from the config file, the rest from the server with a short
/// timeout. Any failure completes nothing: nothing may be printed into the
/// shell, and a slow server must not hang the prompt.
pub mod names {
    use crate::api::{chat, connectors, credentials, docsets, personas, Client, RetryPolicy};
    use crate::cli::{ColorChoice, GlobalArgs};
    use crate::commands::Context;
    use crate::config::{ConfigFile, Settings};
    use crate::output::Output;
    use clap_complete::engine::CompletionCandidate;
    use std::time::Duration;

    /// The profiles in the config file (no network).
    pub fn profiles() -> Vec<CompletionCandidate> {
        let mut ignored = Vec::new();
        let Ok(Some(file)) = ConfigFile::load(&ConfigFile::path(), &mut ignored) else {
            return Vec::new();
        };
        file.profiles
            .into_iter()
            .map(|(name, profile)| {
                let candidate = CompletionCandidate::new(name);
                match profile.server_url {
                    Some(url) => candidate.help(Some(url.into())),
                    None => candidate,
                }
            })
            .collect()
    }

    /// Onyx's `DocumentSource` values, for `--source`.
    pub fn sources() -> Vec<CompletionCandidate> {
        crate::api::types::DOCUMENT_SOURCES
            .iter()
            .map(|s| CompletionCandidate::new(*s))
            .collect()
    }

    pub fn agents() -> Vec<CompletionCandidate> {
        from_server(|c| {
            Ok(personas::list(c)?
                .into_iter()
                .map(|p| (p.name, p.id.to_string()))
                .collect())
        })
    }

    pub fn docsets() -> Vec<CompletionCandidate> {
        from_server(|c| {
            Ok(docsets::list(c)?
                .into_iter()
                .map(|s| (s.name, s.id.to_string()))
                .collect())
        })
    }

    pub fn connectors() -> Vec<CompletionCandidate> {
        from_server(|c| {
            Ok(connectors::list(c)?
                .into_iter()
                .map(|s| (s.name, s.id.to_string()))
                .collect())
        })
    }

    pub fn credentials() -> Vec<CompletionCandidate> {
        from_server(|c| {
            Ok(credentials::list(c)?
                .into_iter()
                .map(|s| match s.name.filter(|n| !n.is_empty()) {
                    Some(name) => (name, s.id.to_string()),
                    None => (s.id.to_string(), s.source),
                })
                .collect())
        })
    }

    /// Session ids (what every session argument takes), their names as help.
    pub fn sessions() -> Vec<CompletionCandidate> {
        from_server(|c| {
            Ok(chat::list_sessions(c, 50, None)?
                .sessions
                .into_iter()
                .map(|s| (s.id, s.name.unwrap_or_default()))
                .collect())
        })
    }

    /// (value, help) pairs `list` fetches with the profile's credentials
    /// (ONYX_PROFILE or the current one), or none on any failure.
    fn from_server(
        list: impl FnOnce(&Client) -> crate::error::Result<Vec<(String, String)>>,
    ) -> Vec<CompletionCandidate> {
        let args = GlobalArgs {
            profile: std::env::var("ONYX_PROFILE").ok().filter(|p| !p.is_empty()),
            ..GlobalArgs::default()
        };
        let Ok(mut settings) = Settings::resolve(&args) else {
            return Vec::new();
        };
        settings.timeout = Duration::from_secs(2);
        settings.connect_timeout = Duration::from_secs(1);
        settings.retry = RetryPolicy::new(0);
        settings.verbose = false;
        let mut ctx = Context {
            settings,
            out: Output::new(false, None, ColorChoice::Never),
        };
        let Ok(client) = ctx.client() else {
            return Vec::new();
        };
        list(&client)
            .unwrap_or_default()
            .into_iter()
            .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
            .collect()
    }
}
