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
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command.version(env!("CARGO_PKG_VERSION")))
                .render(&mut out)
                .map_err(|e| Error::io("<stdout>", e))?;
            super::write_stdout(&out)
        }
    }
}

/// One page per command, named like git's: onyx.1, onyx-auth.1, onyx-auth-login.1.
fn write_pages(command: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    // The package version only: the commit in `--version` would make every
    // commit's pages differ from the checked-in ones.
    let page = command
        .clone()
        .name(name.to_string())
        .version(env!("CARGO_PKG_VERSION"));
    let path = dir.join(format!("{name}.1"));
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|e| Error::io(&path, e))?;
    std::fs::write(&path, out).map_err(|e| Error::io(&path, e))?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
