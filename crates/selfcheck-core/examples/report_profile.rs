//! Where report build time goes at 10,000 workloads (natively).
use std::time::Instant;

use selfcheck_core::fixtures::agency_inputs;
use selfcheck_core::report::{build_agency_report, compute_digest, to_canonical_json};

fn main() {
    let inputs = agency_inputs(10_000);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let t = Instant::now();
    let report = build_agency_report(&inputs, "2026-11-21T00:00:00Z", day);
    println!("build (incl. digest): {:?}", t.elapsed());
    let t = Instant::now();
    std::hint::black_box(compute_digest(&report));
    println!("digest alone: {:?}", t.elapsed());
    let t = Instant::now();
    let text = to_canonical_json(&report);
    println!("pretty JSON: {:?} ({} bytes)", t.elapsed(), text.len());
    let t = Instant::now();
    std::hint::black_box(serde_json::to_string(&report).unwrap());
    println!("compact JSON: {:?}", t.elapsed());
}
