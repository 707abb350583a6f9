//! `cargo xtask fuzz [SECONDS | --runs N]`: runs every fuzz target (cargo-fuzz, libFuzzer)
//! for SECONDS each (default 60) or for N executions each, seeded from the project's own
//! catalogs and fixtures.
//! Not part of `cargo xtask test`; every crash found becomes a regression test there.

use std::path::Path;

use crate::{cmd, Result};

pub const TARGETS: &[(&str, &[&str])] = &[
    ("report_import", &["tests/fixtures"]),
    ("catalog_load", &["catalogs"]),
    ("csv_import", &["tests/fixtures"]),
    ("xlsx_import", &["tests/fixtures/xlsx"]),
    ("merge_files", &["tests/fixtures"]),
    // Built around a genuine signed report of its own: no seed files.
    ("signature_member", &[]),
];

/// How long each target runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    Seconds(u32),
    Runs(u64),
}

impl Budget {
    /// The command line after `fuzz`: nothing, a number of seconds, or `--runs N`.
    pub fn parse(args: &[String]) -> std::result::Result<Budget, String> {
        const USAGE: &str = "cargo xtask fuzz [SECONDS | --runs N]: SECONDS and N must be whole numbers";
        match args {
            [] => Ok(Budget::Seconds(60)),
            [flag, n] if flag == "--runs" => n.parse().map(Budget::Runs).map_err(|_| USAGE.into()),
            [seconds] => seconds.parse().map(Budget::Seconds).map_err(|_| USAGE.into()),
            _ => Err(USAGE.into()),
        }
    }

    fn libfuzzer_flag(self) -> String {
        match self {
            Budget::Seconds(seconds) => format!("-max_total_time={seconds}"),
            Budget::Runs(runs) => format!("-runs={runs}"),
        }
    }

    fn describe(self) -> String {
        match self {
            Budget::Seconds(seconds) => format!("for {seconds} s"),
            Budget::Runs(runs) => format!("for {runs} executions"),
        }
    }
}

pub fn run(root: &Path, budget: Budget) -> Result {
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
        println!("\n==> fuzz {target} {}", budget.describe());
        // Stable Rust: RUSTC_BOOTSTRAP lets cargo-fuzz pass its -Z flags; no sanitizer
        // runtime ships with stable, so libFuzzer runs without ASan (Rust is memory-safe;
        // what we hunt is panics, hangs and unbounded memory).
        cmd::run(
            cmd::new("cargo", &fuzz)
                .args(["fuzz", "run", "--sanitizer", "none", "-O", target])
                .arg(&corpus)
                .args([
                    "--",
                    &budget.libfuzzer_flag(),
                    "-rss_limit_mb=2048",
                    "-timeout=10",
                    "-max_len=262144",
                    "-print_final_stats=1",
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

#[cfg(test)]
mod tests {
    use super::Budget;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_seconds_runs_or_nothing() {
        assert_eq!(Budget::parse(&args(&[])), Ok(Budget::Seconds(60)));
        assert_eq!(Budget::parse(&args(&["1200"])), Ok(Budget::Seconds(1200)));
        assert_eq!(Budget::parse(&args(&["--runs", "2000000"])), Ok(Budget::Runs(2_000_000)));
        assert!(Budget::parse(&args(&["--runs"])).is_err());
        assert!(Budget::parse(&args(&["soon"])).is_err());
        assert!(Budget::parse(&args(&["1", "2"])).is_err());
    }
}
