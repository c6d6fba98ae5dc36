//! The one table renderer (tabled), and `field: value` records for `show`.

use super::style::Paint;
use tabled::builder::Builder;
use tabled::settings::peaker::Priority;
use tabled::settings::{Style, Width};

/// Rows of text under upper-case headers, like `kubectl get` and `gh … list`.
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Columns never cut to fit (ids a person copies into the next command).
    whole: Vec<usize>,
    /// Columns of outcomes (`uploaded`, `failed`), green or red on a terminal.
    outcomes: Vec<usize>,
}

impl Table {
    pub fn new<I, S>(headers: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            whole: Vec::new(),
            outcomes: Vec::new(),
        }
    }

    /// Shows column `index`'s outcomes in their colour where stdout is styled.
    pub fn outcomes_in(mut self, index: usize) -> Table {
        self.outcomes.push(index);
        self
    }

    /// Keeps column `index` whole when the table is cut to the terminal's
    /// width: the other columns shrink instead.
    pub fn keep_whole(mut self, index: usize) -> Table {
        self.whole.push(index);
        self
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(|c| one_line(&c.into())).collect());
    }

    /// On a terminal the table is aligned and cut to its width (widest
    /// columns shrink first); off a terminal (`width` None) each record is
    /// one line of tab-separated fields, as gh prints them for scripts, so
    /// `cut -f2` works on names with spaces.
    pub fn render(&self, width: Option<usize>) -> String {
        if self.rows.is_empty() {
            return String::new();
        }
        let Some(width) = width else {
            let mut text = String::new();
            let headers: Vec<String> = self.headers.iter().map(|h| h.to_uppercase()).collect();
            for record in std::iter::once(&headers).chain(self.rows.iter()) {
                text.push_str(&record.join("\t"));
                text.push('\n');
            }
            return text;
        };
        let mut builder = Builder::default();
        // Plain upper-case headers, as kubectl and gh print them: escape codes
        // would count as width and push the columns out of line.
        let headers: Vec<String> = self.headers.iter().map(|h| h.to_uppercase()).collect();
        builder.push_record(headers);
        for row in &self.rows {
            builder.push_record(row.clone());
        }
        let mut table = builder.build();
        table.with(Style::blank());
        if self.whole.is_empty() {
            table.with(Width::truncate(width).suffix("…").priority(Priority::max(true)));
        } else {
            self.shrink_others(&mut table, width);
        }
        let mut text: String = table
            .to_string()
            .lines()
            .map(|line| line.trim_end().to_string() + "\n")
            .collect();
        // Style::blank pads with a leading space; drop it so columns start at 0.
        text = text
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l).to_string() + "\n")
            .collect();
        text
    }
}

impl Table {
    /// The table for stdout as `paint` allows (see `Output::write_painted`):
    /// cells escaped, the header line bold and outcomes coloured on a
    /// terminal. Styles go around the laid-out text, so escapes never count
    /// as width.
    pub fn render_painted(&self, width: Option<usize>, paint: &Paint) -> String {
        // Cells are escaped before the layout, so the columns line up with
        // what the terminal shows.
        let escaped = Table {
            headers: self.headers.clone(),
            rows: self
                .rows
                .iter()
                .map(|row| row.iter().map(|cell| paint.text(cell).into_owned()).collect())
                .collect(),
            whole: self.whole.clone(),
            outcomes: Vec::new(),
        };
        let text = escaped.render(width);
        if !paint.colour || width.is_none() {
            return text;
        }
        let mut lines = text.lines();
        let Some(header) = lines.next() else {
            return text;
        };
        // Left-aligned columns start where their headers do.
        let mut starts = Vec::new();
        let mut from = 0;
        for name in &self.headers {
            let at = header[from..].find(&name.to_uppercase()).map_or(from, |at| from + at);
            starts.push(at);
            from = at + name.len();
        }
        let mut out = paint.bold(header) + "\n";
        for line in lines {
            let mut shown = String::new();
            let mut done = 0;
            for &column in &self.outcomes {
                let (Some(&start), end) = (starts.get(column), starts.get(column + 1).copied()) else {
                    continue;
                };
                let start = byte_at_column(line, start).max(done);
                let end = end.map_or(line.len(), |end| byte_at_column(line, end)).max(start);
                let cell = line[start..end].trim_end();
                shown.push_str(&line[done..start]);
                shown.push_str(&paint_outcome(paint, cell));
                done = start + cell.len();
            }
            shown.push_str(&line[done..]);
            out.push_str(&shown);
            out.push('\n');
        }
        out
    }

