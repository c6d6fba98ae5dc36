//! An answer's Markdown rendered for a terminal as it streams in: headings,
//! emphasis, inline code, lists, quotes, code blocks and tables, the way
//! Onyx's own web chat shows them. The text is taken line by line: a line is
//! styled when it is complete, a code block is shown line by line while its
//! fence is open, and a table is held until its last row (its columns need
//! every row). Inline Markdown is parsed by pulldown-cmark; the layout is ours.
//! Server text is escaped word by word (`Paint::text`) before any style is
//! put around it.

use super::citations::highlight_citations;
use super::style::Paint;
use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};

/// Renders streamed Markdown to styled text `width` columns wide.
pub struct MarkdownStream {
    paint: Paint,
    width: usize,
    /// The line being written, until its newline.
    line: String,
    /// Rows of a table being written (each a whole line).
    table: Vec<String>,
    /// The fence of the open code block (``` or ~~~, and its length).
    fence: Option<(char, usize)>,
    /// A paragraph line whose first words are shown while it is written.
    live: Option<Live>,
}

/// Where the layout of a line has got to.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    column: usize,
    start_column: usize,
    /// A space is owed before the next word (unless it starts a new line).
    space: bool,
}

/// The shown part of a paragraph line still being written: its plain words
/// up to the first character that could start inline Markdown, which wait
/// for the line to be complete.
#[derive(Debug, Clone, Copy)]
struct Live {
    shown: usize,
    cursor: Cursor,
    /// Inline Markdown has begun: the rest waits for the newline.
    blocked: bool,
}

/// How a run of inline text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Look {
    strong: bool,
    emphasis: bool,
    code: bool,
    strike: bool,
    link: bool,
    /// A link's URL shown after its text, where it cannot be a hyperlink.
    url_shown: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Span {
    text: String,
    look: Look,
    url: Option<String>,
}

impl MarkdownStream {
    pub fn new(paint: Paint, width: usize) -> Self {
        MarkdownStream {
            paint,
            width: width.max(20),
            line: String::new(),
            table: Vec::new(),
            fence: None,
            live: None,
        }
    }

    /// Adds the next piece of the text; what can be shown now goes to `out`.
    pub fn push(&mut self, text: &str, out: &mut String) {
        let mut rest = text;
        while let Some(at) = rest.find('\n') {
            self.line.push_str(&rest[..at]);
            let line = std::mem::take(&mut self.line);
            self.complete(&line, true, out);
            // The line's buffer is reused: no allocation per line of note.
            self.line = line;
            self.line.clear();
            rest = &rest[at + 1..];
        }
        self.line.push_str(rest);
        self.show_live(out);
    }

    /// Shows the plain words of a paragraph line being written: a long
    /// paragraph is read as it arrives, not when it ends. Only text that no
    /// later character can restyle is shown (see `plain_until`), laid out as
    /// the whole line would be, so the line's end continues where it left off.
    fn show_live(&mut self, out: &mut String) {
        let paragraph = self.line.chars().next().is_some_and(char::is_alphabetic);
        if self.fence.is_some() || !paragraph || self.live.is_some_and(|l| l.blocked) {
            return;
        }
        let from = self.live.map_or(0, |l| l.shown);
        let (end, blocked) = plain_until(&self.line, from);
        if end == from && !blocked {
            return;
        }
        if self.live.is_none() {
            // The line is no table row: a table above it is complete.
            self.flush_table(true, out);
        }
        let mut live = self.live.unwrap_or(Live {
            shown: 0,
            cursor: Cursor {
                column: 0,
                start_column: 0,
                space: false,
            },
            blocked: false,
        });
        if end > from {
            let words = Span {
                text: self.line[from..end].to_string(),
                look: Look::default(),
                url: None,
            };
            self.place(&[words], "", &mut live.cursor, out);
        }
        live.shown = end;
        live.blocked = blocked;
        self.live = Some(live);
    }

    /// The end of the text: the last line (without a newline of its own) and
    /// any table still open.
    pub fn finish(&mut self, out: &mut String) {
        let line = std::mem::take(&mut self.line);
        let ended = line.is_empty();
        if !ended {
            self.complete(&line, false, out);
        }
        self.flush_table(ended, out);
    }

