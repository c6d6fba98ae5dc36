//! `transfer-encoding: chunked` (RFC 9112 §7.1) decoded from the bytes of a
//! socket as they arrive, in pieces of any size: a chunk's size line, its data
//! or its CRLF may be split across reads anywhere.
//!
//! A real Onyx server sends the chat stream one HTTP chunk per packet; this
//! decoder is what lets the stream be read straight from the socket's buffer
//! (src/api/plain_http.rs) instead of one chunk per wake-up of an HTTP stack.

use std::fmt;

/// The longest size line (hex digits and extensions) or trailer section
/// accepted: real ones are a few bytes; an endless one is a broken server.
const MAX_META: usize = 64 * 1024;

/// Why the body is not valid chunked framing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkError(&'static str);

impl fmt::Display for ChunkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid chunked body: {}", self.0)
    }
}

impl std::error::Error for ChunkError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Hex digits of the next chunk's size.
    Size { digits: usize },
    /// Past the digits: whitespace, before an extension or the line's end.
    SizeSpace,
    /// `;name=value` extensions (or the CR), up to LF.
    SizeRest,
    /// In a chunk's data, `left` bytes to go.
    Data { left: u64 },
    /// After a chunk's data: its CR (or a bare LF).
    DataCr,
    /// After a chunk's data and CR: its LF.
    DataLf,
    /// After the last chunk: at the start of a trailer line, or of the empty line that ends the body.
    TrailerStart,
    /// Inside a trailer field line, up to LF.
    TrailerLine,
    /// The CR of the final empty line was read; its LF ends the body.
    EndLf,
    /// The body has ended; anything after it is not body.
    Done,
}

/// Decodes a chunked body piece by piece.
#[derive(Debug, Clone)]
pub struct ChunkedDecoder {
    state: State,
    size: u64,
    /// Bytes of size lines and trailers since the last data, against `MAX_META`.
    meta: usize,
}

impl Default for ChunkedDecoder {
    fn default() -> Self {
        ChunkedDecoder {
            state: State::Size { digits: 0 },
            size: 0,
            meta: 0,
        }
    }
}

