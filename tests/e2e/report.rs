//! The JSON report from the browser: download, check, clear, load back; autosave;
//! broken, foreign and edited files.

use std::path::PathBuf;

use selfcheck_core::report::{load_report, LoadWarning, Role};
use serde_json::json;

use super::{assert_clean, assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn answer(browser: &Browser, item: &str, status: &str) {
    browser.click(&format!("#item-{item} [data-status='{status}']"));
    browser.wait_for(&format!("document.querySelector('#item-{item}').dataset.status === '{status}'"), item);
}

fn statuses(browser: &Browser, items: &[&str]) -> Vec<String> {
    items
        .iter()
        .map(|id| {
            browser.eval("return document.querySelector(arguments[0]).dataset.status;", json!([format!("#item-{id}")]))
        })
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

const ITEMS: [&str; 3] = ["M19-A3-01-Q1", "M19-A3-01-Q2", "M19-A3-01-Q3"];

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn download_clear_and_load_back_restores_the_same_state() {
    download_clear_and_load_back(&Browser::start());
}

/// Download the reports, clear everything, load them back: the same state (shared with Firefox).
pub(crate) fn download_clear_and_load_back(browser: &Browser) {
    open_app(browser, "#/provider");
    browser.type_into("#answerer", "安全部 李四");
    answer(browser, ITEMS[0], "met");
    answer(browser, ITEMS[1], "partial");
    answer(browser, ITEMS[2], "not_met");
    assert!(
        browser.text("#item-M19-A3-01-Q1 .answered").starts_with("最后修改：安全部 李四，"),
        "who and when, on the card"
    );
    assert!(browser.text("#gaps-heading + ol .answered, .gap .answered").contains("安全部 李四"), "and in the gaps");
    browser.click("#item-M19-A3-01-Q3 .item-details summary");
    browser.wait_for("!!document.querySelector('#owner-M19-A3-01-Q3')", "the opened details");
    browser.type_into("#owner-M19-A3-01-Q3", "王五");
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'saved'", "the autosave");
    go(browser, "#/agency");
    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");

    // Download both reports and the gaps CSV; check what was written.
    go(browser, "#/report");
    assert!(browser.text("#preview-gaps").contains("M19-A3-01-Q3"));
    browser.click("#download-provider");
    let (name, provider_bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    assert!(name.ends_with(".json"), "{name}");
    std::fs::remove_file(browser.download_dir().join(&name)).unwrap(); // room for the re-export below
    let loaded = load_report(&provider_bytes).expect("a valid report");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.report.role, Role::Provider);
    assert_eq!(loaded.report.rebuilt().unwrap(), loaded.report, "every figure follows from the answers");
    let p = loaded.report.provider.as_ref().unwrap();
    assert_eq!(p.work.answers.len(), 3);
    assert_eq!(p.work.answers["M19-A3-01-Q3"].details().owner, "王五");
    for answer in p.work.answers.values() {
        let details = answer.details();
        assert_eq!(details.answered_by, "安全部 李四");
        let at = details.answered_at.as_ref().expect("every answer records when");
        assert!(at.date().days_since(loaded.report.as_of).abs() <= 1, "{at}");
    }
    assert_eq!(p.gaps[0].item_id, "M19-A3-01-Q3", "the red line comes first");

    browser.click("#download-agency");
    let (_, agency_bytes) = browser.downloaded_starting("cloud-selfcheck-agency-");
    let agency = load_report(&agency_bytes).unwrap().report;
    assert_eq!(agency.agency.as_ref().unwrap().workloads.len(), 7);

    browser.click("#download-gaps");
    let (_, gaps) = browser.downloaded_starting("cloud-selfcheck-gaps-");
    let gaps = String::from_utf8(gaps).unwrap();
    assert!(gaps.starts_with('\u{feff}') && gaps.contains("M19-A3-01-Q3") && gaps.contains("王五"));
    assert!(
        gaps.lines().next().unwrap().ends_with("答复人,答复时间,证据文件指纹") && gaps.contains(",安全部 李四,"),
        "{gaps}"
    );
    assert!(browser.text("#preview-gaps").contains("安全部 李四"), "and in the printable report");

    // Clear everything (after confirming), then load both reports back.
    browser.click("#clear-local");
    browser.click("#clear-confirm");
    browser.wait_for("!document.querySelector('#preview-gaps')", "the data cleared");
    let stored = browser.eval("return localStorage.getItem('cloud-selfcheck.session');", json!([]));
    assert_eq!(stored, json!(null), "nothing left in localStorage");
    let sessions = super::storage::stored_sessions(browser);
    assert!(sessions.iter().all(String::is_empty), "nothing left in IndexedDB: {sessions:?}");

    let dir = TempDir::new("reports");
    let provider_file = dir.0.join("provider.json");
    let agency_file = dir.0.join("agency.json");
    std::fs::write(&provider_file, &provider_bytes).unwrap();
    std::fs::write(&agency_file, &agency_bytes).unwrap();
    browser.choose_file("#report-file", &provider_file);
    browser.wait_for("!!document.querySelector('#report-loaded')", "the provider report loaded");
    browser.choose_file("#report-file", &agency_file);
    browser.wait_for(
        "document.querySelector('#report-loaded').textContent.includes('党政机关')",
        "the agency report loaded",
    );

    go(browser, "#/provider");
    assert_eq!(statuses(browser, &ITEMS), ["met", "partial", "not_met"]);
    browser.click("#item-M19-A3-01-Q3 .item-details summary");
    browser.wait_for("!!document.querySelector('#owner-M19-A3-01-Q3')", "the opened details");
    assert_eq!(browser.eval("return document.querySelector('#owner-M19-A3-01-Q3').value;", json!([])), json!("王五"));
    assert!(browser.text("#item-M19-A3-01-Q3 .answered").contains("安全部 李四"), "who/when kept through load");
    let answerer = browser.eval("return document.querySelector('#answerer').value;", json!([]));
    assert_eq!(answerer, json!(""), "clearing all local data forgets the name too");
    go(browser, "#/agency");
    assert_eq!(browser.count(".workload-row"), 7);

    // The restored state exports the same report again.
    go(browser, "#/report");
    browser.click("#download-provider");
    let (_, again) = browser.downloaded_starting("cloud-selfcheck-provider-");
    let again = load_report(&again).unwrap().report;
    assert_eq!(again.provider_work(), loaded.report.provider_work());
    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_half_finished_self_check_survives_closing_the_tab() {
    survive_closing_the_tab(&Browser::start());
}

/// Autosave and reload: the answers survive a fresh load of the file (shared with Firefox).
pub(crate) fn survive_closing_the_tab(browser: &Browser) {
    open_app(browser, "#/provider");
    answer(browser, ITEMS[0], "met");
    answer(browser, ITEMS[2], "not_met");
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'saved'", "the autosave");
    assert!(browser.text("#save-status").contains("已自动保存"));

    open_app(browser, "#/provider"); // a fresh load of the file, as after closing the tab
    assert_eq!(statuses(browser, &ITEMS), ["met", "none", "not_met"]);
    assert!(browser.text("#overall-status").contains("未就绪"));
    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn broken_foreign_and_edited_reports_never_cost_the_current_work() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    answer(&browser, ITEMS[0], "met");
    go(&browser, "#/report");
    browser.click("#download-provider");
    let (_, genuine) = browser.downloaded_starting("cloud-selfcheck-provider-");

    let dir = TempDir::new("bad-reports");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let next = selfcheck_core::report::REPORT_FORMAT_VERSION + 1;
    let future = format!(r#"{{"format": "cloud-selfcheck-report", "format_version": {next}}}"#);
    let cases = [
        (write("broken.json", b"{\"format\": \"cloud-selfcheck-report\", "), "不是有效的 JSON"),
        (write("foreign.json", br#"{"name": "a different tool"}"#), "不是云评自查报告"),
        (write("future.json", future.as_bytes()), "请使用新版工具"),
    ];
    for (path, message) in &cases {
        browser.choose_file("#report-file", path);
        browser.wait_for("!!document.querySelector('#report-problem')", "the refusal");
        assert!(browser.text("#report-problem").contains(message), "{}", browser.text("#report-problem"));
        browser.click(".resume .link-btn");
    }

    // A hand-edited report: warned, cancel changes nothing, "load anyway" restores it.
    let text = String::from_utf8(genuine).unwrap();
    let answer = |status: &str| format!("\"{}\":{{\"status\":\"{status}\"", ITEMS[0]);
    let edited = text.replacen(&answer("met"), &answer("not_met"), 1);
    assert_ne!(edited, text, "the answer is in the file");
    let edited_path = write("edited.json", edited.as_bytes());
    browser.choose_file("#report-file", &edited_path);
    browser.wait_for("!!document.querySelector('#report-pending')", "the edited-file warning");
    assert!(browser.text(".resume").contains(&selfcheck_core::messages::Describe::message(
        &LoadWarning::DigestMismatch,
        selfcheck_core::Lang::ZhCn
    )));
    browser.click("#report-import-cancel");
    go(&browser, "#/provider");
    assert_eq!(statuses(&browser, &ITEMS[..1]), ["met"], "cancel changed nothing");

    go(&browser, "#/report");
    browser.choose_file("#report-file", &edited_path);
    browser.wait_for("!!document.querySelector('#report-pending')", "the warning again");
    browser.click("#report-import-anyway");
    browser.wait_for("!!document.querySelector('#report-loaded')", "the edited report loaded");
    go(&browser, "#/provider");
    assert_eq!(statuses(&browser, &ITEMS[..1]), ["not_met"]);
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_report_dropped_on_the_page_is_loaded() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    answer(&browser, ITEMS[1], "partial");
    go(&browser, "#/report");
    browser.click("#download-provider");
    let (_, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    browser.click("#clear-local");
    browser.click("#clear-confirm");
    browser.wait_for("!document.querySelector('#preview-gaps')", "the data cleared");

    // What the browser does when a file is dragged from the desktop and dropped.
    browser.eval(
        "const dt = new DataTransfer();
         dt.items.add(new File([arguments[0]], 'report.json', { type: 'application/json' }));
         const zone = document.querySelector('#report-drop');
         for (const type of ['dragover', 'drop']) {
             zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
         }",
        json!([String::from_utf8(bytes).unwrap()]),
    );
    browser.wait_for("!!document.querySelector('#report-loaded')", "the dropped report");
    go(&browser, "#/provider");
    assert_eq!(statuses(&browser, &ITEMS[1..2]), ["partial"]);
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn full_storage_is_said_and_the_app_keeps_working_in_memory() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    // What a full quota looks like to the page, in both of its storages.
    browser.eval(
        "const full = function () {
             throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
         };
         Storage.prototype.setItem = full;
         IDBObjectStore.prototype.put = full;",
        json!([]),
    );
    answer(&browser, ITEMS[0], "met");
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'failed'", "the failed save");
    assert!(browser.text(".notice-warning").contains("无法保存到本浏览器"), "{}", browser.text(".notice-warning"));
    answer(&browser, ITEMS[1], "not_met"); // still works, in memory
    assert_eq!(statuses(&browser, &ITEMS[..2]), ["met", "not_met"]);
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn edits_made_just_before_a_reload_are_kept() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    answer(&browser, ITEMS[0], "met");
    browser.type_into("#profile-provider", "科技有限公司");
    open_app(&browser, "#/provider"); // at once: the page saves as it goes away
    assert_eq!(statuses(&browser, &ITEMS[..1]), ["met"]);
    assert_eq!(
        browser.eval("return document.querySelector('#profile-provider').value;", json!([])),
        json!("科技有限公司")
    );
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_report_of_the_catalogs_before_their_audit_loads_and_says_what_changed() {
    let browser = Browser::start();
    open_app(&browser, "#/report");
    // Written by the version before the 2.0.0 catalog audit (format 5).
    browser.choose_file("#report-file", &fixture("report-v5-provider.json"));
    browser.wait_for("!!document.querySelector('#report-loaded')", "the earlier report loaded");
    go(&browser, "#/provider");
    browser.wait_for("!!document.querySelector('#catalog-upgrades')", "the upgrade panel");
    let upgraded = browser.eval(
        "return [...document.querySelectorAll('#catalog-upgrades .upgrade')].map(u => u.dataset.catalog).sort();",
        json!([]),
    );
    assert_eq!(
        upgraded,
        json!([
            "convention-2023",
            "gbt22239-2019-cloud",
            "gbt31168-2023",
            "measures-2019-focus",
            "measures-2019-materials",
            "measures-2019-obligations",
            "opinion-2014-platform"
        ]),
        "every built-in provider catalog moved on"
    );
    let panel = browser.text("#catalog-upgrades");
    assert!(panel.contains("1.0.0") && panel.contains("2.0.0"), "{panel}");
    assert!(browser.count("#catalog-upgrades .upgrade-changed") > 0, "reworded items to review: {panel}");
    assert!(browser.count("#catalog-upgrades .upgrade-added") > 0, "new items, unanswered: {panel}");
    assert!(browser.count("#catalog-upgrades .upgrade-removed") > 0, "removed items listed: {panel}");
    // The reworded items' answers are kept and wait in the "to review" filter.
    browser.click("[data-filter='review']");
    browser.wait_for("document.querySelectorAll('.checklist-section .item').length > 0", "items to review");
    assert!(browser.count(".checklist-section .item[data-status='none']") == 0, "every one keeps its answer");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
