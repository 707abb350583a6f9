//! Core throughput, natively. Prints one line per figure:
//! `BENCH <name> <median ms> <runs>`; `cargo xtask bench` collects them.
//! Timing goals live in BENCHMARKS.md, never in tests.

use std::hint::black_box;
use std::time::Instant;

use selfcheck_core::agency::classify;
use selfcheck_core::evidence::Fingerprinter;
use selfcheck_core::fixtures::{agency_work, provider_work};
use selfcheck_core::report::{draft_agency_report, draft_provider_report, load_report, write_report};
use selfcheck_core::team::compare::compare_agency;
use selfcheck_core::Date;

/// Many runs, each a few ms: on a shared 2-core machine, neighbours' load comes and
/// goes within seconds, and the median of many short runs is what stays put.
const RUNS: usize = 31;

fn median_ms(mut run: impl FnMut()) -> f64 {
    run(); // warm-up
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let day = Date::from_ymd(2026, 11, 21).unwrap();
    let when = "2026-11-21T00:00:00Z";
    let agency = agency_work(10_000);
    let provider = provider_work();

    let classify_ms = median_ms(|| {
        for w in agency.workloads.iter() {
            black_box(classify(black_box(w)));
        }
    });
    println!("BENCH core_classify_10000 {classify_ms:.3} {RUNS}");

    // As the app's download buttons do: derive every figure, write and seal the file.
    let build_ms = median_ms(|| {
        black_box(write_report(&mut draft_agency_report(&agency, when, day)));
        black_box(write_report(&mut draft_provider_report(&provider, when, day)));
    });
    println!("BENCH core_build_serialise_reports {build_ms:.3} {RUNS}");

    let text = write_report(&mut draft_agency_report(&agency, when, day));
    let load_ms = median_ms(|| {
        black_box(load_report(text.as_bytes()).unwrap());
    });
    println!("BENCH core_load_report_10000 {load_ms:.3} {RUNS}");
    println!("BENCH_INFO agency_report_bytes {}", text.len());

    // Two inventories a year apart: one workload in ten changed, 500 added, 500 gone.
    let mut later = agency_work(10_500);
    later.workloads_mut().drain(..500);
    for w in later.workloads_mut().iter_mut().step_by(10) {
        w.mlps_level = Some(4);
    }
    let diff_ms = median_ms(|| {
        black_box(compare_agency(black_box(&agency), black_box(&later)));
    });
    println!("BENCH core_diff_agency_10000 {diff_ms:.3} {RUNS}");

    // Evidence fingerprints: each hash over 16 MiB, as a file is read in parts.
    let data: Vec<u8> = (0..16u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    for (name, hash) in
        [("sha256", Fingerprinter::update_sha256 as fn(&mut Fingerprinter, &[u8])), ("sm3", Fingerprinter::update_sm3)]
    {
        let ms = median_ms(|| {
            let mut f = Fingerprinter::new();
            for part in data.chunks(4 << 20) {
                hash(&mut f, part);
            }
            black_box(f.finish());
        });
        println!("BENCH core_{name}_16mib {ms:.3} {RUNS}");
    }
}
