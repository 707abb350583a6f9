//! Any bytes offered as a workbook (.xlsx), through calamine and then every importer that
//! takes a sheet: inventory, platforms, catalog, returned questionnaire. Nothing may panic; a sheet
//! read is checked as a CSV would be.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::agency::{inventory_csv, platforms_csv};
use selfcheck_core::catalog::{loaded, Index};
use selfcheck_core::report::provider_catalogs;
use selfcheck_core::sheet::names;
use selfcheck_core::table::Table;
use selfcheck_core::team::questionnaire_sheet;
use selfcheck_core::Timestamp;

fuzz_target!(|data: &[u8]| {
    for wanted in [names::INVENTORY, names::PLATFORMS, names::CATALOG, names::QUESTIONNAIRE] {
        let Ok(sheet) = selfcheck_sheets::read_sheet(data, wanted) else { continue };
        let table = Table::Sheet(sheet);
        let _ = inventory_csv::import_table(&table);
        let _ = platforms_csv::import_table(&table);
        let _ = loaded::read_table(&table);
        let at = Timestamp::parse("2026-12-02T08:00:00Z").expect("a time");
        let catalogs = provider_catalogs(&[]);
        let _ = questionnaire_sheet::read(&table, &at, &Index::new(&catalogs));
    }
});
