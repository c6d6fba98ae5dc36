//! `onyx`: parse the arguments, run the command, map the error to an exit code.

mod api;
mod cli;
mod commands;
mod config;
mod error;
mod ops;
mod output;
mod values;

use clap::Parser;
use error::Error;

pub const VERSION_LINE: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ONYX_GIT_COMMIT"), ")");

fn main() {
    // A --jq filter evaluated in a child process (see output::jq::run).
    let args: Vec<std::ffi::OsString> = std::env::args_os().take(3).collect();
    if args.len() == 3 && args[1] == output::jq::EVAL_ARG {
        std::process::exit(output::jq::eval_child(&args[2].to_string_lossy()));
    }
    let cli = cli::Cli::parse();
    // The one decision about the terminal (colour, width, sanitising), made once.
    let out = output::Output::new(cli.global.json, cli.global.jq.clone(), cli.global.color);
    let result = commands::run(cli, out.clone());
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