    fn complete(&mut self, line: &str, ended: bool, out: &mut String) {
        if let Some(live) = self.live.take() {
            // The whole line is parsed; its first words are on the screen.
            let rest = without_prefix(self.spans(line), live.shown);
            let mut cursor = live.cursor;
            self.place(&rest, "", &mut cursor, out);
            end_line(ended, out);
            return;
        }
        let trimmed = line.trim_start();
        if let Some((mark, len)) = self.fence {
            let closes = trimmed.starts_with(&mark.to_string().repeat(len))
                && trimmed.trim_start_matches(mark).trim().is_empty();
            if closes {
                self.fence = None;
            } else {
                out.push_str("    ");
                out.push_str(&self.paint.code(&self.paint.text(line)));
                end_line(ended, out);
            }
            return;
        }
        if let Some(fence) = opening_fence(trimmed) {
            self.flush_table(true, out);
            self.fence = Some(fence);
            return;
        }
        if trimmed.starts_with('|') {
            self.table.push(line.to_string());
            if !ended {
                self.flush_table(false, out);
            }
            return;
        }
        self.flush_table(true, out);
        self.render_line(line, out);
        end_line(ended, out);
    }

    /// One line outside code blocks and tables.
    fn render_line(&self, line: &str, out: &mut String) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            return;
        }
        let indent = (line.len() - trimmed.len()).min(12);
        let paint = &self.paint;
        if let Some((level, title)) = heading(trimmed) {
            let spans = self.spans(title);
            let mut text = String::new();
            self.wrap(&spans, "", "", &mut text);
            out.push_str(&paint.heading(level, &text));
            return;
        }
        if is_rule(trimmed) {
            out.push_str(&paint.dim(&"─".repeat(self.width.min(40))));
            return;
        }
        if let Some(quoted) = trimmed.strip_prefix('>') {
            let bar = paint.dim("│ ");
            self.wrap(&self.spans(quoted.trim_start()), &bar, &bar, out);
            return;
        }
        let pad = " ".repeat(indent);
        if let Some((marker, item)) = list_item(trimmed) {
            let first = format!("{pad}{marker} ");
            let hanging = " ".repeat(first.chars().count());
            self.wrap(&self.spans(item), &first, &hanging, out);
            return;
        }
        self.wrap(&self.spans(trimmed), &pad, &pad, out);
    }

    /// The inline spans of `text`, each link followed by its URL where it
    /// cannot be a hyperlink (no OSC 8 here, or not a clean http(s) URL), so
    /// no link is lost.
    fn spans(&self, text: &str) -> Vec<Span> {
        self.with_urls_shown(inline_spans(text))
    }

    fn with_urls_shown(&self, spans: Vec<Span>) -> Vec<Span> {
        let mut shown: Vec<Span> = Vec::with_capacity(spans.len());
        let mut spans = spans.into_iter().peekable();
        while let Some(span) = spans.next() {
            let url = span.url.clone();
            let mut text = span.text.clone();
            shown.push(span);
            let Some(url) = url else { continue };
            while let Some(next) = spans.next_if(|next| next.url.as_ref() == Some(&url)) {
                text.push_str(&next.text);
                shown.push(next);
            }
            let linked = self.paint.links && super::style::linkable(&url).is_some();
            if !linked && text.trim() != url {
                shown.push(Span {
                    text: format!(" ({url})"),
                    look: Look {
                        url_shown: true,
                        ..Look::default()
                    },
                    url: None,
                });
            }
        }
        shown
    }

    /// Spans laid out between words to the width, each line after the first
    /// starting with `hanging`.
    fn wrap(&self, spans: &[Span], first: &str, hanging: &str, out: &mut String) {
        out.push_str(first);
        let column = textwrap::core::display_width(first);
        let mut cursor = Cursor {
            column,
            start_column: column,
            space: false,
        };
        self.place(spans, hanging, &mut cursor, out);
    }

    /// Lays out spans from `cursor` on, as `wrap` does.
    fn place(&self, spans: &[Span], hanging: &str, cursor: &mut Cursor, out: &mut String) {
        for span in spans {
            // The words of a span on one line are styled as one run.
            let mut run = String::new();
            for (i, word) in span.text.split(' ').enumerate() {
                if i > 0 {
                    cursor.space = true;
                }
                if word.is_empty() {
                    continue;
                }
                let safe = self.paint.text(word);
                let len = textwrap::core::display_width(&safe);
                let started = cursor.column > cursor.start_column;
                if started && cursor.column + usize::from(cursor.space) + len > self.width {
                    out.push_str(&self.styled(&run, span));
                    run.clear();
                    out.push('\n');
                    out.push_str(hanging);
                    cursor.column = textwrap::core::display_width(hanging);
                } else if cursor.space && started {
                    if run.is_empty() {
                        out.push(' ');
                    } else {
                        run.push(' ');
                    }
                    cursor.column += 1;
                }
                cursor.space = false;
                run.push_str(&safe);
                cursor.column += len;
            }
            out.push_str(&self.styled(&run, span));
        }
    }

    /// Words (already safe) in their span's look.
    fn styled(&self, safe: &str, span: &Span) -> String {
        if safe.is_empty() {
            return String::new();
        }
        let paint = &self.paint;
        let look = span.look;
        let text = if look.code {
            paint.code(safe)
        } else if look.link {
            paint.link_text(safe)
        } else if look.strong && look.emphasis {
            paint.bold_italic(safe)
        } else if look.strong {
            paint.bold(safe)
        } else if look.emphasis {
            paint.italic(safe)
        } else if look.strike || look.url_shown {
            paint.dim(safe)
        } else {
            highlight_citations(paint, safe)
        };
        match span.url.as_deref() {
            Some(url) => paint.hyperlink(url, &text),
            None => text,
        }
    }

    /// The held table, aligned; lines that turn out not to be a table are
    /// shown as text.
    fn flush_table(&mut self, ended: bool, out: &mut String) {
        if self.table.is_empty() {
            return;
        }
        let rows = std::mem::take(&mut self.table);
        let source = rows.join("\n");
        match table_cells(&source) {
            Some((alignments, cells)) => {
                let cells: Cells = cells
                    .into_iter()
                    .map(|row| row.into_iter().map(|cell| self.with_urls_shown(cell)).collect())
                    .collect();
                self.render_table(&alignments, &cells, out)
            }
            None => {
                for row in &rows {
                    self.render_line(row, out);
                    out.push('\n');
                }
            }
        }
        if !ended && out.ends_with('\n') {
            out.pop();
        }
    }

    fn render_table(&self, alignments: &[Alignment], rows: &[Vec<Vec<Span>>], out: &mut String) {
        let shown: Vec<Vec<(String, usize)>> = rows
            .iter()
            .map(|row| row.iter().map(|cell| self.cell(cell)).collect())
            .collect();
        let columns = shown.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                shown
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|(_, w)| *w)
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for (r, row) in shown.iter().enumerate() {
            let mut line = String::new();
            for (c, width) in widths.iter().enumerate() {
                let (text, len) = row.get(c).map(|(t, w)| (t.as_str(), *w)).unwrap_or(("", 0));
                let text = if r == 0 {
                    self.paint.bold(text)
                } else {
                    text.to_string()
                };
                let room = width - len;
                let (before, after) = match alignments.get(c) {
                    Some(Alignment::Right) => (room, 0),
                    Some(Alignment::Center) => (room / 2, room - room / 2),
                    _ => (0, room),
                };
                if c > 0 {
                    line.push_str("  ");
                }
                line.push_str(&" ".repeat(before));
                line.push_str(&text);
                if c + 1 < columns {
                    line.push_str(&" ".repeat(after));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
            if r == 0 {
                let rule = widths.iter().map(|w| "─".repeat(*w)).collect::<Vec<_>>().join("  ");
                out.push_str(&self.paint.dim(&rule));
                out.push('\n');
            }
        }
    }

    /// A table cell on one line, and its width on the screen.
    fn cell(&self, spans: &[Span]) -> (String, usize) {
        let mut text = String::new();
        let mut width = 0;
        for (i, word) in spans
            .iter()
            .flat_map(|s| s.text.split(' ').map(move |w| (w, s)))
            .enumerate()
        {
            let (word, span) = word;
            if i > 0 {
                text.push(' ');
                width += 1;
            }
            let safe = self.paint.text(word);
            width += textwrap::core::display_width(&safe);
            text.push_str(&self.styled(&safe, span));
        }
        (text, width)
    }
}

