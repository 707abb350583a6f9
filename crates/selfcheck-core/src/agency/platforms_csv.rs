//! The candidate platforms as a table people keep in a spreadsheet: CSV, or a workbook's
//! sheet (the agency workbook writes one that reads back here). Read exactly as the
//! inventory is (`table`): a file is taken whole or refused whole, every problem located
//! by line and column in the user's language, and the caller's list is replaced only when
//! the whole file is taken. Written with the same formula guard as every export.
//!
//! A provider's report loaded on a platform (`Platform::provider_report`) has no column:
//! it lives in the JSON report. The app keeps it on the platform of the same name when a
//! file updates or replaces the list (`src/state/agency.rs`).

use std::collections::HashMap;

use super::inventory_csv::{parse_date, parse_level, InvalidValue};
use super::platform_fit::Platform;
use crate::csv;
use crate::profile::CapabilityTier;
use crate::table::{self, Column as _, Table, TableProblem};
use crate::Lang;

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// More platforms than this are refused: a unit weighs a handful, and the app draws a
/// form for each. Also the most a list may hold after an import adds to it.
pub const MAX_ROWS: usize = 1_000;

/// The columns, in the order export writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Name,
    Provider,
    ResultDate,
    Tier,
    MlpsLevel,
    DataCentresInChina,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Name,
        Column::Provider,
        Column::ResultDate,
        Column::Tier,
        Column::MlpsLevel,
        Column::DataCentresInChina,
    ];
}

impl table::Column for Column {
    const ALL: &'static [Column] = &Column::ALL;

    /// The canonical (English) header, then the Chinese one the workbook writes, then
    /// the other names accepted (among them the headers the agency workbook's platforms
    /// sheet had before it was read back, in both languages).
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["name", "平台名称", "云平台名称", "云平台", "名称", "platform"],
            Column::Provider => &["provider", "云服务商", "服务商"],
            Column::ResultDate => &[
                "result_date",
                "评估结果发布日期",
                "评估结果公布日期",
                "评估结果公布日",
                "发布日期",
                "result published",
            ],
            Column::Tier => &["tier", "安全能力级别", "能力级别", "capability tier"],
            Column::MlpsLevel => &["mlps_level", "等级保护级别", "等保级别", "mlps level"],
            Column::DataCentresInChina => &[
                "data_centres_in_china",
                "数据中心是否全部在境内",
                "数据中心是否全部位于境内",
                "数据中心全部在境内",
                "数据中心均在境内",
                "data_centers_in_china",
                "data centres in china",
            ],
        }
    }

    /// Only the name must be there: a column left out is "not recorded" for every
    /// platform, which the fit checks report as such (never as a pass).
    fn required(self) -> bool {
        self == Column::Name
    }
}

/// A platform's value in `column`, as the CSV writes it: yes/no, `general`/`enhanced`,
/// a level's digit, an ISO date, and empty for "not recorded".
pub fn cell(p: &Platform, column: Column) -> String {
    match column {
        Column::Name => p.name.clone(),
        Column::Provider => p.provider.clone(),
        Column::ResultDate => p.result_published.map(|d| d.to_string()).unwrap_or_default(),
        Column::Tier => p.tier.map(|t| t.code().to_string()).unwrap_or_default(),
        Column::MlpsLevel => p.mlps_level.map(|l| l.to_string()).unwrap_or_default(),
        Column::DataCentresInChina => {
            p.data_centres_in_china.map(|yes| if yes { "yes" } else { "no" }.to_string()).unwrap_or_default()
        }
    }
}

/// What is wrong with a platforms file, precisely enough to fix it.
pub type CsvProblem = TableProblem<Column>;

/// Blank = not recorded; else a capability tier in either language.
pub fn parse_tier(text: &str) -> Result<Option<CapabilityTier>, InvalidValue> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    CapabilityTier::parse(text).map(Some).ok_or(InvalidValue)
}

/// Blank = not recorded; else yes or no in any of the spellings `table::parse_bool` takes.
pub fn parse_in_china(text: &str) -> Result<Option<bool>, InvalidValue> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    table::parse_bool(text).map(Some).ok_or(InvalidValue)
}

