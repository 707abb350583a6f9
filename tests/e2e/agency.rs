//! The agency view, driven like a user: import a spreadsheet's CSV, read the verdicts
//! (the same as the core's, hence the CLI's), check platform fit, refuse a bad file.

use std::path::PathBuf;

use selfcheck_core::agency::{classify, inventory_csv};
use serde_json::{json, Value};

use super::{assert_clean, assert_clean_console, assert_no_network, open_app};
use selfcheck_webdriver::Browser;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// (name, verdict) of every row on the current page, as shown.
fn shown_verdicts(browser: &Browser) -> Vec<(String, String)> {
    let rows = browser.eval(
        "return [...document.querySelectorAll('.workload-row')].map(r =>
            [r.querySelector('.workload-name').textContent, r.querySelector('.verdict').dataset.verdict]);",
        json!([]),
    );
    rows.as_array()
        .unwrap()
        .iter()
        .map(|pair| (pair[0].as_str().unwrap().to_string(), pair[1].as_str().unwrap().to_string()))
        .collect()
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn imported_inventory_gets_the_cores_verdicts_and_platform_fit() {
    import_inventory_and_check_verdicts_and_fit(&Browser::start());
}

/// Import a CSV: the core's verdicts, a workload's reasons and platform fit, export (shared with Firefox).
pub(crate) fn import_inventory_and_check_verdicts_and_fit(browser: &Browser) {
    open_app(browser, "#/agency");
    assert!(browser.text(".inventory").contains("还没有业务系统"));

    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the import");
    assert!(browser.text("#import-result").contains('7'));

    // The same verdicts as the core (and so the CLI) for the same file.
    let text = std::fs::read_to_string(fixture("inventory.csv")).unwrap();
    let expected: Vec<(String, String)> = inventory_csv::import(&text)
        .unwrap()
        .iter()
        .map(|w| (w.name.clone(), classify(w).verdict.code().to_string()))
        .collect();
    assert_eq!(shown_verdicts(browser), expected);

    // Filter by verdict.
    browser.click("[data-verdict-filter='prohibited']");
    browser.wait_for("document.querySelectorAll('.workload-row').length === 2", "the prohibited filter");
    browser.click("[data-verdict-filter='all']");

    // The verdicts speak of socialised cloud services; an ungraded workload is to be graded first.
    assert!(browser.text("[data-verdict-filter='prohibited']").contains("不得使用社会化云计算服务"));
    assert_eq!(browser.text(".workload-row:nth-child(6) .verdict"), "待定级：先定级和分类"); // 新建协同办公

    // Open a workload: reasons with their citations, obligations for a conditional one.
    browser.click(".workload-row:nth-child(4) .open-btn"); // 应急指挥: level 4, key business, severe impact
    browser.wait_for("!!document.querySelector('#detail-reasons')", "the details");
    let codes = browser
        .eval("return [...document.querySelectorAll('#detail-reasons .reason')].map(r => r.dataset.code);", json!([]));
    // The review still to do is listed, and changes nothing.
    assert_eq!(codes, json!(["mlps_level_4_plus", "severe_impact", "key_business", "confidentiality_review_pending"]));
    assert!(
        browser.text("#detail-reasons").contains("第三部分") && browser.text("#detail-reasons").contains("第六部分")
    );
    assert_eq!(browser.text("#detail-verdict"), "不宜使用社会化云计算服务");
    assert!(browser.text(".workload-detail").contains("无需填写上云义务"));

    // Nothing in §3 restricts 门户网站, but until its confidentiality review is recorded it is
    // conditional; ticked, eligible; unticked again, its §6 obligation answered met does the same.
    browser.click(".workload-row:nth-child(1) .open-btn");
    browser.wait_for("document.querySelector('#workload-name').value === '门户网站'", "the first workload");
    let verdict = "return document.querySelector('#detail-verdict .verdict').dataset.verdict;";
    assert_eq!(browser.eval(verdict, json!([])), json!("conditional"));
    assert_eq!(browser.count("#detail-reasons [data-code='confidentiality_review_pending']"), 1);
    browser.click("#crit-review");
    browser.wait_for(
        "document.querySelector('#detail-verdict .verdict').dataset.verdict === 'eligible'",
        "eligible once the review is ticked",
    );
    assert_eq!(browser.text(".workload-row:nth-child(1) .verdict"), "可以使用社会化云计算服务");
    browser.click("#crit-review");
    browser.wait_for(
        "document.querySelector('#detail-verdict .verdict').dataset.verdict === 'conditional'",
        "conditional again",
    );
    let review_item = selfcheck_core::agency::classify::confidentiality_review_items()[0].clone();
    browser.click(&format!(".obligations .item[data-item-id='{review_item}'] [data-status='met']"));
    browser.wait_for(
        "document.querySelector('#detail-verdict .verdict').dataset.verdict === 'eligible'",
        "eligible once the review obligation is met",
    );
    assert!(browser.text("#review-by-obligation").contains("保密审查"));

    browser.click(".workload-row:nth-child(2) .open-btn"); // 财务系统: conditional, platform 政务云 A on 2027-02-28
    browser.wait_for("document.querySelector('#workload-name').value === '财务系统, 二期'", "the second workload");
    assert!(browser.count(".obligations .item") >= 12, "obligations to answer");
    assert!(browser.text(".recommended-tier").contains("增强级"));
    assert_eq!(browser.count("#fit-gaps [data-code='platform_unknown']"), 1, "an unrecorded platform is a gap");

    // Record the platform: published 2024-02-29 expires on 2027-02-28, the migration day.
    browser.click("#add-platform");
    browser.wait_for("!!document.querySelector('fieldset.platform-editor')", "a platform form");
    browser.type_into("fieldset.platform-editor:nth-of-type(1) [id$='-name']", "政务云 A");
    browser.press("\u{E007}"); // Enter commits the name
    browser.pick("fieldset.platform-editor:nth-of-type(1) [id$='-published']", "2024-02-29");
    browser.pick("fieldset.platform-editor:nth-of-type(1) [id$='-level']", "3");
    browser.pick("fieldset.platform-editor:nth-of-type(1) [id$='-tier']", "enhanced");
    // Where its data centres are is not recorded yet: unconfirmed, never "abroad".
    browser.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"data_centres_unconfirmed\"]')",
        "the unconfirmed location",
    );
    assert_eq!(browser.count("#fit-gaps [data-code='data_centres_abroad']"), 0);
    browser.pick("fieldset.platform-editor:nth-of-type(1) [id$='-china']", "yes");
    browser.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"assessment_expired\"]')",
        "validity ending on the migration day",
    );
    assert!(browser.text("#fit-gaps").contains("2027-02-28"));
    let codes =
        browser.eval("return [...document.querySelectorAll('#fit-gaps .reason')].map(r => r.dataset.code);", json!([]));
    assert_eq!(codes, json!(["assessment_expired"]));

    // A day earlier the result is still valid, but lapses within six months of the move.
    browser.pick("#workload-date", "2027-02-27");
    browser.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"assessment_expiring\"]')",
        "the re-assessment window",
    );
    assert!(browser.text("#fit-gaps").contains("2027-02-28"));
    // Earlier still, before the last day to apply for re-assessment (2026-08-28): the platform fits.
    browser.pick("#workload-date", "2026-08-01");
    browser.wait_for("!!document.querySelector('#fit-ok')", "the platform to fit");
    // A planned end of use after the result lapses is a gap naming the date.
    browser.pick("#workload-end", "2028-01-01");
    browser.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"assessment_expires_during_use\"]')",
        "the lapse during use",
    );
    assert!(browser.text("#fit-gaps").contains("2027-02-28"));

    // An obligation answered like a checklist item.
    browser.click(".obligations .item:first-child [data-status='met']");
    browser.wait_for("document.querySelector('.obligations-progress').textContent.includes('1/')", "the obligation");

    // Export: the downloaded CSV reads back to the same inventory.
    browser.click("#export-csv");
    let exported = String::from_utf8(browser.downloaded("cloud-selfcheck-inventory.csv")).unwrap();
    let back = inventory_csv::import(&exported).unwrap();
    assert_eq!(back.len(), 7);
    assert_eq!(back[1].migration_date, selfcheck_core::Date::from_ymd(2026, 8, 1));
    assert_eq!(back[1].end_of_use, selfcheck_core::Date::from_ymd(2028, 1, 1));

    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_bad_csv_is_refused_whole_with_located_errors_and_nothing_lost() {
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.click("#add-workload");
    browser.wait_for("!!document.querySelector('#workload-name')", "a new workload");
    browser.type_into("#workload-name", "已有系统");
    browser.click("#import-replace"); // even "replace" must not touch the list on a refused file

    browser.choose_file("#csv-file", &fixture("inventory-bad.csv"));
    browser.wait_for("!!document.querySelector('#import-errors')", "the refusal");
    let errors = browser.text("#import-errors");
    assert!(errors.contains("第 3 行，mlps_level 列"), "{errors}");
    assert!(errors.contains("第 4 行，name 列"), "{errors}");
    assert!(errors.contains("“maybe”"), "{errors}");
    assert_eq!(shown_verdicts(&browser).iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["已有系统"]);

    browser.click("[data-lang='en']");
    browser.wait_for("document.documentElement.lang === 'en'", "English");
    assert!(browser.text("#import-errors").contains("Line 3, column mlps_level"), "errors follow the language");
    let values: Value = browser.eval("return document.querySelector('#workload-name').value;", json!([]));
    assert_eq!(values, json!("已有系统"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_new_workload_opens_in_view_with_the_cursor_in_its_name_and_is_judged_once_named() {
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.choose_file("#csv-file", &fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");
    // What the new workload will be once named (its name decides nothing), and how many
    // are counted under that verdict before it.
    let named = selfcheck_core::agency::Workload { name: "新系统".into(), ..Default::default() };
    let expected = classify(&named).verdict.code();
    let judged = || browser.text(&format!("[data-verdict-filter='{expected}']"));
    let before = judged();

    // One click, then typing: the form is in view and the cursor in its name.
    browser.click("#add-workload");
    browser.wait_for("document.activeElement?.id === 'workload-name'", "the cursor in the new workload's name");
    let top =
        browser.eval("return document.querySelector('#workload-heading').getBoundingClientRect().top;", json!([]));
    let height = browser.eval("return window.innerHeight;", json!([]));
    assert!((0.0..height.as_f64().unwrap()).contains(&top.as_f64().unwrap()), "in view: {top} of {height}");
    // Not judged until it has a name: no verdict, no reasons, and not counted under one.
    assert_eq!(
        browser.eval("return document.querySelector('#detail-verdict .verdict').dataset.verdict;", json!([])),
        json!("none")
    );
    assert_eq!(browser.count("#detail-reasons"), 0);
    assert!(browser.text("#verdict-after-name").contains("填写系统名称"));
    assert_eq!(
        browser.eval("return document.querySelector('.workload-row.selected .verdict').dataset.verdict;", json!([])),
        json!("none")
    );
    assert_eq!(judged(), before);

    browser.type_into("#workload-name", "新系统");
    browser
        .wait_for("document.querySelector('#detail-verdict .verdict').dataset.verdict !== 'none'", "judged once named");
    let verdict = browser.eval("return document.querySelector('#detail-verdict .verdict').dataset.verdict;", json!([]));
    assert_eq!(verdict, json!(expected));
    assert_ne!(judged(), before, "and counted");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn ten_thousand_workloads_stay_usable_with_paging_filter_and_search() {
    let dir = selfcheck_webdriver::TempDir::new("inventory");
    let path = dir.0.join("inventory-10000.csv");
    let mut csv = String::from("name,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact\n");
    for i in 0..10_000 {
        let (secret, level) = (if i % 10 == 0 { "yes" } else { "no" }, [1, 2, 3, 4, 5][i % 5]);
        csv.push_str(&format!("系统{i:05},{secret},no,{level},no,no,no\n"));
    }
    std::fs::write(&path, csv).unwrap();

    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.choose_file("#csv-file", &path);
    browser.wait_for("!!document.querySelector('#import-result')", "10,000 rows imported");
    assert_eq!(browser.count(".workload-row"), 50, "one page is drawn, not 10,000 rows");
    assert!(browser.text("#page-status").contains("1/200"), "{}", browser.text("#page-status"));

    browser.click(".pager button:last-child");
    browser.wait_for("document.querySelector('#page-status').textContent.includes('2/200')", "page 2");
    assert_eq!(browser.text(".workload-row:first-child .workload-name"), "系统00050");

    browser.click("[data-verdict-filter='prohibited']");
    browser
        .wait_for("document.querySelector('#page-status').textContent.includes('1/20')", "the filter, back on page 1");
    assert!(browser.text("[data-verdict-filter='prohibited']").contains("1000"));

    browser.click("[data-verdict-filter='all']");
    browser.type_into("#workload-search", "系统0999");
    browser.wait_for("document.querySelectorAll('.workload-row').length === 10", "the search");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn switching_workloads_shows_each_ones_own_level_and_platform_renames_carry_workloads() {
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.click("#add-platform");
    let name = "fieldset.platform-editor:nth-of-type(1) [id$='-name']";
    browser.wait_for(&format!("!!document.querySelector(\"{name}\")"), "a platform");
    browser.type_into(name, "云A");
    browser.press("\u{E007}");

    browser.click("#add-workload");
    browser.wait_for("!!document.querySelector('#workload-level')", "workload A");
    browser.type_into("#workload-name", "A");
    browser.pick("#workload-level", "5");
    browser.pick("#workload-platform", "云A");
    browser.click("#add-workload");
    browser.wait_for("document.querySelector('#workload-name').value === ''", "workload B");
    browser.pick("#workload-level", "2");

    // Back to A: its own level, not B's and not the browser's memory of a pick.
    browser.click(".workload-row:nth-child(1) .open-btn");
    browser.wait_for("document.querySelector('#workload-name').value === 'A'", "workload A again");
    assert_eq!(browser.eval("return document.querySelector('#workload-level').value;", json!([])), json!("5"));
    assert_eq!(browser.eval("return document.querySelector('#workload-platform').value;", json!([])), json!("云A"));

    // A rename is committed once, and the workload follows it.
    browser.clear(name);
    browser.type_into(name, "云B");
    browser.press("\u{E007}");
    browser
        .wait_for("document.querySelector('#workload-platform').value === '云B'", "the workload to follow the rename");
    // An empty name is refused, and said.
    browser.clear(name);
    browser.press("\u{E007}");
    browser.wait_for("!!document.querySelector('.platform-editor .field-error')", "the refusal");
    assert_eq!(browser.eval("return document.querySelector('#workload-platform').value;", json!([])), json!("云B"));
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
