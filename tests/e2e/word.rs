//! Word documents, as a user meets them, offline from file://: the provider's report, its
//! remediation plan and the agency's assessment download as .docx, written by the Excel
//! module on first use (start-up never compiles it), in the page's language, with what
//! the page shows: the platform or unit, the status headline, a gap and its owner, each
//! workload's verdict.

use std::io::{Cursor, Read};

use selfcheck_core::agency::{classify, inventory_csv};
use selfcheck_core::messages::{terms, Term};
use selfcheck_core::Lang;
use serde_json::json;

use super::{assert_clean, go, open_app};
use selfcheck_webdriver::Browser;

const PLATFORM: &str = "示例政务云 A";
const PROVIDER: &str = "示例云计算有限公司";
const GAP: &str = "M19-A3-02-Q1";
const OWNER: &str = "运维部王工";
const UNIT: &str = "某省大数据管理局";

fn marks(browser: &Browser, name: &str) -> usize {
    let found = browser.eval("return performance.getEntriesByName(arguments[0]).length;", json!([name]));
    found.as_u64().unwrap_or_default() as usize
}

/// The text of a downloaded .docx: a zip holding `word/document.xml`, its runs joined
/// within a paragraph and paragraphs on lines of their own.
fn docx_text(name: &str, bytes: &[u8]) -> String {
    assert!(name.ends_with(".docx"), "{name}");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap_or_else(|e| panic!("{name} is no zip: {e}"));
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap_or_else(|_| panic!("{name} has no word/document.xml"))
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::new();
    for para in xml.split("</w:p>") {
        // `<w:t>` or `<w:t xml:space=…>`, not `<w:tab/>`, `<w:tbl…>`, `<w:tr…>`.
        for piece in para.split("<w:t").skip(1).filter(|p| p.starts_with('>') || p.starts_with(' ')) {
            let body = &piece[piece.find('>').unwrap() + 1..];
            text.push_str(&body[..body.find("</w:t>").unwrap_or(0)]);
        }
        text.push('\n');
    }
    text
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_report_the_plan_and_the_assessment_download_as_word_documents() {
    download_word_documents_compiling_the_module_on_first_use(&Browser::start());
}

/// The three Word documents, the module compiled on first use, once (shared with Firefox).
pub(crate) fn download_word_documents_compiling_the_module_on_first_use(browser: &Browser) {
    open_app(browser, "#/provider");
    assert_eq!(marks(browser, "sheets-start"), 0, "start-up does not load the module");
    browser.type_into("#profile-provider", PROVIDER);
    browser.type_into("#profile-platform", PLATFORM);
    browser.click(&format!("#item-{GAP} [data-status='not_met']"));
    browser.wait_for(&format!("document.querySelector('#item-{GAP}').dataset.status === 'not_met'"), "the answer");
    browser.click(&format!("#item-{GAP} .item-details summary"));
    browser.wait_for(&format!("!!document.querySelector('#owner-{GAP}')"), "the opened details");
    browser.type_into(&format!("#owner-{GAP}"), OWNER);
    browser.wait_for("document.querySelector('#save-status').dataset.save === 'saved'", "the autosave");

    go(browser, "#/report");
    let headline = browser.text("#preview-status");
    assert!(headline.contains("未就绪") || headline.contains("项未作答"), "{headline}");
    browser.click("#download-provider-docx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    let report = docx_text(&name, &bytes);
    let title = Term::SelfCheckReportTitle.text(Lang::ZhCn);
    assert!(report.starts_with(&format!("{title}\n")), "{report}");
    for shown in [PLATFORM, PROVIDER, headline.as_str(), GAP, OWNER] {
        assert!(report.contains(shown), "{shown} in the report:\n{report}");
    }
    assert_eq!(marks(browser, "sheets-ready"), 1, "compiled on first use, once");

    browser.click("#download-plan-docx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-plan-");
    let plan = docx_text(&name, &bytes);
    assert!(plan.starts_with("云计算服务安全整改计划\n"), "{plan}");
    let gap_row = plan.lines().position(|line| line.contains(GAP)).unwrap_or_else(|| panic!("{GAP} in\n{plan}"));
    assert!(plan.lines().skip(gap_row).take(8).any(|line| line == OWNER), "its owner beside it:\n{plan}");
    assert!(plan.contains(PLATFORM), "{plan}");

    // The agency's assessment: its unit, each workload with its verdict.
    go(browser, "#/agency");
    browser.type_into("#agency-unit", UNIT);
    let fixture = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inventory.csv");
    browser.choose_file("#csv-file", &fixture);
    browser.wait_for("!!document.querySelector('#import-result')", "the inventory");
    go(browser, "#/report");
    browser.click("#download-agency-docx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-agency-");
    let assessment = docx_text(&name, &bytes);
    let title = Term::AgencyReportTitle.text(Lang::ZhCn);
    assert!(assessment.starts_with(&format!("{title}\n")), "{assessment}");
    assert!(assessment.contains(UNIT), "{assessment}");
    let workloads = inventory_csv::import(&std::fs::read_to_string(&fixture).unwrap()).unwrap();
    for workload in &workloads {
        let verdict = terms::verdict(classify(workload).verdict).text(Lang::ZhCn);
        let line = assessment.lines().position(|l| l == workload.name).unwrap_or_else(|| panic!("{}", workload.name));
        assert_eq!(assessment.lines().nth(line + 1), Some(verdict), "{}'s verdict:\n{assessment}", workload.name);
    }
    assert_eq!(marks(browser, "sheets-start"), 1, "the module is reused");
    assert!(browser.eval("return !document.querySelector('#docx-status');", json!([])).as_bool().unwrap());
    assert_clean(browser);
}
