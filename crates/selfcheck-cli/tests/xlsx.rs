//! The CLI and Excel: `selfcheck xlsx` writes the app's workbook natively; `classify`,
//! `catalog check` and `merge` read workbooks as the app does.

use selfcheck_core::{AgencyWork, ProviderWork};
use std::path::PathBuf;
mod common;
use common::selfcheck;

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
use selfcheck_core::{agency::inventory_csv, Answer, Date, Status};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("selfcheck-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn fixture(name: &str) -> String {
    format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn sheets(path: &PathBuf) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    let book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    book.sheet_names()
}

fn day() -> Date {
    Date::from_ymd(2026, 12, 2).unwrap()
}

#[test]
fn xlsx_writes_the_workbook_of_either_role_in_either_language() {
    let mut inputs = ProviderWork::default();
    inputs.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(Status::NotMet));
    let provider = temp("provider.json");
    std::fs::write(&provider, to_canonical_json(&build_provider_report(&inputs, "2026-12-02T08:00:00Z", day())))
        .unwrap();
    let out = temp("provider.xlsx");
    let (code, stdout, err) =
        selfcheck(&["xlsx", provider.to_str().unwrap(), "-o", out.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("provider.xlsx"), "{stdout}");
    let names = sheets(&out);
    assert_eq!((names.first().unwrap().as_str(), names.last().unwrap().as_str()), ("Overview", "Gaps"));

    let text = std::fs::read_to_string(fixture("inventory.csv")).unwrap();
    let agency = AgencyWork { workloads: inventory_csv::import(&text).unwrap().into(), ..AgencyWork::default() };
    let report = temp("agency.json");
    std::fs::write(&report, to_canonical_json(&build_agency_report(&agency, "2026-12-02T08:00:00Z", day()))).unwrap();
    let workbook = temp("agency.xlsx");
    let (code, _, err) = selfcheck(&["xlsx", report.to_str().unwrap(), "-o", workbook.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(sheets(&workbook), ["结论", "清单", "候选平台", "义务"]);

    // Its inventory sheet classifies as the CSV does.
    let (code, from_xlsx, err) = selfcheck(&["classify", workbook.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (_, from_csv, _) = selfcheck(&["classify", &fixture("inventory.csv")]);
    assert_eq!(from_xlsx, from_csv);

    let (code, _, err) = selfcheck(&["xlsx", "/nonexistent.json", "-o", "x.xlsx"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = selfcheck(&["xlsx", report.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn catalog_check_reads_a_workbook_and_locates_its_problems() {
    let sheet = std::fs::read_to_string(fixture("catalog.csv")).unwrap();
    let write = |rows: &[Vec<String>], path: &PathBuf| {
        let mut book = rust_xlsxwriter::Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("自查表").unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
        std::fs::write(path, book.save_to_buffer().unwrap()).unwrap();
    };
    let rows: Vec<Vec<String>> = selfcheck_core::csv::parse(sheet.trim_start_matches('\u{feff}'))
        .unwrap()
        .into_iter()
        .map(|r| r.fields)
        .collect();
    let good = temp("catalog.xlsx");
    write(&rows, &good);
    let (code, from_xlsx, err) = selfcheck(&["catalog", "check", good.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (_, from_csv, _) = selfcheck(&["catalog", "check", &fixture("catalog.csv")]);
    let counts = |text: &str| text.lines().skip(1).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(counts(&from_xlsx), counts(&from_csv), "the same sections and items");

    let mut bad = rows.clone();
    bad[2][1] = String::new(); // an id left blank on the sheet's row 3
    let path = temp("catalog-bad.xlsx");
    write(&bad, &path);
    let (code, _, err) = selfcheck(&["catalog", "check", path.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("Sheet \"自查表\"") && err.contains("Line 3"), "{err}");
}

#[test]
fn merge_takes_a_questionnaire_filled_in_excel() {
    use selfcheck_core::team::{owners, questionnaire};
    let mut work = ProviderWork::default();
    owners::assign(work.answers_mut(), ["M19-A3-01-Q1", "M19-A3-01-Q2"], "法务部");
    let base = temp("base.json");
    std::fs::write(&base, to_canonical_json(&build_provider_report(&work, "2026-12-02T08:00:00Z", day()))).unwrap();
    let issued = selfcheck_core::Timestamp::parse("2026-12-02T08:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work, "法务部", "合规部", issued).unwrap();
    let q = temp("q.json");
    std::fs::write(&q, to_canonical_json(&build_provider_report(&handed, "2026-12-02T08:00:00Z", day()))).unwrap();
    let q_xlsx = temp("q.xlsx");
    let (code, _, err) = selfcheck(&["xlsx", q.to_str().unwrap(), "-o", q_xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");

    // Filled as Excel would save it: the status column chosen on both rows.
    let bytes = std::fs::read(&q_xlsx).unwrap();
    let mut sheet = selfcheck_sheets::read_sheet(&bytes, selfcheck_core::sheet::names::QUESTIONNAIRE).unwrap();
    let status = sheet.rows[0].fields.iter().position(|h| h == "状态").unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("问卷").unwrap();
    for (r, row) in sheet.rows.iter_mut().enumerate() {
        row.fields.resize(status + 1, String::new());
        if r > 0 {
            row.fields[status] = "达标".into();
        }
        for (c, cell) in row.fields.iter().enumerate() {
            ws.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let filled = temp("filled.xlsx");
    std::fs::write(&filled, book.save_to_buffer().unwrap()).unwrap();

    let out = temp("merged.json");
    let (code, stdout, err) =
        selfcheck(&["merge", base.to_str().unwrap(), filled.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{err}");
    let merged = selfcheck_core::report::load_report(&std::fs::read(&out).unwrap()).unwrap().report;
    let answers = &merged.provider.unwrap().work.answers;
    for id in ["M19-A3-01-Q1", "M19-A3-01-Q2"] {
        assert_eq!(answers[id].status(), Some(Status::Met), "{id}");
        assert_eq!(answers[id].details().answered_by, "法务部");
    }
}
