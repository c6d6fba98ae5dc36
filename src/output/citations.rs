//! Onyx's citation links in an answer's text, `[[n]](url)`, for display:
//! shortened to `[n]` as the text streams in (`MarkerRewriter`), or removed
//! with the space before each, as the server's `answer_citationless` is;
//! and `[n]` highlighted on a terminal.

use super::style::Paint;

/// What a text starting with `[` holds at its start.
#[derive(Debug, PartialEq, Eq)]
enum Marker {
    /// A whole `[[n]](url)` marker of this many bytes.
    Whole {
        len: usize,
        number: u64,
    },
    /// The text ends inside what may still become a marker.
    Partial,
    No,
}

/// Longest URL inside a marker that is waited for; beyond it the text is not a marker.
const MAX_MARKER_LEN: usize = 4096;

fn match_marker(text: &str) -> Marker {
    let bytes = text.as_bytes();
    let mut i = 0;
    for expected in [b'[', b'['] {
        match bytes.get(i) {
            None => return Marker::Partial,
            Some(b) if *b == expected => i += 1,
            Some(_) => return Marker::No,
        }
    }
    let digits_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i - digits_start > 6 {
        return Marker::No;
    }
    if i == bytes.len() {
        return Marker::Partial;
    }
    if i == digits_start {
        return Marker::No;
    }
    let number: u64 = text[digits_start..i].parse().unwrap_or(0);
    for expected in [b']', b']', b'('] {
        match bytes.get(i) {
            None => return Marker::Partial,
            Some(b) if *b == expected => i += 1,
            Some(_) => return Marker::No,
        }
    }
    // The URL may hold balanced parentheses, as the server's own stripping allows.
    let mut depth = 1usize;
    while depth > 0 {
        match bytes.get(i) {
            None => {
                return if i > MAX_MARKER_LEN {
                    Marker::No
                } else {
                    Marker::Partial
                }
            }
            Some(b'(') => depth += 1,
            Some(b')') => depth -= 1,
            Some(b) if b.is_ascii_whitespace() => return Marker::No,
            Some(_) => {}
        }
        i += 1;
        if i > MAX_MARKER_LEN {
            return Marker::No;
        }
    }
    Marker::Whole { len: i, number }
}

/// Turns Onyx's citation links `[[1]](url)` into `[1]` in a text that
/// arrives in pieces: only a possible partial marker is held back.
#[derive(Debug, Default)]
pub struct MarkerRewriter {
    pending: String,
}

impl MarkerRewriter {
    pub fn new() -> Self {
        MarkerRewriter::default()
    }

    /// The text that can be shown now.
    pub fn push(&mut self, delta: &str) -> String {
        let mut out = String::with_capacity(delta.len());
        self.push_into(delta, &mut out);
        out
    }

