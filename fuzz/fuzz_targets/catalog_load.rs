//! Any bytes offered as a catalog, as a JSON file or as a CSV sheet: reading, checking
//! and admitting must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::catalog::csv_import::CatalogHeader;
use selfcheck_core::catalog::{loaded, parse_catalog, CatalogSet};
use selfcheck_core::Date;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_catalog("fuzz.json", text);
        let _ = CatalogSet::from_files(&[("fuzz.json", text)]);
    }
    let _ = loaded::read_json("fuzz.json", data);
    if let Ok(sections) = loaded::read_csv(data) {
        let date = Date::from_ymd(2026, 12, 1).expect("a date");
        let head = CatalogHeader { id: "fuzz".into(), title: "fuzz".into(), version: "1".into(), date };
        let _ = loaded::from_sections(&head, sections);
    }
});
