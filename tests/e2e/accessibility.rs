//! axe-core finds no violation on any step of either role's page, nor on the report, in
//! both languages, with work entered so the steps have content.
//!
//! The rules are axe's default run: every rule that is not experimental, that is the
//! WCAG 2.0, 2.1 and 2.2 level A and AA rules plus axe's best practices (landmarks,
//! headings, regions); the AAA rules are off, as they are by default.
//!
//! axe-core is npm's package at the version `cargo xtask test` pins and installs into
//! `.tools/` (`SELFCHECK_AXE` names its `axe.min.js`): nothing is fetched. Its source is
//! the body of a WebDriver script, which the page's CSP does not govern, so the policy
//! stays as strict as the product ships it.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// `axe.min.js`: where `SELFCHECK_AXE` says, else where the xtask installs it.
fn axe_source() -> String {
    let path = std::env::var("SELFCHECK_AXE").map(std::path::PathBuf::from).unwrap_or_else(|_| {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read axe-core at {}: {e} (`cargo xtask test` installs it)", path.display()))
}

/// Runs axe on the whole document as it is now and returns its violations, each as a
/// line: rule, impact, help, and the first few elements it found.
fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    // Once per page load: a step or a language is the same page, a new `open_app` is not.
    if browser.eval("return typeof window.axe;", json!([])) != json!("object") {
        browser.eval(&format!("{axe}\n;return typeof window.axe;"), json!([]));
        assert_eq!(browser.eval("return typeof window.axe;", json!([])), json!("object"), "axe-core injected");
    }
    let found = browser.eval_async(
        "const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] }).then(
            results => done(results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + n.html.slice(0, 160)),
                summary: (v.nodes[0] && v.nodes[0].failureSummary || '').slice(0, 300),
            }))),
            error => done({ error: String(error) }));",
        json!([]),
    );
    let Value::Array(found) = found else { panic!("axe.run failed: {found}") };
    found
        .iter()
        .map(|v| {
            format!(
                "{} ({}, {} elements): {}\n      {}\n      {}",
                v["id"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or("?"),
                v["count"],
                v["help"].as_str().unwrap_or_default(),
                v["nodes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("\n      "),
                v["summary"].as_str().unwrap_or_default().replace('\n', " "),
            )
        })
        .collect()
}

/// Runs axe on the page as it is and adds what it found, under `place`, to `found`.
fn audit(browser: &Browser, axe: &str, place: &str, found: &mut Vec<String>) {
    found.extend(violations(browser, axe).into_iter().map(|v| format!("{place}: {v}")));
}

/// Switches the page's language and waits for it.
fn switch_to(browser: &Browser, lang: &str) {
    browser.click(&format!("[data-lang='{lang}']"));
    browser.wait_for(&format!("document.documentElement.lang === '{lang}'"), lang);
}

/// The steps in the page's bar, in order (the agency's last step leads to the open
/// workload, or to the inventory while none is open).
fn steps(browser: &Browser) -> Vec<String> {
    let steps = browser
        .eval("return [...document.querySelectorAll('.step-nav [data-step]')].map(b => b.dataset.step);", json!([]));
    steps.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

/// Some work, so every step has content: two answers (one a red line not met, so the
/// gaps list it), a section given to an owner, a named platform and a named workload on it.
fn enter_work(browser: &Browser) {
    open_app(browser, "#/provider");
    for (item, status) in [("M19-A3-01-Q1", "met"), ("M19-A3-01-Q3", "not_met")] {
        browser.click(&format!("#item-{item} [data-status='{status}']"));
        browser.wait_for(&format!("document.querySelector('#item-{item}').dataset.status === '{status}'"), item);
    }
    browser.type_into("#item-search", "M19-A3-02");
    browser.wait_for(
        "document.querySelectorAll('.checklist .item').length > 0 && [...document.querySelectorAll('.checklist .item')].every(e => e.dataset.itemId.startsWith('M19-A3-02'))",
        "the section searched",
    );
    browser.type_into("#assignee", "运维部");
    browser.click("#assign-shown");
    browser.wait_for("!!document.querySelector('#team tr[data-owner=\"运维部\"]')", "the owner");
    browser.clear("#item-search");

    browser.click("nav a[href='#/agency']");
    browser.wait_for("!!document.querySelector('#add-platform')", "the agency view");
    browser.click("#add-platform");
    let name = "fieldset.platform-editor:nth-of-type(1) [id$='-name']";
    browser.wait_for(&format!("!!document.querySelector(\"{name}\")"), "a platform");
    browser.type_into(name, "政务云 A");
    browser.click("#add-workload");
    browser.wait_for("document.activeElement?.id === 'workload-name'", "a new workload");
    browser.type_into("#workload-name", "门户网站");
    browser.pick("#workload-platform", "政务云 A");
    browser.wait_for("document.querySelector('#detail-verdict .verdict').dataset.verdict !== 'none'", "its verdict");
}

#[test]
#[ignore = "needs dist/, Chromium and axe-core: run by `cargo xtask test`"]
fn axe_finds_no_violation_on_any_step_in_either_language() {
    let axe = axe_source();
    let browser = Browser::start();
    // axe on the provider's whole page (every checklist drawn) takes a few seconds.
    browser.set_script_timeout(Duration::from_secs(120));
    enter_work(&browser);

    let started = Instant::now();
    let mut found = Vec::new();
    let mut audits = 0;
    for lang in ["zh-CN", "en"] {
        for hash in ["#/provider", "#/agency", "#/report"] {
            open_app(&browser, hash);
            switch_to(&browser, lang);
            if hash == "#/provider" {
                // Drawn once the first paint is done: the readiness charts and the team.
                browser.wait_for(
                    "!!document.querySelector('.bar-label') && !!document.querySelector('#team')",
                    "the whole page",
                );
            }
            if hash == "#/agency" {
                browser.click(".workload-row:nth-child(1) .open-btn");
                browser.wait_for("!!document.querySelector('#workload-detail')", "the workload open");
            }
            let steps = steps(&browser);
            if hash != "#/report" {
                assert!(steps.len() >= 4, "{hash}: the steps {steps:?}");
            }
            if steps.is_empty() {
                audits += 1;
                audit(&browser, &axe, &format!("{lang} {hash}"), &mut found);
            }
            for (n, step) in steps.iter().enumerate() {
                browser.click(&format!(".step-nav li:nth-child({}) [data-step]", n + 1));
                browser.wait_for(&format!("document.activeElement?.id === '{step}'"), step);
                audits += 1;
                audit(&browser, &axe, &format!("{lang} {hash} step {} ({step})", n + 1), &mut found);
            }
        }
    }
    println!("axe: {audits} audits in {:.1} s", started.elapsed().as_secs_f64());
    assert!(found.is_empty(), "axe-core found {} violations:\n{}", found.len(), found.join("\n"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/, Chromium and axe-core: run by `cargo xtask test`"]
fn axe_finds_no_violation_in_the_pages_other_states() {
    let axe = axe_source();
    let dir = TempDir::new("accessibility");
    let browser = Browser::start();
    browser.set_script_timeout(Duration::from_secs(120));
    enter_work(&browser);
    let started = Instant::now();
    let mut found = Vec::new();

    // The provider's other states: a team's own checklist loaded (its removal being
    // confirmed), a refused sheet, an owner picker open, an item's details open, and
    // every catalog tab, items out of the profile's scope included.
    open_app(&browser, "#/provider");
    browser.choose_file("#catalog-file", &fixture("catalog.csv"));
    browser.wait_for("!!document.querySelector('#catalog-naming')", "the naming form");
    audit(&browser, &axe, "zh-CN #/provider naming a team's checklist", &mut found);
    browser.click("#catalog-import");
    browser.wait_for("!!document.querySelector('#catalog-loaded')", "the catalog loaded");
    browser.click(".catalog-remove");
    browser.wait_for("!!document.querySelector('.loaded-catalog .confirm')", "the removal asked");
    browser.choose_file("#catalog-file", &fixture("catalog-bad.csv"));
    browser.wait_for("!!document.querySelector('#catalog-refused')", "the refusal");
    browser.click("[data-catalog='measures-2019-focus']");
    browser.wait_for("!!document.querySelector('#item-M19-A3-01-Q1')", "the focus catalog");
    browser.click("[data-assign-section='M19-A3-01']");
    browser.wait_for("!!document.querySelector(\"[data-picker-for='M19-A3-01']\")", "the owner picker");
    browser.click("#item-M19-A3-01-Q1 .item-details summary");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1 .item-details').open", "the item's details");
    for lang in ["zh-CN", "en"] {
        switch_to(&browser, lang);
        audit(&browser, &axe, &format!("{lang} #/provider picker, details, confirmation"), &mut found);
        let tabs = browser
            .eval("return [...document.querySelectorAll('.catalog-tab')].map(b => b.dataset.catalog);", json!([]));
        for tab in tabs.as_array().unwrap().iter().filter_map(Value::as_str) {
            browser.click(&format!("[data-catalog='{tab}']"));
            browser
                .wait_for(&format!("!!document.querySelector(\"[data-catalog='{tab}'][aria-pressed='true']\")"), tab);
            audit(&browser, &axe, &format!("{lang} #/provider tab {tab}"), &mut found);
        }
    }

    // The agency's: an imported inventory and the help naming its columns, a refused one.
    go(&browser, "#/agency");
    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");
    browser.click("#inventory-columns summary");
    browser.wait_for("document.querySelector('#inventory-columns').open", "the columns named");
    for lang in ["zh-CN", "en"] {
        switch_to(&browser, lang);
        audit(&browser, &axe, &format!("{lang} #/agency imported inventory"), &mut found);
    }
    browser.choose_file("#csv-file", &fixture("inventory-bad.csv"));
    browser.wait_for("!!document.querySelector('#import-errors')", "the refusal");
    audit(&browser, &axe, "en #/agency refused inventory", &mut found);

    // The report view comparing with an earlier report, and asking before it clears the
    // browser's data.
    go(&browser, "#/report");
    browser.choose_file("#compare-file", &fixture("report-v6-provider.json"));
    browser.wait_for("!!document.querySelector('#compare-items')", "the comparison");
    browser.click("#clear-local");
    browser.wait_for("!!document.querySelector('#clear-confirm')", "the question");
    for lang in ["zh-CN", "en"] {
        switch_to(&browser, lang);
        audit(&browser, &axe, &format!("{lang} #/report comparing, clearing asked"), &mut found);
    }
    browser.click(".local-data .confirm button:not(#clear-confirm)");

    // A small screen: the stacked layouts and tables shown as cards.
    browser.set_window_size(360, 740);
    for lang in ["zh-CN", "en"] {
        for hash in ["#/provider", "#/agency", "#/report"] {
            open_app(&browser, hash);
            switch_to(&browser, lang);
            if hash == "#/provider" {
                browser.wait_for("!!document.querySelector('.bar-label')", "the whole page");
            }
            audit(&browser, &axe, &format!("{lang} {hash} at 360 px"), &mut found);
        }
    }
    // A table wider than the window is reached with Tab and scrolled with the arrow keys.
    let wide = "[...document.querySelectorAll('.table-wrap')].find(e => e.scrollWidth > e.clientWidth)";
    browser.wait_for(&format!("!!{wide}"), "a report table wider than 360 px");
    browser.eval(
        &format!(
            "{wide}.previousElementSibling.setAttribute('tabindex', '-1'); {wide}.previousElementSibling.focus();"
        ),
        json!([]),
    );
    browser.press(super::TAB);
    browser.wait_for(&format!("document.activeElement === {wide}"), "Tab onto the table's box");
    assert!(!browser.eval("return document.activeElement.getAttribute('aria-label');", json!([])).is_null());
    browser.press("\u{E014}"); // Arrow right
    browser.wait_for("document.activeElement.scrollLeft > 0", "the arrow key scrolling the table");
    browser.set_window_size(1280, 900);

    // The department answering a questionnaire: its own page, banner and steps.
    go(&browser, "#/provider");
    browser.click("#hand-out-all");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-questionnaire-");
    let questionnaire = dir.0.join(name);
    std::fs::write(&questionnaire, bytes).unwrap();
    let respondent = Browser::start();
    respondent.set_script_timeout(Duration::from_secs(120));
    open_app(&respondent, "#/report");
    respondent.choose_file("#report-file", &questionnaire);
    respondent.wait_for("!!document.querySelector('#report-loaded')", "the questionnaire loaded");
    go(&respondent, "#/provider");
    respondent.wait_for("!!document.querySelector('#questionnaire-banner')", "respondent mode");
    for lang in ["zh-CN", "en"] {
        switch_to(&respondent, lang);
        let steps = steps(&respondent);
        assert_eq!(steps, ["profile", "checklist", "readiness"], "a respondent has no team step");
        for step in steps {
            respondent.click(&format!(".step-nav [data-step='{step}']"));
            respondent.wait_for(&format!("document.activeElement?.id === '{step}'"), &step);
            audit(&respondent, &axe, &format!("{lang} respondent step {step}"), &mut found);
        }
    }

    println!("axe, other states: {:.1} s", started.elapsed().as_secs_f64());
    assert!(found.is_empty(), "axe-core found {} violations:\n{}", found.len(), found.join("\n"));
    for browser in [&browser, &respondent] {
        assert_no_network(browser);
        assert_clean_console(browser);
    }
}

/// A file opened from the one entry: what it is and its choices, then a refused one.
#[test]
#[ignore = "needs dist/, Chromium and axe-core: run by `cargo xtask test`"]
fn axe_finds_no_violation_where_a_file_is_opened() {
    let axe = axe_source();
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let mut found = Vec::new();
    browser.choose_file("#open-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#open-add')", "the file said for what it is");
    audit(&browser, &axe, "an inventory opened", &mut found);
    browser.choose_file("#open-file", &fixture("report-v1-agency.json"));
    browser.wait_for("!!document.querySelector('#open-resume')", "a report said for what it is");
    audit(&browser, &axe, "a report opened", &mut found);
    assert!(found.is_empty(), "axe-core found {} violations:\n{}", found.len(), found.join("\n"));
}

/// Negative control: axe, injected this way, does report what it should, so "nothing
/// found" above is not a rule set that never ran.
#[test]
#[ignore = "needs dist/, Chromium and axe-core: run by `cargo xtask test`"]
fn axe_reports_faults_planted_in_the_page() {
    let axe = axe_source();
    let browser = Browser::start();
    open_app(&browser, "#/report");
    assert_eq!(violations(&browser, &axe), Vec::<String>::new());
    browser.eval(
        // Built node by node (Trusted Types refuses HTML strings), faint text styled
        // through the CSSOM: the CSP refuses inline `style` attributes.
        "const main = document.querySelector('main');
         const input = document.createElement('input');
         input.type = 'text';
         const button = document.createElement('button');
         button.type = 'button';
         main.append(input, button);
         const faint = document.createElement('p');
         faint.textContent = 'faint';
         faint.style.color = '#bbb';
         faint.style.background = '#fff';
         main.append(faint);",
        json!([]),
    );
    let found = violations(&browser, &axe);
    for rule in ["label (", "color-contrast (", "button-name ("] {
        assert!(found.iter().any(|v| v.starts_with(rule)), "axe missed {rule}: {found:#?}");
    }
}
