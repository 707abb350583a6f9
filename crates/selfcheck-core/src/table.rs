//! Tables people keep in spreadsheets: a header row naming the columns (in any order,
//! English in any letter case or the Chinese names), then one record per row. Every
//! importer reads them alike (the inventory, a catalog): a file is taken whole or refused
//! whole, and every problem is located as a spreadsheet shows it (row, column), up to
//! `MAX_LISTED` and then counted. Rows come from a CSV file or a workbook's sheet
//! (`Table`); everything after that is the same.

use crate::csv::{self, SyntaxError};
use crate::messages::{Describe, Message, M};

/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// The columns an importer reads.
pub trait Column: Copy + Eq + std::fmt::Debug + 'static {
    const ALL: &'static [Self];

    /// The canonical (English) header first, then the other names accepted.
    fn names(self) -> &'static [&'static str];

    /// Optional columns may be left out of the header.
    fn required(self) -> bool;

    fn header(self) -> &'static str {
        self.names()[0]
    }

    /// Its name in `lang`, as templates and workbooks head it: the English header, or
    /// the Chinese name that follows it (a column with none keeps its English one).
    fn name_in(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.header(),
            crate::Lang::ZhCn => self.names().get(1).copied().unwrap_or(self.header()),
        }
    }

    fn from_header(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL.iter().copied().find(|c| c.names().iter().any(|n| n.eq_ignore_ascii_case(text)))
    }
}

/// The header row of `C`'s table in `lang`, every column in order (the templates, CSV and
/// workbook).
pub fn headers<C: Column>(lang: crate::Lang) -> Vec<&'static str> {
    C::ALL.iter().map(|c| c.name_in(lang)).collect()
}

/// One cell as an importer sees it.
#[derive(Clone, Copy, Debug)]
pub struct Cell<'a> {
    /// Trimmed unless it was quoted, a formula guard removed.
    pub value: &'a str,
    /// Quoted text is kept exactly: "" is "empty on purpose", a bare blank is a blank.
    pub quoted: bool,
}

impl Cell<'_> {
    pub fn is_blank(&self) -> bool {
        self.value.trim().is_empty()
    }
}

/// What is wrong, precisely enough to fix it. `C` names the importer's columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableProblem<C> {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    TooManyRows {
        rows: usize,
        limit: usize,
    },
    /// The browser or the system could not read the file at all.
    Unreadable {
        detail: String,
    },
    /// The bytes are not UTF-8 (spreadsheets in Chinese locales often save GBK).
    NotUtf8 {
        offset: usize,
    },
    Empty,
    NoRows,
    Syntax(SyntaxError),
    UnknownColumn {
        column: usize,
        header: String,
    },
    DuplicateColumn {
        column: usize,
        header: String,
    },
    MissingColumn {
        column: C,
    },
    FieldCount {
        line: usize,
        expected: usize,
        found: usize,
    },
    /// A required value left blank.
    Blank {
        line: usize,
        column: C,
    },
    BadBoolean {
        line: usize,
        column: C,
        value: String,
    },
    BadLevel {
        line: usize,
        column: C,
        value: String,
    },
    BadDate {
        line: usize,
        column: C,
        value: String,
    },
    /// A date that must come after another one of the row does not (a planned end of
    /// use on or before the migration).
    DateNotAfter {
        line: usize,
        column: C,
        value: String,
        earlier: C,
        earlier_value: String,
    },
    BadId {
        line: usize,
        column: C,
        value: String,
    },
    DuplicateId {
        line: usize,
        column: C,
        value: String,
        first: usize,
    },
    BadWeight {
        line: usize,
        column: C,
        value: String,
    },
    BadTier {
        line: usize,
        column: C,
        value: String,
    },
    /// Not a level an item can apply from (1–4).
    BadFromLevel {
        line: usize,
        column: C,
        value: String,
    },
    /// Not a status in either language (met, 达标, …).
    BadStatus {
        line: usize,
        column: C,
        value: String,
    },
    /// A name (a platform's) already given on an earlier line.
    DuplicateName {
        line: usize,
        column: C,
        value: String,
        first: usize,
    },
    /// Not a capability tier a platform can have (blank is "not recorded").
    BadPlatformTier {
        line: usize,
        column: C,
        value: String,
    },
    /// Not `item=relation` (a catalog's `maps_to`: `M19-A3-07-Q1=equal`).
    BadMapsTo {
        line: usize,
        column: C,
        value: String,
    },
    /// Not yes or no, where blank is allowed and means "not recorded".
    BadOptionalBoolean {
        line: usize,
        column: C,
        value: String,
    },
    /// More problems than are listed.
    More {
        count: usize,
    },
}

