//! Where report export time goes at 10,000 workloads (natively).
use std::time::Instant;

use selfcheck_core::fixtures::agency_work;
use selfcheck_core::report::{canonical, draft_agency_report, to_canonical_json, write_report};

fn main() {
    let inputs = agency_work(10_000);
    let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        std::hint::black_box(inputs.workloads.clone());
        println!("clone the inputs: {:?}", t.elapsed());
        let t = Instant::now();
        let mut report = draft_agency_report(&inputs, "2026-11-21T00:00:00Z", day);
        println!("draft: {:?}", t.elapsed());
        let t = Instant::now();
        let text = to_canonical_json(&report);
        println!("serialise: {:?} ({} bytes)", t.elapsed(), text.len());
        let t = Instant::now();
        std::hint::black_box(canonical::digest_of_text(&text).unwrap());
        println!("digest as a reader computes it: {:?}", t.elapsed());
        let t = Instant::now();
        std::hint::black_box(write_report(&mut report));
        println!("write_report: {:?}\n", t.elapsed());
    }
}
