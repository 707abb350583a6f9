//! The file open twice (two tabs of one browser, sharing one storage): one tab edits,
//! the other follows it read-only and may take over; without Web Locks each tab
//! writes, but never over a save it has not seen. Nothing either tab did is lost.

use std::time::{Duration, Instant};

use serde_json::json;

use super::storage::stored_sessions;
use super::{assert_no_network, file_url, go, open_app, wait_until_opened};
use selfcheck_webdriver::{Browser, TempDir};

const ITEMS: [&str; 3] = ["M19-A3-01-Q1", "M19-A3-01-Q2", "M19-A3-01-Q3"];

fn keeping(browser: &Browser) -> String {
    browser.eval("return document.querySelector('main').dataset.keeping;", json!([])).as_str().unwrap().to_string()
}

fn wait_keeping(browser: &Browser, expected: &str) {
    browser.wait_for(&format!("document.querySelector('main')?.dataset.keeping === '{expected}'"), expected);
}

/// Answers, then waits until the answer is in the stored session.
fn answer_and_save(browser: &Browser, item: &str, status: &str) {
    browser.click(&format!("#item-{item} [data-status='{status}']"));
    let stored = format!("\"{item}\":{{\"status\":\"{status}\"");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !stored_sessions(browser).first().is_some_and(|text| text.contains(&stored)) {
        assert!(Instant::now() < deadline, "{item} was not saved as {status}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn wait_status(browser: &Browser, item: &str, status: &str) {
    let shown = format!("document.querySelector('#item-{item}')?.dataset.status === '{status}'");
    browser.wait_for(&shown, &format!("{item} shown as {status}"));
}

/// A second tab of the same file, opened on `hash`; commands go to it from now on.
fn second_tab(browser: &Browser, hash: &str, before_scripts: Option<&str>) -> String {
    let tab = browser.new_tab();
    browser.switch_to(&tab);
    if let Some(script) = before_scripts {
        browser.cdp("Page.enable", json!({}));
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": script }));
    }
    browser.goto(&format!("{}{hash}", file_url()));
    wait_until_opened(browser);
    tab
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn two_tabs_one_edits_the_other_follows_takes_over_and_nothing_is_lost() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let first = browser.window_handle();
    assert_eq!(keeping(&browser), "writer", "the first window edits");
    answer_and_save(&browser, ITEMS[0], "met");

    // The second window opens read-only, on what the first saved.
    let second = second_tab(&browser, "#/provider", None);
    assert_eq!(keeping(&browser), "follower");
    assert!(browser.text("#keeping-follower").contains("另一个窗口"), "{}", browser.text("#keeping-follower"));
    assert_eq!(browser.eval("return document.querySelector('main').inert;", json!([])), json!(true));
    wait_status(&browser, ITEMS[0], "met");

    // It follows every save of the first.
    browser.switch_to(&first);
    answer_and_save(&browser, ITEMS[1], "partial");
    browser.switch_to(&second);
    wait_status(&browser, ITEMS[1], "partial");

    // Asked to edit here: the first saves what it had and hands over.
    browser.click("#edit-here");
    wait_keeping(&browser, "writer");
    assert_eq!(browser.count("#keeping-follower"), 0, "the banner goes");
    answer_and_save(&browser, ITEMS[2], "not_met");
    browser.switch_to(&first);
    wait_keeping(&browser, "follower");
    wait_status(&browser, ITEMS[2], "not_met");

    // The editing window closes: the other takes over by itself, with everything.
    browser.switch_to(&second);
    browser.close_tab();
    browser.switch_to(&first);
    wait_keeping(&browser, "writer");
    open_app(&browser, "#/provider");
    assert_eq!(keeping(&browser), "writer");
    for (item, status) in ITEMS.iter().zip(["met", "partial", "not_met"]) {
        wait_status(&browser, item, status);
    }
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn an_edit_waiting_to_be_saved_goes_with_the_hand_over() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let first = browser.window_handle();
    answer_and_save(&browser, ITEMS[0], "met");
    let second = second_tab(&browser, "#/provider", None);
    browser.switch_to(&first);
    // Typed, and the tab left before the autosave's pause was over.
    browser.type_into("#profile-provider", "示例云");
    browser.switch_to(&second);
    browser.click("#edit-here");
    wait_keeping(&browser, "writer");
    browser.wait_for("document.querySelector('#profile-provider').value === '示例云'", "the other tab's last edit");
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn without_web_locks_a_tab_never_overwrites_a_save_it_has_not_seen() {
    const NO_LOCKS: &str = "delete Navigator.prototype.locks;";
    let browser = Browser::start();
    browser.cdp("Page.enable", json!({}));
    browser.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": NO_LOCKS }));
    open_app(&browser, "#/provider");
    let first = browser.window_handle();
    assert_eq!(browser.eval("return typeof navigator.locks;", json!([])), json!("undefined"));
    answer_and_save(&browser, ITEMS[0], "met");

    let second = second_tab(&browser, "#/provider", Some(NO_LOCKS));
    assert_eq!(keeping(&browser), "writer", "without locks every window writes");
    wait_status(&browser, ITEMS[0], "met");

    // The first saves again; the second, which has not seen that save, must not write over it.
    browser.switch_to(&first);
    answer_and_save(&browser, ITEMS[1], "partial");
    browser.switch_to(&second);
    browser.click(&format!("#item-{} [data-status='not_met']", ITEMS[2]));
    wait_keeping(&browser, "overtaken");
    assert!(browser.text("#keeping-overtaken").contains("停止自动保存"), "{}", browser.text("#keeping-overtaken"));

    // The second window's work is downloadable; the storage still holds the first's.
    browser.click("#download-window-work");
    let saved = String::from_utf8(browser.downloaded("cloud-selfcheck-autosave.json")).unwrap();
    let work: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let status = |item: &str| {
        let answer = &work["provider"]["answers"][item];
        answer.as_str().or(answer["status"].as_str()).unwrap_or_default().to_string()
    };
    assert_eq!((status(ITEMS[0]).as_str(), status(ITEMS[2]).as_str()), ("met", "not_met"), "{saved}");
    browser.click("#reload-window");
    wait_until_opened(&browser);
    wait_status(&browser, ITEMS[1], "partial");
    let third = browser
        .eval("return document.querySelector(arguments[0]).dataset.status;", json!([format!("#item-{}", ITEMS[2])]));
    assert_eq!(third, json!("none"), "the reloaded window shows what was saved");

    // The work it offered merges into what was saved: nothing of either window is lost.
    let dir = TempDir::new("window-work");
    let path = dir.0.join("cloud-selfcheck-autosave.json");
    std::fs::write(&path, &saved).unwrap();
    go(&browser, "#/report");
    browser.type_into("#merge-file", &path.display().to_string());
    browser.wait_for("!!document.querySelector('#merge-done')", "the window's work merged (nothing conflicts)");
    go(&browser, "#/provider");
    wait_status(&browser, ITEMS[2], "not_met");
    wait_status(&browser, ITEMS[1], "partial");
    wait_status(&browser, ITEMS[0], "met");
    assert_no_network(&browser);
}
