//! The candidate platforms as a file, driven like a user: import a platforms CSV, see a
//! workload's fit gaps follow (the core's, hence the CLI's), refuse a broken file with
//! its lines and columns and the list unchanged, export the list back.

use std::path::PathBuf;

use selfcheck_core::agency::{check_fit, classify, inventory_csv, platforms_csv};
use selfcheck_core::Date;
use serde_json::{json, Value};

use super::{assert_clean, open_app};
use selfcheck_webdriver::Browser;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The fit codes shown for the open workload.
fn shown_fit(browser: &Browser) -> Value {
    browser.eval("return [...document.querySelectorAll('#fit-gaps .reason')].map(r => r.dataset.code);", json!([]))
}

/// The names in the platform forms, in order.
fn shown_platforms(browser: &Browser) -> Value {
    browser.eval(
        "return [...document.querySelectorAll('fieldset.platform-editor [id$=\"-name\"]')].map(i => i.value);",
        json!([]),
    )
}

/// What the core says of workload `index` of the inventory fixture on the platforms of `file`.
fn core_fit(index: usize, file: &str) -> Value {
    let workloads = inventory_csv::import(&std::fs::read_to_string(fixture("inventory.csv")).unwrap()).unwrap();
    let platforms = platforms_csv::import(&std::fs::read_to_string(fixture(file)).unwrap()).unwrap();
    let w = &workloads[index];
    assert!(w.migration_date.is_some(), "a dated workload: the day the test runs does not matter");
    let gaps = check_fit(w, &classify(w), &platforms, Date::from_ymd(2026, 1, 1).unwrap()).unwrap();
    json!(gaps.iter().map(|g| g.code.code()).collect::<Vec<_>>())
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn platforms_import_from_a_csv_change_the_fit_and_a_broken_file_changes_nothing() {
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");

    browser.click(".workload-row:nth-child(2) .open-btn"); // 财务系统: 政务云 A, moving on 2027-02-28
    browser.wait_for("!!document.querySelector('#fit-gaps')", "its fit");
    assert_eq!(shown_fit(&browser), json!(["platform_unknown"]), "no platform recorded yet");

    // The platforms file: the fit now checks 政务云 A's details.
    browser.choose_file("#platforms-file", &fixture("platforms.csv"));
    browser.wait_for("!!document.querySelector('#platforms-import-result')", "the platforms");
    assert!(
        browser.text("#platforms-import-result").contains("新增 2 个"),
        "{}",
        browser.text("#platforms-import-result")
    );
    assert_eq!(shown_platforms(&browser), json!(["政务云 A", "政务云 B"]));
    browser.wait_for("!document.querySelector('#fit-gaps [data-code=\"platform_unknown\"]')", "the fit to follow");
    assert_eq!(shown_fit(&browser), core_fit(1, "platforms.csv"));
    assert!(browser.text("#fit-gaps").contains("2027-02-28"), "expired on the migration day, and said");

    browser.click(".workload-row:nth-child(5) .open-btn"); // 社保查询: 政务云 B, general tier, location not recorded
    browser.wait_for("document.querySelector('#workload-name').value === '社保查询'", "the fifth workload");
    let fit = shown_fit(&browser);
    assert_eq!(fit, core_fit(4, "platforms.csv"));
    assert!(fit.as_array().unwrap().contains(&json!("data_centres_unconfirmed")), "{fit}");
    assert!(!fit.as_array().unwrap().contains(&json!("data_centres_abroad")), "not recorded is never abroad");

    // A broken file, even to replace the list: refused, located, nothing changed.
    browser.click("#platforms-import-replace");
    browser.choose_file("#platforms-file", &fixture("platforms-bad.csv"));
    browser.wait_for("!!document.querySelector('#platforms-import-errors')", "the refusal");
    let errors = browser.text("#platforms-import-errors");
    for expected in [
        "第 2 行，result_date 列",
        "第 3 行，tier 列",
        "第 3 行，mlps_level 列",
        "第 4 行，name 列",
        "第 5 行，name 列",
    ] {
        assert!(errors.contains(expected), "{expected} in {errors}");
    }
    assert!(errors.contains("已在第 2 行使用"), "{errors}");
    assert_eq!(shown_platforms(&browser), json!(["政务云 A", "政务云 B"]), "the list as it was");
    assert_eq!(shown_fit(&browser), fit, "the fit as it was");
    browser.click("[data-lang='en']");
    browser.wait_for("document.documentElement.lang === 'en'", "English");
    let errors = browser.text("#platforms-import-errors");
    assert!(errors.contains("Line 4, column name: the name \"政务云 A\" is already used on line 2"), "{errors}");

    // Export: the downloaded CSV reads back to the same platforms.
    browser.click("#export-platforms");
    let exported = String::from_utf8(browser.downloaded("cloud-selfcheck-platforms.csv")).unwrap();
    let expected = platforms_csv::import(&std::fs::read_to_string(fixture("platforms.csv")).unwrap()).unwrap();
    assert_eq!(platforms_csv::import(&exported).unwrap(), expected);

    assert_clean(&browser);
}
