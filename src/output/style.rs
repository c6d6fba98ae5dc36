//! Emphasis on stdout: bold, dim, colours and OSC 8 hyperlinks, decided once
//! for the terminal (`Output::paint`). Server text is escaped here, piece by
//! piece, before any escape of ours is put around it, so text styled for a
//! terminal is written as it is (`Output::write_painted`).

use super::sanitize;
use std::borrow::Cow;

/// What stdout may carry, and the one place that wraps text in escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paint {
    /// Bold, dim and colours (a terminal without NO_COLOR, or `--color always`).
    pub colour: bool,
    /// OSC 8 hyperlinks (a decorated terminal, or FORCE_HYPERLINK=1).
    pub links: bool,
    /// Server text is shown with its control characters escaped (a terminal,
    /// or anything decorated: escapes of ours are meant for one).
    pub escape: bool,
}

/// SGR codes of the few styles stdout uses.
const BOLD: &str = "1";
const DIM: &str = "2";
const ITALIC: &str = "3";
const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const CYAN: &str = "36";

impl Paint {
    /// Server text made safe for where it goes.
    pub fn text<'t>(&self, server_text: &'t str) -> Cow<'t, str> {
        if self.escape {
            sanitize::for_terminal(server_text)
        } else {
            Cow::Borrowed(server_text)
        }
    }

    fn sgr(&self, codes: &str, text: &str) -> String {
        if self.colour && !text.is_empty() {
            format!("\x1b[{codes}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.sgr(BOLD, text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.sgr(DIM, text)
    }

    pub fn italic(&self, text: &str) -> String {
        self.sgr(ITALIC, text)
    }

    pub fn bold_italic(&self, text: &str) -> String {
        self.sgr("1;3", text)
    }

    /// A heading of an answer: bold and underlined for the first level.
    pub fn heading(&self, level: usize, text: &str) -> String {
        match level {
            1 => self.sgr("1;4", text),
            _ => self.sgr(BOLD, text),
        }
    }

    /// Inline code and code blocks.
    pub fn code(&self, text: &str) -> String {
        self.sgr(YELLOW, text)
    }

    /// A citation number, `[2]`, in an answer and in its Sources.
    pub fn citation(&self, text: &str) -> String {
        self.sgr("1;36", text)
    }

    pub fn good(&self, text: &str) -> String {
        self.sgr(GREEN, text)
    }

    pub fn bad(&self, text: &str) -> String {
        self.sgr(RED, text)
    }

    /// A link's text in an answer, when it cannot be a hyperlink.
    pub fn link_text(&self, text: &str) -> String {
        self.sgr(CYAN, text)
    }

    /// `text` (already safe) as an OSC 8 hyperlink to `url` where links are
    /// on and the URL is a clean http(s) one; else `text` unchanged.
    pub fn hyperlink(&self, url: &str, text: &str) -> String {
        match self.links.then(|| linkable(url)).flatten() {
            Some(url) => format!("\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\"),
            None => text.to_string(),
        }
    }
}

/// The URL when it may go inside an OSC 8 sequence: http(s), no control
/// characters or spaces (which would end or break the sequence).
pub fn linkable(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url.chars().any(|c| c.is_control() || c.is_whitespace());
    (web && clean && url.len() < 4096).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ON: Paint = Paint {
        colour: true,
        links: true,
        escape: true,
    };

    #[test]
    fn hyperlinks_only_for_clean_web_urls() {
        assert_eq!(
            ON.hyperlink("https://x.example/a", "A"),
            "\x1b]8;;https://x.example/a\x1b\\A\x1b]8;;\x1b\\"
        );
        assert_eq!(ON.hyperlink("file:///etc/passwd", "A"), "A");
        assert_eq!(ON.hyperlink("https://x.example/\x1b]0;x\x07", "A"), "A");
        assert_eq!(Paint::default().hyperlink("https://x.example/a", "A"), "A");
    }
}
