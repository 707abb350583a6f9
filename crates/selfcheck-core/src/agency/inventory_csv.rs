//! The workload inventory as CSV, as spreadsheets write it. A file is accepted whole
//! or refused whole: every problem is reported with its line and column, and the
//! caller's current inventory is never touched by a refused file.

use crate::date::Date;

use super::workload::{Workload, MLPS_LEVELS};
use crate::csv;
use crate::table::{self, Column as _, Table, TableProblem};

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// More rows than this are refused (10,000 workloads is the design load).
pub const MAX_ROWS: usize = 100_000;
/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED_ERRORS: usize = table::MAX_LISTED;

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
    ConfidentialityReview,
    Platform,
    MigrationDate,
    EndOfUse,
}

impl Column {
    pub const ALL: [Column; 12] = [
        Column::Name,
        Column::Description,
        Column::StateSecret,
        Column::WorkSecret,
        Column::MlpsLevel,
        Column::SensitiveData,
        Column::KeyBusiness,
        Column::SevereImpact,
        Column::ConfidentialityReview,
        Column::Platform,
        Column::MigrationDate,
        Column::EndOfUse,
    ];
}

impl table::Column for Column {
    const ALL: &'static [Column] = &Column::ALL;

    /// The canonical (English) header, first, then the Chinese names accepted.
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["name", "名称", "系统名称"],
            Column::Description => &["description", "描述", "说明"],
            Column::StateSecret => &["state_secret", "涉及国家秘密", "国家秘密"],
            Column::WorkSecret => &["work_secret", "涉及工作秘密", "工作秘密"],
            Column::MlpsLevel => &["mlps_level", "等级保护级别", "等保级别"],
            Column::SensitiveData => &["sensitive_data", "大量敏感信息", "敏感信息"],
            Column::KeyBusiness => &["key_business", "关键业务"],
            Column::SevereImpact => &["severe_impact", "严重影响"],
            Column::ConfidentialityReview => &["confidentiality_review", "保密审查", "已完成保密审查"],
            Column::Platform => &["platform", "目标平台", "云平台"],
            Column::MigrationDate => &["migration_date", "计划迁移日期", "迁移日期"],
            Column::EndOfUse => &["end_of_use", "计划停用日期", "停用日期"],
        }
    }

    /// Optional columns may be left out of the header; the rest must be there. A file
    /// without `confidentiality_review` records no review as done.
    fn required(self) -> bool {
        !matches!(
            self,
            Column::Description
                | Column::ConfidentialityReview
                | Column::Platform
                | Column::MigrationDate
                | Column::EndOfUse
        )
    }
}

/// A workload's value in `column`, as the CSV writes it.
pub fn cell(w: &Workload, column: Column) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    match column {
        Column::Name => w.name.clone(),
        Column::Description => w.description.clone(),
        Column::StateSecret => yes_no(w.state_secret),
        Column::WorkSecret => yes_no(w.work_secret),
        Column::MlpsLevel => w.mlps_level.map(|l| l.to_string()).unwrap_or_default(),
        Column::SensitiveData => yes_no(w.sensitive_data),
        Column::KeyBusiness => yes_no(w.key_business),
        Column::SevereImpact => yes_no(w.severe_impact),
        Column::ConfidentialityReview => yes_no(w.confidentiality_review),
        Column::Platform => w.platform.clone().unwrap_or_default(),
        Column::MigrationDate => w.migration_date.map(|d| d.to_string()).unwrap_or_default(),
        Column::EndOfUse => w.end_of_use.map(|d| d.to_string()).unwrap_or_default(),
    }
}

/// What is wrong with an inventory, precisely enough to fix it.
pub type CsvProblem = TableProblem<Column>;

/// A cell whose text is not a value of its column's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidValue;

pub use crate::table::parse_bool;

/// 1–5, also as written in Chinese forms: "3级", "第三级", "三级". Empty = not graded.
pub fn parse_level(text: &str) -> Result<Option<u8>, InvalidValue> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match table::parse_level_number(text) {
        Some(level) if MLPS_LEVELS.contains(&level) => Ok(Some(level)),
        _ => Err(InvalidValue),
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
        return Err(TableProblem::TooLarge { bytes: bytes.len(), limit: MAX_BYTES });
    }
    std::str::from_utf8(bytes).map_err(|e| TableProblem::NotUtf8 { offset: e.valid_up_to() })
}

