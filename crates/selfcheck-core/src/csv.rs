//! A small RFC 4180 reader and writer. Hand-written rather than a dependency so that
//! every error can say exactly where it is (line and column, counted as a person
//! counts them in a spreadsheet) and the wasm stays small.

/// One row, with the line it starts on (quoted fields may span lines). A workbook's
/// sheet gives the same rows (`sheet::SheetRows`), with the row numbers Excel shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
    /// Whether each field was quoted: quoted text is kept exactly, spaces included.
    pub quoted: Vec<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// A quoted field is never closed.
    UnterminatedQuote { line: usize, column: usize },
    /// A quote inside an unquoted field, or text after a closing quote.
    StrayQuote { line: usize, column: usize },
}

/// Parses CSV text (UTF-8, optional BOM; CRLF, LF or CR line ends). Blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Record>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut quoted: Vec<bool> = Vec::new();
    let mut field = String::new();
    let mut field_quoted = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    // State: at field start, inside an unquoted field, inside quotes, just after a closing quote.
    #[derive(PartialEq)]
    enum At {
        Start,
        Unquoted,
        Quoted,
        AfterQuote,
    }
    let mut at = At::Start;
    let mut quote_line = 0;
    let end_record = |fields: &mut Vec<String>,
                      quoted: &mut Vec<bool>,
                      field: &mut String,
                      was_quoted: bool,
                      records: &mut Vec<Record>,
                      line: usize| {
        fields.push(std::mem::take(field));
        quoted.push(was_quoted);
        let blank = fields.len() == 1 && fields[0].is_empty() && !was_quoted;
        if !blank {
            records.push(Record { line, fields: std::mem::take(fields), quoted: std::mem::take(quoted) });
        } else {
            fields.clear();
            quoted.clear();
        }
    };
    while let Some(c) = chars.next() {
        match (&at, c) {
            (At::Quoted, '"') => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    at = At::AfterQuote;
                }
            }
            (At::Quoted, c) => {
                if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                    line += 1;
                }
                field.push(c);
            }
            (_, ',') => {
                fields.push(std::mem::take(&mut field));
                quoted.push(std::mem::take(&mut field_quoted));
                at = At::Start;
            }
            (_, '\r' | '\n') => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_record(
                    &mut fields,
                    &mut quoted,
                    &mut field,
                    std::mem::take(&mut field_quoted),
                    &mut records,
                    record_line,
                );
                line += 1;
                record_line = line;
                at = At::Start;
            }
            (At::Start, '"') => {
                at = At::Quoted;
                field_quoted = true;
                quote_line = line;
            }
            (At::Unquoted, '"') | (At::AfterQuote, _) => {
                return Err(SyntaxError::StrayQuote { line, column: fields.len() + 1 });
            }
            (At::Start | At::Unquoted, c) => {
                field.push(c);
                at = At::Unquoted;
            }
        }
    }
    if at == At::Quoted {
        return Err(SyntaxError::UnterminatedQuote { line: quote_line, column: fields.len() + 1 });
    }
    if !(fields.is_empty() && field.is_empty() && !field_quoted) {
        end_record(&mut fields, &mut quoted, &mut field, field_quoted, &mut records, record_line);
    }
    Ok(records)
}

/// Makes a cell safe to open in a spreadsheet: text that a spreadsheet would run as a
/// formula (starting with = + - @, tab or CR) gets a leading apostrophe.
pub fn neutralise_formula(cell: &str) -> String {
    if needs_guard(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A formula start, possibly behind apostrophes: such cells get one more apostrophe on
/// export, and import removes exactly one, so any text round-trips.
fn needs_guard(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// Undoes `neutralise_formula` on import, so export → import gives the same text.
pub fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// What a spreadsheet treats as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV line (no line end): cells neutralised, then quoted where needed.
pub fn write_row(cells: &[&str]) -> String {
    cells
        .iter()
        .map(|cell| {
            let cell = neutralise_formula(cell);
            // Empty cells are quoted too, so "empty on purpose" (an unnamed workload) is
            // told apart from a cell left blank in a spreadsheet.
            if cell.is_empty() || cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A whole file as Excel reads UTF-8 best: BOM first, CRLF line ends.
pub fn write_file(rows: &[Vec<&str>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(&write_row(row));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse(text).unwrap().into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn plain_quoted_and_escaped_fields() {
        assert_eq!(rows("a,b\r\n\"c,d\",\"say \"\"hi\"\"\"\r\n"), [vec!["a", "b"], vec!["c,d", "say \"hi\""]]);
    }

    #[test]
    fn bom_blank_lines_and_every_line_end() {
        assert_eq!(rows("\u{feff}a\n\nb\rc\r\n"), [vec!["a"], vec!["b"], vec!["c"]]);
        assert_eq!(rows("a,b"), [vec!["a", "b"]], "no final line end");
        assert_eq!(rows("a,,\n"), [vec!["a", "", ""]], "empty fields kept");
    }

    #[test]
    fn records_know_the_line_they_start_on() {
        let records = parse("h\n\"two\nlines\"\nnext\n").unwrap();
        assert_eq!(records.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4]);
        assert_eq!(records[1].fields, ["two\nlines"]);
    }

    #[test]
    fn syntax_errors_are_located() {
        assert_eq!(parse("a\n\"open,b\n"), Err(SyntaxError::UnterminatedQuote { line: 2, column: 1 }));
        assert_eq!(parse("a,b\"c\n"), Err(SyntaxError::StrayQuote { line: 1, column: 2 }));
        assert_eq!(parse("x\n\"a\"b,c\n"), Err(SyntaxError::StrayQuote { line: 2, column: 1 }));
    }

    #[test]
    fn writing_quotes_what_needs_it_and_defuses_formulas() {
        assert_eq!(write_row(&["plain", "a,b", "say \"x\"", " pad"]), "plain,\"a,b\",\"say \"\"x\"\"\",\" pad\"");
        assert_eq!(write_row(&["=1+1", "+A1", "-2", "@SUM(A1)", "ok"]), "'=1+1,'+A1,'-2,'@SUM(A1),ok");
        assert_eq!(restore_formula("'=1+1"), "=1+1");
        assert_eq!(restore_formula("'quoted"), "'quoted");
    }

    #[test]
    fn written_files_parse_back_to_the_same_cells() {
        let cells = vec![vec!["名称", "a\nb", "x,\"y\"", "=cmd()"]];
        let text = write_file(&cells);
        assert!(text.starts_with('\u{feff}') && text.ends_with("\r\n"));
        let back: Vec<Vec<String>> =
            rows(&text).into_iter().map(|r| r.iter().map(|c| restore_formula(c).to_string()).collect()).collect();
        assert_eq!(back, [vec!["名称", "a\nb", "x,\"y\"", "=cmd()"]]);
    }
}
