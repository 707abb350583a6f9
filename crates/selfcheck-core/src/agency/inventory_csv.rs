//! The workload inventory as CSV, as spreadsheets write it. A file is accepted whole
//! or refused whole: every problem is reported with its line and column, and the
//! caller's current inventory is never touched by a refused file.

use crate::date::Date;

use super::workload::{Workload, MLPS_LEVELS};
use crate::csv::{self, SyntaxError};
use crate::messages::{Describe, Message, M};

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// More rows than this are refused (10,000 workloads is the design load).
pub const MAX_ROWS: usize = 100_000;
/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED_ERRORS: usize = 100;

/// The columns, in the order export writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Description,
    StateSecret,
    WorkSecret,
    MlpsLevel,
    SensitiveData,
    KeyBusiness,
    SevereImpact,
    Platform,
    MigrationDate,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Description,
        Column::StateSecret,
        Column::WorkSecret,
        Column::MlpsLevel,
        Column::SensitiveData,
        Column::KeyBusiness,
        Column::SevereImpact,
        Column::Platform,
        Column::MigrationDate,
    ];

    /// The canonical (English) header, first, then the Chinese names accepted.
    pub const fn names(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["name", "名称", "系统名称"],
            Column::Description => &["description", "描述", "说明"],
            Column::StateSecret => &["state_secret", "涉及国家秘密", "国家秘密"],
            Column::WorkSecret => &["work_secret", "涉及工作秘密", "工作秘密"],
            Column::MlpsLevel => &["mlps_level", "等级保护级别", "等保级别"],
            Column::SensitiveData => &["sensitive_data", "大量敏感信息", "敏感信息"],
            Column::KeyBusiness => &["key_business", "关键业务"],
            Column::SevereImpact => &["severe_impact", "严重影响"],
            Column::Platform => &["platform", "目标平台", "云平台"],
            Column::MigrationDate => &["migration_date", "计划迁移日期", "迁移日期"],
        }
    }

    pub const fn header(self) -> &'static str {
        self.names()[0]
    }

    /// Optional columns may be left out of the header; the rest must be there.
    pub const fn required(self) -> bool {
        !matches!(self, Column::Description | Column::Platform | Column::MigrationDate)
    }

    fn from_header(text: &str) -> Option<Column> {
        let text = text.trim();
        Column::ALL.into_iter().find(|c| c.names().iter().any(|n| n.eq_ignore_ascii_case(text)))
    }
}

/// What is wrong, precisely enough to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    TooLarge {
        bytes: usize,
    },
    TooManyRows {
        rows: usize,
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
        column: Column,
    },
    FieldCount {
        line: usize,
        expected: usize,
        found: usize,
    },
    EmptyName {
        line: usize,
    },
    BadBoolean {
        line: usize,
        column: Column,
        value: String,
    },
    BadLevel {
        line: usize,
        column: Column,
        value: String,
    },
    BadDate {
        line: usize,
        column: Column,
        value: String,
    },
    /// More problems than are listed.
    More {
        count: usize,
    },
}

