//! Storage that fits real work: the autosave lives in IndexedDB; a session an earlier
//! version left in localStorage moves there once; the largest session the design
//! expects survives a reload.

use selfcheck_core::ProviderWork;
use serde_json::json;

use super::{assert_no_network, go, open_app};
use selfcheck_core::fixtures::large_session;

use selfcheck_core::session::Session;
use selfcheck_core::{Answer, Status};
use selfcheck_webdriver::{Browser, TempDir};

/// The texts of every session record in the app's IndexedDB (the current one first).
pub(crate) fn stored_sessions(browser: &Browser) -> Vec<String> {
    let found = browser.eval_async(
        "const done = arguments[arguments.length - 1];
         const open = indexedDB.open('cloud-selfcheck');
         open.onerror = () => done(['(cannot open)']);
         open.onsuccess = () => {
             const db = open.result;
             const all = db.transaction('session').objectStore('session').getAll();
             all.onsuccess = () => { db.close(); done(all.result.map(v => typeof v === 'string' ? v : v.text)); };
         };",
        json!([]),
    );
    found.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect()
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_session_an_earlier_version_kept_in_local_storage_moves_to_indexeddb_once() {
    let mut provider = ProviderWork::default();
    provider.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(Status::Partial));
    let legacy = Session::new(provider, Default::default()).to_json();
    // Written by another page of file:// (the same origin in Chromium) into a fresh
    // profile, as the earlier version left it: no IndexedDB yet.
    let dir = TempDir::new("legacy");
    let seed = dir.0.join("seed.html");
    std::fs::write(&seed, "<!doctype html><title>seed</title>").unwrap();
    let browser = Browser::start();
    browser.goto(&format!("file://{}", seed.display()));
    browser.eval("localStorage.setItem('cloud-selfcheck.session', arguments[0]);", json!([legacy]));
    open_app(&browser, "#/provider");
    let item = "document.querySelector('#item-M19-A3-01-Q1').dataset.status";
    browser.wait_for(&format!("{item} === 'partial'"), "the earlier session restored");
    assert_eq!(browser.eval("return document.documentElement.dataset.storage;", json!([])), json!("indexeddb"));
    assert_eq!(stored_sessions(&browser), [legacy], "moved as it was");
    let left = browser.eval("return localStorage.getItem('cloud-selfcheck.session');", json!([]));
    assert_eq!(left, json!(null), "and removed from localStorage once it was in");

    // From then on the autosave goes to IndexedDB only.
    browser.click("#item-M19-A3-01-Q2 [data-status='met']");
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'saved'", "the save");
    assert!(stored_sessions(&browser)[0].contains("M19-A3-01-Q2"));
    open_app(&browser, "#/provider");
    browser.wait_for(&format!("{item} === 'partial'"), "still there after another reload");
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_largest_expected_session_autosaves_and_survives_a_reload() {
    // A loaded 5,000-item catalog answered with evidence lists, 10,000 workloads with
    // every obligation answered: some 9 MB, beyond what localStorage holds.
    let text = large_session().to_json();
    assert!(text.len() > 8_000_000, "{}", text.len());
    let dir = TempDir::new("large");
    let file = dir.0.join("cloud-selfcheck-autosave.json");
    std::fs::write(&file, &text).unwrap();

    let browser = Browser::start();
    open_app(&browser, "#/report");
    browser.choose_file("#report-file", &file);
    browser.wait_for("!!document.querySelector('#report-loaded')", "the session loaded");
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'saved'", "the autosave");
    let stored = stored_sessions(&browser);
    assert_eq!(stored[0].len(), text.len(), "the whole session is in IndexedDB");

    open_app(&browser, "#/agency");
    browser.wait_for(
        "document.querySelector('#page-status')?.textContent.includes('10000')",
        "10,000 workloads after the reload",
    );
    go(&browser, "#/provider");
    browser.wait_for("!!document.querySelector('[data-catalog=\"team-5000\"]')", "the loaded catalog");
    browser.click("[data-catalog='team-5000']");
    browser.wait_for("document.querySelector('[id^=\"item-team-5000\"]')?.dataset.status === 'met'", "its answers");
    assert_no_network(&browser);
}
