//! One whole working session through both roles, from the single file, during which
//! not one request leaves the page.

use std::path::PathBuf;

use serde_json::json;

use super::{assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_full_session_through_both_roles_makes_no_network_request() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inventory.csv");
    let browser = Browser::start();
    open_app(&browser, "");

    // Provider: profile, dates, answers by click and keyboard.
    browser.type_into("#profile-provider", "示例云");
    browser.pick("#date-published", "2024-02-29");
    browser.click("#item-M19-A3-01-Q1 [data-status='met']");
    browser.focus("#item-M19-A3-01-Q2");
    browser.press("3");
    browser.click("[data-catalog='convention-2023']");
    browser.wait_for("!!document.querySelector('#item-C23-01-Q1')", "the convention");
    browser.click("#item-C23-01-Q1 [data-status='partial']");

    // Agency: import, a platform, a workload opened.
    go(&browser, "#/agency");
    browser.choose_file("#csv-file", &fixture);
    browser.wait_for("!!document.querySelector('#import-result')", "the import");
    browser.click("#add-platform");
    browser.type_into("fieldset.platform-editor:nth-of-type(1) [id$='-name']", "政务云 A");
    browser.click(".workload-row:first-child .open-btn");
    browser.wait_for("!!document.querySelector('#detail-verdict')", "the details");
    browser.click("#export-csv");
    browser.downloaded("cloud-selfcheck-inventory.csv");

    // Report: every download, the print view, a report loaded back.
    go(&browser, "#/report");
    browser.click("#download-provider");
    let (_, provider) = browser.downloaded_starting("cloud-selfcheck-provider-");
    browser.click("#download-agency");
    browser.downloaded_starting("cloud-selfcheck-agency-");
    browser.click("#download-gaps");
    browser.downloaded_starting("cloud-selfcheck-gaps-");
    browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }));
    assert_eq!(
        browser.eval("return getComputedStyle(document.querySelector('.main-nav')).display;", json!([])),
        json!("none")
    );
    assert_eq!(
        browser.eval("return getComputedStyle(document.querySelector('.preview')).display;", json!([])),
        json!("block")
    );
    browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }));
    let dir = TempDir::new("session");
    let file = dir.0.join("provider.json");
    std::fs::write(&file, provider).unwrap();
    browser.choose_file("#report-file", &file);
    browser.wait_for("!!document.querySelector('#report-loaded')", "the report loaded back");

    // Both languages.
    browser.click("[data-lang='en']");
    browser.wait_for("document.documentElement.lang === 'en'", "English");
    go(&browser, "#/provider");
    browser.click("[data-lang='zh-CN']");
    browser.wait_for("document.documentElement.lang === 'zh-CN'", "Chinese");

    assert_no_network(&browser);
    assert_clean_console(&browser);
}
