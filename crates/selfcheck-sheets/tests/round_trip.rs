//! Workbooks written here, read back by calamine as the importers read them: every sheet,
//! the same cells, the dropdown, text that stays text, and a filled questionnaire
//! merged back. (`libreoffice.rs` has another program re-save them.)

use selfcheck_core::ProviderWork;
use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use selfcheck_core::agency::inventory_csv;
use selfcheck_core::catalog::{builtin, Index};
use selfcheck_core::report::{build_agency_report, build_provider_report, provider_catalogs};
use selfcheck_core::sheet::{names, SheetRows};
use selfcheck_core::table::Table;
use selfcheck_core::team::{provider as merge, questionnaire, questionnaire_sheet};
use selfcheck_core::{fixtures, Answer, Date, Lang, Status, Timestamp};
use selfcheck_sheets::{read_sheet, workbook};

const HOSTILE: [&str; 4] = ["=1+1", "+SUM(A1)", "-2+3", "@cmd"];

fn day() -> Date {
    Date::from_ymd(2026, 12, 2).unwrap()
}

fn provider_items(n: usize) -> Vec<String> {
    provider_catalogs(&[])
        .iter()
        .flat_map(|c| &c.sections)
        .flat_map(|s| &s.items)
        .take(n)
        .map(|i| i.id.clone())
        .collect()
}

/// A self-check with a few answers, hostile notes among them, owners on two items.
fn work() -> ProviderWork {
    let mut work = ProviderWork::default();
    work.profile.provider = "示例云".into();
    for (i, id) in provider_items(6).into_iter().enumerate() {
        let status = [Status::Met, Status::Partial, Status::NotMet][i % 3];
        let note = HOSTILE.get(i).copied().unwrap_or("说明").to_string();
        let owner = if i < 2 { "法务部" } else { "" }.to_string();
        work.answers_mut().insert(id, Answer::with_status(status).with_details(|d| (d.note, d.owner) = (note, owner)));
    }
    work
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook calamine opens")
}

fn sheet_xml(bytes: &[u8], index: usize) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{index}.xml")).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn a_provider_workbook_has_every_sheet_the_answers_and_a_status_dropdown() {
    let report = build_provider_report(&work(), "2026-12-02T08:00:00Z", day());
    for lang in Lang::ALL {
        let bytes = workbook(&report, lang).unwrap();
        let mut book = open(&bytes);
        let sheets = book.sheet_names();
        let catalogs = report.catalogs.len();
        assert_eq!(sheets.len(), catalogs + 2, "overview, one per catalog, gaps: {sheets:?}");
        assert_eq!(sheets[0], if lang == Lang::ZhCn { "概览" } else { "Overview" });
        let first = &report.catalogs[0].id;
        let range = book.worksheet_range(&sheets[1]).unwrap();
        let items: Vec<_> = builtin().catalog(first).unwrap().sections.iter().flat_map(|s| &s.items).collect();
        assert_eq!(range.height(), items.len() + 1, "a header and a row per item");
        let answered = &report.provider.as_ref().unwrap().work.answers;
        let row = range.rows().find(|r| r[0] == Data::String(items[0].id.clone())).unwrap();
        let status = answered[&items[0].id].status().unwrap();
        let expected = selfcheck_core::messages::terms::status(items[0].kind, status).text(lang);
        assert_eq!(row[7], Data::String(expected.into()), "the status in the sheet's language");
        // The dropdown: a list rule on the status column, in the sheet's language.
        let xml = sheet_xml(&bytes, 2);
        assert!(xml.contains("<dataValidation type=\"list\""), "{}", &xml[..xml.len().min(400)]);
        assert!(xml.contains(if lang == Lang::ZhCn { "达标" } else { "Met" }));
        assert!(xml.contains("<pane ") && xml.contains("state=\"frozen\""), "the header row is frozen");
        let gaps = book.worksheet_range(sheets.last().unwrap()).unwrap();
        assert_eq!(gaps.height(), report.provider.as_ref().unwrap().gaps.len() + 1);
    }
}

