//! Hostile input: markup and script in every text field and in imported files shows as
//! text and never runs; oversized and pathological files are refused at once.

use selfcheck_core::ProviderWork;
use serde_json::json;

use super::{assert_no_network, open_app};
use selfcheck_webdriver::{Browser, TempDir};

const PAYLOAD: &str = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

/// Nothing ran and nothing was injected: no flag, no `<img src=x>`, no alert open.
fn assert_inert(browser: &Browser) {
    assert_eq!(browser.eval("return window.__pwned === undefined;", json!([])), json!(true), "a payload ran");
    assert_eq!(browser.count("img[src='x'], main script"), 0, "a payload was injected as markup");
    assert!(!browser.alert_is_open(), "a dialog opened");
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn markup_in_every_text_field_stays_text() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    for field in ["#answerer", "#profile-provider", "#profile-platform"] {
        browser.type_into(field, PAYLOAD);
    }
    let item = "#item-M19-A3-01-Q1";
    browser.click(&format!("{item} [data-status='not_applicable']"));
    browser.type_into("#just-M19-A3-01-Q1", PAYLOAD);
    browser.click(&format!("{item} .item-details summary"));
    browser.wait_for("!!document.querySelector('#note-M19-A3-01-Q1')", "the opened details");
    for field in ["note", "evidence", "owner"] {
        browser.type_into(&format!("#{field}-M19-A3-01-Q1"), PAYLOAD);
    }
    assert!(browser.text(&format!("{item} .answered")).contains("<img"), "who answered is shown as text");
    browser.type_into("#item-search", "<b>x</b>");
    assert_inert(&browser);

    browser.click("nav a[href='#/agency']");
    browser.wait_for("!!document.querySelector('#add-workload')", "the agency view");
    browser.type_into("#agency-unit", PAYLOAD);
    browser.click("#add-workload");
    browser.type_into("#workload-name", PAYLOAD);
    browser.type_into("#workload-description", PAYLOAD);
    browser.click("#add-platform");
    browser.type_into("fieldset.platform-editor:nth-of-type(1) [id$='-name']", PAYLOAD);
    browser.type_into("fieldset.platform-editor:nth-of-type(1) [id$='-provider']", PAYLOAD);
    browser.wait_for("document.querySelector('.workload-name').textContent.includes('<img')", "the name shown as text");
    assert_inert(&browser);

    browser.click("nav a[href='#/report']");
    browser.wait_for("!!document.querySelector('#preview-not-applicable')", "the provider's printout");
    assert!(browser.text("#preview-not-applicable").contains("<img"), "a justification printed as text");
    browser.click("#print-role-agency");
    browser.wait_for("!!document.querySelector('#preview-workloads')", "the agency's printout");
    assert!(browser.text("#report-cover").contains("<img"), "the unit printed as text");
    assert!(browser.text("#preview-workloads").contains("<script>"), "shown literally in the report");
    assert_inert(&browser);
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn markup_in_imported_files_stays_text() {
    let dir = TempDir::new("hostile");
    let csv = dir.0.join("hostile.csv");
    std::fs::write(
        &csv,
        format!("name,description,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact\n\"{}\",\"{}\",no,no,2,no,no,no\n", PAYLOAD.replace('"', "\"\""), PAYLOAD.replace('"', "\"\"")),
    )
    .unwrap();
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.choose_file("#csv-file", &csv);
    browser.wait_for("!!document.querySelector('#import-result')", "the import");
    assert_eq!(browser.text(".workload-name"), PAYLOAD);
    assert_inert(&browser);

    // A report whose notes carry the payload (re-sealed so it loads without warnings).
    use selfcheck_core::report::{build_provider_report, to_canonical_json};
    let mut inputs = ProviderWork::default();
    let mut answer = selfcheck_core::Answer::with_status(selfcheck_core::Status::NotMet);
    answer.edit_details(|d| {
        d.note = PAYLOAD.into();
        d.owner = PAYLOAD.into();
    });
    inputs.answers_mut().insert("M19-A3-01-Q1".into(), answer);
    inputs.profile.provider = PAYLOAD.into();
    let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
    let report = dir.0.join("hostile.json");
    std::fs::write(&report, to_canonical_json(&build_provider_report(&inputs, "2026-11-21T00:00:00Z", day))).unwrap();
    browser.click("nav a[href='#/report']");
    browser.wait_for("!!document.querySelector('#report-file')", "the report view");
    browser.choose_file("#report-file", &report);
    browser.wait_for("!!document.querySelector('#report-loaded')", "the report");
    assert!(browser.text("#preview-gaps").contains("<img src=x"));
    browser.click("nav a[href='#/provider']");
    browser.wait_for("!!document.querySelector('#profile-provider')", "the provider view");
    assert_eq!(browser.eval("return document.querySelector('#profile-provider').value;", json!([])), json!(PAYLOAD));
    assert_inert(&browser);
    assert_no_network(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn huge_and_pathological_files_are_refused_at_once() {
    let dir = TempDir::new("huge");
    let huge = dir.0.join("huge.json");
    // 100 MB: refused from its size alone, before it is read.
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let deep = dir.0.join("deep.json");
    std::fs::write(&deep, format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))).unwrap();
    let wide = dir.0.join("wide.json");
    let many: String = std::iter::repeat_n("1,", 2_000_000).collect();
    std::fs::write(
        &wide,
        format!("{{\"format\":\"cloud-selfcheck-report\",\"format_version\":1,\"catalogs\":[{many}1]}}"),
    )
    .unwrap();

    let browser = Browser::start();
    open_app(&browser, "#/report");
    let cases = [(&huge, "文件过大"), (&deep, "不是云评自查报告"), (&wide, "不符合格式要求")];
    for (path, message) in cases {
        browser.choose_file("#report-file", path);
        browser.wait_for("!!document.querySelector('#report-problem')", "the refusal");
        assert!(browser.text("#report-problem").contains(message), "{}", browser.text("#report-problem"));
        assert_eq!(browser.eval("return 1 + 1;", json!([])), json!(2), "the tab still answers");
        browser.click(".resume .link-btn");
    }

    browser.click("nav a[href='#/agency']");
    browser.wait_for("!!document.querySelector('#csv-file')", "the agency view");
    browser.choose_file("#csv-file", &huge);
    browser.wait_for("!!document.querySelector('#import-errors')", "the CSV refusal");
    assert!(browser.text("#import-errors").contains("文件过大"));
    assert_no_network(&browser);
}
