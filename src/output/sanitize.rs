//! Server text made safe for a terminal. An answer, a passage, a document
//! title, a file name or an error message comes from the server (and from
//! whoever wrote the documents): raw, an escape sequence in it could retitle
//! the window, clear the screen, move the cursor over earlier output or write
//! the clipboard (OSC 52). On a terminal every control character other than
//! newline and tab is shown as a visible escape instead; pipes get the text
//! as it is, for the program reading it.

use std::borrow::Cow;

/// `text` with its control characters (C0 but newline and tab, DEL, C1) shown
/// as `\x1b`-style escapes; borrowed when there are none.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            let code = c as u32;
            if code < 0x100 {
                shown.push_str(&format!("\\x{code:02x}"));
            } else {
                shown.push_str(&format!("\\u{{{code:04x}}}"));
            }
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

fn is_unsafe(c: char) -> bool {
    c != '\n' && c != '\t' && c.is_control()
}

#[cfg(test)]
mod tests {
    use super::for_terminal;

    #[test]
    fn escapes_control_characters_but_newline_and_tab() {
        assert_eq!(for_terminal("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            for_terminal("a\x1b]0;owned\x07b\x1b[2Jc\r\u{9b}"),
            "a\\x1b]0;owned\\x07b\\x1b[2Jc\\x0d\\x9b"
        );
    }
}
