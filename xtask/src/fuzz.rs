//! `cargo xtask fuzz [SECONDS]`: runs every fuzz target (cargo-fuzz, libFuzzer) for
//! SECONDS each (default 60), seeded from the project's own catalogs and fixtures.
//! Not part of `cargo xtask test`; every crash found becomes a regression test there.

use std::path::Path;

use crate::{cmd, Result};

pub const TARGETS: &[(&str, &[&str])] = &[
    ("report_import", &["tests/fixtures"]),
    ("catalog_load", &["catalogs"]),
    ("csv_import", &["tests/fixtures"]),
    ("xlsx_import", &["tests/fixtures/xlsx"]),
    ("merge_files", &["tests/fixtures"]),
];

pub fn run(root: &Path, seconds: u32) -> Result {
    ensure_cargo_fuzz(root)?;
    let fuzz = root.join("fuzz");
    for (target, seeds) in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        for dir in *seeds {
            for entry in std::fs::read_dir(root.join(dir)).map_err(|e| e.to_string())?.flatten() {
                let _ = std::fs::copy(entry.path(), corpus.join(entry.file_name()));
            }
        }
        println!("\n==> fuzz {target} for {seconds} s");
        // Stable Rust: RUSTC_BOOTSTRAP lets cargo-fuzz pass its -Z flags; no sanitizer
        // runtime ships with stable, so libFuzzer runs without ASan (Rust is memory-safe;
        // what we hunt is panics, hangs and unbounded memory).
        cmd::run(
            cmd::new("cargo", &fuzz)
                .args(["fuzz", "run", "--sanitizer", "none", "-O", target])
                .arg(&corpus)
                .args([
                    "--",
                    &format!("-max_total_time={seconds}"),
                    "-rss_limit_mb=2048",
                    "-timeout=10",
                    "-max_len=262144",
                ])
                .env("RUSTC_BOOTSTRAP", "1"),
        )?;
    }
    println!("\nNo crash, hang or memory blow-up in any target.");
    Ok(())
}

fn ensure_cargo_fuzz(root: &Path) -> Result {
    if cmd::output(cmd::new("cargo", root).args(["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    cmd::run(cmd::new("cargo", root).args(["install", "cargo-fuzz", "--locked"]))
}
