//! Another program reads our workbooks: LibreOffice Calc (headless) re-saves them, and
//! the re-saved file has the same sheets and cells, the dropdown, and a questionnaire
//! that still reads back. Needs `soffice`: `cargo xtask test` installs it and runs this
//! with `SELFCHECK_SOFFICE` set; plain `cargo test` skips it (ignored).

use selfcheck_core::ProviderWork;
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::Command;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use selfcheck_core::catalog::Index;
use selfcheck_core::report::{build_agency_report, build_provider_report, provider_catalogs};
use selfcheck_core::sheet::names;
use selfcheck_core::table::Table;
use selfcheck_core::team::{questionnaire, questionnaire_sheet};
use selfcheck_core::{fixtures, Answer, Date, Lang, Status, Timestamp};
use selfcheck_sheets::{read_sheet, workbook};

fn soffice() -> PathBuf {
    std::env::var_os("SELFCHECK_SOFFICE").map(PathBuf::from).expect("SELFCHECK_SOFFICE names LibreOffice's soffice")
}

/// `bytes` as LibreOffice re-saves them (xlsx to xlsx, through Calc).
fn resaved(bytes: &[u8], name: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("selfcheck-lo-{}-{name}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let input = dir.join(format!("{name}.xlsx"));
    std::fs::write(&input, bytes).unwrap();
    // Its own profile: a second soffice must not find the first one's lock.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let convert = || {
        Command::new(soffice())
            .args([&profile, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir"])
            .arg(&out)
            .arg(&input)
            .status()
            .expect("soffice runs")
    };
    // On a fresh machine soffice's very first start can abort while it sets itself up
    // (seen once in CI: WrappedTargetRuntimeException); a file it cannot convert fails twice.
    let mut status = convert();
    if !status.success() {
        eprintln!("soffice failed on {name} ({status}); trying once more");
        status = convert();
    }
    assert!(status.success(), "soffice converted {name}");
    let converted = std::fs::read(out.join(format!("{name}.xlsx"))).expect("soffice wrote the file");
    let _ = std::fs::remove_dir_all(&dir);
    converted
}

fn cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    let mut row: Vec<String> = r.iter().map(as_text).collect();
                    while row.last().is_some_and(String::is_empty) {
                        row.pop();
                    }
                    row
                })
                .filter(|r| !r.is_empty())
                .collect();
            (name, rows)
        })
        .collect()
}

/// A cell's value whatever type the writer stored it as (numbers may come back as floats).
fn as_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        other => other.to_string(),
    }
}

fn has_list_validation(bytes: &[u8], sheet: usize) -> bool {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml")).unwrap().read_to_string(&mut xml).unwrap();
    xml.contains("type=\"list\"")
}

fn work() -> ProviderWork {
    let mut work = fixtures::provider_work();
    let ids: Vec<String> = work.answers.keys().take(3).cloned().collect();
    for id in &ids {
        let answer =
            Answer::with_status(Status::Partial).with_details(|d| (d.owner, d.note) = ("运维部".into(), "=A1".into()));
        work.answers_mut().insert(id.clone(), answer);
    }
    work
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn libreoffice_resaves_every_workbook_with_the_same_cells_and_the_dropdown() {
    let day = Date::from_ymd(2026, 12, 2).unwrap();
    let provider = build_provider_report(&work(), "2026-12-02T08:00:00Z", day);
    let agency = build_agency_report(&fixtures::agency_work(50), "2026-12-02T08:00:00Z", day);
    for (name, report) in [("provider", &provider), ("agency", &agency)] {
        let ours = workbook(report, Lang::ZhCn).unwrap();
        let theirs = resaved(&ours, name);
        assert_eq!(cells(&theirs), cells(&ours), "{name}: LibreOffice reads the same cells");
        if name == "provider" {
            assert!(has_list_validation(&theirs, 2), "the status dropdown survives re-saving");
        }
    }
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn a_questionnaire_resaved_by_libreoffice_still_reads_back() {
    let work = work();
    let issued = Timestamp::parse("2026-12-02T08:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work, "运维部", "牵头人", issued.clone()).unwrap();
    let report = build_provider_report(&handed, issued.as_str(), Date::from_ymd(2026, 12, 2).unwrap());
    let theirs = resaved(&workbook(&report, Lang::En).unwrap(), "questionnaire");
    assert!(has_list_validation(&theirs, 1));
    let sheet = read_sheet(&theirs, names::QUESTIONNAIRE).unwrap();
    let catalogs = provider_catalogs(&work.catalogs);
    let back = questionnaire_sheet::read(&Table::Sheet(sheet), &issued, &Index::new(&catalogs)).unwrap();
    let q = back.questionnaire.unwrap();
    assert_eq!((q.owner.as_str(), q.items.len()), ("运维部", 3));
    for id in &q.items {
        assert_eq!(back.answers[id].status(), Some(Status::Partial));
        assert_eq!(back.answers[id].details().note, "=A1", "still text after another program saved it");
    }
}
