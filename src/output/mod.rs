//! Rendering: tables for a person, JSON or jq results for a pipe, and the
//! spinner and progress bars on stderr. Knows terminals; knows nothing of HTTP.

pub mod answer;
pub mod citations;
pub mod human;
pub mod jq;
pub mod sanitize;
pub mod table;
pub mod wrap;

pub use table::{Record, Table};

use crate::error::{Error, Result};
use crate::ops::wait::WaitObserver;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::Value;
use std::io::{IsTerminal, Write};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jq(String),
}

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// Colour, spinners and bars are allowed on stderr (a terminal, no NO_COLOR).
    /// Stdout is never coloured: it carries results.
    pub decorate_stderr: bool,
}

impl Output {
    pub fn new(json: bool, jq: Option<String>, color: crate::cli::ColorChoice) -> Output {
        let format = match (jq, json) {
            (Some(expr), _) => Format::Jq(expr),
            (None, true) => Format::Json,
            (None, false) => Format::Table,
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        Output {
            format,
            stdout_tty,
            stderr_tty,
            decorate_stderr: match color {
                crate::cli::ColorChoice::Always => true,
                crate::cli::ColorChoice::Never => false,
                crate::cli::ColorChoice::Auto => stderr_tty && !no_color && !dumb,
            },
        }
    }

    /// True when the user asked for JSON (`--json` or `--jq`).
    pub fn is_json(&self) -> bool {
        !matches!(self.format, Format::Table)
    }

    /// Terminal width for wrapping and table sizing (None in a pipe).
    pub fn width(&self) -> Option<usize> {
        if !self.stdout_tty {
            return None;
        }
        let (_, cols) = console::Term::stdout().size();
        Some(cols as usize).filter(|c| *c > 20)
    }

    /// Prints a JSON value as `--json` or `--jq` asked.
    pub fn json(&self, value: &Value) -> Result<()> {
        match &self.format {
            Format::Jq(expr) => {
                let mut text = String::new();
                for item in jq::run(expr, value)? {
                    match item {
                        jq::JqOutput::Text(s) => text.push_str(&s),
                        jq::JqOutput::Json(v) => text.push_str(&pretty(&v)),
                    }
                    text.push('\n');
                }
                self.write_stdout(&text)
            }
            _ => self.write_stdout(&(pretty(value) + "\n")),
        }
    }

    /// JSON when asked for, else the table `build` makes.
    pub fn emit<T: Serialize + ?Sized>(&self, value: &T, build: impl FnOnce() -> Table) -> Result<()> {
        if self.is_json() {
            self.json(&to_value(value))
        } else {
            self.write_stdout(&build().render(self.width()))
        }
    }

    /// A listing: JSON when asked for (`[]` when empty), else the table. An
    /// empty table prints nothing on stdout; on a terminal `empty` says so on
    /// stderr, with the next step, instead of a blank screen.
    pub fn emit_list<T: Serialize>(&self, items: &[T], empty: &str, build: impl FnOnce() -> Table) -> Result<()> {
        if self.is_json() {
            return self.json(&to_value(items));
        }
        if items.is_empty() {
            if self.stdout_tty {
                self.note(empty);
            }
            return Ok(());
        }
        self.write_stdout(&build().render(self.width()))
    }

    /// JSON when asked for, else `field: value` lines.
    pub fn emit_record<T: Serialize + ?Sized>(&self, value: &T, build: impl FnOnce() -> Record) -> Result<()> {
        if self.is_json() {
            self.json(&to_value(value))
        } else {
            self.write_stdout(&build().render(self.width()))
        }
    }

    /// With plain `--json`, a writer that prints a JSON array element by
    /// element, so a long listing is never held whole; `None` for tables and
    /// `--jq` (which needs the whole value).
    pub fn json_array(&self) -> Option<JsonArray<'_>> {
        (self.format == Format::Json).then_some(JsonArray { out: self, count: 0 })
    }

    /// Writes text to stdout; a closed pipe (`| head`) ends quietly in main.
    pub fn write_stdout(&self, text: &str) -> Result<()> {
        let text = self.for_stdout(text);
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .map_err(|e| Error::io("<stdout>", e))
    }

