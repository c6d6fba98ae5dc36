//! `onyx`: parse the arguments, run the command, map the error to an exit code.

// The C runtime calls `main` below directly, not through Rust's `lang_start`:
// see `main` for what that saves and what is done in its place.
#![cfg_attr(not(test), no_main)]

mod api;
mod cli;
mod commands;
mod config;
mod error;
#[cfg(all(test, target_arch = "x86_64"))]
mod libc_mem;
mod ops;
mod output;
mod state;
mod values;

use clap::FromArgMatches;
use error::Error;

// See Cargo.toml: musl's malloc is a system call for most allocations.
#[cfg(target_env = "musl")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub const VERSION_LINE: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ONYX_GIT_COMMIT"), ")");

/// `main` as the C runtime calls it. Rust's own start-up would also read
/// /proc/self/maps to find the main thread's stack and install a SIGSEGV
/// handler that names a stack overflow: a twentieth of the CPU of `--version`,
/// for a message on a crash that is a crash either way. The two things of it
/// that change how onyx behaves are done here.
#[cfg(not(test))]
#[no_mangle]
extern "C" fn main(argc: libc::c_int, argv: *const *const libc::c_char) -> libc::c_int {
    // SAFETY: before any other thread exists; plain libc calls on fds 0-2 and
    // the SIGPIPE disposition; argv holds argc C strings, as C's `main` gets.
    unsafe {
        use std::os::unix::ffi::OsStrExt;
        let words = (0..argc.max(0) as usize)
            .map(|i| std::ffi::OsStr::from_bytes(std::ffi::CStr::from_ptr(*argv.add(i)).to_bytes()).to_owned());
        let _ = ARGS.set(words.collect());
        // A closed stdin, stdout or stderr is reopened on /dev/null, so that
        // no file onyx opens (the config, a download) lands on fd 1 or 2 and
        // has output written into it.
        let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        });
        if libc::poll(fds.as_mut_ptr(), 3, 0) != -1 {
            for fd in fds.iter().filter(|fd| fd.revents & libc::POLLNVAL != 0) {
                if libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) != fd.fd {
                    libc::abort();
                }
            }
        }
        // A closed pipe is an EPIPE error (`onyx … | head` ends quietly on it),
        // not a signal that kills the process.
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    // `exit` rather than a return: it flushes stdout first.
    std::process::exit(run())
}

/// The command line, from C's `main`. Rust's std learns it on glibc from the
/// arguments glibc hands to initialisers, but on musl only in its own
/// start-up, which onyx skips: there `std::env::args_os()` is empty.
static ARGS: std::sync::OnceLock<Vec<std::ffi::OsString>> = std::sync::OnceLock::new();

/// The command line, the program's name first.
pub fn args() -> &'static [std::ffi::OsString] {
    ARGS.get_or_init(|| std::env::args_os().collect())
}

/// The exit code of the command line.
#[cfg_attr(test, allow(dead_code))]
fn run() -> i32 {
    // A --jq filter evaluated in a child process (see output::jq::run).
    let args = args();
    if args.len() == 3 && args[1] == output::jq::EVAL_ARG {
        return output::jq::eval_child(&args[2].to_string_lossy());
    }
    // `COMPLETE=bash onyx …`: the shell asks for completions (names from the
    // config and the server). Looked up here first: `complete` would also ask
    // for the working directory, which only completing needs.
    if std::env::var_os("COMPLETE").is_some() {
        let completing = clap_complete::CompleteEnv::with_factory(commands::completions::command_for_completion)
            .try_complete(args, std::env::current_dir().ok().as_deref())
            .unwrap_or_else(|e| e.exit());
        if completing {
            return 0;
        }
    }
    if args.len() == 1 {
        print!("{}", cli::overview());
        return 0;
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
    match result {
        Ok(()) => error::ExitCode::Ok as i32,
        // `onyx … | head` closes the pipe early: that is success, not an error.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            // The message may carry the server's words: escaped on a terminal.
            out.error_line(&err.to_string());
            err.exit_code() as i32
        }
    }
}

/// `Cli::parse()`, without tearing down clap's command tree afterwards: the
/// tree of every command and its global options is rebuilt for each run, and
/// freeing it again cost as much as a tenth of a one-request command's CPU.
/// The process exits soon anyway.
fn parse_args() -> cli::Cli {
    let mut command = cli::Cli::command_for(args());
    let matches = command.try_get_matches_from_mut(args()).unwrap_or_else(|e| e.exit());
    let parsed = cli::Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command));
    std::mem::forget(command);
    parsed.unwrap_or_else(|e| e.exit())
}