impl Describe for CsvProblem {
    fn describe(&self) -> Message {
        match self {
            CsvProblem::TooLarge { bytes } => {
                Message::new(M::CsvTooLarge).with("size", bytes / 1_048_576).with("limit", MAX_BYTES / 1_048_576)
            }
            CsvProblem::TooManyRows { rows } => {
                Message::new(M::CsvTooManyRows).with("rows", rows).with("limit", MAX_ROWS)
            }
            CsvProblem::Unreadable { detail } => Message::new(M::FileUnreadable).with("detail", detail),
            CsvProblem::NotUtf8 { offset } => Message::new(M::CsvNotUtf8).with("offset", offset),
            CsvProblem::Empty => Message::new(M::CsvEmpty),
            CsvProblem::NoRows => Message::new(M::CsvNoRows),
            CsvProblem::Syntax(SyntaxError::UnterminatedQuote { line, column }) => {
                Message::new(M::CsvUnterminatedQuote).with("line", line).with("column", column)
            }
            CsvProblem::Syntax(SyntaxError::StrayQuote { line, column }) => {
                Message::new(M::CsvStrayQuote).with("line", line).with("column", column)
            }
            CsvProblem::UnknownColumn { column, header } => Message::new(M::CsvUnknownColumn)
                .with("column", column)
                .with("header", header)
                .with("accepted", accepted_headers()),
            CsvProblem::DuplicateColumn { column, header } => {
                Message::new(M::CsvDuplicateColumn).with("column", column).with("header", header)
            }
            CsvProblem::MissingColumn { column } => Message::new(M::CsvMissingColumn)
                .with("column", column.header())
                .list("aliases", column.names()[1..].iter().map(|n| n.to_string())),
            CsvProblem::FieldCount { line, expected, found } => {
                Message::new(M::CsvFieldCount).with("line", line).with("expected", expected).with("found", found)
            }
            CsvProblem::EmptyName { line } => Message::new(M::CsvEmptyName).with("line", line),
            CsvProblem::BadBoolean { line, column, value } => located(M::CsvBadBoolean, *line, *column, value),
            CsvProblem::BadLevel { line, column, value } => located(M::CsvBadLevel, *line, *column, value),
            CsvProblem::BadDate { line, column, value } => located(M::CsvBadDate, *line, *column, value),
            CsvProblem::More { count } => Message::new(M::CsvMore).with("count", count),
        }
    }
}

/// A cell's problem: where it is and what it holds.
fn located(key: M, line: usize, column: Column, value: &str) -> Message {
    Message::new(key).with("line", line).with("column", column.header()).with("value", value)
}

fn accepted_headers() -> String {
    Column::ALL.iter().map(|c| c.names().join("/")).collect::<Vec<_>>().join(", ")
}

/// A cell whose text is not a value of its column's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidValue;

/// yes/no, true/false, 1/0, 是/否, in any letter case. Blank is *not* "no": a
/// state-secret column left empty must not read as "no secrets".
pub fn parse_bool(text: &str) -> Option<bool> {
    match crate::fold::fold(text.trim()).as_str() {
        "yes" | "true" | "1" | "是" | "y" => Some(true),
        "no" | "false" | "0" | "否" | "n" => Some(false),
        _ => None,
    }
}

/// 1–5, also as written in Chinese forms: "3级", "第三级", "三级". Empty = not graded.
pub fn parse_level(text: &str) -> Result<Option<u8>, InvalidValue> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let core = text.trim_start_matches('第').trim_end_matches('级');
    let level = match core {
        "一" => 1,
        "二" => 2,
        "三" => 3,
        "四" => 4,
        "五" => 5,
        digits => digits.parse::<u8>().map_err(|_| InvalidValue)?,
    };
    if MLPS_LEVELS.contains(&level) {
        Ok(Some(level))
    } else {
        Err(InvalidValue)
    }
}

/// ISO dates, and the slash form spreadsheets in Chinese locales write (2026/3/1).
pub fn parse_date(text: &str) -> Result<Option<Date>, InvalidValue> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse_loose(text, '-').or_else(|| Date::parse_loose(text, '/')).map(Some).ok_or(InvalidValue)
}

/// Checks a file's size and decodes it strictly as UTF-8 (a BOM is fine).
pub fn decode(bytes: &[u8]) -> Result<&str, CsvProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(CsvProblem::TooLarge { bytes: bytes.len() });
    }
    std::str::from_utf8(bytes).map_err(|e| CsvProblem::NotUtf8 { offset: e.valid_up_to() })
}

