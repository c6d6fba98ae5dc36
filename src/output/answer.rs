//! Rendering an answer for a person: its text as it streams in, its sources,
//! and a stored conversation.

use super::citations::MarkerRewriter;
use super::markdown::MarkdownStream;
use super::style::Paint;
use super::wrap::StreamWrapper;
use serde::Serialize;

/// How an answer's text is laid out on stdout.
#[derive(Debug, Clone, Copy)]
pub enum Layout {
    /// As the server wrote it (a pipe).
    AsWritten,
    /// Lines broken between words at this width (a terminal without
    /// emphasis, or `--raw`).
    Wrapped(usize),
    /// Markdown rendered with these styles at this width.
    Markdown(Paint, usize),
}

/// The streamed answer's text as a person reads it: citation links shortened
/// to `[n]` (unless the raw markers are wanted) and, on a terminal, lines
/// broken between words or its Markdown rendered. Only what may still change
/// (a partial marker, word or line) is held back.
pub struct AnswerText {
    rewriter: Option<MarkerRewriter>,
    shape: Shape,
}

enum Shape {
    AsWritten,
    Wrapped(StreamWrapper),
    Markdown(Box<MarkdownStream>),
}

impl Shape {
    /// Lays out `shown` (markers already rewritten) onto the end of `out`.
    fn push(&mut self, shown: &str, out: &mut String) {
        match self {
            Shape::AsWritten => out.push_str(shown),
            Shape::Wrapped(wrapper) => out.push_str(&wrapper.push(shown)),
            Shape::Markdown(markdown) => markdown.push(shown, out),
        }
    }
}

impl AnswerText {
    pub fn new(raw_markers: bool, layout: Layout) -> Self {
        AnswerText {
            rewriter: (!raw_markers).then(MarkerRewriter::new),
            shape: match layout {
                Layout::AsWritten => Shape::AsWritten,
                Layout::Wrapped(width) => Shape::Wrapped(StreamWrapper::new(width)),
                Layout::Markdown(paint, width) => Shape::Markdown(Box::new(MarkdownStream::new(paint, width))),
            },
        }
    }

    /// True when the text is made for the terminal already (escaped and
    /// styled): it goes out through `Output::write_painted`.
    pub fn is_painted(&self) -> bool {
        matches!(self.shape, Shape::Markdown(_))
    }

    /// What can be shown now of the text so far, given its next piece.
    pub fn push(&mut self, delta: &str) -> String {
        let mut out = String::new();
        self.push_into(delta, &mut out);
        out
    }

    /// `push`, onto the end of `out`: as written (a pipe), a delta is copied
    /// there without a String of its own (one per token of the stream).
    pub fn push_into(&mut self, delta: &str, out: &mut String) {
        match (self.rewriter.as_mut(), &mut self.shape) {
            (Some(rewriter), Shape::AsWritten) => rewriter.push_into(delta, out),
            (Some(rewriter), shape) => shape.push(&rewriter.push(delta), out),
            (None, shape) => shape.push(delta, out),
        }
    }

    /// What was held back, at the end of the text.
    pub fn finish(&mut self) -> String {
        let rest = self.rewriter.as_mut().map(MarkerRewriter::finish).unwrap_or_default();
        let mut out = String::new();
        self.shape.push(&rest, &mut out);
        match &mut self.shape {
            Shape::AsWritten => {}
            Shape::Wrapped(wrapper) => out.push_str(&wrapper.finish()),
            Shape::Markdown(markdown) => markdown.finish(&mut out),
        }
        out
    }
}

/// Where a cited passage's text came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageFrom {
    /// The exact stored chunk.
    Chunk,
    /// What the LLM read under this number (non-streamed answers).
    ToolResult,
    /// The search blurb, when the exact text could not be fetched.
    Blurb,
    /// Nothing known about the document.
    None,
}

/// One cited source, as shown under an answer and in `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub number: i64,
    pub document_id: String,
    pub title: String,
    pub link: Option<String>,
    pub source_type: String,
    pub chunk_ind: Option<i64>,
    pub passage: Option<String>,
    pub passage_from: PassageFrom,
}