impl<C: Column> Describe for TableProblem<C> {
    fn describe(&self) -> Message {
        let cell = |key: M, line: &usize, column: &C, value: &str| {
            Message::new(key).with("line", line).with("column", column.header()).with("value", value)
        };
        match self {
            TableProblem::TooLarge { bytes, limit } => {
                Message::new(M::CsvTooLarge).with("size", bytes / 1_048_576).with("limit", limit / 1_048_576)
            }
            TableProblem::TooManyRows { rows, limit } => {
                Message::new(M::CsvTooManyRows).with("rows", rows).with("limit", limit)
            }
            TableProblem::Unreadable { detail } => Message::new(M::FileUnreadable).with("detail", detail),
            TableProblem::NotUtf8 { offset } => Message::new(M::CsvNotUtf8).with("offset", offset),
            TableProblem::Empty => Message::new(M::CsvEmpty),
            TableProblem::NoRows => Message::new(M::CsvNoRows),
            TableProblem::Syntax(SyntaxError::UnterminatedQuote { line, column }) => {
                Message::new(M::CsvUnterminatedQuote).with("line", line).with("column", column)
            }
            TableProblem::Syntax(SyntaxError::StrayQuote { line, column }) => {
                Message::new(M::CsvStrayQuote).with("line", line).with("column", column)
            }
            TableProblem::UnknownColumn { column, header } => Message::new(M::CsvUnknownColumn)
                .with("column", column)
                .with("header", header)
                .with("accepted", accepted_headers::<C>()),
            TableProblem::DuplicateColumn { column, header } => {
                Message::new(M::CsvDuplicateColumn).with("column", column).with("header", header)
            }
            TableProblem::MissingColumn { column } => Message::new(M::CsvMissingColumn)
                .with("column", column.header())
                .list("aliases", column.names()[1..].iter().map(|n| n.to_string())),
            TableProblem::FieldCount { line, expected, found } => {
                Message::new(M::CsvFieldCount).with("line", line).with("expected", expected).with("found", found)
            }
            TableProblem::Blank { line, column } => {
                Message::new(M::CsvBlank).with("line", line).with("column", column.header())
            }
            TableProblem::BadBoolean { line, column, value } => cell(M::CsvBadBoolean, line, column, value),
            TableProblem::BadLevel { line, column, value } => cell(M::CsvBadLevel, line, column, value),
            TableProblem::BadDate { line, column, value } => cell(M::CsvBadDate, line, column, value),
            TableProblem::DateNotAfter { line, column, value, earlier, earlier_value } => {
                cell(M::CsvDateNotAfter, line, column, value)
                    .with("earlier", earlier.header())
                    .with("earlier_value", earlier_value)
            }
            TableProblem::BadId { line, column, value } => cell(M::CsvBadId, line, column, value),
            TableProblem::DuplicateId { line, column, value, first } => {
                cell(M::CsvDuplicateId, line, column, value).with("first", first)
            }
            TableProblem::BadWeight { line, column, value } => cell(M::CsvBadWeight, line, column, value),
            TableProblem::BadTier { line, column, value } => cell(M::CsvBadTier, line, column, value),
            TableProblem::BadFromLevel { line, column, value } => cell(M::CsvBadFromLevel, line, column, value),
            TableProblem::BadMapsTo { line, column, value } => cell(M::CsvBadMapsTo, line, column, value),
            TableProblem::BadStatus { line, column, value } => cell(M::CsvBadStatus, line, column, value)
                .list("accepted", crate::answer::Status::ALL.iter().map(|s| crate::messages::terms::status_names(*s))),
            TableProblem::DuplicateName { line, column, value, first } => {
                cell(M::CsvDuplicateName, line, column, value).with("first", first)
            }
            TableProblem::BadPlatformTier { line, column, value } => cell(M::CsvBadPlatformTier, line, column, value),
            TableProblem::BadOptionalBoolean { line, column, value } => {
                cell(M::CsvBadOptionalBoolean, line, column, value)
            }
            TableProblem::More { count } => Message::new(M::CsvMore).with("count", count),
        }
    }
}

