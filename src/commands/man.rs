//! `onyx man`: generated from the clap definition, so the pages can never
//! disagree with the parser. The checked-in copies under docs/man/ are tested
//! for staleness.

use crate::cli::Cli;
use crate::error::{Error, Result};
use clap::{Args, CommandFactory};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  onyx man | man -l -\n  onyx man --dir docs/man")]
pub struct ManArgs {
    /// Write onyx.1 and one page per subcommand into this directory
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub fn run(args: ManArgs) -> Result<()> {
    let command = Cli::command();
    match args.dir {
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            write_pages(&command, "onyx", &dir)
        }
        None => super::write_stdout(&page(&command, "onyx").map_err(|e| Error::io("<stdout>", e))?),
    }
}

/// One page per command, named like git's: onyx.1, onyx-auth.1, onyx-auth-login.1.
fn write_pages(command: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    let path = dir.join(format!("{name}.1"));
    let out = page(command, name).map_err(|e| Error::io(&path, e))?;
    std::fs::write(&path, out).map_err(|e| Error::io(&path, e))?;
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}

/// A page as man(7) readers expect it: NAME, SYNOPSIS (`onyx auth login`,
/// not `onyx-auth-login`), DESCRIPTION, OPTIONS, COMMANDS, EXAMPLES, EXIT
/// STATUS, ENVIRONMENT, FILES and SEE ALSO.
fn page(command: &clap::Command, name: &str) -> std::io::Result<Vec<u8>> {
    // The package version only: the commit in `--version` would make every
    // commit's pages differ from the checked-in ones.
    let spoken = name
        .replace('-', " ")
        .replacen("api key", "api-key", 1)
        .replacen("cc pair", "cc-pair", 1);
    let mut cmd = command
        .clone()
        .name(name.to_string())
        .bin_name(spoken)
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true);
    // Built here, not only inside Man::new: a command's own examples are
    // added when it is built (`defer`).
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    let after = cmd.get_after_help().map(|h| h.to_string()).unwrap_or_default();
    if let Some(examples) = after.strip_prefix("Examples:") {
        section(&mut out, "EXAMPLES");
        preformatted(&mut out, examples.trim_matches('\n'));
    }
    section(&mut out, "EXIT STATUS");
    preformatted(
        &mut out,
        crate::error::ExitCode::help_table()
            .trim_start_matches("Exit codes:\n")
            .trim_end(),
    );
    section(&mut out, "ENVIRONMENT");
    preformatted(
        &mut out,
        "ONYX_SERVER_URL, ONYX_API_KEY (or ONYX_PAT), ONYX_API_PREFIX, ONYX_PROFILE,\nONYX_SESSION_COOKIE, ONYX_PROXY_AUTH, ONYX_CONFIG_DIR, ONYX_STATE_DIR, ONYX_DEBUG, NO_COLOR",
    );
    section(&mut out, "FILES");
    preformatted(
        &mut out,
        "~/.config/onyx/config.json    profiles and credentials (mode 0600; ONYX_CONFIG_DIR)\n~/.local/state/onyx/          API prefixes, last sessions, ingest state (ONYX_STATE_DIR)",
    );
    section(&mut out, "SEE ALSO");
    let related: Vec<String> = if name == "onyx" {
        cmd.get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| format!("onyx-{}(1)", s.get_name()))
            .collect()
    } else {
        vec!["onyx(1)".to_string()]
    };
    out.extend_from_slice(format!("{}\n", related.join(", ")).as_bytes());
    Ok(out)
}

fn section(out: &mut Vec<u8>, title: &str) {
    out.extend_from_slice(format!(".SH \"{title}\"\n").as_bytes());
}

/// Text kept as it is (no filling), with roff's leading dots and backslashes escaped.
fn preformatted(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(b".nf\n");
    for line in text.lines() {
        let line = line.replace('\\', "\\e");
        let line = if line.starts_with('.') || line.starts_with('\'') {
            format!("\\&{line}")
        } else {
            line
        };
        out.extend_from_slice(format!("{line}\n").as_bytes());
    }
    out.extend_from_slice(b".fi\n");
}
