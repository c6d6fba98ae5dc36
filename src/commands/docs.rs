//! `onyx completions` and `onyx man`: generated from the clap definition, so
//! they can never disagree with the parser. The checked-in copies under
//! completions/ and docs/man/ are tested for staleness.

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{Error, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;

pub fn completions(args: CompletionsArgs) -> Result<()> {
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
    write_stdout(&out)
}

pub fn man(args: ManArgs) -> Result<()> {
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
            write_stdout(&out)
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

fn write_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|_| stdout.flush())
        .map_err(|e| Error::io("<stdout>", e))
}
