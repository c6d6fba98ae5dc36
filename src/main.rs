//! `onyx`: parse the arguments, run the command, map the error to an exit code.

mod api;
mod cli;
mod commands;
mod config;
mod error;
mod ops;
mod output;
mod state;
mod values;

use clap::{CommandFactory, FromArgMatches};
use error::Error;

pub const VERSION_LINE: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ONYX_GIT_COMMIT"), ")");

fn main() {
    // A --jq filter evaluated in a child process (see output::jq::run).
    let args: Vec<std::ffi::OsString> = std::env::args_os().take(3).collect();
    if args.len() == 3 && args[1] == output::jq::EVAL_ARG {
        std::process::exit(output::jq::eval_child(&args[2].to_string_lossy()));
    }
    // `COMPLETE=bash onyx …`: the shell asks for completions (names from the
    // config and the server). Without COMPLETE this is one env lookup.
    clap_complete::CompleteEnv::with_factory(commands::completions::command_for_completion).complete();
    if args.len() == 1 {
        print!("{}", cli::overview());
        return;
    }
    let cli = parse_args();
    // The terminal (colour, width, sanitising) from the flags; `run` lets the
    // profile's defaults decide what no flag did.
    let mut out = output::Output::new(
        cli.global.json,
        cli.global.jq.clone(),
        cli.global.color.unwrap_or(cli::ColorChoice::Auto),
    );
    let result = commands::run(cli, &mut out);
    let code = match result {
        Ok(()) => error::ExitCode::Ok as i32,
        // `onyx … | head` closes the pipe early: that is success, not an error.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            // The message may carry the server's words: escaped on a terminal.
            out.error_line(&err.to_string());
            err.exit_code() as i32
        }
    };
    std::process::exit(code);
}

/// `Cli::parse()`, without tearing down clap's command tree afterwards: the
/// tree of every command and its global options is rebuilt for each run, and
/// freeing it again cost as much as a tenth of a one-request command's CPU.
/// The process exits soon anyway.
fn parse_args() -> cli::Cli {
    let mut command = cli::Cli::command();
    let matches = command.get_matches_mut();
    let parsed = cli::Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command));
    std::mem::forget(command);
    parsed.unwrap_or_else(|e| e.exit())
}
