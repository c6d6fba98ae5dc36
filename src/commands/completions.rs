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
