//! Any text offered as a catalog: parsing and validation must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::catalog::{parse_catalog, CatalogSet};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_catalog("fuzz.json", text);
        let _ = CatalogSet::from_files(&[("fuzz.json", text)]);
    }
});