/// How far from `from` a paragraph line is plain words that no later text
/// can restyle: up to the last space before the first character that may
/// start inline Markdown (emphasis, code, a link, an entity, an escape, HTML).
/// A citation `[n]` is plain once the character after it is known and is not
/// one that would make it a link. True when such a character was met.
fn plain_until(line: &str, from: usize) -> (usize, bool) {
    let bytes = line.as_bytes();
    let mut words_end = from;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b' ' => words_end = i + 1,
            b'*' | b'_' | b'`' | b'!' | b'<' | b'\\' | b'&' | b'~' | b']' => return (words_end, true),
            b'[' => {
                let digits = bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
                let close = i + 1 + digits;
                match (bytes.get(close), bytes.get(close + 1)) {
                    (None, _) | (Some(b']'), None) if digits <= 6 => return (words_end, false),
                    (Some(b']'), Some(next)) if (1..=6).contains(&digits) && !b"([:".contains(next) => {
                        i = close + 1;
                        continue;
                    }
                    _ if digits < 6 && close == bytes.len() => return (words_end, false),
                    _ => return (words_end, true),
                }
            }
            _ => {}
        }
        i += 1;
    }
    (words_end, false)
}

/// The spans without their first `len` bytes of text (what is shown already).
fn without_prefix(spans: Vec<Span>, mut len: usize) -> Vec<Span> {
    let mut rest = Vec::with_capacity(spans.len());
    for mut span in spans {
        if len >= span.text.len() {
            len -= span.text.len();
            continue;
        }
        if len > 0 {
            span.text.drain(..len);
            len = 0;
        }
        rest.push(span);
    }
    rest
}

