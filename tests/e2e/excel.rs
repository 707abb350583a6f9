//! Excel, as a user meets it, offline from file://: the Excel module is not compiled at
//! start-up; a self-check downloads as a workbook with its sheets and dropdown; an
//! inventory workbook gives the same verdicts as its CSV; a questionnaire goes out as a
//! workbook, comes back filled and merges; a workbook with an error cell is refused
//! with its sheet and cell, and nothing is lost.

use std::path::PathBuf;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use rust_xlsxwriter::Workbook;
use selfcheck_core::agency::{classify, inventory_csv};
use serde_json::json;

use super::{assert_clean, assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn marks(browser: &Browser, name: &str) -> usize {
    let found = browser.eval("return performance.getEntriesByName(arguments[0]).length;", json!([name]));
    found.as_u64().unwrap_or_default() as usize
}

fn open(bytes: &[u8]) -> Xlsx<std::io::Cursor<&[u8]>> {
    open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook")
}

/// A sheet's rows as text, as Excel would show them.
fn rows(bytes: &[u8], sheet: &str) -> Vec<Vec<String>> {
    let range = open(bytes).worksheet_range(sheet).unwrap();
    range.rows().map(|r| r.iter().map(Data::to_string).collect()).collect()
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_self_check_downloads_as_a_workbook_and_start_up_never_compiles_excel() {
    download_workbooks_compiling_excel_on_first_use(&Browser::start());
}

/// Download workbooks: the Excel module compiled on first use, once (shared with Firefox).
pub(crate) fn download_workbooks_compiling_excel_on_first_use(browser: &Browser) {
    open_app(browser, "#/provider");
    assert_eq!(marks(browser, "sheets-start"), 0, "start-up does not load the Excel module");
    browser.click("#item-M19-A3-02-Q1 [data-status='not_met']");
    browser.wait_for("document.querySelector('#item-M19-A3-02-Q1').dataset.status === 'not_met'", "the answer");

    go(browser, "#/report");
    browser.click("#download-provider-xlsx");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    assert!(name.ends_with(".xlsx"), "{name}");
    assert_eq!(marks(browser, "sheets-ready"), 1, "compiled on first use, once");
    let sheets = open(&bytes).sheet_names();
    assert_eq!(sheets.first().map(String::as_str), Some("概览"), "{sheets:?}");
    assert_eq!(sheets.last().map(String::as_str), Some("差距"));
    let gaps = rows(&bytes, "差距");
    assert!(gaps.iter().any(|r| r.contains(&"M19-A3-02-Q1".to_string()) && r.contains(&"未达标".to_string())));

    // The second workbook reuses the module.
    browser.click("#download-agency-xlsx");
    let (_, agency) = browser.downloaded_starting("cloud-selfcheck-agency-");
    assert_eq!(open(&agency).sheet_names()[..2], ["结论".to_string(), "清单".to_string()]);
    assert_eq!(marks(browser, "sheets-start"), 1);
    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn an_inventory_workbook_gives_the_same_verdicts_as_its_csv_and_a_broken_one_is_refused() {
    let dir = TempDir::new("excel-inventory");
    let text = std::fs::read_to_string(fixture("inventory.csv")).unwrap();
    let workloads = inventory_csv::import(&text).unwrap();
    // The CSV typed into a workbook: levels as numbers, as a person enters them.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("系统清单").unwrap();
    for (r, line) in text.lines().enumerate() {
        let record = selfcheck_core::csv::parse(line).unwrap();
        for (c, cell) in record[0].fields.iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(number) if r > 0 => sheet.write_number(r as u32, c as u16, number).unwrap(),
                _ => sheet.write_string(r as u32, c as u16, cell).unwrap(),
            };
        }
    }
    let path = dir.0.join("清单.xlsx");
    std::fs::write(&path, book.save_to_buffer().unwrap()).unwrap();

    let browser = Browser::start();
    open_app(&browser, "#/agency");
    browser.choose_file("#csv-file", &path);
    browser.wait_for("!!document.querySelector('#import-result')", "the workbook imported");
    let shown = browser.eval(
        "return [...document.querySelectorAll('.workload-row')].map(r =>
            [r.querySelector('.workload-name').textContent, r.querySelector('.verdict').dataset.verdict]);",
        json!([]),
    );
    let expected: Vec<_> = workloads.iter().map(|w| json!([w.name, classify(w).verdict.code()])).collect();
    assert_eq!(shown, json!(expected), "the verdicts of the CSV");

    // A formula whose result is an error: refused whole, located, nothing changed.
    let mut broken = Workbook::new();
    let sheet = broken.add_worksheet();
    sheet.write_string(0, 0, "name").unwrap();
    sheet.write_formula(1, 3, rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!")).unwrap();
    let path = dir.0.join("坏.xlsx");
    std::fs::write(&path, broken.save_to_buffer().unwrap()).unwrap();
    browser.choose_file("#csv-file", &path);
    browser.wait_for("!!document.querySelector('#import-errors')", "the refusal");
    let errors = browser.text("#import-errors");
    assert!(errors.contains("D2") && errors.contains("#DIV/0!"), "{errors}");
    assert_eq!(browser.count(".workload-row"), workloads.len(), "the inventory is unchanged");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_questionnaire_filled_in_excel_merges_back() {
    let dir = TempDir::new("excel-questionnaire");
    let lead = Browser::start();
    open_app(&lead, "#/provider");
    lead.type_into("#item-search", "M19-A3-03");
    lead.wait_for(
        "[...document.querySelectorAll('.checklist .item')].every(e => e.dataset.itemId.startsWith('M19-A3-03'))",
        "the section",
    );
    lead.type_into("#assignee", "采购部");
    lead.click("#assign-shown");
    lead.wait_for("!!document.querySelector('#team tr[data-owner=\"采购部\"]')", "the owner");
    lead.click("#team .owner-hand-out-xlsx");
    let (name, bytes) = lead.downloaded_starting("cloud-selfcheck-questionnaire-采购部-");
    assert!(name.ends_with(".xlsx"), "{name}");

    // 采购部 fills it in Excel: a status on every row, a note that looks like a formula.
    let table = rows(&bytes, "问卷");
    let header = &table[0];
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (status, note) = (column("状态"), column("说明"));
    let mut filled = Workbook::new();
    let sheet = filled.add_worksheet();
    sheet.set_name("问卷").unwrap();
    for (r, row) in table.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let value = match (r, c) {
                (0, _) => cell.as_str(),
                (_, c) if c == status => "部分达标",
                (_, c) if c == note => "=供应商清单!A1",
                _ => cell.as_str(),
            };
            sheet.write_string(r as u32, c as u16, value).unwrap();
        }
    }
    let returned = dir.0.join("采购部-已填.xlsx");
    std::fs::write(&returned, filled.save_to_buffer().unwrap()).unwrap();

    go(&lead, "#/report");
    lead.choose_file("#merge-file", &returned);
    lead.wait_for("!!document.querySelector('#merge-summary')", "the merge");
    assert_eq!(lead.count("#merge-files li.taken"), 1, "{}", lead.text("#merge-files"));
    lead.wait_for("!!document.querySelector('#merge-done')", "applied: nothing conflicted");
    go(&lead, "#/provider");
    lead.clear("#item-search");
    lead.type_into("#item-search", "M19-A3-03-Q1");
    lead.wait_for("!!document.querySelector('#item-M19-A3-03-Q1')", "the item");
    lead.wait_for("document.querySelector('#item-M19-A3-03-Q1').dataset.status === 'partial'", "the sheet's answer");
    assert!(lead.text("#item-M19-A3-03-Q1 .answered").contains("采购部"), "answered by the owner");
    assert_no_network(&lead);
    assert_clean_console(&lead);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn the_inventory_import_names_its_columns_and_offers_templates_that_import_back() {
    let browser = Browser::start();
    open_app(&browser, "#/agency");
    // The panel names every column, both headers and what each holds.
    browser.click("#inventory-columns summary");
    let columns = browser.text("#inventory-columns");
    for header in selfcheck_core::table::headers::<inventory_csv::Column>(selfcheck_core::Lang::ZhCn)
        .into_iter()
        .chain(selfcheck_core::table::headers::<inventory_csv::Column>(selfcheck_core::Lang::En))
    {
        assert!(columns.contains(header), "{header} in {columns}");
    }
    assert!(columns.contains("等级保护级别") && columns.contains("mlps_level"));

    let dir = TempDir::new("templates");
    for (lang, sheet) in [("zh-CN", "清单"), ("en", "inventory")] {
        browser.click(&format!("#inventory-template-xlsx-{}", if lang == "en" { "en" } else { "zh" }));
        let name = format!("cloud-selfcheck-inventory-template-{lang}.xlsx");
        let bytes = browser.downloaded(&name);
        let lang = if lang == "en" { selfcheck_core::Lang::En } else { selfcheck_core::Lang::ZhCn };
        assert_eq!(
            rows(&bytes, sheet),
            vec![selfcheck_core::table::headers::<inventory_csv::Column>(lang)
                .iter()
                .map(|h| h.to_string())
                .collect::<Vec<_>>()]
        );
        // Offered back as it is, every column is known: refused only for having no rows.
        let path = dir.0.join(&name);
        std::fs::write(&path, &bytes).unwrap();
        browser.choose_file("#csv-file", &path);
        browser.wait_for("!!document.querySelector('#import-errors')", "the empty template refused");
        let refusal = browser.text("#import-errors");
        assert!(refusal.contains("没有任何数据行") && !refusal.contains("列"), "{refusal}");
        browser.click("#import-errors + .link-btn");
        browser.wait_for("!document.querySelector('#import-errors')", "dismissed");
    }
    assert_no_network(&browser);
    assert_clean_console(&browser);
}
