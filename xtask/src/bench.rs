//! `cargo xtask bench`: measures what users feel and writes BENCHMARKS.md. Every figure
//! is a median of repeated runs; the browser figures come from performance marks the
//! app sets, or from the page's own clock around a user action. No budget is asserted:
//! the table shows each figure beside its budget, marked where it is over.

use selfcheck_core::ProviderWork;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use selfcheck_core::fixtures::{agency_work, catalog_csv, catalog_csv_mapped, returned_questionnaires};
use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
use selfcheck_core::Date;
use selfcheck_webdriver::{Browser, TempDir};
use serde_json::json;

use crate::test::CHROMIUM_FLAGS;
use crate::{cmd, dist, tools, Result};

const RUNS: usize = 10;
/// Start-up is the noisiest figure (a whole page load each time): more pairs.
const START_RUNS: usize = 20;
/// `RUNS` in `crates/selfcheck-core/benches/core.rs`.
const NATIVE_RUNS: usize = 31;

struct Figure {
    name: &'static str,
    value: f64,
    unit: &'static str,
    goal: Option<f64>,
    note: String,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The parts of the bench to run: `cargo xtask bench catalog report` runs those two and
/// prints their figures without rewriting BENCHMARKS.md (the size is always measured).
pub struct Sections(Vec<String>);

impl Sections {
    pub const ALL: [&'static str; 9] =
        ["size", "native", "startup", "excel", "hashes", "answer", "catalog", "merge", "report"];

    pub fn parse(args: &[String]) -> Result<Sections> {
        match args.iter().find(|a| !Self::ALL.contains(&a.as_str())) {
            Some(unknown) => Err(format!("unknown bench section {unknown:?}; the sections: {}", Self::ALL.join(", "))),
            None => Ok(Sections(args.to_vec())),
        }
    }

    fn wants(&self, section: &str) -> bool {
        self.0.is_empty() || self.0.iter().any(|s| s == section)
    }

    fn is_all(&self) -> bool {
        self.0.is_empty()
    }
}

pub fn run(root: &Path, only: &Sections) -> Result {
    tools::ensure_wasm_target(root)?;
    tools::ensure_wasm_bindgen(root)?;
    let wasm_opt = tools::ensure_wasm_opt(root)?;
    tools::ensure_inflater_tools(root)?;
    let browser = tools::ensure_browser(root)?;
    let html_path = dist::build(root, &wasm_opt)?;
    let mut figures = Vec::new();

    // Size.
    let html = std::fs::read(&html_path).map_err(|e| e.to_string())?;
    let kib = |n: usize| n as f64 / 1024.0;
    figures.push(Figure {
        name: "single file, raw",
        value: kib(html.len()),
        unit: "KiB",
        goal: None,
        note: String::new(),
    });
    let text = String::from_utf8_lossy(&html).to_string();
    let start_up_file = without_excel(&text)?;
    figures.push(Figure {
        name: "single file, gzip -9, without the Excel module",
        value: kib(gzip_len(start_up_file.as_bytes())),
        unit: "KiB",
        goal: Some(600.0),
        note: "budget #24: what start-up reads; the modules compiled on first use are not counted".into(),
    });
    figures.push(Figure {
        name: "single file, gzip -9, with the Excel module",
        value: kib(gzip_len(&html)),
        unit: "KiB",
        goal: Some(1.6 * 1000.0 * 1000.0 / 1024.0),
        note: "budget #24: 1.6 MB, every module included".into(),
    });
    let excel = std::fs::read(root.join("target/single-file/sheets_bg.opt.wasm")).map_err(|e| e.to_string())?;
    figures.push(Figure {
        name: "first-use module: wasm after wasm-opt, packed with Zstandard level 22 as embedded",
        value: kib(zstd::bulk::compress(&excel, 22).map_err(|e| e.to_string())?.len()),
        unit: "KiB",
        goal: None,
        note: format!(
            "{:.0} KiB raw, {:.0} KiB gzip -9; calamine, rust_xlsxwriter, docx-rs, SM2, the core",
            kib(excel.len()),
            kib(gzip_len(&excel))
        ),
    });
    let no_excel = root.join("target/bench/without-excel.html");
    std::fs::create_dir_all(no_excel.parent().unwrap()).map_err(|e| e.to_string())?;
    std::fs::write(&no_excel, &start_up_file).map_err(|e| e.to_string())?;

    if only.wants("native") {
        // Core, natively.
        let out = cmd::output(cmd::new("cargo", root).args(["bench", "-q", "-p", "selfcheck-core", "--bench", "core"]))
            .ok_or("the native core bench failed")?;
        let native = |key: &str| -> Result<f64> {
            out.lines()
                .find_map(|l| {
                    l.strip_prefix(&format!("BENCH {key} "))
                        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
                })
                .ok_or_else(|| format!("no {key} in the core bench output"))
        };
        figures.push(Figure {
            name: "native: classify 10,000 workloads",
            value: native("core_classify_10000")?,
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "native: build + serialise reports (10,000 workloads, every catalog answered)",
            value: native("core_build_serialise_reports")?,
            unit: "ms",
            goal: Some(40.0),
            note: String::new(),
        });
        figures.push(Figure {
            name: "native: compare two 10,000-workload inventories (diff)",
            value: native("core_diff_agency_10000")?,
            unit: "ms",
            goal: Some(100.0),
            note: "read already; reading each file is the figure below".into(),
        });
        let mib16 = 16.0 * 1024.0 * 1024.0 / 1e6;
        for (key, name) in
            [("sha256", "native: SHA-256 of an evidence file"), ("sm3", "native: SM3 of an evidence file")]
        {
            figures.push(Figure {
                name,
                value: mib16 / (native(&format!("core_{key}_16mib"))? / 1000.0),
                unit: "MB/s",
                goal: None,
                note: "16 MiB in 4 MiB parts".into(),
            });
        }
        figures.push(Figure {
            name: "native: load + check that agency report",
            value: native("core_load_report_10000")?,
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        let (items, needed) = answers_needed();
        figures.push(Figure {
            name: "answer once: answers needed for the built-in provider items, enhanced tier, level 4",
            value: 100.0 * needed as f64 / items as f64,
            unit: "%",
            goal: Some(60.0),
            note: format!("{needed} answers for {items} items (`selfcheck crosswalk`); only equal items are carried"),
        });
    }

    // The browser.
    std::env::set_var("SELFCHECK_CHROMIUM", &browser.chromium);
    std::env::set_var("SELFCHECK_CHROMEDRIVER", &browser.chromedriver);
    std::env::set_var("SELFCHECK_CHROMIUM_FLAGS", format!("{} --enable-precise-memory-info", CHROMIUM_FLAGS.join(" ")));
    let url = format!("file://{}", html_path.display());
    browser_figures(root, &url, &format!("file://{}", no_excel.display()), only, &mut figures)?;

    write_report(root, &figures, only.is_all())?;
    if only.is_all() {
        println!("\nWrote BENCHMARKS.md");
    }
    Ok(())
}

/// The built-in provider items that apply at the enhanced tier and level 4, and the
/// answers that cover them (`selfcheck crosswalk`'s figure).
fn answers_needed() -> (usize, usize) {
    use selfcheck_core::catalog::{builtin, Audience, Scope};
    use selfcheck_core::profile::CapabilityTier;
    let scope = Scope { tier: Some(CapabilityTier::Enhanced), level: Some(4) };
    let items: Vec<&str> = builtin()
        .items()
        .filter(|at| at.catalog.audience == Audience::Provider && scope.applies(at.item))
        .map(|at| at.item.id.as_str())
        .collect();
    let relations = selfcheck_core::catalog::loaded::relations(&[]);
    let figures = selfcheck_core::crosswalk::scope_figures::figures(&relations, items);
    (figures.items, figures.answers_needed)
}

/// The single file without the Excel module's data block and script: what start-up
/// would be without Excel at all.
fn without_excel(html: &str) -> Result<String> {
    let start = html
        .find("<script type=\"application/octet-stream\" class=\"wasm-zstd-base64\" id=\"sheets-wasm\">")
        .ok_or("no Excel module")?;
    let block_end = start + html[start..].find("</script>").ok_or("an unclosed block")? + "</script>".len();
    let script_end = block_end + html[block_end..].find("</script>").ok_or("no Excel script")? + "</script>".len();
    Ok(format!("{}{}", &html[..start], &html[script_end..]))
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len()
}

/// Loads `url` as a fresh document (from a blank page, so every run starts alike) and
/// returns when the page marked itself ready, in ms since navigation started.
fn open(browser: &Browser, url: &str) -> f64 {
    browser.goto("about:blank");
    browser.goto(url);
    browser.wait_for("document.documentElement.dataset.ready === 'true'", "the app");
    // Painted first, then the stored work read: only a window that writes takes input.
    browser.wait_for("document.querySelector('main').dataset.keeping === 'writer'", "the stored work");
    browser
        .eval("return performance.getEntriesByName('app-ready')[0].startTime;", json!([]))
        .as_f64()
        .unwrap_or(f64::NAN)
}

/// Opens `url` with nothing stored: the app's own "clear all local data" empties
/// IndexedDB and localStorage while no save of the page can come after it (its confirm
/// button goes once the store is cleared).
fn open_afresh(browser: &Browser, url: &str) -> f64 {
    let report = format!("{}#/report", url.split('#').next().unwrap_or(url));
    open(browser, &report);
    browser.click("#clear-local");
    browser.click("#clear-confirm");
    browser.wait_for("!document.querySelector('#clear-confirm')", "the local data cleared");
    open(browser, url)
}

/// Where start-up time goes: marks set on the way to `app-ready`, in ms since navigation.
const START_PHASES: [(&str, &str); 4] = [
    ("wasm-block-parsed", "… of which: wasm block read, inflating and compiling start"),
    ("boot-start", "… page parsed, glue and boot script run"),
    ("wasm-started", "… wasm inflated, compiled and running"),
    ("catalogs-ready", "… catalogs read (then the first render)"),
];

fn mark_time(browser: &Browser, name: &str) -> f64 {
    let script = format!("const e = performance.getEntriesByName('{name}'); return e.length ? e[0].startTime : null;");
    browser.eval(&script, json!([])).as_f64().unwrap_or(f64::NAN)
}

/// Milliseconds from a click to the first DOM change it causes under `watch`.
const CLICK_TO_MUTATION: &str = "
    const [click, watch, done] = arguments;
    const target = document.querySelector(watch);
    const start = performance.now();
    const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now() - start); });
    observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    document.querySelector(click).click();";

fn browser_figures(root: &Path, url: &str, no_excel_url: &str, only: &Sections, figures: &mut Vec<Figure>) -> Result {
    let browser = Browser::start();
    let dir = TempDir::new("bench");

    if only.wants("startup") {
        // Time to the first interactive checklist, and a static page with the same DOM: the
        // page is written from the app's own DOM after a first run, then the two are opened
        // in turns, so that each pair meets the same load on this shared machine.
        open_afresh(&browser, &format!("{url}#/provider"));
        let dom = browser
            .eval("return document.documentElement.outerHTML;", json!([]))
            .as_str()
            .unwrap_or_default()
            .to_string();
        let reference = root.join("target/bench/static-reference.html");
        std::fs::create_dir_all(reference.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&reference, static_reference(&dom)).map_err(|e| e.to_string())?;
        let reference_url = format!("file://{}", reference.display());
        let normal = start_up_pairs(&browser, &format!("{url}#/provider"), &reference_url, 1.0);
        figures.push(Figure {
            name: "file:// to first interactive checklist",
            value: normal.app,
            unit: "ms",
            goal: Some(150.0),
            note: String::new(),
        });
        for (times, (_, name)) in normal.phases.into_iter().zip(START_PHASES) {
            figures.push(Figure { name, value: median(times), unit: "ms", goal: None, note: String::new() });
        }
        figures.push(Figure {
            name: "static page with the same DOM (the floor)",
            value: normal.floor,
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "ratio app / static page (median of the paired runs)",
            value: normal.ratio,
            unit: "×",
            goal: Some(3.5),
            note: String::new(),
        });
        // Many government offices run slow desktops: the same pairs with the CPU slowed 4×.
        let slow = start_up_pairs(&browser, &format!("{url}#/provider"), &reference_url, 4.0);
        figures.push(Figure {
            name: "CPU slowed 4×: file:// to first interactive checklist",
            value: slow.app,
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "CPU slowed 4×: static page with the same DOM",
            value: slow.floor,
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "CPU slowed 4×: ratio app / static page",
            value: slow.ratio,
            unit: "×",
            goal: Some(2.5),
            note: String::new(),
        });
    }

    if only.wants("excel") {
        // The Excel module: embedded, start-up must not pay for it (the same pairs, the
        // file with it against the file without it), and its first use.
        let excel = start_up_pairs(&browser, &format!("{url}#/provider"), &format!("{no_excel_url}#/provider"), 1.0);
        figures.push(Figure {
            name: "start-up with the Excel module embedded / without it",
            value: excel.ratio,
            unit: "×",
            goal: Some(1.25),
            note: format!(
                "{:.1} ms against {:.1} ms; 1.0 is unchanged; a module compiled on first use may cost at most 1.25×",
                excel.app, excel.floor
            ),
        });
        let (mut starts, mut firsts, mut warm) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..RUNS {
            open(&browser, &format!("{url}#/report"));
            for (n, times) in [(1, &mut firsts), (2, &mut warm)] {
                browser.click("#download-provider-xlsx");
                browser.wait_for(&format!("performance.getEntriesByName('xlsx-write').length === {n}"), "the workbook");
                times.push(last_measure(&browser, "xlsx-write"));
            }
            starts.push(mark_time(&browser, "sheets-ready") - mark_time(&browser, "sheets-start"));
        }
        figures.push(Figure {
            name: "Excel's first use: inflate, compile and instantiate the module",
            value: median(starts),
            unit: "ms",
            goal: Some(300.0),
            note: String::new(),
        });
        figures.push(Figure {
            name: "… the first self-check workbook, module start included",
            value: median(firsts),
            unit: "ms",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "… a self-check workbook once the module runs",
            value: median(warm),
            unit: "ms",
            goal: None,
            note: String::new(),
        });
    }

    if only.wants("hashes") {
        // Evidence fingerprints in the browser: a 64 MiB file attached to an answer, each
        // hash's own time over the file, as the app measures it (`data-hashed`).
        let evidence = TempDir::new("bench-evidence");
        let file = evidence.0.join("evidence-64mib.bin");
        let data: Vec<u8> = (0..64u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
        std::fs::write(&file, &data).map_err(|e| e.to_string())?;
        let (mut sha256, mut sm3) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            open_afresh(&browser, &format!("{url}#/provider"));
            browser.eval("document.documentElement.removeAttribute('data-hashed');", json!([]));
            browser.click("#item-M19-A3-01-Q1 .item-details summary");
            browser.wait_for("!!document.querySelector('#evidence-files-M19-A3-01-Q1')", "the attach input");
            browser.choose_file("#evidence-files-M19-A3-01-Q1", &file);
            browser.wait_for("!!document.documentElement.dataset.hashed", "the fingerprint");
            let hashed = browser.eval("return document.documentElement.dataset.hashed;", json!([]));
            let parts: Vec<f64> =
                hashed.as_str().unwrap_or_default().split(' ').filter_map(|p| p.parse().ok()).collect();
            if let [bytes, sha, sm] = parts[..] {
                sha256.push(bytes / 1e6 / (sha / 1000.0));
                sm3.push(bytes / 1e6 / (sm / 1000.0));
            }
        }
        for (name, values) in
            [("browser: SHA-256 of an evidence file", sha256), ("browser: SM3 of an evidence file", sm3)]
        {
            figures.push(Figure {
                name,
                value: median(values),
                unit: "MB/s",
                goal: None,
                note: "64 MiB in 4 MiB parts".into(),
            });
        }
    }

    if only.wants("answer") {
        // Re-render after one answer.
        open(&browser, &format!("{url}#/provider"));
        let answer: Vec<f64> = (0..RUNS)
            .map(|i| {
                let status = if i % 2 == 0 { "met" } else { "not_met" };
                let click = format!("#item-M19-A3-01-Q1 [data-status='{status}']");
                browser.eval_async(CLICK_TO_MUTATION, json!([click, "#item-M19-A3-01-Q1"])).as_f64().unwrap_or(f64::NAN)
            })
            .collect();
        figures.push(Figure {
            name: "re-render after one answer",
            value: median(answer),
            unit: "ms",
            goal: Some(16.0),
            note: String::new(),
        });
        // An answer carried to the other items of its group (M19-A3-07-Q2 = O14-G-Q3 =
        // G22239C-OM-Q1), the group's contradictions and the readiness derived again.
        let carried: Vec<f64> = (0..RUNS)
            .map(|i| {
                let status = if i % 2 == 0 { "met" } else { "not_met" };
                let click = format!("#item-M19-A3-07-Q2 [data-status='{status}']");
                browser.eval_async(CLICK_TO_MUTATION, json!([click, "#item-M19-A3-07-Q2"])).as_f64().unwrap_or(f64::NAN)
            })
            .collect();
        figures.push(Figure {
            name: "re-render after an answer carried to its equal items",
            value: median(carried),
            unit: "ms",
            goal: Some(16.0),
            note: "the item, its group and the consistency panel".into(),
        });
    }

    if only.wants("catalog") {
        // A team's 5,000-item checklist sheet: read and checked, then loaded and drawn.
        let sheet = dir.0.join("catalog-5000.csv");
        std::fs::write(&sheet, catalog_csv(5_000)).map_err(|e| e.to_string())?;
        let (mut reads, mut draws) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            open_afresh(&browser, &format!("{url}#/provider"));
            browser.choose_file("#catalog-file", &sheet);
            browser.wait_for("!!document.querySelector('#catalog-naming')", "the sheet read");
            reads.push(last_measure(&browser, "catalog-import"));
            draws.push(
                browser
                    .eval_async(CLICK_TO_MUTATION, json!(["#catalog-import", ".checklist"]))
                    .as_f64()
                    .unwrap_or(f64::NAN),
            );
            browser.wait_for("!!document.querySelector('#catalog-loaded')", "the catalog loaded");
        }
        figures.push(Figure {
            name: "browser: read and check a 5,000-item CSV checklist",
            value: median(reads),
            unit: "ms",
            goal: Some(200.0),
            note: String::new(),
        });
        let unmapped = median(draws);
        figures.push(Figure {
            name: "browser: load it and draw its checklist",
            value: unmapped,
            unit: "ms",
            goal: Some(50.0),
            note: String::new(),
        });
        // The same sheet with one item in five related to a built-in item (`对应项`).
        let mapped_sheet = dir.0.join("catalog-5000-mapped.csv");
        std::fs::write(&mapped_sheet, catalog_csv_mapped(5_000, 5)).map_err(|e| e.to_string())?;
        let mut mapped = Vec::new();
        for _ in 0..RUNS {
            open_afresh(&browser, &format!("{url}#/provider"));
            browser.choose_file("#catalog-file", &mapped_sheet);
            browser.wait_for("!!document.querySelector('#catalog-naming')", "the mapped sheet read");
            mapped.push(
                browser
                    .eval_async(CLICK_TO_MUTATION, json!(["#catalog-import", ".checklist"]))
                    .as_f64()
                    .unwrap_or(f64::NAN),
            );
            browser.wait_for("!!document.querySelector('#catalog-loaded')", "the mapped catalog loaded");
        }
        let mapped = median(mapped);
        figures.push(Figure {
            name: "browser: the same sheet with 1,000 items related to built-in ones, loaded and drawn / unrelated",
            value: mapped / unmapped,
            unit: "×",
            goal: Some(1.2),
            note: format!("{mapped:.1} ms against {unmapped:.1} ms"),
        });
    }