fn end_line(ended: bool, out: &mut String) {
    if ended {
        out.push('\n');
    }
}

/// ``` or ~~~ (three or more) opening a code block.
fn opening_fence(trimmed: &str) -> Option<(char, usize)> {
    let mark = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = trimmed.chars().take_while(|c| *c == mark).count();
    (len >= 3).then_some((mark, len))
}

fn heading(trimmed: &str) -> Option<(usize, &str)> {
    let level = trimmed.bytes().take_while(|b| *b == b'#').count();
    let rest = &trimmed[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (level, rest.trim().trim_end_matches('#').trim_end()))
}

fn is_rule(trimmed: &str) -> bool {
    let marks: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// A bullet (`-`, `*`, `+` → •) or numbered item, and its text.
fn list_item(trimmed: &str) -> Option<(String, &str)> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(item) = trimmed.strip_prefix(bullet) {
            return Some(("•".to_string(), item));
        }
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &trimmed[digits..];
        if let Some(item) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((trimmed[..digits + 1].to_string(), item));
        }
    }
    None
}

/// The inline runs of one line: emphasis, code and links parsed by
/// pulldown-cmark, neighbouring runs of one look joined (so `[1]`, parsed in
/// three pieces, is one word again). A line pulldown-cmark would swallow (a
/// link reference definition) is its own text.
fn inline_spans(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut look = Look::default();
    let mut urls: Vec<String> = Vec::new();
    let push = push_span;
    for event in Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Strong) => look.strong = true,
            Event::End(TagEnd::Strong) => look.strong = false,
            Event::Start(Tag::Emphasis) => look.emphasis = true,
            Event::End(TagEnd::Emphasis) => look.emphasis = false,
            Event::Start(Tag::Strikethrough) => look.strike = true,
            Event::End(TagEnd::Strikethrough) => look.strike = false,
            Event::Start(Tag::Link { dest_url, .. }) => {
                look.link = true;
                urls.push(dest_url.into_string());
            }
            Event::End(TagEnd::Link) => {
                look.link = false;
                urls.pop();
            }
            Event::Code(code) => push(&mut spans, &code, Look { code: true, ..look }, urls.last()),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => push(&mut spans, &t, look, urls.last()),
            Event::SoftBreak | Event::HardBreak => push(&mut spans, " ", look, urls.last()),
            _ => {}
        }
    }
    if spans.iter().all(|s| s.text.trim().is_empty()) && !text.trim().is_empty() {
        return vec![Span {
            text: text.to_string(),
            look: Look::default(),
            url: None,
        }];
    }
    spans
}

