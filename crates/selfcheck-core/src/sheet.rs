//! A workbook's sheet as the importers read it: rows of text, with the row numbers Excel
//! shows. The Excel code (`selfcheck-sheets`: calamine, in its own wasm module in the
//! browser) turns a .xlsx into `SheetRows`; every reader after that is `table`'s, so a
//! sheet and a CSV file are checked alike. Both types are serde: they cross from the
//! Excel module to the app as JSON.

use serde::{Deserialize, Serialize};

use crate::csv::Record;
use crate::messages::{Describe, Message, M};

/// Larger workbooks are refused before they are opened (xlsx is compressed: a
/// 5,000-item catalog is well under 1 MB).
pub const MAX_WORKBOOK_BYTES: usize = 20 * 1024 * 1024;

/// One sheet, read: which one, and its rows (cells as the CSV text would be: numbers
/// without a trailing `.0`, dates as YYYY-MM-DD).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRows {
    pub sheet: String,
    pub rows: Vec<Record>,
}

/// Why a workbook could not be read at all. It crosses only between the two wasm modules
/// of one build, so its form is serde's default: an internally tagged enum is read
/// through serde's buffered content, 12 KB of the app's start-up wasm for this type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetProblem {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not a zip of sheets (an old .xls, an encrypted file, something else).
    NotWorkbook {
        detail: String,
    },
    NoSheet,
    /// A formula cell whose cached value is an error (`#REF!`, `#DIV/0!`, …).
    CellError {
        sheet: String,
        cell: String,
        error: String,
    },
    /// The browser could not start the Excel module.
    ModuleUnavailable {
        detail: String,
    },
}

impl Describe for SheetProblem {
    fn describe(&self) -> Message {
        match self {
            SheetProblem::TooLarge { bytes, limit } => {
                Message::new(M::SheetTooLarge).with("size", bytes.div_ceil(1_048_576)).with("limit", limit / 1_048_576)
            }
            SheetProblem::NotWorkbook { detail } => Message::new(M::SheetNotWorkbook).with("detail", detail),
            SheetProblem::NoSheet => Message::new(M::SheetNone),
            SheetProblem::CellError { sheet, cell, error } => {
                Message::new(M::SheetCellError).with("sheet", sheet).with("cell", cell).with("error", error)
            }
            SheetProblem::ModuleUnavailable { detail } => {
                Message::new(M::SheetModuleUnavailable).with("detail", detail)
            }
        }
    }
}

/// Where problems found in a sheet's rows were found: "Sheet "清单": ".
pub fn in_sheet(sheet: &str) -> Message {
    Message::new(M::SheetIn).with("sheet", sheet)
}

/// Whether `bytes` look like a workbook (.xlsx is a zip) rather than CSV text: by the
/// file's first bytes, so a renamed file is still read for what it is.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Which importer a table is for: it picks a workbook's sheet by name (`names`), and it
/// is recognised by its header (`opened`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    Questionnaire,
    Inventory,
    Platforms,
    Catalog,
}

impl TableKind {
    /// In the order a tie is settled: a filled questionnaire names a catalog's columns too.
    pub const ALL: [TableKind; 4] =
        [TableKind::Questionnaire, TableKind::Inventory, TableKind::Platforms, TableKind::Catalog];

    /// How the app names it to the Excel module.
    pub fn code(self) -> &'static str {
        match self {
            TableKind::Questionnaire => "questionnaire",
            TableKind::Inventory => "inventory",
            TableKind::Platforms => "platforms",
            TableKind::Catalog => "catalog",
        }
    }

    pub fn from_code(code: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The sheet names its importer looks for.
    pub fn sheet_names(self) -> &'static [&'static str] {
        match self {
            TableKind::Questionnaire => names::QUESTIONNAIRE,
            TableKind::Inventory => names::INVENTORY,
            TableKind::Platforms => names::PLATFORMS,
            TableKind::Catalog => names::CATALOG,
        }
    }

    /// Whether a sheet's name is one its importer looks for.
    pub fn names_sheet(self, sheet: &str) -> bool {
        self.sheet_names().iter().any(|name| sheet.trim().eq_ignore_ascii_case(name))
    }
}

/// The sheet names each importer looks for before taking the first sheet.
pub mod names {
    pub const INVENTORY: &[&str] = &["inventory", "workloads", "清单", "系统清单", "业务系统"];
    pub const CATALOG: &[&str] = &["catalog", "checklist", "检查表", "自查表"];
    pub const QUESTIONNAIRE: &[&str] = &["questionnaire", "问卷"];
    pub const PLATFORMS: &[&str] = &["platforms", "候选平台", "候选云平台", "云平台", "平台"];

    /// The name a template's sheet gets in `lang`: the first English or the first Chinese
    /// one of `names`.
    pub fn in_lang(names: &[&'static str], lang: crate::Lang) -> &'static str {
        let found = match lang {
            crate::Lang::ZhCn => names.iter().find(|name| !name.is_ascii()),
            crate::Lang::En => names.iter().find(|name| name.is_ascii()),
        };
        found.or(names.first()).copied().unwrap_or("Sheet1")
    }
}

/// The sheet to read: the first whose name is one of `wanted` (trimmed, any letter
/// case), else the first sheet.
pub fn choose<'a>(sheets: &'a [String], wanted: &[&str]) -> Option<&'a String> {
    sheets.iter().find(|s| wanted.iter().any(|w| s.trim().eq_ignore_ascii_case(w))).or_else(|| sheets.first())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn a_table_kind_crosses_to_the_excel_module_by_its_code() {
        for kind in TableKind::ALL {
            assert_eq!(TableKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(TableKind::from_code("report"), None);
    }

    #[test]
    fn a_named_sheet_is_preferred_to_the_first() {
        let sheets = vec!["说明".to_string(), " Inventory ".to_string()];
        assert_eq!(choose(&sheets, names::INVENTORY).unwrap(), " Inventory ");
        assert_eq!(choose(&sheets, names::CATALOG).unwrap(), "说明");
        assert_eq!(choose(&[], names::CATALOG), None);
    }

    #[test]
    fn problems_are_located_in_both_languages() {
        let problem = SheetProblem::CellError { sheet: "清单".into(), cell: "C5".into(), error: "#REF!".into() };
        assert_eq!(
            problem.message(Lang::En),
            "Sheet \"清单\", cell C5: a formula gives the error #REF!; correct it or type the value instead."
        );
        assert!(problem.message(Lang::ZhCn).contains("C5"));
        let json = serde_json::to_string(&problem).unwrap();
        assert_eq!(serde_json::from_str::<SheetProblem>(&json).unwrap(), problem);
        assert!(is_workbook(b"PK\x03\x04rest") && !is_workbook(b"name,level\n"));
    }
}
