//! The workload inventory as CSV, as spreadsheets write it. A file is accepted whole
//! or refused whole: every problem is reported with its line and column, and the
//! caller's current inventory is never touched by a refused file.

use crate::date::Date;

use super::workload::{Workload, MLPS_LEVELS};
use crate::csv::{self, SyntaxError};
use crate::Lang;

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

impl CsvProblem {
    /// The problem in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let col = |c: &Column| c.header();
        match self {
            CsvProblem::TooLarge { bytes } => {
                if zh {
                    format!("文件过大（{} MB），上限为 {} MB。", bytes / 1_048_576, MAX_BYTES / 1_048_576)
                } else {
                    format!(
                        "The file is too large ({} MB); the limit is {} MB.",
                        bytes / 1_048_576,
                        MAX_BYTES / 1_048_576
                    )
                }
            }
            CsvProblem::TooManyRows { rows } => {
                if zh {
                    format!("行数过多（{rows}），上限为 {MAX_ROWS} 行。")
                } else {
                    format!("Too many rows ({rows}); the limit is {MAX_ROWS}.")
                }
            }
            CsvProblem::Unreadable { detail } => {
                if zh {
                    format!("无法读取该文件：{detail}")
                } else {
                    format!("The file could not be read: {detail}")
                }
            }
            CsvProblem::NotUtf8 { offset } => {
                if zh {
                    format!("文件不是 UTF-8 编码（第 {offset} 字节处）。请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”。")
                } else {
                    format!("The file is not UTF-8 (at byte {offset}). In Excel, use Save As and choose \"CSV UTF-8 (Comma delimited)\".")
                }
            }
            CsvProblem::Empty => {
                if zh {
                    "文件是空的，没有表头。".into()
                } else {
                    "The file is empty: no header row.".into()
                }
            }
            CsvProblem::NoRows => {
                if zh {
                    "文件只有表头，没有任何业务系统。".into()
                } else {
                    "The file has a header but no workloads.".into()
                }
            }
            CsvProblem::Syntax(SyntaxError::UnterminatedQuote { line, column }) => {
                if zh {
                    format!("第 {line} 行第 {column} 列：引号没有闭合。")
                } else {
                    format!("Line {line}, column {column}: a quote is never closed.")
                }
            }
            CsvProblem::Syntax(SyntaxError::StrayQuote { line, column }) => {
                if zh {
                    format!("第 {line} 行第 {column} 列：引号位置不对（字段内的引号要写成两个 \"\"）。")
                } else {
                    format!("Line {line}, column {column}: misplaced quote (a quote inside a field is written \"\").")
                }
            }
            CsvProblem::UnknownColumn { column, header } => {
                if zh {
                    format!("第 1 行第 {column} 列：不认识的列名“{header}”。可用列名：{}。", accepted_headers())
                } else {
                    format!("Line 1, column {column}: unknown column \"{header}\". Accepted: {}.", accepted_headers())
                }
            }
            CsvProblem::DuplicateColumn { column, header } => {
                if zh {
                    format!("第 1 行第 {column} 列：列“{header}”重复出现。")
                } else {
                    format!("Line 1, column {column}: column \"{header}\" appears twice.")
                }
            }
            CsvProblem::MissingColumn { column } => {
                if zh {
                    format!("表头缺少必需的列 {}（也可用：{}）。", col(column), column.names()[1..].join("、"))
                } else {
                    format!(
                        "The header lacks the required column {} (or: {}).",
                        col(column),
                        column.names()[1..].join(", ")
                    )
                }
            }
            CsvProblem::FieldCount { line, expected, found } => {
                if zh {
                    format!("第 {line} 行：应有 {expected} 列，实际 {found} 列。")
                } else {
                    format!("Line {line}: expected {expected} columns, found {found}.")
                }
            }
            CsvProblem::EmptyName { line } => {
                if zh {
                    format!("第 {line} 行，name 列：名称不能为空。")
                } else {
                    format!("Line {line}, column name: the name is empty.")
                }
            }
            CsvProblem::BadBoolean { line, column, value } => {
                if zh {
                    format!("第 {line} 行，{} 列：“{value}”不是是/否值；请填 是/否、yes/no、true/false 或 1/0（空白不算作答）。", col(column))
                } else {
                    format!("Line {line}, column {}: \"{value}\" is not yes or no; use yes/no, true/false, 1/0 or 是/否 (blank is not an answer).", col(column))
                }
            }
            CsvProblem::BadLevel { line, column, value } => {
                if zh {
                    format!("第 {line} 行，{} 列：“{value}”不是等级保护级别；请填 1–5，未定级则留空。", col(column))
                } else {
                    format!("Line {line}, column {}: \"{value}\" is not a protection level; use 1–5, or leave it empty if not yet graded.", col(column))
                }
            }
            CsvProblem::BadDate { line, column, value } => {
                if zh {
                    format!(
                        "第 {line} 行，{} 列：“{value}”不是日期；请按 YYYY-MM-DD 填写，如 2026-03-01。",
                        col(column)
                    )
                } else {
                    format!(
                        "Line {line}, column {}: \"{value}\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01.",
                        col(column)
                    )
                }
            }
            CsvProblem::More { count } => {
                if zh {
                    format!("另有 {count} 处问题未列出。")
                } else {
                    format!("{count} more problems not listed.")
                }
            }
        }
    }
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
pub fn export(workloads: &[Workload]) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let rows: Vec<[String; 10]> = workloads
        .iter()
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