/// Reads a platforms CSV. `Err` carries every problem found (up to `table::MAX_LISTED`).
pub fn import(text: &str) -> Result<Vec<Platform>, Vec<CsvProblem>> {
    let (header, rows) = table::csv_rows(text.as_bytes(), MAX_BYTES, MAX_ROWS)?;
    read_rows(&header, &rows)
}

/// Reads the platforms from a CSV file or a workbook's sheet, by the same rules.
pub fn import_table(table: &Table) -> Result<Vec<Platform>, Vec<CsvProblem>> {
    let (header, rows) = table.rows(MAX_BYTES, MAX_ROWS)?;
    read_rows(&header, &rows)
}

fn read_rows(header: &table::Row, rows: &[table::Row]) -> Result<Vec<Platform>, Vec<CsvProblem>> {
    // Workloads name their platform, compared trimmed: two rows of one name would be
    // one platform with two sets of details.
    let mut first_line: HashMap<String, usize> = HashMap::new();
    table::read(header, rows, |line, cells, problems| {
        let mut p = Platform::default();
        for &(column, cell) in cells {
            let value = cell.value;
            let value_of = || value.to_string();
            match column {
                Column::Name => {
                    let name = value.trim();
                    if name.is_empty() {
                        problems.push(TableProblem::Blank { line, column });
                    } else if let Some(&first) = first_line.get(name) {
                        problems.push(TableProblem::DuplicateName { line, column, value: name.to_string(), first });
                    } else {
                        first_line.insert(name.to_string(), line);
                    }
                    p.name = value.to_string();
                }
                Column::Provider => p.provider = value.to_string(),
                Column::ResultDate => match parse_date(value) {
                    Ok(date) => p.result_published = date,
                    Err(InvalidValue) => problems.push(TableProblem::BadDate { line, column, value: value_of() }),
                },
                Column::Tier => match parse_tier(value) {
                    Ok(tier) => p.tier = tier,
                    Err(InvalidValue) => {
                        problems.push(TableProblem::BadPlatformTier { line, column, value: value_of() })
                    }
                },
                Column::MlpsLevel => match parse_level(value) {
                    Ok(level) => p.mlps_level = level,
                    Err(InvalidValue) => problems.push(TableProblem::BadLevel { line, column, value: value_of() }),
                },
                Column::DataCentresInChina => match parse_in_china(value) {
                    Ok(in_china) => p.data_centres_in_china = in_china,
                    Err(InvalidValue) => {
                        problems.push(TableProblem::BadOptionalBoolean { line, column, value: value_of() })
                    }
                },
            }
        }
        p
    })
}

/// Writes platforms that `import` reads back unchanged (a provider's report loaded on
/// one is not part of the CSV: it lives in the JSON report).
pub fn export<'a>(platforms: impl IntoIterator<Item = &'a Platform>) -> String {
    let rows: Vec<[String; 6]> = platforms.into_iter().map(|p| Column::ALL.map(|c| cell(p, c))).collect();
    let mut table: Vec<Vec<&str>> = vec![Column::ALL.iter().map(|c| c.header()).collect()];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    csv::write_file(&table)
}

/// A blank template: the header row, with the English or the Chinese names.
pub fn template(lang: Lang) -> String {
    csv::write_file(&[table::headers::<Column>(lang)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_an_english_and_a_chinese_header_and_no_name_is_taken_twice() {
        let mut seen = std::collections::HashSet::new();
        for column in Column::ALL {
            assert!(column.names()[0].is_ascii(), "{column:?}");
            assert!(!column.names()[1].is_ascii(), "{column:?}");
            for name in column.names() {
                assert!(seen.insert(name.to_lowercase()), "{name} names two columns");
                assert_eq!(<Column as table::Column>::from_header(name), Some(column));
            }
        }
    }

    #[test]
    fn the_template_reads_as_a_header_without_rows() {
        assert!(
            template(Lang::En).starts_with("\u{feff}name,provider,result_date,tier,mlps_level,data_centres_in_china")
        );
        assert!(template(Lang::ZhCn).starts_with("\u{feff}平台名称,云服务商,评估结果发布日期,安全能力级别"));
        for lang in Lang::ALL {
            assert_eq!(import(&template(lang)), Err(vec![TableProblem::NoRows]));
        }
    }
}
