//! Evidence anyone can check, and a report fit to sign, offline from file://: a large
//! file is fingerprinted in parts while the page keeps answering; a cancel stops it; the
//! report's fingerprints agree with the files on disk (and catch a changed one); the
//! printout is an A4 document with a cover, the evidence, page numbers and the
//! signature block, its tables whole.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use selfcheck_core::evidence::{verify, Check, Fingerprinter, Held};
use selfcheck_core::report::load_report;
use serde_json::json;

use super::{assert_clean_console, assert_fits_360, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

/// A file of `megabytes` MB of varied bytes (not one repeated block).
fn big_file(path: &Path, megabytes: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut state = 0x2545_f491_u32;
    let mut block = vec![0u8; 1 << 20];
    for _ in 0..megabytes {
        for byte in block.iter_mut() {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            *byte = state as u8;
        }
        file.write_all(&block).unwrap();
    }
}

fn held(dir: &Path) -> Vec<Held> {
    let mut held = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let mut f = Fingerprinter::new();
        f.update(&std::fs::read(entry.path()).unwrap());
        let name = entry.file_name().to_string_lossy().to_string();
        held.push(Held { path: name.clone(), name, fingerprint: f.finish() });
    }
    held
}

pub(crate) fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn evidence_is_fingerprinted_without_freezing_and_agrees_with_the_files() {
    let dir = TempDir::new("evidence");
    let files = dir.0.join("evidence");
    std::fs::create_dir_all(&files).unwrap();
    let large = files.join("机房巡检记录.bin");
    big_file(&large, 192);
    let small = files.join("contract.pdf");
    std::fs::write(&small, b"%PDF signed contract").unwrap();

    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.click("#item-M19-A3-01-Q1 .item-details summary");
    browser.wait_for("!!document.querySelector('#evidence-files-M19-A3-01-Q1')", "the attach input");
    browser.choose_file("#evidence-files-M19-A3-01-Q1", &large);
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .evidence-progress')", "the progress bar");
    // The page answers while the file is hashed: another item is answered meanwhile.
    browser.click("#item-M19-A3-01-Q2 [data-status='met']");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q2').dataset.status === 'met'", "an answer meanwhile");
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .evidence-file')", "the fingerprint");
    browser.choose_file("#evidence-files-M19-A3-01-Q1", &small);
    browser.wait_for("document.querySelectorAll('#item-M19-A3-01-Q1 .evidence-file').length === 2", "both files");

    // A cancel stops the next file and adds nothing.
    let other = dir.0.join("another.bin");
    big_file(&other, 256);
    browser.choose_file("#evidence-files-M19-A3-01-Q1", &other);
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .evidence-cancel')", "hashing started");
    browser.click("#item-M19-A3-01-Q1 .evidence-cancel");
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .evidence-outcome')", "cancelled");
    assert_eq!(browser.count("#item-M19-A3-01-Q1 .evidence-file"), 2);

    // The report names both files by fingerprint; the files on disk match; one changed is caught.
    go(&browser, "#/report");
    browser.click("#download-provider");
    let (_, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    let report = load_report(&bytes).expect("a valid report").report;
    let recorded = report.evidence_files();
    assert_eq!(recorded.len(), 2);
    let (checks, unnamed) = verify(recorded.iter().map(|(i, f)| (i.as_str(), *f)), &held(&files));
    assert!(checks.iter().all(Check::is_match) && unnamed.is_empty(), "{checks:?} {unnamed:?}");
    std::fs::write(&small, b"%PDF another contract").unwrap();
    let (checks, _) = verify(recorded.iter().map(|(i, f)| (i.as_str(), *f)), &held(&files));
    assert!(matches!(
        &checks[..],
        [Check::Matched { .. }, Check::Changed { .. }] | [Check::Changed { .. }, Check::Matched { .. }]
    ));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

/// The page printed to A4 PDF as Chromium prints it, read back as text: (text with a
/// form feed between pages, number of pages).
pub(crate) fn print_to_pdf(browser: &Browser, path: &std::path::Path) -> (String, usize) {
    let pdf = browser.cdp("Page.printToPDF", json!({ "preferCSSPageSize": true, "printBackground": true }));
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD.decode(pdf["data"].as_str().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    let out = Command::new(pdftotext()).arg(path).arg("-").output().expect("pdftotext runs");
    assert!(out.status.success());
    let info = Command::new(pdftotext().with_file_name("pdfinfo")).arg(path).output().expect("pdfinfo runs");
    let info = String::from_utf8(info.stdout).unwrap();
    assert!(info.contains("(A4)"), "A4 pages: {info}");
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    (String::from_utf8(out.stdout).unwrap(), pages)
}

fn pdftotext() -> PathBuf {
    std::env::var_os("SELFCHECK_PDFTOTEXT").map_or_else(|| PathBuf::from("pdftotext"), PathBuf::from)
}

#[test]
#[ignore = "needs dist/, Chromium and pdftotext: run by `cargo xtask test`"]
fn the_printed_report_is_a_clean_a4_document_with_a_signature_block() {
    let dir = TempDir::new("print");
    let evidence = dir.0.join("供应商审查记录.pdf");
    std::fs::write(&evidence, b"%PDF review").unwrap();
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.click("#item-M19-A3-01-Q1 [data-status='not_met']");
    browser.click("#item-M19-A3-01-Q1 .item-details summary");
    browser.wait_for("!!document.querySelector('#evidence-files-M19-A3-01-Q1')", "the attach input");
    browser.choose_file("#evidence-files-M19-A3-01-Q1", &evidence);
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .evidence-file')", "the fingerprint");
    let sha256 =
        browser.eval("return document.querySelector('#item-M19-A3-01-Q1 .evidence-file').dataset.sha256;", json!([]));
    go(&browser, "#/agency");
    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");
    go(&browser, "#/report");
    browser.wait_for("!!document.querySelector('#report-sign-off')", "the printable report");
    let digest = browser.text("#cover-provider-digest");

    // The provider's report: its role alone, a cover that stands alone.
    let (text, pages) = print_to_pdf(&browser, &dir.0.join("provider.pdf"));
    assert!(pages >= 3, "a cover, then the report: {pages} pages");
    let cover = text.split('\u{c}').next().unwrap();
    for expected in [
        "云计算服务安全自查报告",
        "项未作答 · ",
        "覆盖率",
        "已答项就绪度",
        "未满足的红线项",
        "最需关注的",
        "M19-A3-01-Q1",
    ] {
        assert!(cover.contains(expected), "the cover lacks {expected}:\n{cover}");
    }
    assert!(cover.contains(&digest[..32]), "the cover names the report's digest");
    assert!(cover.contains("json.dumps"), "and how anyone recomputes it");
    for expected in ["签字、盖章", "负责人（签字）", "单位（盖章）", "证据文件清单", "供应商审查记录.pdf"]
    {
        assert!(text.contains(expected), "the printout lacks {expected}:\n{text}");
    }
    let compact = text.replace(' ', "");
    assert!(compact.contains(&format!("1/{pages}")) && compact.contains(&format!("{pages}/{pages}")), "page numbers");
    let hash = sha256.as_str().unwrap();
    assert!(text.contains(&hash[..32]), "the evidence's SHA-256 is printed");
    for absent in ["分类结论汇总", "尚无业务系统", "selfcheck validate", "填写评估结果发布日期"] {
        assert!(!text.contains(absent), "only the provider's report, nothing for the screen: {absent}");
    }

    // The agency's report, chosen on the page: its verdicts in whole words, never a
    // character per line (they name socialised cloud services in full, so a long one
    // wraps in its column: its first words are whole), and the fit column's heading.
    browser.click("#print-role-agency");
    browser.wait_for("!!document.querySelector('#cover-agency-digest')", "the agency's printout");
    let (text, _) = print_to_pdf(&browser, &dir.0.join("agency.pdf"));
    let cover = text.split('\u{c}').next().unwrap();
    for expected in ["党政机关业务系统上云评估报告", "共 7 个业务系统", "不得使用", "单位名称"]
    {
        assert!(cover.contains(expected), "the agency cover lacks {expected}:\n{cover}");
    }
    for word in ["不得使用", "不宜使用", "满足条件", "待定级", "平台适配", "签字、盖章"] {
        assert!(text.contains(word), "{word} is broken apart or missing:\n{text}");
    }
    assert!(
        !text.contains("云计算服务安全自查报告") && !text.contains("差距（含检查内容与说明）"),
        "the agency's report alone"
    );
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn an_agency_fills_a_platform_from_the_providers_report_and_sees_its_red_lines() {
    let dir = TempDir::new("provider-report");
    let provider = Browser::start();
    open_app(&provider, "#/provider");
    provider.type_into("#profile-provider", "示例云计算有限公司");
    provider.type_into("#profile-platform", "政务云 A");
    let red_line = RED_LINE;
    provider.click(&format!("#item-{red_line} [data-status='not_met']"));
    provider
        .wait_for(&format!("document.querySelector('#item-{red_line}').dataset.status === 'not_met'"), "a red line");
    // Every item asking where the platform's infrastructure is, answered met.
    let location = location_items();
    assert!(!location.is_empty());
    for (catalog, item) in &location {
        provider.click(&format!("[data-catalog='{catalog}']"));
        provider.wait_for(&format!("!!document.querySelector('#item-{item}')"), "the item's checklist");
        provider.click(&format!("#item-{item} [data-status='met']"));
        provider
            .wait_for(&format!("document.querySelector('#item-{item}').dataset.status === 'met'"), "a location item");
    }
    go(&provider, "#/report");
    provider.click("#download-provider");
    let (name, bytes) = provider.downloaded_starting("cloud-selfcheck-provider-");
    let report = dir.0.join(&name);
    std::fs::write(&report, &bytes).unwrap();
    let edited = dir.0.join("edited.json");
    std::fs::write(&edited, String::from_utf8(bytes).unwrap().replacen("示例云计算有限公司", "别的公司", 1)).unwrap();

    let agency = Browser::start();
    open_app(&agency, "#/agency");
    agency.choose_file("#csv-file", &fixture("inventory.csv"));
    agency.wait_for("!!document.querySelector('#import-result')", "the inventory");
    agency.click("#add-platform");
    agency.wait_for("!!document.querySelector('fieldset.platform-editor')", "a platform");
    let id = agency.eval("return document.querySelector('fieldset.platform-editor').dataset.platformId;", json!([]));
    let id = id.as_str().unwrap().to_string();
    agency.choose_file(&format!("#platform-{id}-report"), &report);
    agency.wait_for(&format!("!!document.querySelector('#platform-{id}-provider-report')"), "the provider's report");
    assert_eq!(
        agency.eval(&format!("return document.querySelector('#platform-{id}-name').value;"), json!([])),
        json!("政务云 A"),
        "the platform named from the provider's profile"
    );
    assert!(agency.text(&format!("#platform-{id}-provider-report")).contains("已核验"));
    assert_fits_360(&agency, "a platform with its provider's report and digest");
    assert!(agency.text(&format!("#platform-{id}-provider-report .provider-red-lines")).contains(red_line));
    // Its data-centre location comes from the report's answers, and it says which.
    let note = format!("#platform-{id}-report-location");
    assert_eq!(
        agency.eval(&format!("return document.querySelector('{note}').dataset.taken;"), json!([])),
        json!("true")
    );
    assert!(location.iter().all(|(_, item)| agency.text(&note).contains(item.as_str())), "{}", agency.text(&note));
    assert_eq!(
        agency.eval(&format!("return document.querySelector('#platform-{id}-china').value;"), json!([])),
        json!("yes")
    );
    // Changed by hand afterwards, the record counts, and the note no longer says it came from the report.
    agency.pick(&format!("#platform-{id}-china"), "no");
    agency.wait_for(&format!("document.querySelector('{note}').textContent.includes('改动')"), "the note to follow");
    agency.pick(&format!("#platform-{id}-china"), "yes");
    agency.wait_for(&format!("!document.querySelector('{note}').textContent.includes('改动')"), "and back");

    // 财务系统 moves to 政务云 A: the provider's open red line is a gap, citing its item.
    agency.click(".workload-row:nth-child(2) .open-btn");
    agency.wait_for("!!document.querySelector('#fit-gaps')", "platform fit");
    let codes =
        agency.eval("return [...document.querySelectorAll('#fit-gaps .reason')].map(r => r.dataset.code);", json!([]));
    let codes: Vec<&str> = codes.as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(codes.contains(&"provider_red_lines_open") && codes.contains(&"provider_not_ready"), "{codes:?}");
    assert!(agency.text("#fit-gaps").contains(red_line));

    // An edited copy is flagged, never trusted silently.
    agency.choose_file(&format!("#platform-{id}-report"), &edited);
    agency.wait_for(
        &format!("document.querySelector('#platform-{id}-provider-report').dataset.trust === 'edited'"),
        "flagged",
    );
    agency.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"provider_report_untrusted\"]')",
        "an untrusted report is a gap",
    );
    // A file that is no provider's report is refused, said where it was chosen, and the
    // platform keeps what it had (verified in the first-use module, as the others).
    agency.choose_file(&format!("#platform-{id}-report"), &fixture("inventory.csv"));
    agency.wait_for(&format!("!!document.querySelector('#platform-{id}-report-problem')"), "the refusal");
    let problem = agency.text(&format!("#platform-{id}-report-problem"));
    assert!(problem.starts_with("此报告不能用来填写平台："), "{problem}");
    assert_eq!(
        agency.eval(
            &format!("return document.querySelector('#platform-{id}-provider-report').dataset.trust;"),
            json!([])
        ),
        json!("edited"),
        "the platform keeps the report it had"
    );
    assert_no_network(&agency);
    assert_clean_console(&agency);
}

/// The provider items that ask where the platform's infrastructure is, as the core finds
/// them for a profile that sets no tier or level: (catalog, item).
fn location_items() -> Vec<(String, String)> {
    use selfcheck_core::agency::provider_report::is_location_item;
    use selfcheck_core::catalog::{builtin, Audience, Scope};
    let scope = Scope::of(&selfcheck_core::profile::ProviderProfile::default());
    builtin()
        .for_audience(Audience::Provider)
        .into_iter()
        .flat_map(|c| c.sections.iter().flat_map(|s| &s.items).map(move |item| (c, item)))
        .filter(|(_, item)| is_location_item(item) && scope.applies(item))
        .map(|(c, item)| (c.id.clone(), item.id.clone()))
        .collect()
}

/// A red-line item of the focus catalog.
const RED_LINE: &str = "M19-A3-01-Q3";