    if only.wants("merge") {
        // A team's 50 returned questionnaires merged into a full self-check: read, checked and
        // planned (a third of the answers differ: conflicts), then "newest" for all and merged.
        let (lead, returned) = returned_questionnaires(50);
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let lead_file = dir.0.join("lead.json");
        let write = |path: &Path, inputs: &ProviderWork| {
            let text = to_canonical_json(&build_provider_report(inputs, "2026-12-01T08:00:00Z", day));
            std::fs::write(path, text).map_err(|e| e.to_string())
        };
        write(&lead_file, &lead)?;
        let mut files = Vec::new();
        for (n, q) in returned.iter().enumerate() {
            let path = dir.0.join(format!("returned-{n:02}.json"));
            write(&path, q)?;
            files.push(path.display().to_string());
        }
        let (mut plans, mut merges) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            open_afresh(&browser, &format!("{url}#/report"));
            browser.choose_file("#report-file", &lead_file);
            browser.wait_for("!!document.querySelector('#report-loaded')", "the lead's self-check");
            browser.choose_file("#merge-file", Path::new(&files.join("\n")));
            browser.wait_for("!!document.querySelector('#merge-summary')", "the merge planned");
            plans.push(last_measure(&browser, "merge-plan"));
            browser.click("#merge-newest");
            browser.wait_for("!document.querySelector('#merge-apply').disabled", "every conflict decided");
            merges.push(
                browser.eval_async(CLICK_TO_MUTATION, json!(["#merge-apply", "#merge"])).as_f64().unwrap_or(f64::NAN),
            );
            browser.wait_for("!!document.querySelector('#merge-done')", "merged");
        }
        let conflicts = returned.iter().map(|q| q.answers.len().div_ceil(3)).sum::<usize>();
        figures.push(Figure {
            name: "browser: read, check and plan merging 50 returned questionnaires",
            value: median(plans),
            unit: "ms",
            goal: Some(300.0),
            note: format!("{} answers, {conflicts} conflicts", lead.answers.len()),
        });
        figures.push(Figure {
            name: "… then merge them (newest for all) and draw the outcome",
            value: median(merges),
            unit: "ms",
            goal: None,
            note: String::new(),
        });
    }

    if only.wants("report") {
        // A 10,000-workload report: imported, then built and serialised, in the browser.
        let day = Date::from_ymd(2026, 11, 21).unwrap();
        let report = dir.0.join("agency-10000.json");
        let text = to_canonical_json(&build_agency_report(&agency_work(10_000), "2026-11-21T00:00:00Z", day));
        std::fs::write(&report, &text).map_err(|e| e.to_string())?;
        open_afresh(&browser, &format!("{url}#/report"));
        let mut loads = Vec::new();
        for _ in 0..RUNS {
            browser.choose_file("#report-file", &report);
            browser.wait_for(
                "!!document.querySelector('#report-loaded') || !!document.querySelector('#report-problem')",
                "the report",
            );
            loads.push(last_measure(&browser, "report-load"));
            browser.click(".resume .link-btn");
        }
        figures.push(Figure {
            name: "browser: load + check the 10,000-workload report",
            value: median(loads),
            unit: "ms",
            goal: Some(300.0),
            note: format!("{:.1} MB file", text.len() as f64 / 1e6),
        });
        let mut builds = Vec::new();
        for _ in 0..RUNS {
            let before = browser
                .eval("return performance.getEntriesByName('report-build').length;", json!([]))
                .as_u64()
                .unwrap_or(0);
            browser.click("#download-agency");
            browser.wait_for(&format!("performance.getEntriesByName('report-build').length > {before}"), "the build");
            builds.push(last_measure(&browser, "report-build"));
        }
        figures.push(Figure {
            name: "browser: build + serialise that report",
            value: median(builds),
            unit: "ms",
            goal: Some(100.0),
            note: String::new(),
        });
        let heap = browser
            .eval("return performance.memory ? performance.memory.usedJSHeapSize : 0;", json!([]))
            .as_f64()
            .unwrap_or(0.0);
        let wasm = browser
            .eval("return Number(document.documentElement.dataset.wasmBytes || 0);", json!([]))
            .as_f64()
            .unwrap_or(0.0);
        figures.push(Figure {
            name: "JS heap with 10,000 workloads",
            value: heap / 1_048_576.0,
            unit: "MiB",
            goal: None,
            note: String::new(),
        });
        figures.push(Figure {
            name: "wasm memory with 10,000 workloads",
            value: wasm / 1_048_576.0,
            unit: "MiB",
            goal: None,
            note: String::new(),
        });

        // Filtering the 10,000-workload inventory.
        browser.click("nav a[href='#/agency']");
        browser.wait_for("!!document.querySelector('.workload-row')", "the inventory");
        let filters = ["[data-verdict-filter='prohibited']", "[data-verdict-filter='all']"];
        let filtering: Vec<f64> = (0..RUNS)
            .map(|i| {
                browser
                    .eval_async(CLICK_TO_MUTATION, json!([filters[i % 2], ".workload-list"]))
                    .as_f64()
                    .unwrap_or(f64::NAN)
            })
            .collect();
        figures.push(Figure {
            name: "filter the 10,000-workload inventory",
            value: median(filtering),
            unit: "ms",
            goal: Some(100.0),
            note: String::new(),
        });
    }
    Ok(())
}

