//! Any bytes offered as an inventory CSV, or as a platforms CSV: refused or imported,
//! never a panic; what is imported exports and re-imports to the same inventory or
//! platforms.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::agency::{classify, inventory_csv, platforms_csv};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = inventory_csv::decode(data) else { return };
    if let Ok(workloads) = inventory_csv::import(text) {
        for workload in &workloads {
            let _ = classify(workload);
        }
        let again = inventory_csv::import(&inventory_csv::export(&workloads)).expect("an export imports");
        assert_eq!(again, workloads, "export then import changed the inventory");
    }
    if let Ok(platforms) = platforms_csv::import(text) {
        let again = platforms_csv::import(&platforms_csv::export(&platforms)).expect("an export imports");
        assert_eq!(again, platforms, "export then import changed the platforms");
    }
});
