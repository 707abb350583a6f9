//! The three people the product is for, each doing their first task from the first
//! screen with the README unread, their clicks counted (README, "Finding your way"):
//! the department answering a questionnaire, a provider's compliance lead, a ministry's
//! IT office. Choosing a file counts two clicks: the "Open a file" button and the file
//! in the dialog. Typing is not counted.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use selfcheck_core::report::{draft_provider_report, write_report};
use selfcheck_core::team::{owners, questionnaire};
use selfcheck_core::{Answer, Date, ProviderWork, Status, Timestamp};
use serde_json::json;

use super::{assert_clean_console, assert_no_network, open_app};
use selfcheck_webdriver::{Browser, TempDir};

/// A browser whose user's clicks are counted.
struct Person {
    browser: Browser,
    clicks: Cell<u32>,
}

impl Person {
    fn at_first_screen() -> Person {
        let browser = Browser::start();
        open_app(&browser, "");
        Person { browser, clicks: Cell::new(0) }
    }

    fn click(&self, css: &str) {
        self.clicks.set(self.clicks.get() + 1);
        self.browser.click(css);
    }

    /// The "Open a file" button, then the file in the dialog.
    fn open_file(&self, path: &Path) {
        self.clicks.set(self.clicks.get() + 2);
        self.browser.choose_file("#open-file", path);
    }
}