/// The "Sources" block: `[n] Title — link`, and the passage indented below;
/// made for stdout by `paint` (written with `Output::write_painted`): the
/// heading bold, the numbers highlighted, the title a hyperlink, the passage dim.
pub fn render_sources(sources: &[Source], width: Option<usize>, show_passages: bool, paint: &Paint) -> String {
    if sources.is_empty() {
        return String::new();
    }
    let mut text = format!("\n{}\n", paint.bold("Sources"));
    for source in sources {
        let title = if source.title.is_empty() {
            &source.document_id
        } else {
            &source.title
        };
        let number = paint.citation(&format!("[{}]", source.number));
        let title = paint.text(title);
        match source.link.as_deref().filter(|l| !l.is_empty()) {
            Some(link) => text.push_str(&format!(
                "{number} {} — {}\n",
                paint.hyperlink(link, &title),
                paint.text(link)
            )),
            None => text.push_str(&format!("{number} {title}\n")),
        }
        if !show_passages {
            continue;
        }
        if let Some(passage) = source.passage.as_deref().filter(|p| !p.trim().is_empty()) {
            if source.passage_from == PassageFrom::Blurb {
                text.push_str(&paint.dim("    (excerpt; the exact passage could not be fetched)"));
                text.push('\n');
            }
            for line in indent(&paint.text(passage), width).split_inclusive('\n') {
                let (line, end) = line.strip_suffix('\n').map_or((line, ""), |l| (l, "\n"));
                text.push_str(&paint.dim(line));
                text.push_str(end);
            }
        }
    }
    text
}

/// The passage indented by four spaces, wrapped to the terminal when there is one.
fn indent(passage: &str, width: Option<usize>) -> String {
    let mut out = String::new();
    let mut blank_before = false;
    for line in passage.trim().lines() {
        let line = line.trim_end();
        // A paragraph break is one blank line, however many the passage has.
        if line.is_empty() {
            if !blank_before {
                out.push('\n');
            }
            blank_before = true;
            continue;
        }
        blank_before = false;
        match width {
            Some(width) => {
                let options = textwrap::Options::new(width.saturating_sub(4).max(20))
                    .initial_indent("    ")
                    .subsequent_indent("    ");
                for wrapped in textwrap::wrap(line, options) {
                    out.push_str(wrapped.trim_end());
                    out.push('\n');
                }
            }
            None => {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// One message of a stored conversation, headed by who said it.
pub fn render_message(role: &str, text: &str, width: Option<usize>) -> String {
    let mut out = format!("{}:\n", role);
    out.push_str(&indent(text, width));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(passage: &str, from: PassageFrom) -> Source {
        Source {
            number: 1,
            document_id: "d1".into(),
            title: "Leave Policy".into(),
            link: Some("https://x.example/leave".into()),
            source_type: "web".into(),
            chunk_ind: Some(3),
            passage: Some(passage.into()),
            passage_from: from,
        }
    }

    #[test]
    fn answer_text_shortens_markers_split_across_pieces_unless_raw() {
        let mut text = AnswerText::new(false, Layout::AsWritten);
        let shown = text.push("Leave [[1") + &text.push("]](https://x.example/a) is paid.") + &text.finish();
        assert_eq!(shown, "Leave [1] is paid.");
        let mut raw = AnswerText::new(true, Layout::AsWritten);
        let shown = raw.push("Leave [[1") + &raw.push("]](u)") + &raw.finish();
        assert_eq!(shown, "Leave [[1]](u)");
    }

    #[test]
    fn wraps_passages_to_the_width() {
        let long = "word ".repeat(40);
        let text = render_sources(&[source(&long, PassageFrom::Chunk)], Some(40), true, &Paint::default());
        assert!(text.contains("[1] Leave Policy — https://x.example/leave\n"), "{text}");
        let passage_lines: Vec<&str> = text.lines().filter(|l| l.starts_with("    word")).collect();
        assert!(passage_lines.len() > 3, "{text}");
        assert!(passage_lines.iter().all(|l| l.chars().count() <= 36), "{text}");
    }

    #[test]
    fn a_blurb_is_labelled() {
        let text = render_sources(
            &[source("Eligible employees", PassageFrom::Blurb)],
            None,
            true,
            &Paint::default(),
        );
        assert!(text.contains("could not be fetched"), "{text}");
        let text = render_sources(
            &[source("Eligible employees", PassageFrom::Blurb)],
            None,
            false,
            &Paint::default(),
        );
        assert!(!text.contains("Eligible"), "{text}");
    }
}