/// Reads an inventory. `Err` carries every problem found (up to `MAX_LISTED_ERRORS`).
pub fn import(text: &str) -> Result<Vec<Workload>, Vec<CsvProblem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![CsvProblem::TooLarge { bytes: text.len() }]);
    }
    let records = csv::parse(text).map_err(|e| vec![CsvProblem::Syntax(e)])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![CsvProblem::Empty]);
    };
    if rows.len() > MAX_ROWS {
        return Err(vec![CsvProblem::TooManyRows { rows: rows.len() }]);
    }

    let mut problems = Vec::new();
    let mut columns: Vec<Column> = Vec::with_capacity(header.fields.len());
    for (i, name) in header.fields.iter().enumerate() {
        match Column::from_header(name) {
            None => problems.push(CsvProblem::UnknownColumn { column: i + 1, header: name.trim().to_string() }),
            Some(c) if columns.contains(&c) => {
                problems.push(CsvProblem::DuplicateColumn { column: i + 1, header: name.trim().to_string() })
            }
            Some(c) => columns.push(c),
        }
    }
    for column in Column::ALL.into_iter().filter(|c| c.required() && !columns.contains(c)) {
        problems.push(CsvProblem::MissingColumn { column });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if rows.is_empty() {
        return Err(vec![CsvProblem::NoRows]);
    }

    let mut workloads = Vec::with_capacity(rows.len());
    for row in rows {
        // Spreadsheets often end a sheet with rows of empty cells: not workloads.
        if row.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.fields.len() != columns.len() {
            problems.push(CsvProblem::FieldCount { line: row.line, expected: columns.len(), found: row.fields.len() });
            continue;
        }
        let mut w = Workload::default();
        for ((&column, raw), &quoted) in columns.iter().zip(&row.fields).zip(&row.quoted) {
            // Quoted text is kept exactly (export quotes padded text); bare cells are trimmed.
            let value = csv::restore_formula(if quoted { raw.as_str() } else { raw.trim() });
            let line = row.line;
            let flag = |problems: &mut Vec<CsvProblem>| {
                parse_bool(value).unwrap_or_else(|| {
                    problems.push(CsvProblem::BadBoolean { line, column, value: value.to_string() });
                    false
                })
            };
            match column {
                Column::Name => {
                    // A name quoted as "" was exported empty on purpose; a blank cell is a mistake.
                    if value.trim().is_empty() && !quoted {
                        problems.push(CsvProblem::EmptyName { line });
                    }
                    w.name = value.to_string();
                }
                Column::Description => w.description = value.to_string(),
                Column::StateSecret => w.state_secret = flag(&mut problems),
                Column::WorkSecret => w.work_secret = flag(&mut problems),
                Column::SensitiveData => w.sensitive_data = flag(&mut problems),
                Column::KeyBusiness => w.key_business = flag(&mut problems),
                Column::SevereImpact => w.severe_impact = flag(&mut problems),
                Column::MlpsLevel => match parse_level(value) {
                    Ok(level) => w.mlps_level = level,
                    Err(InvalidValue) => problems.push(CsvProblem::BadLevel { line, column, value: value.to_string() }),
                },
                Column::Platform => w.platform = Some(value.to_string()).filter(|p| !p.is_empty()),
                Column::MigrationDate => match parse_date(value) {
                    Ok(date) => w.migration_date = date,
                    Err(InvalidValue) => problems.push(CsvProblem::BadDate { line, column, value: value.to_string() }),
                },
            }
        }
        workloads.push(w);
    }
    if problems.is_empty() && workloads.is_empty() {
        // Only rows of empty cells: as empty as a header alone (found by fuzzing).
        Err(vec![CsvProblem::NoRows])
    } else if problems.is_empty() {
        Ok(workloads)
    } else {
        if problems.len() > MAX_LISTED_ERRORS {
            let more = problems.len() - MAX_LISTED_ERRORS;
            problems.truncate(MAX_LISTED_ERRORS);
            problems.push(CsvProblem::More { count: more });
        }
        Err(problems)
    }
}

/// Writes an inventory that `import` reads back unchanged (obligation answers are not
/// part of the CSV: they live in the JSON report).
pub fn export<'a>(workloads: impl IntoIterator<Item = &'a Workload>) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let rows: Vec<[String; 10]> = workloads
        .into_iter()
        .map(|w| {
            [
                w.name.clone(),
                w.description.clone(),
                yes_no(w.state_secret).into(),
                yes_no(w.work_secret).into(),
                w.mlps_level.map(|l| l.to_string()).unwrap_or_default(),
                yes_no(w.sensitive_data).into(),
                yes_no(w.key_business).into(),
                yes_no(w.severe_impact).into(),
                w.platform.clone().unwrap_or_default(),
                w.migration_date.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let mut table: Vec<Vec<&str>> = vec![Column::ALL.iter().map(|c| c.header()).collect()];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    csv::write_file(&table)
}