/// A questionnaire the lead "合规部 王工" handed to 运维部: two items, one answered by the lead.
fn questionnaire_file(dir: &TempDir) -> PathBuf {
    let mut work = ProviderWork::default();
    owners::assign(work.answers_mut(), ["M19-A3-04-Q1", "M19-A3-04-Q2"], "运维部");
    work.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(Status::Met));
    let issued = Timestamp::parse("2026-12-01T09:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work, "运维部", "合规部 王工", issued).unwrap();
    let handed = questionnaire::instructed(handed, "请在周五前答完并交回合规部。");
    let mut report = draft_provider_report(&handed, "2026-12-01T09:00:00Z", Date::from_ymd(2026, 12, 1).unwrap());
    let path = dir.0.join("cloud-selfcheck-questionnaire-运维部-2026-12-01.json");
    std::fs::write(&path, write_report(&mut report)).unwrap();
    path
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_department_opens_its_questionnaire_from_the_first_screen_in_three_clicks() {
    let dir = TempDir::new("personas");
    let file = questionnaire_file(&dir);
    let person = Person::at_first_screen();
    let browser = &person.browser;
    person.open_file(&file);
    browser.wait_for("!!document.querySelector('#open-answer')", "what the file is");
    let said = browser.text("#opened");
    assert!(said.contains("运维部") && said.contains("问卷") && said.contains("合规部 王工"), "{said}");
    assert!(said.contains("共 2 项"), "{said}");
    assert_eq!(
        browser.eval("return document.querySelector('#opened .opened-actions button').id;", json!([])),
        json!("open-answer"),
        "in an empty workspace, answering comes first"
    );
    person.click("#open-answer");
    browser.wait_for("!!document.querySelector('#questionnaire-banner')", "respondent mode");
    assert!(browser.text("#questionnaire-banner").contains("运维部"));
    assert!(browser.text("#questionnaire-instructions").contains("请在周五前答完并交回合规部。"), "the sender's words");
    assert!(person.clicks.get() <= 3, "{} clicks before answering", person.clicks.get());
    eprintln!("persona: respondent opens the questionnaire in {} clicks", person.clicks.get());
    // And answers at once: its items are on the screen.
    browser.wait_for("!!document.querySelector('#item-M19-A3-04-Q1 [data-status=met]')", "its first item");
    browser.click("#item-M19-A3-04-Q1 [data-status=met]");
    browser.wait_for("document.querySelector('#item-M19-A3-04-Q1').dataset.status === 'met'", "answered");
    assert_no_network(browser);
    assert_clean_console(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_questionnaire_offered_to_the_merge_of_an_empty_workspace_offers_to_open_it() {
    let dir = TempDir::new("personas");
    let file = questionnaire_file(&dir);
    let browser = Browser::start();
    open_app(&browser, "#/report");
    browser.choose_file("#merge-file", &file);
    browser.wait_for("!!document.querySelector('#merge-answer-instead')", "the offer to answer it");
    assert!(browser.text("#merge-answer-help").contains("问卷"));
    browser.click("#merge-answer-instead");
    browser.wait_for("!!document.querySelector('#questionnaire-banner')", "respondent mode");
    assert_eq!(browser.count("#merge-files"), 0, "the merge is put away");
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_compliance_lead_reaches_the_first_item_in_one_click() {
    let person = Person::at_first_screen();
    person.click("[data-step='checklist']");
    let browser = &person.browser;
    browser.wait_for("document.activeElement?.id === 'checklist'", "the checklist");
    let top = browser.eval(
        "const r = document.querySelector('.checklist .item').getBoundingClientRect(); return [r.top, window.innerHeight];",
        json!([]),
    );
    assert!(top[0].as_f64().unwrap() < top[1].as_f64().unwrap(), "the first item on the screen: {top}");
    assert_eq!(person.clicks.get(), 1);
    eprintln!("persona: compliance lead reaches the first item in {} click", person.clicks.get());
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_it_office_names_a_workload_in_two_clicks_and_opens_an_inventory_in_three() {
    let person = Person::at_first_screen();
    let browser = &person.browser;
    person.click("nav a[href='#/agency']");
    person.click("#add-workload");
    browser.wait_for("document.activeElement?.id === 'workload-name'", "the cursor in the name");
    browser.type_into("#workload-name", "门户网站");
    browser.wait_for(
        "[...document.querySelectorAll('.workload-row')].some(r => r.textContent.includes('门户网站'))",
        "the named workload listed",
    );
    assert!(person.clicks.get() <= 2, "{} clicks", person.clicks.get());
    eprintln!("persona: IT office names a workload in {} clicks plus typing", person.clicks.get());

    // An inventory from the first screen's one way in, said for what it is first.
    let person = Person::at_first_screen();
    let browser = &person.browser;
    person.open_file(&fixture("inventory.csv"));
    browser.wait_for("!!document.querySelector('#open-add')", "what the file is");
    assert!(browser.text("#opened").contains("业务系统清单"), "{}", browser.text("#opened"));
    person.click("#open-add");
    browser.wait_for("document.querySelector('main').dataset.route === '#/agency'", "the agency's page");
    browser.wait_for("document.querySelectorAll('.workload-row').length > 0", "the inventory imported");
    assert_eq!(person.clicks.get(), 3);
    eprintln!("persona: IT office opens an inventory in {} clicks", person.clicks.get());
    assert_no_network(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_file_dropped_anywhere_is_said_for_what_it_is_and_a_stranger_changes_nothing() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.click("#item-M19-A3-01-Q1 [data-status=met]");
    browser.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'met'", "answered");
    // A drop on the page's text, away from any drop zone, as a file manager would drop it.
    let drop = "const [name, text] = arguments; const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'text/csv' }));
        document.querySelector('.page-intro').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));";
    let platforms = std::fs::read_to_string(fixture("platforms.csv")).unwrap();
    browser.eval(drop, json!(["platforms.csv", platforms]));
    browser.wait_for("!!document.querySelector('#open-add')", "the dropped file said");
    assert!(browser.text("#opened").contains("候选云平台"), "{}", browser.text("#opened"));
    browser.click("#opened-close");
    browser.wait_for("!document.querySelector('#opened')", "left as it was");

    browser.eval(drop, json!(["notes.csv", "fruit,colour\napple,red\n"]));
    browser.wait_for("!!document.querySelector('#opened-problem')", "the refusal");
    assert!(browser.text("#opened-problem").contains("fruit | colour"), "the header it found");
    assert_eq!(browser.count("#opened button:not(#opened-close)"), 0, "nothing offered");
    assert_eq!(
        browser.eval("return document.querySelector('#item-M19-A3-01-Q1').dataset.status;", json!([])),
        json!("met"),
        "the work unchanged"
    );
    assert_clean_console(&browser);
}