/// An answer carried from an equal item (`crosswalk`) is an answer in its catalog's sheet,
/// and its last column names the item it came from.
#[test]
fn a_carried_answer_is_written_with_the_item_it_came_from() {
    let relations = selfcheck_core::catalog::loaded::relations(&[]);
    let group = relations.groups()[0].clone();
    let mut work = ProviderWork::default();
    work.answers_mut().insert(group[0].clone(), Answer::with_status(Status::NotMet));
    selfcheck_core::crosswalk::carry(&relations, work.answers_mut());
    let report = build_provider_report(&work, "2026-12-02T08:00:00Z", day());
    let bytes = workbook(&report, Lang::En).unwrap();
    let mut book = open(&bytes);
    let carried = &group[1];
    let range = book
        .sheet_names()
        .into_iter()
        .skip(1)
        .map(|name| book.worksheet_range(&name).unwrap())
        .find(|range| range.rows().any(|r| r[0] == Data::String(carried.clone())))
        .expect("the item's sheet");
    let header = range.rows().next().unwrap();
    assert_eq!(header.last(), Some(&Data::String("Carried from (equal item)".into())));
    let row = range.rows().find(|r| r[0] == Data::String(carried.clone())).unwrap();
    assert_eq!(row[7], Data::String("Not met".into()), "counted as the answer it is");
    assert_eq!(row.last(), Some(&Data::String(group[0].clone())));
}

#[test]
fn text_that_looks_like_a_formula_is_written_as_text() {
    let report = build_provider_report(&work(), "2026-12-02T08:00:00Z", day());
    let bytes = workbook(&report, Lang::En).unwrap();
    let mut book = open(&bytes);
    let sheets = book.sheet_names();
    for (index, name) in sheets.iter().enumerate() {
        let formulas = book.worksheet_formula(name).unwrap();
        assert!(formulas.used_cells().next().is_none(), "no formula in {name}");
        assert!(!sheet_xml(&bytes, index + 1).contains("<f>"), "no formula in {name}");
    }
    let range = book.worksheet_range(&sheets[1]).unwrap();
    let notes: Vec<&Data> = range.rows().map(|r| &r[8]).collect();
    for hostile in HOSTILE {
        assert!(notes.contains(&&Data::String(hostile.into())), "{hostile} kept as the text typed");
    }
}

#[test]
fn an_agency_workbook_carries_the_inventory_as_it_imports_back() {
    let mut inputs = fixtures::agency_work(200);
    // The confidentiality review and the planned end of use go there and back too.
    for (n, w) in inputs.workloads_mut().iter_mut().enumerate() {
        w.confidentiality_review = n % 3 == 0;
        w.end_of_use = (n % 4 == 0).then(|| Date::from_ymd(2030, 6, 30).unwrap());
    }
    let report = build_agency_report(&inputs, "2026-12-02T08:00:00Z", day());
    for lang in Lang::ALL {
        let bytes = workbook(&report, lang).unwrap();
        let sheet = read_sheet(&bytes, names::INVENTORY).unwrap();
        assert_eq!(sheet.sheet, if lang == Lang::ZhCn { "清单" } else { "Inventory" });
        let (review, end) = if lang == Lang::ZhCn {
            ("保密审查", "计划停用日期")
        } else {
            ("confidentiality_review", "end_of_use")
        };
        assert!(sheet.rows[0].fields.iter().any(|h| h == review) && sheet.rows[0].fields.iter().any(|h| h == end));
        let back = inventory_csv::import_table(&Table::Sheet(sheet)).unwrap();
        let without_obligations: Vec<_> =
            inputs.workloads.iter().cloned().map(|mut w| (w.obligations.clear(), w).1).collect();
        assert_eq!(back, without_obligations, "the same workloads as the CSV gives");
        let verdicts = read_sheet(&bytes, &[]).unwrap();
        assert_eq!(verdicts.rows.len(), inputs.workloads.len() + 1);
    }
}