/// Adds text to the last span when it looks the same, else a new span.
fn push_span(spans: &mut Vec<Span>, text: &str, look: Look, url: Option<&String>) {
    match spans.last_mut() {
        Some(last) if last.look == look && last.url.as_ref() == url => last.text.push_str(text),
        _ => spans.push(Span {
            text: text.to_string(),
            look,
            url: url.cloned(),
        }),
    }
}

type Cells = Vec<Vec<Vec<Span>>>;

/// A GFM table's column alignments and cells (header row first), or `None`
/// when the lines are not a table.
fn table_cells(source: &str) -> Option<(Vec<Alignment>, Cells)> {
    let mut alignments = None;
    let mut rows: Cells = Vec::new();
    let mut cell: Option<Vec<Span>> = None;
    let mut look = Look::default();
    let mut url: Option<String> = None;
    for event in Parser::new_ext(source, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Table(a)) => alignments = Some(a),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                if let (Some(row), Some(done)) = (rows.last_mut(), cell.take()) {
                    row.push(done);
                }
            }
            Event::Start(Tag::Strong) => look.strong = true,
            Event::End(TagEnd::Strong) => look.strong = false,
            Event::Start(Tag::Emphasis) => look.emphasis = true,
            Event::End(TagEnd::Emphasis) => look.emphasis = false,
            Event::Start(Tag::Link { dest_url, .. }) => {
                look.link = true;
                url = Some(dest_url.into_string());
            }
            Event::End(TagEnd::Link) => {
                look.link = false;
                url = None;
            }
            Event::Code(t) => {
                if let Some(cell) = cell.as_mut() {
                    push_span(cell, &t, Look { code: true, ..look }, url.as_ref());
                }
            }
            Event::Text(t) | Event::InlineHtml(t) => {
                if let Some(cell) = cell.as_mut() {
                    push_span(cell, &t, look, url.as_ref());
                }
            }
            _ => {}
        }
    }
    alignments.map(|a| (a, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Paint = Paint {
        colour: false,
        links: false,
        escape: true,
    };
    const COLOUR: Paint = Paint {
        colour: true,
        links: true,
        escape: true,
    };

    fn render(paint: Paint, text: &str, piece: usize) -> String {
        let mut md = MarkdownStream::new(paint, 40);
        let mut out = String::new();
        let chars: Vec<char> = text.chars().collect();
        for chunk in chars.chunks(piece) {
            md.push(&chunk.iter().collect::<String>(), &mut out);
        }
        md.finish(&mut out);
        out
    }

    const ANSWER: &str = "# Leave\n\nEmployees get **16 weeks** [1] of `paid` leave.\n\n- one\n  - two\n1. first\n\n```sh\nonyx ask\n```\n| Plan | Weeks |\n|------|------:|\n| Basic | 12 |\n| Full | 16 |\nDone [2].";

    #[test]
    fn the_pieces_do_not_change_the_rendering() {
        let whole = render(COLOUR, ANSWER, usize::MAX);
        for piece in [1, 2, 3, 7] {
            assert_eq!(render(COLOUR, ANSWER, piece), whole);
        }
    }

    #[test]
    fn structure_without_colour() {
        let shown = render(PLAIN, ANSWER, 5);
        assert_eq!(
            shown,
            "Leave\n\nEmployees get 16 weeks [1] of paid\nleave.\n\n• one\n  • two\n1. first\n\n    onyx ask\nPlan   Weeks\n─────  ─────\nBasic     12\nFull      16\nDone [2]."
        );
    }

    #[test]
    fn styles_and_escapes_server_text() {
        let shown = render(COLOUR, "**bold \x1b]0;x\x07** [link](https://x.example/a)", 3);
        assert!(shown.contains("\x1b[1mbold \\x1b]0;x\\x07\x1b[0m"), "{shown:?}");
        assert!(!shown.contains("\x07"), "{shown:?}");
        assert!(shown.contains("\x1b]8;;https://x.example/a\x1b\\"), "{shown:?}");
    }

    #[test]
    fn a_table_at_the_end_keeps_the_newline_the_text_has() {
        assert_eq!(render(PLAIN, "| a |\n|---|\n| 1 |\n", 3), "a\n─\n1\n");
        assert_eq!(render(PLAIN, "| a |\n|---|\n| 1 |", 3), "a\n─\n1");
    }

    #[test]
    fn a_link_that_cannot_be_a_hyperlink_shows_its_url() {
        assert_eq!(
            render(
                PLAIN,
                "see [the **policy**](https://x.example/p) or <https://x.example/q>",
                4
            ),
            "see the policy (https://x.example/p) or\nhttps://x.example/q"
        );
        let linked = render(COLOUR, "see [the policy](https://x.example/p)", 4);
        assert!(!linked.contains("(https://x.example/p)"), "{linked:?}");
        let unsafe_url = render(COLOUR, "[x](javascript:alert(1))", 4);
        assert!(
            unsafe_url.contains("(javascript:alert(1))") && !unsafe_url.contains("\x1b]8"),
            "{unsafe_url:?}"
        );
    }

    #[test]
    fn a_paragraph_shows_its_plain_words_before_its_line_ends() {
        let mut md = MarkdownStream::new(COLOUR, 80);
        let mut out = String::new();
        md.push("Employees get 16 weeks [1] of ", &mut out);
        assert_eq!(out, "Employees get 16 weeks \x1b[1;36m[1]\x1b[0m of");
        md.push("**fully paid** lea", &mut out);
        assert_eq!(
            out, "Employees get 16 weeks \x1b[1;36m[1]\x1b[0m of",
            "emphasis waits for the line"
        );
        md.push("ve.\n- item", &mut out);
        assert!(out.ends_with(" \x1b[1mfully paid\x1b[0m leave.\n"), "{out:?}");
        md.finish(&mut out);
        assert!(out.ends_with("leave.\n• item"), "{out:?}");
    }

    #[test]
    fn a_reference_definition_is_kept_as_text() {
        assert_eq!(render(PLAIN, "[1]: see below\n", 4), "[1]: see below\n");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn render_in(text: &str, cut: usize) -> String {
        let paint = Paint {
            colour: true,
            links: true,
            escape: true,
        };
        let mut md = MarkdownStream::new(paint, 30);
        let mut out = String::new();
        let chars: Vec<char> = text.chars().collect();
        for chunk in chars.chunks(cut) {
            md.push(&chunk.iter().collect::<String>(), &mut out);
        }
        md.finish(&mut out);
        out
    }

    proptest! {
        // Whatever the text and however it is cut, rendering survives, is
        // the same as for the whole text, and lets no control character of
        // the server through (every ESC in the output is one of ours).
        #[test]
        fn any_markdown_in_any_pieces(
            parts in proptest::collection::vec(prop_oneof![
                Just("# ".to_string()), Just("**".to_string()), Just("*".to_string()), Just("`".to_string()),
                Just("```".to_string()), Just("\n".to_string()), Just("| ".to_string()), Just("|---|".to_string()),
                Just("- ".to_string()), Just("1. ".to_string()), Just("> ".to_string()), Just("[1]".to_string()),
                Just("[a](https://x.example/a)".to_string()), Just("\u{1b}]0;x\u{7}".to_string()), Just("é漢".to_string()),
                "[a-z ]{0,12}".prop_map(|s| s)], 0..40),
            cut in 1usize..9,
        ) {
            let text: String = parts.concat();
            let whole = render_in(&text, usize::MAX);
            prop_assert_eq!(render_in(&text, cut), whole.clone());
            prop_assert!(!whole.contains(char::from(7)), "a BEL got through");
            let unescaped_esc = whole.match_indices('\u{1b}').any(|(at, _)| {
                let next = &whole[at + 1..];
                !(next.starts_with('[') || next.starts_with("]8;;") || next.starts_with('\\'))
            });
            prop_assert!(!unescaped_esc, "{:?}", whole);
        }
    }
}
