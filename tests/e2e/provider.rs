//! The provider self-check, driven like a user from the single file.

use serde_json::json;

use super::{assert_clean, assert_clean_console, assert_no_network, open_app};
use selfcheck_webdriver::Browser;

const GATING_ITEM: &str = "M19-A3-01-Q3";

fn item(id: &str) -> String {
    format!("#item-{id}")
}

fn status_of(browser: &Browser, id: &str) -> String {
    browser
        .eval("return document.querySelector(arguments[0]).dataset.status;", json!([item(id)]))
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn answering_items_updates_scores_status_and_gaps() {
    answer_items_and_follow_scores_status_and_gaps(&Browser::start());
}

/// Answer: by click and keyboard; scores, status, gaps, filters and search follow (shared with Firefox).
pub(crate) fn answer_items_and_follow_scores_status_and_gaps(browser: &Browser) {
    open_app(browser, "#/provider");
    assert_eq!(browser.text("#overall-score"), "0%");
    // Nothing answered: the headline leads with what is missing, coverage is nil and
    // there is no readiness of answered items yet.
    assert!(
        browser.text("#overall-status").starts_with("202 项未作答 · 未完成"),
        "{}",
        browser.text("#overall-status")
    );
    assert_eq!(browser.text("#overall-coverage"), "0%");
    assert_eq!(browser.text("#answered-score"), "—");
    // 130 items of the regulations and the Convention, the general tier of GB/T 31168 (no tier
    // chosen yet: 32) and the GB/T 22239 items that claim no level (40; the two level-4 ones wait
    // for the platform's level).
    assert!(browser.text("#unanswered-count").contains("202"));

    // One click: met.
    browser.click(&format!("{} [data-status='met']", item("M19-A3-01-Q1")));
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'met'", "the first answer");
    // One met of 202: the conservative readiness is low, what is answered is all met.
    assert_eq!(browser.text("#answered-score"), "100%");
    assert_eq!(browser.text("#overall-coverage"), "0.4%");
    assert!(browser.text("#overall-status").starts_with("201 项未作答"));
    assert_ne!(browser.text("#overall-score"), "0%", "the score moves after one answer");
    assert!(browser.text("#unanswered-count").contains("201"));

    // A red line not met: "not ready" whatever the score, and first in the gap list.
    browser.click(&format!("{} [data-status='not_met']", item(GATING_ITEM)));
    browser.wait_for("document.querySelector('#overall-status').dataset.status === 'not_ready'", "not ready");
    assert!(browser.text("#overall-status").contains("未就绪"));
    assert_eq!(
        browser.eval("return document.querySelector('.gap-list .gap').dataset.itemId;", json!([])),
        json!(GATING_ITEM)
    );
    assert_eq!(browser.text(".gap-list .gap .tag"), "红线");
    // A gap says who owns it and by when (nobody yet), and leads to its item.
    assert!(browser.text(".gap-list .gap .gap-owner").contains("未指派"));
    assert!(browser.text(".gap-list .gap .gap-due").contains("未定"));
    browser.click(".gap-list .gap .gap-link");
    browser.wait_for(
        &format!("document.activeElement && document.activeElement.dataset.itemId === '{GATING_ITEM}'"),
        "the gap's item focused",
    );

    // Keyboard: focus an item, press 1 (met); J twice moves two items on; 3 is "not met".
    browser.focus(&item("M19-A3-01-Q2"));
    browser.press("1");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q2').dataset.status === 'met'", "shortcut 1");
    browser.press("j");
    browser.wait_for("document.activeElement.id === 'item-M19-A3-01-Q3'", "J to focus the next item");
    browser.press("j");
    browser.press("3");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q4').dataset.status === 'not_met'", "J then 3");
    assert_eq!(browser.count(".gap-list .gap"), 2);

    // Fixing the red line clears "not ready".
    browser.click(&format!("{} [data-status='met']", item(GATING_ITEM)));
    browser.wait_for("document.querySelector('#overall-status').dataset.status === 'incomplete'", "incomplete");
    assert_eq!(browser.count(".gap-list .gap"), 1);

    // Not applicable needs a reason before it counts.
    browser.click(&format!("{} [data-status='not_applicable']", item("M19-A3-01-Q5")));
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q5 .field-error')", "the justification prompt");
    assert_eq!(status_of(browser, "M19-A3-01-Q5"), "none", "unjustified N/A counts as unanswered");
    browser.type_into("#just-M19-A3-01-Q5", "本平台不涉及该业务");
    browser
        .wait_for("document.querySelector('#item-M19-A3-01-Q5').dataset.status === 'not_applicable'", "justified N/A");

    // Filters and search.
    browser.click("[data-filter='gaps']");
    browser.wait_for("document.querySelectorAll('.checklist .item').length === 1", "the gaps filter");
    browser.click("[data-filter='all']");
    browser.type_into("#item-search", "M19-A3-02");
    browser.wait_for(
        "[...document.querySelectorAll('.checklist .item')].every(e => e.id.startsWith('item-M19-A3-02'))",
        "the search",
    );
    assert!(browser.count(".checklist .item") >= 3);

    browser.clear("#item-search");
    browser.wait_for("document.querySelectorAll('.checklist .item').length === 40", "the search cleared");

    // Materials are worded as documents.
    browser.click("[data-catalog='measures-2019-materials']");
    browser.wait_for("!!document.querySelector('#item-M19-A6-01')", "the materials catalog");
    assert!(browser.text("#item-M19-A6-01 .status-picker").contains("已就绪"));

    // In English too.
    browser.click("[data-lang='en']");
    browser.wait_for("document.documentElement.lang === 'en'", "English");
    assert!(browser.text("#item-M19-A6-01 .status-picker").contains("Ready"));
    let status = browser.text("#overall-status");
    assert!(status.contains(" unanswered · Incomplete"), "the headline leads with what is missing: {status}");

    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn deadlines_follow_the_dates_entered() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.pick("#date-published", "2024-02-29");
    browser.wait_for("!!document.querySelector('#deadline-expires')", "the expiry date");
    assert!(browser.text("#deadline-expires").contains("2027-02-28"), "leap day + 3 years");
    assert!(browser.text("#deadline-reapply").contains("2026-08-28"));

    browser.pick("#date-control", "2025-06-01");
    browser.wait_for("document.querySelectorAll('.deadline-alert').length > 0", "a change-of-control alert");
    assert!(browser.text(".deadlines").contains("需要重新申请评估"));

    browser.pick("#date-end", "2030-12-31");
    browser.wait_for("!!document.querySelector('#deadline-exit')", "the exit notice date");
    assert!(browser.text("#deadline-exit").contains("2030-06-30"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn search_reaches_sections_and_notes_and_focus_follows_the_filter() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    // A section's name finds its items.
    browser.type_into("#item-search", "供应链");
    // Typed a character at a time: wait for the whole word's result, not the first one's.
    browser.wait_for(
        "(() => { const items = [...document.querySelectorAll('.checklist .item')];
         return items.length >= 5 && items.every(e => e.id.startsWith('item-M19-A3-03')); })()",
        "the supply-chain section, and only it",
    );
    browser.clear("#item-search");
    // What the user wrote is searchable too.
    browser.click("#item-M19-A3-01-Q2 .item-details summary");
    browser.wait_for("!!document.querySelector('#note-M19-A3-01-Q2')", "the details");
    browser.type_into("#note-M19-A3-01-Q2", "见审计报告第7页");
    browser.type_into("#item-search", "审计报告第7页");
    browser.wait_for("document.querySelectorAll('.checklist .item').length === 1", "the note found");
    browser.clear("#item-search");
    browser.wait_for("document.querySelectorAll('.checklist .item').length === 40", "all items again");

    // Under "unanswered": answering moves focus on; N/A without a reason keeps it here.
    browser.click("[data-filter='unanswered']");
    browser.focus("#item-M19-A3-01-Q1");
    browser.press("4");
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1 .field-error')", "the justification prompt");
    assert_eq!(browser.eval("return document.activeElement.id;", json!([])), json!("item-M19-A3-01-Q1"));
    // Writing the reason makes the item "answered", yet it stays while the user types.
    browser.type_into("#just-M19-A3-01-Q1", "本平台不涉及");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'not_applicable'", "the N/A");
    assert_eq!(browser.eval("return document.activeElement.id;", json!([])), json!("just-M19-A3-01-Q1"));
    browser.focus("#item-M19-A3-01-Q3");
    browser.press("1");
    browser.wait_for("!document.querySelector('#item-M19-A3-01-Q3')", "the answered item to leave the view");
    assert_eq!(browser.eval("return document.activeElement.id;", json!([])), json!("item-M19-A3-01-Q4"));

    // The printable report says whom it is about.
    browser.type_into("#profile-provider", "示例云计算有限公司");
    browser.click("nav a[href='#/report']");
    browser.wait_for("!!document.querySelector('#preview-profile')", "the preview");
    assert!(browser.text("#preview-profile").contains("示例云计算有限公司"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
