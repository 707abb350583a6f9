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

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn each_step_is_a_hash_route_and_the_next_visit_opens_where_this_one_was() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let at = |hash: &str, step: &str, when: &str| {
        browser.wait_for(
            &format!("location.hash === '{hash}' && document.activeElement?.id === '{step}'"),
            &format!("{hash}, {step} focused, {when}"),
        );
    };
    browser.click("[data-step='team']");
    at("#/provider/team", "team", "a step clicked");
    browser.click("[data-step='checklist']");
    at("#/provider/checklist", "checklist", "another step clicked");
    // The back button walks the steps.
    browser.eval("history.back();", json!([]));
    at("#/provider/team", "team", "back");
    assert!(in_view(&browser, "#team"));
    browser.click("[data-catalog='convention-2023']");
    browser.wait_for("!!document.querySelector('#item-C23-01-Q1')", "the convention's tab");

    // The file opened again with no address of a view: the same view, step and tab.
    open_app(&browser, "");
    let place = browser.eval("return [location.hash, document.activeElement?.id];", json!([]));
    eprintln!("reopened at {place}");
    at("#/provider/team", "team", "the next visit");
    assert!(in_view(&browser, "#team"), "scrolled to: {:?}", top_of(&browser, "#team"));
    assert!(browser.count("#item-C23-01-Q1") == 1, "the tab shown last time");
    // A link to a step opens there.
    open_app(&browser, "#/agency/platforms");
    at("#/agency/platforms", "platforms", "a link to a step");
    assert!(in_view(&browser, "#platforms"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
