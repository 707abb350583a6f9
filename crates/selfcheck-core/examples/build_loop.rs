use selfcheck_core::fixtures::{agency_inputs, provider_inputs};
use selfcheck_core::report::{draft_agency_report, draft_provider_report, write_report};
fn main() {
    let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
    let agency = agency_inputs(10_000);
    let provider = provider_inputs();
    for _ in 0..15 {
        std::hint::black_box(write_report(&mut draft_agency_report(&agency, "2026-11-21T00:00:00Z", day)));
        std::hint::black_box(write_report(&mut draft_provider_report(&provider, "2026-11-21T00:00:00Z", day)));
    }
}