    /// Cuts the columns not kept whole, widest first, until the table fits.
    fn shrink_others(&self, table: &mut tabled::Table, width: usize) {
        use tabled::settings::object::Columns;
        use tabled::settings::Modify;
        let count = self.headers.len();
        let mut widths: Vec<usize> = (0..count)
            .map(|c| {
                std::iter::once(&self.headers[c])
                    .chain(self.rows.iter().filter_map(|r| r.get(c)))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // Style::blank puts one space either side of every cell.
        let overhead = 2 * count;
        let cuttable: Vec<usize> = (0..count).filter(|c| !self.whole.contains(c)).collect();
        while widths.iter().sum::<usize>() + overhead > width {
            let Some(&widest) = cuttable.iter().filter(|&&c| widths[c] > 4).max_by_key(|&&c| widths[c]) else {
                break;
            };
            widths[widest] -= 1;
        }
        for c in cuttable {
            table.with(Modify::new(Columns::one(c)).with(Width::truncate(widths[c]).suffix("…")));
        }
    }
}

/// `Field: value` lines for one object.
#[derive(Default)]
pub struct Record {
    fields: Vec<(String, String)>,
}

impl Record {
    pub fn new() -> Record {
        Record::default()
    }

    pub fn field(mut self, name: &str, value: impl Into<String>) -> Record {
        self.fields.push((name.to_string(), value.into()));
        self
    }

    pub fn render(&self, _width: Option<usize>) -> String {
        let pad = self.fields.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0) + 1;
        let mut text = String::new();
        for (name, value) in &self.fields {
            let label = format!("{name}:");
            text.push_str(&format!("{label:<width$} {value}\n", width = pad));
        }
        text
    }
}

/// The byte offset of display column `column` in `line` (its end when shorter).
fn byte_at_column(line: &str, column: usize) -> usize {
    let mut width = 0;
    for (at, c) in line.char_indices() {
        if width >= column {
            return at;
        }
        width += textwrap::core::display_width(c.encode_utf8(&mut [0; 4]));
    }
    line.len()
}

/// An outcome word in its colour: done is green, failed red, nothing done dim.
fn paint_outcome(paint: &Paint, outcome: &str) -> String {
    match outcome {
        "uploaded" | "replaced" | "removed" | "created" | "updated" | "deleted" => paint.good(outcome),
        "failed" => paint.bad(outcome),
        "unchanged" | "skipped" => paint.dim(outcome),
        _ => outcome.to_string(),
    }
}

/// Keeps a table cell on one line.
fn one_line(text: &str) -> String {
    if text.contains(['\n', '\r', '\t']) {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_plain_columns() {
        let mut t = Table::new(["id", "name"]);
        t.row(["1", "Legal"]);
        t.row(["22", "multi\nline"]);
        let text = t.render(Some(80));
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("ID"), "{text}");
        assert!(lines[1].starts_with("1 "), "{text}");
        assert!(lines[2].contains("multi line"), "{text}");
        assert_eq!(t.render(None), "ID\tNAME\n1\tLegal\n22\tmulti line\n");
    }

    #[test]
    fn painted_headers_are_bold_and_outcomes_coloured_in_place() {
        let colour = Paint {
            colour: true,
            links: false,
            escape: true,
        };
        let mut t = Table::new(["path", "outcome", "detail"]).outcomes_in(1);
        t.row(["naïve.md", "uploaded", ""]);
        t.row(["b\x1b[2J.md", "failed", "413"]);
        let text = t.render_painted(Some(80), &colour);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "\x1b[1mPATH          OUTCOME    DETAIL\x1b[0m", "{text:?}");
        assert_eq!(lines[1], "naïve.md      \x1b[32muploaded\x1b[0m", "{text:?}");
        assert_eq!(lines[2], "b\\x1b[2J.md   \x1b[31mfailed\x1b[0m     413", "{text:?}");
        assert_eq!(t.render_painted(Some(80), &Paint::default()), t.render(Some(80)));
    }
}
