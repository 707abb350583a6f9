//! Older browsers: without `DecompressionStream` (Firefox before 113, Safari before 16.4,
//! older Chromium in domestic browsers) the app still starts and Excel still works, with
//! the bundled inflater; without WebAssembly the start-up panel says what is missing,
//! in both languages. Each is made by removing the feature before the page's scripts run.

use serde_json::json;

use super::{assert_no_network, file_url, go};
use selfcheck_webdriver::Browser;

/// A browser whose pages lack what `script` deletes.
fn browser_without(script: &str) -> Browser {
    let browser = Browser::start();
    browser.cdp("Page.enable", json!({}));
    browser.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": script }));
    browser
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn without_decompression_stream_the_app_starts_and_excel_works() {
    let browser = browser_without("delete globalThis.DecompressionStream; delete globalThis.DecompressionStream;");
    browser.goto(&format!("{}#/provider", file_url()));
    browser.wait_for("document.documentElement.dataset.ready === 'true'", "the app, inflated by the fallback");
    assert_eq!(browser.eval("return typeof DecompressionStream;", json!([])), json!("undefined"));
    assert_eq!(browser.eval("return typeof fflate;", json!([])), json!("object"), "the bundled inflater ran");
    browser.click("#item-M19-A3-01-Q1 [data-status='met']");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'met'", "an answer");
    go(&browser, "#/report");
    browser.click("#download-provider-xlsx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    assert!(name.ends_with(".xlsx") && bytes.starts_with(b"PK"), "{name}");
    assert_no_network(&browser);
    // Nothing in the console but what the page itself logs: no CSP violation for the inflater.
    let errors: Vec<_> = browser
        .log("browser")
        .into_iter()
        .filter(|e| {
            e["level"] == "SEVERE" || e["message"].as_str().is_some_and(|m| m.contains("Content Security Policy"))
        })
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn without_webassembly_the_panel_names_what_is_missing_in_both_languages() {
    let browser = browser_without("delete globalThis.WebAssembly;");
    browser.goto(&format!("{}#/provider", file_url()));
    browser.wait_for("!!document.querySelector('#fatal-error')", "the start-up panel");
    let panel = browser.text("#fatal-error");
    assert!(panel.contains("不支持 WebAssembly") && panel.contains("no WebAssembly"), "{panel}");
    assert!(panel.contains("Chrome/Edge 96") && panel.contains("Firefox 91"), "{panel}");
    assert_eq!(browser.count(".booting"), 0, "no endless loading message");
    assert_no_network(&browser);
}
