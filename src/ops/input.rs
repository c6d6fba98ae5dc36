//! The one "a file or `-` for stdin" reader (as gh's `cmdutil/file_input.go`).

use crate::error::{Error, Result};
use std::io::{BufRead, Read};
use std::path::Path;

/// True when `source` means stdin.
pub fn is_stdin(source: &Path) -> bool {
    source.as_os_str() == "-"
}

/// How `source` is named in a message: `<stdin>` or the path.
pub fn label(source: &Path) -> String {
    if is_stdin(source) {
        "<stdin>".into()
    } else {
        source.display().to_string()
    }
}

/// The whole text of the file `source`, or of stdin when it is `-`.
pub fn read_to_string(source: &Path) -> Result<String> {
    if is_stdin(source) {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", e))?;
        Ok(text)
    } else {
        std::fs::read_to_string(source).map_err(|e| Error::io(source, e))
    }
}

/// The file `source`, or stdin when it is `-`, to read line by line.
pub fn open(source: &Path) -> Result<Box<dyn BufRead>> {
    if is_stdin(source) {
        Ok(Box::new(std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(source).map_err(|e| Error::io(source, e))?;
        Ok(Box::new(std::io::BufReader::new(file)))
    }
}
