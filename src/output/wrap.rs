//! Word wrapping of text that arrives in pieces (a streamed answer): whole
//! words are placed on the line, and only a word still being written is held
//! back, so the text stays live while lines break between words.

/// Wraps streamed text to `width` columns.
pub struct StreamWrapper {
    width: usize,
    column: usize,
    /// Spaces seen since the last word: written before the next word, or
    /// dropped when that word starts a new line.
    spaces: usize,
    word: String,
}

impl StreamWrapper {
    pub fn new(width: usize) -> Self {
        StreamWrapper {
            width: width.max(10),
            column: 0,
            spaces: 0,
            word: String::new(),
        }
    }

    /// The text that can be shown now; a partial word waits for the next piece.
    pub fn push(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            match c {
                '\n' => {
                    self.place_word(&mut out);
                    out.push('\n');
                    self.column = 0;
                    self.spaces = 0;
                }
                ' ' => {
                    self.place_word(&mut out);
                    self.spaces += 1;
                }
                _ => self.word.push(c),
            }
        }
        out
    }

    /// Whatever is still held back, at the end of the text.
    pub fn finish(&mut self) -> String {
        let mut out = String::new();
        self.place_word(&mut out);
        out
    }

    fn place_word(&mut self, out: &mut String) {
        if self.word.is_empty() {
            return;
        }
        let len = textwrap::core::display_width(&self.word);
        if self.column > 0 && self.column + self.spaces + len > self.width {
            out.push('\n');
            self.column = 0;
        } else {
            out.extend(std::iter::repeat_n(' ', self.spaces));
            self.column += self.spaces;
        }
        self.spaces = 0;
        out.push_str(&self.word);
        self.column += len;
        self.word.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap_in_pieces(text: &str, width: usize, piece: usize) -> String {
        let mut wrapper = StreamWrapper::new(width);
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        for chunk in chars.chunks(piece) {
            out.push_str(&wrapper.push(&chunk.iter().collect::<String>()));
        }
        out + &wrapper.finish()
    }

    #[test]
    fn breaks_between_words_whatever_the_pieces() {
        let text = "Employees accrue paid time off every month [1].\nNew paragraph here.";
        for piece in 1..8 {
            let out = wrap_in_pieces(text, 20, piece);
            assert!(out.lines().all(|l| l.chars().count() <= 20), "{out:?}");
            assert_eq!(
                out.split_whitespace().collect::<Vec<_>>(),
                text.split_whitespace().collect::<Vec<_>>()
            );
            assert!(out.contains("[1].\nNew"), "{out:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_line_stands_alone() {
        let out = wrap_in_pieces("see https://example.com/a/very/long/path/indeed ok", 12, 3);
        assert_eq!(out, "see\nhttps://example.com/a/very/long/path/indeed\nok");
    }
}
