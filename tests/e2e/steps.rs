//! Each role's page as the steps a person takes: a bar of steps stays in view, and each
//! step leads to its part of the page; the first checklist item is one click away.

use serde_json::json;

use super::{assert_clean_console, assert_no_network, open_app};
use selfcheck_webdriver::Browser;

/// The top of the element `selector`, and the window's height.
fn top_of(browser: &Browser, selector: &str) -> (f64, f64) {
    let found = browser.eval(
        "return [document.querySelector(arguments[0]).getBoundingClientRect().top, window.innerHeight];",
        json!([selector]),
    );
    (found[0].as_f64().unwrap(), found[1].as_f64().unwrap())
}

fn in_view(browser: &Browser, selector: &str) -> bool {
    let (top, height) = top_of(browser, selector);
    (40.0..height - 40.0).contains(&top)
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn each_step_leads_to_its_part_of_the_page_and_the_first_item_is_one_click_away() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let steps = browser
        .eval("return [...document.querySelectorAll('.step-nav [data-step]')].map(b => b.dataset.step);", json!([]));
    assert_eq!(steps, json!(["profile", "checklist", "team", "readiness"]));
    // One click from the first screen to the first item, and the bar is still there.
    browser.click("[data-step='checklist']");
    browser.wait_for("document.activeElement?.id === 'checklist'", "the checklist reached");
    assert!(
        in_view(&browser, ".checklist .item"),
        "the first item in view: {:?}",
        top_of(&browser, ".checklist .item")
    );
    assert_eq!(top_of(&browser, ".step-nav").0, 0.0, "the steps stay in view");
    for step in ["readiness", "team", "profile"] {
        browser.click(&format!("[data-step='{step}']"));
        browser.wait_for(&format!("document.activeElement?.id === '{step}'"), step);
        assert!(in_view(&browser, &format!("#{step}")), "{step}: {:?}", top_of(&browser, &format!("#{step}")));
    }

    browser.click("nav a[href='#/agency']");
    browser.wait_for("!!document.querySelector('#add-workload')", "the agency view");
    let steps = browser
        .eval("return [...document.querySelectorAll('.step-nav [data-step]')].map(b => b.dataset.step);", json!([]));
    assert_eq!(
        steps,
        json!(["agency-profile", "inventory", "platforms", "inventory"]),
        "verdicts: the list until one is open"
    );
    browser.click("[data-step='platforms']");
    browser.wait_for("document.activeElement?.id === 'platforms'", "the platforms reached");
    assert!(in_view(&browser, "#platforms"));
    browser.click("[data-step='inventory']");
    browser.wait_for("document.activeElement?.id === 'inventory'", "the inventory reached");
    assert!(in_view(&browser, "#add-workload"), "below the steps, not under them");
    browser.click("#add-workload");
    browser.wait_for("!!document.querySelector('#workload-detail')", "a workload open");
    browser.wait_for(
        "!!document.querySelector(\".step-nav [data-step='workload-detail']\")",
        "the verdict step leads to it",
    );
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
