//! `cargo xtask <command>`: the project's only entry points for set-up, build and tests.
//! Every command first installs what it needs and is missing (see `tools.rs`).

mod bench;
mod cmd;
mod dist;
mod fuzz;
mod lockfile;
mod serve;
mod single_file;
mod test;
#[cfg(test)]
mod tidy;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <COMMAND>

COMMANDS:
    serve   Install what is missing, build with Trunk and serve on http://127.0.0.1:8080
    test    Install what is missing (Chromium too), then run every test layer:
            fmt, clippy, native tests, wasm component tests, single-file build, end-to-end
    dist    Write dist/cloud-selfcheck.html: one self-contained file that works from file://
    bench   Measure size and speed (medians, with a static reference page) and rewrite BENCHMARKS.md;
            `bench SECTION…` runs only those and prints them (size, native, startup, excel,
            hashes, answer, catalog, merge, report)
    fuzz    Run every fuzz target (cargo-fuzz): SECONDS each (default 60), or `--runs N` executions each
    help    Show this help

    (Trunk's build hook runs `cargo xtask sheets-module`: the Excel module for `serve`.)
";

/// What went wrong, already phrased for the person at the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    let outcome = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&root),
        Some("test") => test::run(&root),
        Some("dist") => dist::run(&root).map(|_| ()),
        Some("bench") => bench::Sections::parse(&args[1..]).and_then(|only| bench::run(&root, &only)),
        Some("sheets-module") => serve::sheets_module(&root),
        Some("fuzz") => fuzz::Budget::parse(&args[1..]).and_then(|budget| fuzz::run(&root, budget)),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{HELP}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one level below it.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf()
}
