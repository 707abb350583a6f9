//! Catalogs a team brings: a spreadsheet checklist loaded, named, answered, carried in
//! the report to another browser; a bad sheet refused whole; the guidance catalogs
//! following the profile's tier and the platform's level.

use std::path::PathBuf;

use selfcheck_core::report::load_report;
use serde_json::json;

use super::{assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// "team-sheet:1.1" as the card's DOM id writes it.
const TEAM_ITEM: &str = "#item-team-sheet_3a1_2e1";

fn status(browser: &Browser, card: &str) -> String {
    let value = browser.eval("return document.querySelector(arguments[0]).dataset.status;", json!([card]));
    value.as_str().unwrap_or_default().to_string()
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_team_sheet_is_loaded_answered_and_read_back_by_a_fresh_browser() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.choose_file("#catalog-file", &fixture("catalog.csv"));
    browser.wait_for("!!document.querySelector('#catalog-naming')", "the naming form");
    assert!(browser.text("#catalog-naming").contains("3 个章节，5 个检查项"));
    assert_eq!(browser.eval("return document.querySelector('#catalog-id').value;", json!([])), json!("catalog"));
    browser.clear("#catalog-id");
    browser.type_into("#catalog-id", "team-sheet");
    browser.clear("#catalog-title");
    browser.type_into("#catalog-title", "团队自查表");
    browser.click("#catalog-import");
    browser.wait_for("!!document.querySelector('#catalog-loaded')", "the catalog loaded");
    browser
        .wait_for("document.querySelector('[data-catalog=\"team-sheet\"][aria-pressed=\"true\"]') !== null", "its tab");
    assert!(browser.text(".loaded-catalog").contains("SHA-256"));
    browser.wait_for("document.querySelector('.catalog-sha').title.length === 64", "its SHA-256, once drawn");
    assert_eq!(browser.count(".checklist .item"), 5, "its items, one card each");
    assert_eq!(browser.text(&format!("{TEAM_ITEM} .item-id")), "1.1", "shown with the sheet's own id");

    browser.click(&format!("{TEAM_ITEM} [data-status='not_met']"));
    browser.wait_for(&format!("document.querySelector('{TEAM_ITEM}').dataset.status === 'not_met'"), "the answer");
    browser.wait_for("document.querySelector('#overall-status').dataset.status === 'not_ready'", "its red line counts");
    assert!(browser.text(".gap-list").contains("1.1"), "and is a gap");

    // A bad sheet: refused whole, every problem located, nothing changed.
    browser.choose_file("#catalog-file", &fixture("catalog-bad.csv"));
    browser.wait_for("!!document.querySelector('#catalog-refused')", "the refusal");
    assert_eq!(browser.count("#catalog-problems li"), 8);
    assert!(browser.text("#catalog-problems").contains("第 2 行，weight 列"));
    assert_eq!(browser.count(".loaded-catalog"), 1);
    assert_eq!(status(&browser, TEAM_ITEM), "not_met");

    go(&browser, "#/report");
    browser.click("#download-provider");
    let (_, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    let loaded = load_report(&bytes).expect("a valid report");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.report.rebuilt().unwrap(), loaded.report, "what `selfcheck validate` checks");
    let provider = loaded.report.provider.as_ref().unwrap();
    assert_eq!(provider.work.catalogs.len(), 1, "the catalog travels inside the report");
    assert_eq!(provider.work.catalogs[0].title.zh, "团队自查表");

    // A fresh browser, which has never seen the sheet, gets it back from the report.
    let dir = TempDir::new("team-report");
    let file = dir.0.join("report.json");
    std::fs::write(&file, &bytes).unwrap();
    let fresh = Browser::start();
    open_app(&fresh, "#/report");
    fresh.choose_file("#report-file", &file);
    fresh.wait_for("!!document.querySelector('#report-loaded')", "the report loaded");
    go(&fresh, "#/provider");
    fresh.click("[data-catalog='team-sheet']");
    fresh.wait_for(&format!("!!document.querySelector('{TEAM_ITEM}')"), "the loaded catalog's items");
    assert_eq!(status(&fresh, TEAM_ITEM), "not_met");
    assert_eq!(fresh.text("#overall-score"), browser_score(&browser));
    for b in [&browser, &fresh] {
        assert_no_network(b);
        assert_clean_console(b);
    }
}

fn browser_score(browser: &Browser) -> String {
    go(browser, "#/provider");
    browser.text("#overall-score")
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_guidance_catalogs_follow_the_tier_and_the_platform_level() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    let enabled = |browser: &Browser| browser.count(".checklist .item:not(.out-of-scope)");
    browser.click("[data-catalog='gbt22239-2019-cloud']");
    browser.wait_for("!!document.querySelector('#item-G22239C-PH-Q1')", "the cloud extension");
    assert!(browser.text("#scope-note").contains("不适用于本平台"));
    // Only the level-4 points are bound to a level; the others' level is unconfirmed, so
    // they apply at every level, set or not.
    let unset = enabled(&browser);
    assert!(unset > 0, "no level set: only the points bound to a level wait for it");
    browser.pick("#profile-level", "3");
    browser.wait_for("document.querySelectorAll('.checklist .item.out-of-scope').length > 0", "level 3 items");
    let at_three = enabled(&browser);
    assert_eq!(at_three, unset, "level 3 adds nothing the catalog can source");
    browser.pick("#profile-level", "4");
    browser.wait_for(
        &format!("document.querySelectorAll('.checklist .item:not(.out-of-scope)').length > {at_three}"),
        "level 4 items",
    );
    assert!(browser.count(".checklist .item.out-of-scope") == 0, "at level 4 everything applies");

    browser.click("[data-catalog='gbt31168-2023']");
    browser.wait_for("!!document.querySelector('#item-G31168-SD-Q1')", "the GB/T 31168 catalog");
    let general_only = enabled(&browser);
    assert!(browser.count(".checklist .item.out-of-scope") > 0, "enhanced items do not apply yet");
    browser.pick("#profile-tier", "enhanced");
    browser.wait_for("document.querySelectorAll('.checklist .item.out-of-scope').length === 0", "enhanced gets both");
    assert!(enabled(&browser) > general_only);
    // Said where the tier was chosen: how many items came in, and how many apply now.
    browser.wait_for("!!document.querySelector('#scope-change')", "what the tier did to the work");
    let said = browser.text("#scope-change");
    let catalogs = selfcheck_core::catalog::builtin().for_audience(selfcheck_core::catalog::Audience::Provider);
    let scope = |tier| selfcheck_core::catalog::Scope { tier, level: Some(4) };
    let change = selfcheck_core::catalog::ScopeChange::between(
        scope(None),
        scope(Some(selfcheck_core::profile::CapabilityTier::Enhanced)),
        catalogs.iter().copied(),
    )
    .unwrap();
    assert!(said.contains(&format!("新增 {} 项", change.added)), "{said}");
    assert!(said.contains(&format!("现共 {} 项适用", change.applicable)), "{said}");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