    /// `push`, onto the end of `out`. A delta with no `[` and nothing held
    /// before it (nearly every token) is copied as it is, without allocating.
    pub fn push_into(&mut self, delta: &str, out: &mut String) {
        if self.pending.is_empty() && !delta.contains('[') {
            out.push_str(delta);
            return;
        }
        self.pending.push_str(delta);
        let pending = std::mem::take(&mut self.pending);
        let mut rest = pending.as_str();
        while let Some(at) = rest.find('[') {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            match match_marker(rest) {
                Marker::Whole { len, number } => {
                    out.push_str(&format!("[{number}]"));
                    rest = &rest[len..];
                }
                Marker::Partial => {
                    self.pending = rest.to_string();
                    return;
                }
                Marker::No => {
                    out.push('[');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
    }

    /// What was held back, at the end of the text.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.pending)
    }
}

/// `[[n]](url)` → `[n]` in a whole text.
pub fn rewrite_markers(text: &str) -> String {
    let mut rewriter = MarkerRewriter::new();
    let mut out = rewriter.push(text);
    out.push_str(&rewriter.finish());
    out
}

/// The text without citation links and the whitespace before each, as the
/// server builds `answer_citationless`.
pub fn strip_citations(text: &str) -> String {
    at_each_bracket(text, |rest, out| match match_marker(rest) {
        Marker::Whole { len, .. } => {
            let kept = out.trim_end().len();
            out.truncate(kept);
            len
        }
        Marker::Partial | Marker::No => {
            out.push('[');
            1
        }
    })
}

/// Citation numbers `[12]` (as shown, after `rewrite_markers`) in safe text,
/// highlighted by `paint`.
pub fn highlight_citations(paint: &Paint, text: &str) -> String {
    if !paint.colour || !text.contains('[') {
        return text.to_string();
    }
    at_each_bracket(text, |rest, out| {
        let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && digits <= 6 && rest.as_bytes().get(1 + digits) == Some(&b']') {
            out.push_str(&paint.citation(&rest[..digits + 2]));
            digits + 2
        } else {
            out.push('[');
            1
        }
    })
}

/// `text` copied, with `at_bracket` deciding what each `[` and what follows
/// becomes: it writes to the output and says how many bytes it took.
fn at_each_bracket(text: &str, mut at_bracket: impl FnMut(&str, &mut String) -> usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let taken = at_bracket(rest, &mut out);
        rest = &rest[taken..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLOUR: Paint = Paint {
        colour: true,
        links: false,
        escape: true,
    };

    #[test]
    fn markers_split_across_deltas_are_rewritten() {
        let mut rewriter = MarkerRewriter::new();
        let mut out = String::new();
        for piece in [
            "Leave is 16 weeks [",
            "[1",
            "]](https://x.example/a_(b",
            ")) and [2] stays",
            " [[3]]",
            "().",
        ] {
            out.push_str(&rewriter.push(piece));
        }
        out.push_str(&rewriter.finish());
        assert_eq!(out, "Leave is 16 weeks [1] and [2] stays [3].");
        assert_eq!(rewrite_markers("a [[12]](u) b [[x]](y) [["), "a [12] b [[x]](y) [[");
    }

    #[test]
    fn citations_are_highlighted_and_nothing_else() {
        assert_eq!(
            highlight_citations(&COLOUR, "a [1] b [x] [12"),
            "a \x1b[1;36m[1]\x1b[0m b [x] [12"
        );
        assert_eq!(highlight_citations(&Paint::default(), "a [1]"), "a [1]");
    }

    #[test]
    fn strips_citations_like_the_server() {
        assert_eq!(
            strip_citations("Employees get 16 weeks [[1]](https://w.example/p_(x)). Exceptions [[2]]()."),
            "Employees get 16 weeks. Exceptions."
        );
        assert_eq!(strip_citations("no [marker] here ["), "no [marker] here [");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Any text, cut anywhere, is survived by both ways of handling markers.
        #[test]
        fn any_text_is_survived(bytes in proptest::collection::vec(any::<u8>(), 0..4096), cut in 1usize..7) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = strip_citations(&text);
            let mut rewriter = MarkerRewriter::new();
            for chunk in text.as_bytes().chunks(cut) {
                let _ = rewriter.push(&String::from_utf8_lossy(chunk));
            }
            let _ = rewriter.finish();
        }

        // However the server splits the text into deltas, the rewritten text is the same.
        #[test]
        fn marker_rewriting_ignores_delta_boundaries(
            parts in proptest::collection::vec(prop_oneof![
                Just("[[1]](https://x.example/a_(b))".to_string()), Just("[[23]]()".to_string()),
                Just("[".to_string()), Just("]".to_string()), Just("(".to_string()), Just(")".to_string()),
                "[a-z ]{0,8}".prop_map(|s| s)], 0..20),
            cut in 1usize..7,
        ) {
            let text: String = parts.concat();
            let mut rewriter = MarkerRewriter::new();
            let mut out = String::new();
            let chars: Vec<char> = text.chars().collect();
            for chunk in chars.chunks(cut) {
                out.push_str(&rewriter.push(&chunk.iter().collect::<String>()));
            }
            out.push_str(&rewriter.finish());
            prop_assert_eq!(out, rewrite_markers(&text));
        }
    }
}
