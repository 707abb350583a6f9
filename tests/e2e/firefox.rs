//! The core flows again in Firefox ESR, headless through geckodriver: the same flows as
//! the Chromium tests (one function each, taking the browser), each ending with zero
//! network as the page itself saw it: no resource but file:, data: and blob:, no CSP
//! violation (Trusted Types' included). Firefox's console cannot be read over WebDriver;
//! its CSP part is that record, whose negative controls are here too.

use selfcheck_webdriver::Browser;
use serde_json::json;

use super::{agency, excel, old_browsers, provider, report, storage, word};

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_opens_in_chinese_switches_to_english_and_navigates() {
    super::opens_in_chinese_switches_to_english_and_navigates(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_answers_items_by_click_and_keyboard() {
    provider::answer_items_and_follow_scores_status_and_gaps(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_autosaves_and_the_answers_survive_a_reload() {
    let browser = Browser::firefox();
    report::survive_closing_the_tab(&browser);
    // In IndexedDB, which Firefox also opens from file://, not the localStorage fallback.
    assert_eq!(browser.eval("return document.documentElement.dataset.storage;", json!([])), json!("indexeddb"));
    let sessions = storage::stored_sessions(&browser);
    assert!(sessions.first().is_some_and(|s| s.contains("M19-A3-01-Q1")), "{sessions:?}");
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_downloads_reports_and_loads_them_back_after_clearing() {
    report::download_clear_and_load_back(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_imports_an_inventory_csv() {
    agency::import_inventory_and_check_verdicts_and_fit(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_downloads_workbooks_through_the_excel_module() {
    excel::download_workbooks_compiling_excel_on_first_use(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_downloads_word_documents_through_the_excel_module() {
    word::download_word_documents_compiling_the_module_on_first_use(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_blocks_and_records_an_injected_request() {
    super::injected_requests_are_blocked_and_recorded(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_refuses_a_string_in_any_trusted_types_sink() {
    // Firefox enforces Trusted Types too (ESR 153 does): the same negative control.
    super::trusted_types_refuse_strings_in_sinks(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_shows_the_start_up_panel_for_a_damaged_wasm() {
    super::damaged_wasm_shows_a_readable_panel(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_without_decompression_stream_starts_and_excel_works() {
    // Firefox ESR 102, still on some office desktops, has no DecompressionStream.
    old_browsers::without_decompression_stream_the_app_starts_and_excel_works(&Browser::firefox());
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_without_webassembly_shows_the_panel_in_both_languages() {
    old_browsers::without_webassembly_the_panel_names_what_is_missing_in_both_languages(&Browser::firefox());
}
