//! Older browsers: without `DecompressionStream` (Firefox before 113, so Firefox ESR 102,
//! Safari before 16.4, older Chromium in domestic browsers) the app still starts and Excel
//! still works, with the bundled inflater; without WebAssembly the start-up panel says what
//! is missing, in both languages. Each is made by a copy of the file whose first script
//! deletes the feature: it stands before the CSP meta, so it runs before the policy applies,
//! and every byte of the app after it is the real file's. Both browsers run both flows.

use serde_json::json;

use super::{assert_no_network, assert_trusted_types_required, dist_file, go, wait_until_opened};
use selfcheck_webdriver::{Browser, Kind, TempDir};

/// A copy of the single file in which `script` runs before anything of the page's own.
fn copy_without(label: &str, script: &str) -> (TempDir, String) {
    let html = std::fs::read_to_string(dist_file()).unwrap();
    let head = html.find("<head>").expect("the file has a head") + "<head>".len();
    let copy = format!("{}\n<script>{script}</script>{}", &html[..head], &html[head..]);
    assert!(copy.find("<script>").unwrap() < copy.find("Content-Security-Policy").unwrap());
    let dir = TempDir::new(label);
    let path = dir.0.join("cloud-selfcheck.html");
    std::fs::write(&path, copy).unwrap();
    let url = format!("file://{}", path.display());
    (dir, url)
}

pub(crate) fn without_decompression_stream_the_app_starts_and_excel_works(browser: &Browser) {
    let script = "delete globalThis.DecompressionStream; delete globalThis.DecompressionStream;";
    let (_dir, url) = copy_without("no-decompression-stream", script);
    browser.goto(&format!("{url}#/provider"));
    browser.wait_for("document.documentElement.dataset.ready === 'true'", "the app, inflated by the fallback");
    // The checklist is inert until the stored work is read: only then can it be clicked.
    wait_until_opened(browser);
    assert_eq!(browser.eval("return typeof DecompressionStream;", json!([])), json!("undefined"));
    assert_eq!(browser.eval("return typeof fflate;", json!([])), json!("object"), "the bundled inflater ran");
    browser.click("#item-M19-A3-01-Q1 [data-status='met']");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'met'", "an answer");
    go(browser, "#/report");
    browser.click("#download-provider-xlsx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    assert!(name.ends_with(".xlsx") && bytes.starts_with(b"PK"), "{name}");
    // Zero network includes no CSP violation: the inflater is one of the allowed scripts,
    // run by a call, not made from a string (which Trusted Types would refuse).
    assert_trusted_types_required(browser);
    assert_no_network(browser);
    if browser.kind() == Kind::Chromium {
        // Nothing in the console but what the page itself logs (Firefox's cannot be read).
        let errors: Vec<_> = browser
            .log("browser")
            .into_iter()
            .filter(|e| {
                e["level"] == "SEVERE" || e["message"].as_str().is_some_and(|m| m.contains("Content Security Policy"))
            })
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}

pub(crate) fn without_webassembly_the_panel_names_what_is_missing_in_both_languages(browser: &Browser) {
    let (_dir, url) = copy_without("no-webassembly", "delete globalThis.WebAssembly;");
    browser.goto(&format!("{url}#/provider"));
    browser.wait_for("!!document.querySelector('#fatal-error')", "the start-up panel");
    let panel = browser.text("#fatal-error");
    assert!(panel.contains("不支持 WebAssembly") && panel.contains("no WebAssembly"), "{panel}");
    assert!(panel.contains("Chrome/Edge 96") && panel.contains("Firefox 91"), "{panel}");
    assert_eq!(browser.count(".booting"), 0, "no endless loading message");
    assert_no_network(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn without_decompression_stream_chromium_starts_and_excel_works() {
    without_decompression_stream_the_app_starts_and_excel_works(&Browser::start());
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn without_webassembly_chromium_shows_the_panel_in_both_languages() {
    without_webassembly_the_panel_names_what_is_missing_in_both_languages(&Browser::start());
}