    /// Writes text to stdout and flushes only when `flush`: a stream writer
    /// flushes when no more text is already waiting, so bursts cost one write.
    pub fn write_stdout_part(&self, text: &str, flush: bool) -> Result<()> {
        let text = self.for_stdout(text);
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|_| if flush { out.flush() } else { Ok(()) })
            .map_err(|e| Error::io("<stdout>", e))
    }

    /// A server time for a table: "5 minutes ago" on a terminal, the
    /// server's RFC 3339 text for scripts.
    pub fn when(&self, iso: &str) -> String {
        if self.stdout_tty {
            human::ago(iso, jiff::Timestamp::now())
        } else {
            iso.to_string()
        }
    }

    /// Seconds for a table: "1d" on a terminal, "86400s" for scripts.
    pub fn every(&self, seconds: Option<i64>) -> String {
        match seconds {
            None => "-".to_string(),
            Some(s) if self.stdout_tty => human::seconds(s),
            Some(s) => format!("{s}s"),
        }
    }

    /// A server enum for a table: "not started" or "initial indexing" on a
    /// terminal, the server's own `not_started` / `INITIAL_INDEXING` for
    /// scripts, which match on it.
    pub fn word(&self, raw: &str) -> String {
        if self.stdout_tty {
            human::word(raw)
        } else {
            raw.to_string()
        }
    }

    /// A size in bytes for a table: "263.8 KiB" on a terminal, the number of
    /// bytes for scripts.
    pub fn size(&self, bytes: Option<u64>) -> String {
        match bytes {
            None => "-".to_string(),
            Some(b) if self.stdout_tty => human::size(b),
            Some(b) => b.to_string(),
        }
    }

    /// Server text for stdout: escaped on a terminal, as it is in a pipe.
    fn for_stdout<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.stdout_tty {
            sanitize::for_terminal(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    /// Text for stderr, escaped when it is a terminal.
    pub fn for_stderr<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.stderr_tty {
            sanitize::for_terminal(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    /// A line for the person at the terminal (never for a pipe reading stdout).
    pub fn note(&self, text: &str) {
        eprintln!("{}", self.for_stderr(text));
    }

    /// The one line a failed command ends with: `error:` in red where stderr
    /// is decorated, like clap's own usage errors.
    pub fn error_line(&self, text: &str) {
        let text = self.for_stderr(text);
        if self.decorate_stderr {
            eprintln!("{} {text}", console::style("error:").red().bold().force_styling(true));
        } else {
            eprintln!("error: {text}");
        }
    }

    pub fn warn(&self, text: &str) {
        let text = self.for_stderr(text);
        if self.decorate_stderr {
            eprintln!(
                "{} {text}",
                console::style("warning:").yellow().bold().force_styling(true)
            );
        } else {
            eprintln!("warning: {text}");
        }
    }

    /// A spinner on stderr, or nothing when stderr is not a terminal or NO_COLOR is set.
    pub fn spinner(&self, message: &str) -> ProgressBar {
        if !self.decorate_stderr {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("valid template"));
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(100));
        bar
    }

    /// The observer of a `--wait`: a spinner "waiting for …" while it polls.
    pub fn wait_spinner(&self) -> WaitSpinner<'_> {
        WaitSpinner {
            out: self,
            bar: std::cell::RefCell::new(None),
        }
    }

    /// A progress bar on stderr, or a hidden one outside a terminal.
    pub fn progress_bar(&self, total: u64, template: &str) -> ProgressBar {
        if !self.decorate_stderr {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(total);
        bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
        bar
    }
}

/// Shows a wait as a spinner, started at the first poll and cleared at the end.
pub struct WaitSpinner<'a> {
    out: &'a Output,
    bar: std::cell::RefCell<Option<ProgressBar>>,
}

impl WaitObserver for WaitSpinner<'_> {
    fn polling(&self, what: &str, elapsed: Duration) {
        let mut bar = self.bar.borrow_mut();
        let message = format!("waiting for {what} · {} s", elapsed.as_secs());
        match bar.as_ref() {
            Some(bar) => bar.set_message(message),
            None => *bar = Some(self.out.spinner(&message)),
        }
    }

    fn finished(&self, _what: &str) {
        if let Some(bar) = self.bar.borrow_mut().take() {
            bar.finish_and_clear();
        }
    }
}

/// A JSON array printed as its elements arrive (see `Output::json_array`).
pub struct JsonArray<'a> {
    out: &'a Output,
    count: usize,
}

impl JsonArray<'_> {
    pub fn push<T: Serialize>(&mut self, item: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(item).expect("API types serialize to JSON");
        let indented = text.replace('\n', "\n  ");
        let lead = if self.count == 0 { "[\n  " } else { ",\n  " };
        self.count += 1;
        self.out.write_stdout_part(&format!("{lead}{indented}"), false)
    }

    pub fn finish(self) -> Result<()> {
        let tail = if self.count == 0 { "[]\n" } else { "\n]\n" };
        self.out.write_stdout(tail)
    }
}

pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).expect("API types serialize to JSON")
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialize")
}