#[test]
fn numbers_and_dates_typed_as_such_read_as_their_csv_text() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("清单").unwrap();
    for (c, h) in
        ["name", "state_secret", "work_secret", "mlps_level", "sensitive_data", "key_business", "severe_impact"]
            .iter()
            .chain(&["migration_date"])
            .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "OA").unwrap();
    for c in [1, 2, 4, 5, 6] {
        ws.write_boolean(1, c, false).unwrap();
    }
    ws.write_number(1, 3, 3.0).unwrap();
    let date = ExcelDateTime::from_ymd(2027, 3, 1).unwrap();
    ws.write_datetime_with_format(1, 7, &date, &Format::new().set_num_format("yyyy-mm-dd")).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let sheet = read_sheet(&bytes, names::INVENTORY).unwrap();
    assert_eq!(sheet.rows[1].fields, ["OA", "false", "false", "3", "false", "false", "false", "2027-03-01"]);
    let workloads = inventory_csv::import_table(&Table::Sheet(sheet)).unwrap();
    assert_eq!((workloads[0].mlps_level, workloads[0].migration_date), (Some(3), Date::from_ymd(2027, 3, 1)));
}

#[test]
fn an_error_cell_is_refused_with_its_sheet_and_cell() {
    use rust_xlsxwriter::{Formula, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "name").unwrap();
    ws.write_formula(1, 2, Formula::new("=1/0").set_result("#DIV/0!")).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let problem = read_sheet(&bytes, &[]).unwrap_err();
    assert_eq!(
        problem,
        selfcheck_core::sheet::SheetProblem::CellError {
            sheet: "Sheet1".into(),
            cell: "C2".into(),
            error: "#DIV/0!".into()
        }
    );
}

/// What the owner does in Excel: picks statuses, types a note (rows as calamine reads them).
fn fill(sheet: &mut SheetRows, status: &str, note: &str) {
    let header = sheet.rows[0].fields.clone();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (s, n) = (at("状态"), at("说明"));
    for row in sheet.rows.iter_mut().skip(1) {
        row.fields.resize(header.len(), String::new());
        row.quoted.resize(header.len(), false);
        row.fields[s] = status.into();
        row.fields[n] = note.into();
    }
}

#[test]
fn a_filled_questionnaire_workbook_merges_back() {
    let work = work();
    let issued = Timestamp::parse("2026-12-02T08:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work, "法务部", "牵头人", issued).unwrap();
    let report = build_provider_report(&handed, "2026-12-02T08:00:00Z", day());
    let bytes = workbook(&report, Lang::ZhCn).unwrap();
    let xml = sheet_xml(&bytes, 1);
    assert!(xml.contains("<dataValidation type=\"list\""), "the status column has its dropdown");

    let mut sheet = read_sheet(&bytes, names::QUESTIONNAIRE).unwrap();
    assert_eq!(sheet.sheet, "问卷");
    assert_eq!(sheet.rows.len(), 3, "a header and the owner's two items");
    fill(&mut sheet, "未达标", "=HYPERLINK(\"x\")");
    let returned_at = Timestamp::parse("2026-12-03T10:00:00Z").unwrap();
    let catalogs = provider_catalogs(&work.catalogs);
    let returned = questionnaire_sheet::read(&Table::Sheet(sheet), &returned_at, &Index::new(&catalogs)).unwrap();
    assert_eq!(returned.questionnaire.as_ref().unwrap().owner, "法务部");

    let plan = merge::plan_merge(&work, &[&returned]);
    assert_eq!(plan.answers.conflicts.len(), 2, "both items answered differently on each side");
    assert!(plan.unknown.is_empty());
    let merged = merge::apply_merge(&work, plan, |c| Some(c.candidates.len() - 1), &["法务部.xlsx"], &returned_at);
    for id in &returned.questionnaire.as_ref().unwrap().items {
        let answer = &merged.answers[id];
        assert_eq!(answer.status(), Some(Status::NotMet));
        assert_eq!(answer.details().note, "=HYPERLINK(\"x\")", "typed text, never run");
        assert_eq!(answer.details().answered_by, "法务部");
        assert_eq!(answer.details().owner, "法务部", "the lead's owner kept");
        assert!(merged.history.contains_key(id), "the lead's earlier answer kept as history");
    }
}