/// Medians of start-up pairs: the app and the static page opened in turns, so that each
/// pair meets the same load on this shared machine.
struct StartUp {
    app: f64,
    floor: f64,
    ratio: f64,
    /// Each phase's times (`START_PHASES`), for the unthrottled runs.
    phases: Vec<Vec<f64>>,
}

/// `START_RUNS` pairs with the CPU slowed `rate` times (DevTools' CPU throttling).
fn start_up_pairs(browser: &Browser, app_url: &str, reference_url: &str, rate: f64) -> StartUp {
    browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }));
    let mut phases: Vec<Vec<f64>> = vec![Vec::new(); START_PHASES.len()];
    let (mut app, mut floor, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..START_RUNS {
        let ready = open(browser, app_url);
        for (times, (mark, _)) in phases.iter_mut().zip(START_PHASES) {
            times.push(mark_time(browser, mark));
        }
        let static_ready = open(browser, reference_url);
        app.push(ready);
        floor.push(static_ready);
        ratios.push(ready / static_ready);
    }
    browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }));
    StartUp { app: median(app), floor: median(floor), ratio: median(ratios), phases }
}

fn last_measure(browser: &Browser, name: &str) -> f64 {
    let script =
        format!("const e = performance.getEntriesByName('{name}'); return e.length ? e[e.length - 1].duration : null;");
    browser.eval(&script, json!([])).as_f64().unwrap_or(f64::NAN)
}