fn accepted_headers<C: Column>() -> String {
    C::ALL.iter().map(|c| c.names().join("/")).collect::<Vec<_>>().join(", ")
}

/// A row of cells, with the line a spreadsheet shows it on (quoted fields may span lines).
pub type Row = csv::Record;

/// A table as it arrives: a CSV file's bytes, or a workbook's sheet already read into
/// rows (the Excel module, or `selfcheck-sheets` natively, reads the .xlsx).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Table {
    Csv(Vec<u8>),
    Sheet(crate::sheet::SheetRows),
}

impl Table {
    /// The sheet's name, for a table read from a workbook.
    pub fn sheet(&self) -> Option<&str> {
        match self {
            Table::Csv(_) => None,
            Table::Sheet(sheet) => Some(&sheet.sheet),
        }
    }

    /// The header row and the rows after it: for CSV, size, encoding and syntax checked
    /// (`csv_rows`); for a sheet, the first row that is not blank is the header.
    pub fn rows<C>(&self, max_bytes: usize, max_rows: usize) -> Result<(Row, Vec<Row>), Vec<TableProblem<C>>> {
        match self {
            Table::Csv(bytes) => csv_rows(bytes, max_bytes, max_rows),
            Table::Sheet(sheet) => {
                let mut rows = sheet.rows.iter().skip_while(|r| r.fields.iter().all(|f| f.trim().is_empty()));
                let header = rows.next().cloned().ok_or_else(|| vec![TableProblem::Empty])?;
                let rows: Vec<Row> = rows.cloned().collect();
                if rows.len() > max_rows {
                    return Err(vec![TableProblem::TooManyRows { rows: rows.len(), limit: max_rows }]);
                }
                Ok((header, rows))
            }
        }
    }
}

