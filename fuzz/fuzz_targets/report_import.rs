//! Any bytes offered as a report: loading must refuse or succeed, never panic, and a
//! loaded report must rebuild and serialise. The digest's byte scan takes any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::report::canonical::digest_input;
use selfcheck_core::report::{load_report, to_canonical_json};
use selfcheck_core::session::Session;

fuzz_target!(|data: &[u8]| {
    let _ = digest_input(data);
    if let Ok(loaded) = load_report(data) {
        let _ = loaded.report.rebuilt();
        let _ = to_canonical_json(&loaded.report);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Session::from_json(text);
    }
});
