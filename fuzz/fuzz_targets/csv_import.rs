//! Any bytes offered as an inventory CSV: refused or imported, never a panic; what is
//! imported exports and re-imports to the same inventory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::agency::{classify, inventory_csv};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = inventory_csv::decode(data) else { return };
    if let Ok(workloads) = inventory_csv::import(text) {
        for workload in &workloads {
            let _ = classify(workload);
        }
        let again = inventory_csv::import(&inventory_csv::export(&workloads)).expect("an export imports");
        assert_eq!(again, workloads, "export then import changed the inventory");
    }
});