/// Size, encoding and CSV syntax: the header row and the rows after it.
pub fn csv_rows<C>(bytes: &[u8], max_bytes: usize, max_rows: usize) -> Result<(Row, Vec<Row>), Vec<TableProblem<C>>> {
    if bytes.len() > max_bytes {
        return Err(vec![TableProblem::TooLarge { bytes: bytes.len(), limit: max_bytes }]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| vec![TableProblem::NotUtf8 { offset: e.valid_up_to() }])?;
    let mut records = csv::parse(text).map_err(|e| vec![TableProblem::Syntax(e)])?.into_iter();
    let header = records.next().ok_or_else(|| vec![TableProblem::Empty])?;
    let rows: Vec<Row> = records.collect();
    if rows.len() > max_rows {
        return Err(vec![TableProblem::TooManyRows { rows: rows.len(), limit: max_rows }]);
    }
    Ok((header, rows))
}

/// Reads the rows under `header`: `record` turns the cells of one row (by column) into a
/// value, pushing what is wrong with them. Rows of empty cells, which spreadsheets
/// append, are skipped. The whole table or every problem.
pub fn read<C: Column, T>(
    header: &Row,
    rows: &[Row],
    mut record: impl FnMut(usize, &[(C, Cell)], &mut Vec<TableProblem<C>>) -> T,
) -> Result<Vec<T>, Vec<TableProblem<C>>> {
    let columns = header_columns::<C>(header)?;
    let mut problems = Vec::new();
    let mut records = Vec::with_capacity(rows.len());
    for row in rows {
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.fields.len() != columns.len() {
            problems.push(TableProblem::FieldCount {
                line: row.line,
                expected: columns.len(),
                found: row.fields.len(),
            });
            continue;
        }
        let cells: Vec<(C, Cell)> = columns
            .iter()
            .zip(row.fields.iter().zip(&row.quoted))
            .map(|(&column, (raw, &quoted))| {
                // Quoted text is kept exactly (exports quote padded text); bare cells are trimmed.
                let value = csv::restore_formula(if quoted { raw.as_str() } else { raw.trim() });
                (column, Cell { value, quoted })
            })
            .collect();
        records.push(record(row.line, &cells, &mut problems));
    }
    if problems.is_empty() && records.is_empty() {
        return Err(vec![TableProblem::NoRows]);
    }
    if problems.is_empty() {
        Ok(records)
    } else {
        Err(listed(problems))
    }
}

/// The first `MAX_LISTED` problems, then how many more.
pub fn listed<C>(mut problems: Vec<TableProblem<C>>) -> Vec<TableProblem<C>> {
    if problems.len() > MAX_LISTED {
        let more = problems.len() - MAX_LISTED;
        problems.truncate(MAX_LISTED);
        problems.push(TableProblem::More { count: more });
    }
    problems
}

/// The header's columns, in order, or every problem with them.
fn header_columns<C: Column>(header: &Row) -> Result<Vec<C>, Vec<TableProblem<C>>> {
    let mut problems = Vec::new();
    let mut columns: Vec<C> = Vec::with_capacity(header.fields.len());
    for (i, name) in header.fields.iter().enumerate() {
        let header = name.trim().trim_start_matches('\u{feff}').to_string();
        match C::from_header(&header) {
            None => problems.push(TableProblem::UnknownColumn { column: i + 1, header }),
            Some(c) if columns.contains(&c) => problems.push(TableProblem::DuplicateColumn { column: i + 1, header }),
            Some(c) => columns.push(c),
        }
    }
    for &column in C::ALL.iter().filter(|c| c.required() && !columns.contains(c)) {
        problems.push(TableProblem::MissingColumn { column });
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(problems)
    }
}

/// yes/no, true/false, 1/0, 是/否, y/n, in any letter case. Blank is *not* "no": a
/// state-secret column left empty must not read as "no secrets"; readers with a default
/// check for blank first.
pub fn parse_bool(text: &str) -> Option<bool> {
    match crate::fold::fold(text.trim()).as_str() {
        "yes" | "true" | "1" | "是" | "y" => Some(true),
        "no" | "false" | "0" | "否" | "n" => Some(false),
        _ => None,
    }
}

/// A level as Chinese forms write it too: "3", "3级", "第三级", "三级". `None` if not one.
pub fn parse_level_number(text: &str) -> Option<u8> {
    let core = text.trim().trim_start_matches('第').trim_end_matches('级');
    match core {
        "一" => Some(1),
        "二" => Some(2),
        "三" => Some(3),
        "四" => Some(4),
        "五" => Some(5),
        digits => digits.parse::<u8>().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Col {
        Name,
        Note,
    }

    impl Column for Col {
        const ALL: &'static [Col] = &[Col::Name, Col::Note];
        fn names(self) -> &'static [&'static str] {
            match self {
                Col::Name => &["name", "名称"],
                Col::Note => &["note", "备注"],
            }
        }
        fn required(self) -> bool {
            self == Col::Name
        }
    }

    fn read_all(text: &str) -> Result<Vec<String>, Vec<TableProblem<Col>>> {
        let (header, rows) = csv_rows::<Col>(text.as_bytes(), 1 << 20, 10)?;
        read(&header, &rows, |line, cells, problems| {
            let name = cells.iter().find(|(c, _)| *c == Col::Name).map(|(_, cell)| *cell).unwrap();
            if name.is_blank() {
                problems.push(TableProblem::Blank { line, column: Col::Name });
            }
            name.value.to_string()
        })
    }

    #[test]
    fn headers_in_any_order_case_or_language_and_blank_rows_skipped() {
        assert_eq!(read_all("\u{feff}NOTE,名称\nx,a\n,,\n,b\n"), Ok(vec!["a".to_string(), "b".to_string()]));
    }

    #[test]
    fn the_header_and_every_row_are_checked_and_located() {
        assert_eq!(
            read_all("note,colour,note\n"),
            Err(vec![
                TableProblem::UnknownColumn { column: 2, header: "colour".into() },
                TableProblem::DuplicateColumn { column: 3, header: "note".into() },
                TableProblem::MissingColumn { column: Col::Name },
            ])
        );
        assert_eq!(
            read_all("name,note\n,x\na\n"),
            Err(vec![
                TableProblem::Blank { line: 2, column: Col::Name },
                TableProblem::FieldCount { line: 3, expected: 2, found: 1 }
            ])
        );
        assert_eq!(read_all("name\n"), Err(vec![TableProblem::NoRows]));
        assert_eq!(read_all(""), Err(vec![TableProblem::Empty]));
        let many = format!("name\n{}", "\n".repeat(3) + &"a\n".repeat(11));
        assert_eq!(read_all(&many), Err(vec![TableProblem::TooManyRows { rows: 11, limit: 10 }]));
    }

    #[test]
    fn past_the_listed_problems_the_rest_are_counted() {
        let text = format!("name,note\n{}", ",x\n".repeat(MAX_LISTED + 5));
        let (header, rows) = csv_rows::<Col>(text.as_bytes(), 1 << 20, 1000).unwrap();
        let problems = read(&header, &rows, |line, _, problems: &mut Vec<TableProblem<Col>>| {
            problems.push(TableProblem::Blank { line, column: Col::Name })
        })
        .unwrap_err();
        assert_eq!(problems.len(), MAX_LISTED + 1);
        assert_eq!(problems.last(), Some(&TableProblem::More { count: 5 }));
    }

    #[test]
    fn every_problem_is_worded_in_both_languages() {
        use crate::Lang;
        let samples = [
            TableProblem::Blank { line: 3, column: Col::Name },
            TableProblem::BadId { line: 3, column: Col::Name, value: "x y".into() },
            TableProblem::DuplicateId { line: 5, column: Col::Name, value: "1.1".into(), first: 2 },
            TableProblem::BadWeight { line: 3, column: Col::Note, value: "9".into() },
            TableProblem::BadTier { line: 3, column: Col::Note, value: "top".into() },
            TableProblem::TooLarge { bytes: 6 << 20, limit: 5 << 20 },
            TableProblem::DuplicateName { line: 4, column: Col::Name, value: "政务云".into(), first: 2 },
            TableProblem::BadPlatformTier { line: 3, column: Col::Note, value: "top".into() },
            TableProblem::BadOptionalBoolean { line: 3, column: Col::Note, value: "maybe".into() },
        ];
        for problem in samples {
            for lang in Lang::ALL {
                let text = problem.message(lang);
                assert!(!text.contains('{'), "{text}");
            }
        }
        let duplicate = TableProblem::DuplicateId { line: 5, column: Col::Name, value: "1.1".into(), first: 2 };
        assert_eq!(duplicate.message(Lang::En), "Line 5, column name: the id \"1.1\" is already used on line 2.");
    }
}