/// Reads an inventory. `Err` carries every problem found (up to `table::MAX_LISTED`).
pub fn import(text: &str) -> Result<Vec<Workload>, Vec<CsvProblem>> {
    let (header, rows) = table::csv_rows(text.as_bytes(), MAX_BYTES, MAX_ROWS)?;
    read_rows(&header, &rows)
}

/// Reads an inventory from a CSV file or a workbook's sheet, by the same rules.
pub fn import_table(table: &Table) -> Result<Vec<Workload>, Vec<CsvProblem>> {
    let (header, rows) = table.rows(MAX_BYTES, MAX_ROWS)?;
    read_rows(&header, &rows)
}

fn read_rows(header: &table::Row, rows: &[table::Row]) -> Result<Vec<Workload>, Vec<CsvProblem>> {
    table::read(header, rows, |line, cells, problems| {
        let mut w = Workload::default();
        for &(column, cell) in cells {
            let value = cell.value;
            let flag = |problems: &mut Vec<CsvProblem>| {
                parse_bool(value).unwrap_or_else(|| {
                    problems.push(TableProblem::BadBoolean { line, column, value: value.to_string() });
                    false
                })
            };
            match column {
                Column::Name => {
                    // A name quoted as "" was exported empty on purpose; a blank cell is a mistake.
                    if cell.is_blank() && !cell.quoted {
                        problems.push(TableProblem::Blank { line, column });
                    }
                    w.name = value.to_string();
                }
                Column::Description => w.description = value.to_string(),
                Column::StateSecret => w.state_secret = flag(problems),
                Column::WorkSecret => w.work_secret = flag(problems),
                Column::SensitiveData => w.sensitive_data = flag(problems),
                Column::KeyBusiness => w.key_business = flag(problems),
                Column::SevereImpact => w.severe_impact = flag(problems),
                // Blank is "not done": unlike a secret left blank, it claims nothing.
                Column::ConfidentialityReview => {
                    w.confidentiality_review = !value.trim().is_empty() && flag(problems);
                }
                Column::MlpsLevel => match parse_level(value) {
                    Ok(level) => w.mlps_level = level,
                    Err(InvalidValue) => {
                        problems.push(TableProblem::BadLevel { line, column, value: value.to_string() })
                    }
                },
                Column::Platform => w.platform = Some(value.to_string()).filter(|p| !p.is_empty()),
                Column::MigrationDate | Column::EndOfUse => match parse_date(value) {
                    Ok(date) if column == Column::EndOfUse => w.end_of_use = date,
                    Ok(date) => w.migration_date = date,
                    Err(InvalidValue) => {
                        problems.push(TableProblem::BadDate { line, column, value: value.to_string() })
                    }
                },
            }
        }
        // A use that ends on or before the move never happens: a typo, said where it is.
        if let (Some(start), Some(end)) = (w.migration_date, w.end_of_use) {
            if end <= start {
                problems.push(TableProblem::DateNotAfter {
                    line,
                    column: Column::EndOfUse,
                    value: end.to_string(),
                    earlier: Column::MigrationDate,
                    earlier_value: start.to_string(),
                });
            }
        }
        w
    })
}

/// Writes an inventory that `import` reads back unchanged (obligation answers are not
/// part of the CSV: they live in the JSON report).
pub fn export<'a>(workloads: impl IntoIterator<Item = &'a Workload>) -> String {
    let rows: Vec<[String; 12]> = workloads.into_iter().map(|w| Column::ALL.map(|c| cell(w, c))).collect();
    let mut table: Vec<Vec<&str>> = vec![Column::ALL.iter().map(|c| c.header()).collect()];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    csv::write_file(&table)
}

/// A blank inventory: the header row, with the English or the Chinese names (both import).
pub fn template(lang: crate::Lang) -> String {
    csv::write_file(&[table::headers::<Column>(lang)])
}
