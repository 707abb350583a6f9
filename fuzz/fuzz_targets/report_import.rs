//! Any bytes offered as a report: loading must refuse or succeed, never panic; a loaded
//! report must rebuild and serialise, and the app's reader (inputs only) must find the
//! same inputs and warnings in it. A saved session is read with the same checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selfcheck_core::report::{load_inputs, load_report, to_canonical_json};
use selfcheck_core::session::Session;

fuzz_target!(|data: &[u8]| {
    let inputs = load_inputs(data);
    if let Ok(loaded) = load_report(data) {
        let _ = loaded.report.rebuilt();
        let _ = to_canonical_json(&loaded.report);
        let inputs = inputs.expect("what the whole reader takes, the app's reader takes");
        assert_eq!(inputs.warnings, loaded.warnings);
        assert_eq!(inputs.report.provider_work(), loaded.report.provider_work());
        assert_eq!(inputs.report.agency_work(), loaded.report.agency_work());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Session::from_json(text);
        let _ = selfcheck_core::report::canonical::digest_of_text(text);
    }
    let _ = Session::from_file_if_session(data);
});