/// The app's rendered page without its script, marking itself ready when parsed.
fn static_reference(dom: &str) -> String {
    let mut page = String::from("<!doctype html>\n");
    let mut rest = dom;
    while let Some(start) = rest.find("<script") {
        page.push_str(&rest[..start]);
        let end = rest[start..].find("</script>").map_or(rest.len(), |e| start + e + "</script>".len());
        rest = &rest[end..];
    }
    page.push_str(rest);
    // The app's CSP would block the marker (it allows only the app's script), and the
    // captured DOM already says "ready": remove both.
    if let Some(start) = page.find("<meta http-equiv=\"Content-Security-Policy\"") {
        let end = page[start..].find('>').map_or(page.len(), |e| start + e + 1);
        page.replace_range(start..end, "");
    }
    let page = page.replacen(" data-ready=\"true\"", "", 1);
    let mark =
        "<script>performance.mark('app-ready'); document.documentElement.dataset.ready = 'true';</script></body>";
    page.replacen("</body>", mark, 1)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| t.lines().next().and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map_or(String::new(), |kb| format!(", {:.0} GiB RAM", kb / 1_048_576.0));
    format!("{cpu}, {cores} cores{memory}")
}

/// Prints the table, and writes it to BENCHMARKS.md when every section ran.
fn write_report(root: &Path, figures: &[Figure], to_file: bool) -> Result {
    let version =
        |program: &str| cmd::output(cmd::new(program, root).arg("--version")).unwrap_or_default().trim().to_string();
    let date = cmd::output(cmd::new("date", root).args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default();
    let mut text = String::from("# Benchmarks\n\nRegenerated by `cargo xtask bench`; do not edit by hand. Medians of ");
    let _ = write!(
        text,
        "{RUNS} runs (native: {NATIVE_RUNS}; start-up: {START_RUNS} app/static pairs, opened in turns).\n\n- machine: {}\n- date: {}\n- {}; {}\n\n| figure | measured | budget | |\n| --- | ---: | ---: | --- |\n",
        machine(),
        date.trim(),
        version("rustc"),
        version("chromium")
    );
    for f in figures {
        // Two decimals where one would round a budget (1.25 ×) away.
        let goal = f.goal.map_or(String::new(), |g| {
            if g < 10.0 {
                format!("≤ {g:.2} {}", f.unit)
            } else {
                format!("≤ {g:.1} {}", f.unit)
            }
        });
        let verdict = match f.goal {
            Some(g) if f.value <= g => "met",
            Some(_) => "**over budget**",
            None => "",
        };
        let note = if f.note.is_empty() { String::new() } else { format!(" ({})", f.note) };
        let _ = writeln!(text, "| {}{note} | {:.1} {} | {goal} | {verdict} |", f.name, f.value, f.unit);
    }
    text.push_str("\nHow each figure is taken: `xtask/src/bench.rs`. The static reference page is the app's own rendered DOM without its script, written to `target/bench/static-reference.html`.\n");
    print!("\n{text}");
    if !to_file {
        return Ok(());
    }
    std::fs::write(root.join("BENCHMARKS.md"), text).map_err(|e| e.to_string())
}
