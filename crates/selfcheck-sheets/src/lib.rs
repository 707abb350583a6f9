//! Excel workbooks for 云评自查: a sheet read into rows the core's importers check
//! (`read`, through calamine), and a report written as a workbook (`write`, through
//! rust_xlsxwriter). Natively the CLI links this crate; in the browser it is the Excel
//! module (`crates/selfcheck-sheets-web`), compiled only the first time it is used.

pub mod read;
mod texts;
pub mod write;

pub use read::read_sheet;
pub use write::{template, workbook};

/// The workbooks' words as a table, for the check over every table of the product (the
/// app's `i18n` test runs it).
pub fn text_table() -> selfcheck_core::messages::Table {
    selfcheck_core::messages::Table { name: "workbooks", entries: texts::W::entries() }
}