impl ChunkedDecoder {
    /// True once the last chunk and the trailers have been read.
    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }

    /// Decodes `input`, appending the body's bytes to `out`; returns how many
    /// bytes of `input` were framing or body (all of them unless the body
    /// ended within `input`).
    pub fn decode(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<usize, ChunkError> {
        let mut at = 0;
        while at < input.len() {
            if let State::Data { left } = self.state {
                let take = (input.len() - at).min(usize::try_from(left).unwrap_or(usize::MAX));
                out.extend_from_slice(&input[at..at + take]);
                at += take;
                let left = left - take as u64;
                self.state = if left == 0 { State::DataCr } else { State::Data { left } };
                self.meta = 0;
                continue;
            }
            if self.state == State::Done {
                break;
            }
            let byte = input[at];
            at += 1;
            self.meta += 1;
            if self.meta > MAX_META {
                return Err(ChunkError("a size line or the trailers never end"));
            }
            self.state = match (self.state, byte) {
                (State::Size { digits }, b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F') => {
                    let digit = (byte as char).to_digit(16).expect("a hex digit") as u64;
                    if self.size > u64::MAX >> 4 {
                        return Err(ChunkError("a chunk size is too large"));
                    }
                    self.size = self.size << 4 | digit;
                    State::Size { digits: digits + 1 }
                }
                (State::Size { digits: 0 }, _) => return Err(ChunkError("a chunk size is not hexadecimal")),
                (State::Size { .. }, b'\r' | b';') | (State::SizeSpace, b'\r' | b';') => State::SizeRest,
                (State::Size { .. } | State::SizeSpace, b' ' | b'\t') => State::SizeSpace,
                (State::Size { .. } | State::SizeSpace, b'\n') => self.end_size_line(),
                (State::Size { .. } | State::SizeSpace, _) => {
                    return Err(ChunkError("a chunk size is not hexadecimal"))
                }
                (State::SizeRest, b'\n') => self.end_size_line(),
                (State::SizeRest, _) => State::SizeRest,
                (State::DataCr, b'\r') => State::DataLf,
                (State::DataCr | State::DataLf, b'\n') => State::Size { digits: 0 },
                (State::DataCr | State::DataLf, _) => return Err(ChunkError("a chunk is longer than its size")),
                (State::TrailerStart, b'\r') => State::EndLf,
                (State::TrailerStart | State::EndLf, b'\n') => State::Done,
                (State::EndLf, _) => return Err(ChunkError("the final line is not empty")),
                (State::TrailerLine, b'\n') => State::TrailerStart,
                (State::TrailerStart | State::TrailerLine, _) => State::TrailerLine,
                (State::Data { .. } | State::Done, _) => unreachable!("handled above"),
            };
        }
        Ok(at)
    }

    fn end_size_line(&mut self) -> State {
        let size = std::mem::take(&mut self.size);
        if size == 0 {
            State::TrailerStart
        } else {
            State::Data { left: size }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Decodes `wire` fed in the given pieces; the body and whether it ended.
    fn decode_in(pieces: &[&[u8]]) -> Result<(Vec<u8>, bool), ChunkError> {
        let mut decoder = ChunkedDecoder::default();
        let mut out = Vec::new();
        for piece in pieces {
            decoder.decode(piece, &mut out)?;
        }
        Ok((out, decoder.is_done()))
    }

    fn encode(parts: &[&[u8]]) -> Vec<u8> {
        let mut wire = Vec::new();
        for part in parts.iter().filter(|p| !p.is_empty()) {
            wire.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            wire.extend_from_slice(part);
            wire.extend_from_slice(b"\r\n");
        }
        wire.extend_from_slice(b"0\r\n\r\n");
        wire
    }

    #[test]
    fn decodes_chunks_to_their_end() {
        let wire = encode(&[b"{\"a\": 1}\n", b"{\"b\"", b": 2}\n"]);
        assert_eq!(decode_in(&[&wire]), Ok((b"{\"a\": 1}\n{\"b\": 2}\n".to_vec(), true)));
    }

    #[test]
    fn ignores_extensions_and_trailers() {
        let wire = b"5;name=value;x=\"q\"\r\nhello\r\n6 ; ext\r\n world\r\n0;last\r\nExpires: never\r\nX-A: b\r\n\r\n";
        assert_eq!(decode_in(&[wire]), Ok((b"hello world".to_vec(), true)));
    }

    #[test]
    fn accepts_upper_case_sizes_and_bare_line_feeds() {
        let wire = b"A\nabcdefghij\n0\n\n";
        assert_eq!(decode_in(&[wire]), Ok((b"abcdefghij".to_vec(), true)));
        let wire = b"00B\r\nabcdefghijk\r\n0\r\n\r\n";
        assert_eq!(decode_in(&[wire]), Ok((b"abcdefghijk".to_vec(), true)));
    }

    #[test]
    fn a_cut_stream_has_not_ended() {
        let wire = encode(&[b"first\n", b"second\n"]);
        for cut in 0..wire.len() {
            let (body, done) = decode_in(&[&wire[..cut]]).unwrap();
            assert!(!done, "cut at {cut} of {}", wire.len());
            assert!(b"first\nsecond\n".starts_with(&body));
        }
    }

    #[test]
    fn bytes_after_the_end_are_not_body() {
        let mut wire = encode(&[b"abc"]);
        let end = wire.len();
        wire.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        let mut decoder = ChunkedDecoder::default();
        let mut out = Vec::new();
        assert_eq!(decoder.decode(&wire, &mut out), Ok(end));
        assert!(decoder.is_done());
        assert_eq!(out, b"abc");
    }

    #[test]
    fn refuses_broken_framing() {
        for wire in [
            &b"xyz\r\n"[..],
            b"\r\n",
            b";ext\r\n",
            b"3\r\nabcd\r\n",
            b"3\r\nabc\rX",
            b"12 3\r\n",
            b"0\r\n\rX",
            b"fffffffffffffffff\r\n",
        ] {
            let result = decode_in(&[wire]);
            assert!(result.is_err(), "{:?} gave {result:?}", String::from_utf8_lossy(wire));
        }
    }

    #[test]
    fn refuses_an_endless_size_line() {
        let mut wire = b"5;".to_vec();
        wire.resize(MAX_META + 10, b'a');
        assert!(decode_in(&[&wire]).is_err());
    }

    proptest! {
        // However the wire is split into reads, the body comes out the same.
        #[test]
        fn any_split_decodes_the_same(
            parts in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..40), 0..8),
            cuts in proptest::collection::vec(any::<usize>(), 0..6),
        ) {
            let parts: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
            let wire = encode(&parts);
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (wire.len() + 1)).collect();
            cuts.sort_unstable();
            let mut pieces = Vec::new();
            let mut from = 0;
            for cut in cuts.into_iter().chain([wire.len()]) {
                pieces.push(&wire[from..cut]);
                from = cut;
            }
            prop_assert_eq!(decode_in(&pieces), Ok((parts.concat(), true)));
        }

        // Arbitrary bytes never panic the decoder.
        #[test]
        fn any_bytes_are_survived(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_in(&[&bytes]);
        }
    }
}
