//! The agency workbook's platforms sheet reads back, through the platforms importer, as
//! the platforms it was written from, in either language; a workbook written before the
//! sheet had the importer's headers reads too.

use selfcheck_core::agency::platforms_csv::{self, Column, CsvProblem};
use selfcheck_core::agency::Platform;
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::build_agency_report;
use selfcheck_core::sheet::names;
use selfcheck_core::table::Table;
use selfcheck_core::{fixtures, Date, Lang};
use selfcheck_sheets::{read_sheet, workbook};

fn platforms() -> Vec<Platform> {
    vec![
        Platform {
            name: "政务云 A".into(),
            provider: "=示例云".into(),
            result_published: Date::from_ymd(2024, 2, 29),
            tier: Some(CapabilityTier::Enhanced),
            mlps_level: Some(3),
            data_centres_in_china: Some(true),
            provider_report: None,
            expected_fingerprint: None,
        },
        Platform {
            name: "行业云 B".into(),
            tier: Some(CapabilityTier::General),
            data_centres_in_china: Some(false),
            ..Platform::default()
        },
        Platform { name: "未记录云".into(), ..Platform::default() },
    ]
}

#[test]
fn the_agency_workbooks_platforms_sheet_imports_back_as_the_same_platforms() {
    let mut inputs = fixtures::agency_work(5);
    inputs.platforms = platforms().into();
    let report = build_agency_report(&inputs, "2026-12-02T08:00:00Z", Date::from_ymd(2026, 12, 2).unwrap());
    for lang in Lang::ALL {
        let bytes = workbook(&report, lang).unwrap();
        let sheet = read_sheet(&bytes, names::PLATFORMS).unwrap();
        assert_eq!(sheet.sheet, if lang == Lang::ZhCn { "候选平台" } else { "Platforms" });
        let header: Vec<&str> = selfcheck_core::table::headers::<Column>(lang);
        assert_eq!(sheet.rows[0].fields, header, "the importer's own headers");
        assert_eq!(platforms_csv::import_table(&Table::Sheet(sheet)).unwrap(), platforms());
    }
}

#[test]
fn a_workbook_written_before_reads_its_platforms_too() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/xlsx/agency.xlsx")).unwrap();
    let sheet = read_sheet(&bytes, names::PLATFORMS).unwrap();
    assert_eq!(sheet.sheet, "候选平台");
    let read = platforms_csv::import_table(&Table::Sheet(sheet)).unwrap();
    let names: Vec<&str> = read.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["政务云A", "行业云B"]);
    let first = &read[0];
    assert_eq!((first.provider.as_str(), first.result_published), ("示例云", Date::from_ymd(2024, 5, 20)));
    assert_eq!((first.tier, first.mlps_level), (Some(CapabilityTier::General), Some(3)));
    assert_eq!((first.data_centres_in_china, read[1].data_centres_in_china), (Some(true), Some(false)));
}

#[test]
fn a_bad_cell_in_a_platforms_sheet_is_located_by_its_row() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("说明").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("候选平台").unwrap();
    for (c, h) in ["平台名称", "等级保护级别", "数据中心是否全部在境内"].iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap(); // the header on row 2
    }
    ws.write_string(2, 0, "政务云 A").unwrap();
    ws.write_number(2, 1, 3.0).unwrap();
    ws.write_boolean(2, 2, true).unwrap();
    ws.write_string(3, 0, "政务云 A").unwrap();
    ws.write_number(3, 1, 7.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let sheet = read_sheet(&bytes, names::PLATFORMS).unwrap();
    assert_eq!(sheet.sheet, "候选平台", "the named sheet, not the first");
    assert_eq!(
        platforms_csv::import_table(&Table::Sheet(sheet)).unwrap_err(),
        [
            CsvProblem::DuplicateName { line: 4, column: Column::Name, value: "政务云 A".into(), first: 3 },
            CsvProblem::BadLevel { line: 4, column: Column::MlpsLevel, value: "7".into() },
        ]
    );
}
