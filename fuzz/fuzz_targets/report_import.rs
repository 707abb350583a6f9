//! Any bytes offered as a report: loading must refuse or succeed, never panic, and a
//! loaded report must rebuild and serialise.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::report::{load_report, to_canonical_json};
use selfcheck_core::session::Session;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = load_report(data) {
        let _ = loaded.report.rebuilt();
        let _ = to_canonical_json(&loaded.report);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Session::from_json(text);
    }
});
