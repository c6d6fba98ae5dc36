//! Bytes → lines: the stream is NDJSON, one packet a line.

use std::io::BufRead;

/// The longest line read. A real packet is a few kilobytes (a document list
/// at most a few hundred); a longer line is a broken or hostile server, and
/// is refused rather than held in memory without bound.
pub const MAX_LINE_LEN: usize = 16 * 1024 * 1024;

/// Why no line could be read.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The line went on past `limit` bytes without a newline.
    #[error("a line is longer than {limit} bytes")]
    TooLong { limit: usize },
}

/// Splits a body into lines on `\n`, up to `MAX_LINE_LEN` bytes each,
/// including a last line without its newline (a crashed generator ends that way).
pub struct LineReader<R> {
    inner: R,
    limit: usize,
    /// The last line read: one buffer for every line, so a stream of 50,000
    /// packets is not 50,000 allocations.
    line: Vec<u8>,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R) -> Self {
        LineReader::with_limit(inner, MAX_LINE_LEN)
    }

    /// A reader refusing lines longer than `limit` bytes (terminator aside).
    pub fn with_limit(inner: R, limit: usize) -> Self {
        LineReader {
            inner,
            limit,
            line: Vec::new(),
        }
    }

    /// The next line without its terminator; `None` at the end of the body.
    pub fn next_line(&mut self) -> Result<Option<&[u8]>, LineError> {
        self.line.clear();
        let mut read_any = false;
        loop {
            let available = match self.inner.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if available.is_empty() {
                break;
            }
            read_any = true;
            let (taken, ended) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            // Room for the limit and a `\r\n`; the exact check is below.
            if self.line.len() + taken > self.limit.saturating_add(2) {
                return Err(LineError::TooLong { limit: self.limit });
            }
            self.line.extend_from_slice(&available[..taken]);
            self.inner.consume(taken);
            if ended {
                break;
            }
        }
        if !read_any {
            return Ok(None);
        }
        while matches!(self.line.last(), Some(b'\n' | b'\r')) {
            self.line.pop();
        }
        if self.line.len() > self.limit {
            return Err(LineError::TooLong { limit: self.limit });
        }
        Ok(Some(&self.line))
    }
}

impl<R> LineReader<R> {
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(body: &[u8], limit: usize) -> Vec<Result<Vec<u8>, String>> {
        let mut reader = LineReader::with_limit(std::io::BufReader::with_capacity(4, body), limit);
        let mut out = Vec::new();
        loop {
            match reader.next_line() {
                Ok(Some(line)) => out.push(Ok(line.to_vec())),
                Ok(None) => return out,
                Err(e) => {
                    out.push(Err(e.to_string()));
                    return out;
                }
            }
        }
    }

    #[test]
    fn splits_on_newlines_and_keeps_a_last_line_without_one() {
        let ok = |s: &str| Ok(s.as_bytes().to_vec());
        assert_eq!(
            lines(b"one\r\n\ntwo and more\nlast", 100),
            vec![ok("one"), ok(""), ok("two and more"), ok("last")]
        );
        assert!(lines(b"", 100).is_empty());
    }

    #[test]
    fn a_line_longer_than_the_limit_is_refused_and_one_at_it_is_not() {
        assert_eq!(lines(b"12345\r\n", 5), vec![Ok(b"12345".to_vec())]);
        assert_eq!(lines(b"12345", 5), vec![Ok(b"12345".to_vec())]);
        assert_eq!(
            lines(b"ok\n123456\nnever", 5),
            vec![Ok(b"ok".to_vec()), Err("a line is longer than 5 bytes".into())]
        );
        assert_eq!(
            lines(b"123456789", 5),
            vec![Err("a line is longer than 5 bytes".into())]
        );
    }

    #[test]
    fn a_huge_line_is_refused_without_reading_it_all() {
        // An endless body: the reader must stop at the limit, not at the end.
        let endless = std::io::repeat(b'a');
        let mut reader = LineReader::with_limit(std::io::BufReader::new(endless), 1024 * 1024);
        assert!(matches!(reader.next_line(), Err(LineError::TooLong { limit }) if limit == 1024 * 1024));
    }
}
