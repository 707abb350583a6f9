//! Nothing written that cannot be read back: the reproduced loss (ten successive
//! `merge --prefer other` runs, each changing every workload, until the report passed a
//! reader's limit) at a size that runs in a second. The limits are lowered through the
//! core's test seam (`report::limits::scoped`), for the readers and the writers alike,
//! so the CLI's own `run` (what `main.rs` calls) is driven in-process.

use selfcheck_core::AgencyWork;
use std::path::{Path, PathBuf};

use selfcheck_core::report::limits::{scoped, Limits};
use selfcheck_core::report::{build_agency_report, load_report, to_canonical_json};
use selfcheck_core::{fixtures, Date};

const WORKLOADS: usize = 20;

fn run(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = selfcheck_cli::run(&args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("selfcheck-limits-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_report(path: &Path, inputs: &AgencyWork) {
    let day = Date::from_ymd(2026, 12, 1).unwrap();
    std::fs::write(path, to_canonical_json(&build_agency_report(inputs, "2026-12-01T08:00:00Z", day))).unwrap();
}

fn history_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".history-"))
        .collect();
    files.sort();
    files
}

/// Every workload value set aside, as (name, description), in the output and in every
/// history file.
fn set_aside(paths: &[PathBuf]) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for path in paths {
        let report = load_report(&std::fs::read(path).unwrap()).unwrap().report;
        for (name, list) in &report.agency.unwrap().history.workloads {
            all.extend(list.iter().map(|s| (name.clone(), s.value.description.clone())));
        }
    }
    all.sort();
    all
}

/// Ten merges, each changing every workload's description, under `limits`: each ends in
/// a file that reads back (`validate` takes it), what moved out is in history files that
/// read back too, and together they hold every value set aside.
fn ten_merges(name: &str, limits: Limits) -> Vec<String> {
    let dir = scratch(name);
    let base = fixtures::agency_work(WORKLOADS);
    let current = dir.join("merged.json");
    write_report(&current, &base);
    let mut said = Vec::new();
    scoped(limits, || {
        for n in 1..=10 {
            let mut other = base.clone();
            other.workloads_mut().iter_mut().for_each(|w| w.description = format!("第 {n} 次修改"));
            let other_path = dir.join(format!("other{n}.json"));
            write_report(&other_path, &other);
            let output = dir.join("next.json");
            let (code, out, err) = run(&[
                "merge",
                current.to_str().unwrap(),
                other_path.to_str().unwrap(),
                "-o",
                output.to_str().unwrap(),
                "--prefer",
                "other",
                "--lang",
                "en",
            ]);
            assert_eq!(code, 0, "merge {n}: {out}\n{err}");
            said.push(out);
            std::fs::rename(&output, &current).unwrap();
            let (code, out, err) = run(&["validate", current.to_str().unwrap()]);
            assert_eq!(code, 0, "merge {n} reads back: {out}\n{err}");
        }
        let moved = history_files(&dir);
        for file in &moved {
            let (code, out, err) = run(&["validate", file.to_str().unwrap()]);
            assert_eq!(code, 0, "{} reads back: {out}\n{err}", file.display());
        }
        let mut expected: Vec<(String, String)> = base
            .workloads
            .iter()
            .flat_map(|w| {
                let edits = (1..10).map(|n| format!("第 {n} 次修改"));
                std::iter::once(w.description.clone()).chain(edits).map(|d| (w.name.clone(), d))
            })
            .collect();
        expected.sort();
        let mut files = vec![current.clone()];
        files.extend(moved);
        assert_eq!(set_aside(&files), expected, "every value set aside is in the output or a history file");
    });
    let _ = std::fs::remove_dir_all(&dir);
    said
}

#[test]
fn past_the_history_limit_the_oldest_move_to_files_beside_the_output() {
    // 20 entries a merge: the sixth would hold 120 of at most 100.
    let said = ten_merges("count", Limits { history: 100, ..Limits::READ });
    assert!(said[..5].iter().all(|out| !out.contains("history file")), "{said:#?}");
    assert!(said[5].contains("would pass a limit"), "{}", said[5]);
    assert!(said[5].contains("It would hold 120 values kept from merges, over the limit of 100."), "{}", said[5]);
    assert!(said[5].contains("the 40 oldest values kept from merges"), "down to four fifths: {}", said[5]);
    assert!(said[5].contains("Wrote the history file") && said[5].contains(".history-"), "{}", said[5]);
}

#[test]
fn past_the_size_limit_the_oldest_move_to_files_beside_the_output() {
    // The base is about 14 KB and each merge adds about 12 KB of history.
    let said = ten_merges("bytes", Limits { bytes: 60_000, ..Limits::READ });
    let first = said.iter().position(|out| out.contains("history file")).expect("history moves");
    assert!(first >= 2, "not before the file grows: {said:#?}");
    assert!(said[first].contains("The file would be"), "{}", said[first]);
}

#[test]
fn a_merge_over_a_limit_history_cannot_help_writes_nothing() {
    let dir = scratch("refused");
    let base = fixtures::agency_work(WORKLOADS);
    let (base_path, other_path, output) = (dir.join("base.json"), dir.join("more.json"), dir.join("merged.json"));
    write_report(&base_path, &base);
    let mut more = fixtures::agency_work(WORKLOADS + 10);
    more.workloads_mut().drain(..WORKLOADS);
    write_report(&other_path, &more);
    let limits = Limits { workloads: WORKLOADS + 5, ..Limits::READ };
    let (code, out, err) = scoped(limits, || {
        run(&["merge", base_path.to_str().unwrap(), other_path.to_str().unwrap(), "-o", output.to_str().unwrap()])
    });
    assert_eq!(code, 1, "a refusal: {out}\n{err}");
    assert!(err.contains("党政机关报告将超出本版本读取文件的上限：其中的业务系统数量将为 30，超过上限 25。"), "{err}");
    assert!(err.contains("请把工作分成几份") && err.contains("未写入任何文件"), "{err}");
    assert!(!output.exists(), "nothing written");
    assert!(history_files(&dir).is_empty(), "no history file either");
    let _ = std::fs::remove_dir_all(&dir);
}
