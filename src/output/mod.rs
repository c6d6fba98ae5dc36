//! Rendering: tables for a person, JSON or jq results for a pipe, and the
//! spinner and progress bars on stderr. Knows terminals; knows nothing of HTTP.

pub mod answer;
pub mod citations;
pub mod human;
pub mod jq;
pub mod markdown;
pub mod sanitize;
pub mod style;
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
    pub decorate_stderr: bool,
    /// Emphasis is allowed on stdout: a terminal without NO_COLOR or
    /// TERM=dumb, or `--color always`. Never in a pipe otherwise: stdout
    /// carries results.
    pub decorate_stdout: bool,
    /// OSC 8 hyperlinks on stdout: where it is decorated and a terminal,
    /// unless FORCE_HYPERLINK says otherwise (1 on, 0 off).
    pub hyperlinks: bool,
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
        let decorate = |tty: bool| match color {
            crate::cli::ColorChoice::Always => true,
            crate::cli::ColorChoice::Never => false,
            crate::cli::ColorChoice::Auto => tty && !no_color && !dumb,
        };
        let decorate_stdout = decorate(stdout_tty);
        // FORCE_HYPERLINK is the common override (supports-hyperlinks reads
        // it too): set, it decides; else links go where emphasis goes, on a
        // terminal only (a pager reading `--color always` may not know OSC 8).
        let hyperlinks = match std::env::var("FORCE_HYPERLINK").ok().filter(|v| !v.is_empty()) {
            Some(force) => force != "0",
            None => decorate_stdout && stdout_tty && !dumb,
        };
        Output {
            format,
            stdout_tty,
            stderr_tty,
            decorate_stderr: decorate(stderr_tty),
            decorate_stdout,
            hyperlinks,
        }
    }

    /// How text on stdout may be styled, decided once here.
    pub fn paint(&self) -> style::Paint {
        style::Paint {
            colour: self.decorate_stdout,
            links: self.hyperlinks,
            escape: self.stdout_tty || self.decorate_stdout || self.hyperlinks,
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

    /// How an answer's text is shown: Markdown rendered where stdout is
    /// decorated (unless `raw`), broken between words on a plain terminal,
    /// as written in a pipe (where no renderer is in the path).
    pub fn answer_layout(&self, raw: bool) -> answer::Layout {
        match self.width() {
            _ if self.decorate_stdout && !raw => {
                answer::Layout::Markdown(self.paint(), self.width().unwrap_or(usize::MAX / 4))
            }
            Some(width) => answer::Layout::Wrapped(width),
            None => answer::Layout::AsWritten,
        }
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
            self.write_table(&build())
        }
    }

    /// A table on stdout, styled where stdout is decorated.
    pub fn write_table(&self, table: &Table) -> Result<()> {
        self.write_painted(&table.render_painted(self.width(), &self.paint()), true)
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
        self.write_table(&build())
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
        self.write_stdout_part(text, true)
    }

    /// Writes text to stdout and flushes only when `flush`: a stream writer
    /// flushes when no more text is already waiting, so bursts cost one write.
    pub fn write_stdout_part(&self, text: &str, flush: bool) -> Result<()> {
        self.write_painted(&self.for_stdout(text), flush)
    }

    /// Writes text made for stdout by a `Paint` (server text in it already
    /// escaped, piece by piece, so the escapes of ours survive).
    pub fn write_painted(&self, text: &str, flush: bool) -> Result<()> {
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

    /// A line for the person at the terminal (never for a pipe reading
    /// stdout), dimmed where stderr is decorated: it is beside the result.
    pub fn note(&self, text: &str) {
        let text = self.for_stderr(text);
        if self.decorate_stderr {
            eprintln!("{}", self.stderr_paint().dim(&text));
        } else {
            eprintln!("{text}");
        }
    }

    /// A note made by `stderr_paint` (server text in it already escaped).
    pub fn note_painted(&self, text: &str) {
        eprintln!("{text}");
    }

    /// How text on stderr may be styled (no hyperlinks: stderr is for words).
    pub fn stderr_paint(&self) -> style::Paint {
        style::Paint {
            colour: self.decorate_stderr,
            links: false,
            escape: self.stderr_tty || self.decorate_stderr,
        }
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
