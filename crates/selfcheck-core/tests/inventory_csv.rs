//! Inventory CSV: every accepted form, every kind of error (located), and the round trip.

use selfcheck_core::agency::inventory_csv::{
    export, import, parse_bool, parse_level, Column, CsvProblem, MAX_LISTED_ERRORS,
};
use selfcheck_core::agency::Workload;
use selfcheck_core::csv::SyntaxError;
use selfcheck_core::messages::Describe;
use selfcheck_core::{Date, Lang};

const HEADER: &str = "name,description,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact,platform,migration_date";

fn one(row: &str) -> Workload {
    let mut all = import(&format!("{HEADER}\n{row}\n")).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(all.len(), 1);
    all.remove(0)
}

fn problems(text: &str) -> Vec<CsvProblem> {
    import(text).expect_err("should be refused")
}

#[test]
fn a_full_row_is_read() {
    let w = one("OA system,Office automation,no,no,3,yes,no,no,Gov Cloud A,2026-03-01");
    assert_eq!(w.name, "OA system");
    assert_eq!(w.description, "Office automation");
    assert!(!w.state_secret && !w.work_secret && w.sensitive_data && !w.key_business && !w.severe_impact);
    assert_eq!(w.mlps_level, Some(3));
    assert_eq!(w.platform.as_deref(), Some("Gov Cloud A"));
    assert_eq!(w.migration_date, Date::from_ymd(2026, 3, 1));
}

#[test]
fn every_boolean_spelling_in_any_case() {
    for yes in ["yes", "YES", "Yes", "true", "TRUE", "1", "是", " yes "] {
        assert_eq!(parse_bool(yes), Some(true), "{yes:?}");
    }
    for no in ["no", "NO", "False", "0", "否", "n"] {
        assert_eq!(parse_bool(no), Some(false), "{no:?}");
    }
    for bad in ["", "maybe", "2", "对"] {
        assert_eq!(parse_bool(bad), None, "{bad:?}");
    }
}

#[test]
fn levels_as_digits_or_chinese_and_empty_means_not_graded() {
    assert_eq!(parse_level(""), Ok(None));
    assert_eq!(parse_level(" "), Ok(None));
    for (text, level) in [("1", 1), ("5", 5), ("3级", 3), ("第三级", 3), ("四级", 4), ("第二级", 2)] {
        assert_eq!(parse_level(text), Ok(Some(level)), "{text}");
    }
    for bad in ["0", "6", "三点五", "high", "-1"] {
        assert!(parse_level(bad).is_err(), "{bad}");
    }
    assert_eq!(one("A,,no,no,,no,no,no,,").mlps_level, None);
}

#[test]
fn utf8_with_bom_and_crlf_as_excel_writes_it() {
    let text = format!("\u{feff}{HEADER}\r\n\"财务系统, 二期\",\"含\"\"引号\"\"\",否,否,2,否,是,否,,2026/3/5\r\n");
    let all = import(&text).unwrap();
    assert_eq!(all[0].name, "财务系统, 二期");
    assert_eq!(all[0].description, "含\"引号\"");
    assert!(all[0].key_business);
    assert_eq!(all[0].migration_date, Date::from_ymd(2026, 3, 5), "slash dates as Chinese Excel writes them");
}

#[test]
fn chinese_headers_in_any_order_and_optional_columns_left_out() {
    let text =
        "等级保护级别,名称,涉及国家秘密,涉及工作秘密,大量敏感信息,关键业务,严重影响\n2,门户网站,否,否,否,否,否\n";
    let all = import(text).unwrap();
    assert_eq!(all[0].name, "门户网站");
    assert_eq!(all[0].mlps_level, Some(2));
    assert_eq!(all[0].platform, None);
    let english_caps = HEADER.to_uppercase();
    assert!(import(&format!("{english_caps}\nA,,no,no,1,no,no,no,,\n")).is_ok(), "English headers in any case");
}

#[test]
fn header_problems_are_named() {
    let found = problems("name,colour,state_secret\nA,red,no\n");
    assert!(found.contains(&CsvProblem::UnknownColumn { column: 2, header: "colour".into() }));
    assert!(found.contains(&CsvProblem::MissingColumn { column: Column::WorkSecret }));
    assert!(found.contains(&CsvProblem::MissingColumn { column: Column::MlpsLevel }));
    let dup = problems(&format!("{HEADER},名称\n"));
    assert!(dup.contains(&CsvProblem::DuplicateColumn { column: 11, header: "名称".into() }));
}

#[test]
fn empty_files_and_header_only_files_are_refused() {
    assert_eq!(problems(""), [CsvProblem::Empty]);
    assert_eq!(problems("\u{feff}\r\n\r\n"), [CsvProblem::Empty]);
    assert_eq!(problems(&format!("{HEADER}\n")), [CsvProblem::NoRows]);
}

#[test]
fn cell_problems_are_located_by_line_and_column() {
    let text = format!(
        "{HEADER}\nA,,maybe,no,3,no,no,no,,\n,,no,no,3,no,no,no,,\nC,,no,no,7,no,no,no,,\nD,,no,no,3,no,no,no,,03/01/2026\nE,no\n"
    );
    let found = problems(&text);
    assert_eq!(
        found,
        [
            CsvProblem::BadBoolean { line: 2, column: Column::StateSecret, value: "maybe".into() },
            CsvProblem::Blank { line: 3, column: Column::Name },
            CsvProblem::BadLevel { line: 4, column: Column::MlpsLevel, value: "7".into() },
            CsvProblem::BadDate { line: 5, column: Column::MigrationDate, value: "03/01/2026".into() },
            CsvProblem::FieldCount { line: 6, expected: 10, found: 2 },
        ]
    );
}

#[test]
fn a_blank_secret_cell_is_an_error_not_a_no() {
    let found = problems(&format!("{HEADER}\nA,,,no,3,no,no,no,,\n"));
    assert_eq!(found, [CsvProblem::BadBoolean { line: 2, column: Column::StateSecret, value: "".into() }]);
}

#[test]
fn syntax_errors_stop_the_import_with_their_place() {
    assert_eq!(
        problems(&format!("{HEADER}\n\"A,,no,no,3,no,no,no,,\n")),
        [CsvProblem::Syntax(SyntaxError::UnterminatedQuote { line: 2, column: 1 })]
    );
}

#[test]
fn size_and_row_limits() {
    let huge = "x".repeat(selfcheck_core::agency::inventory_csv::MAX_BYTES + 1);
    assert!(matches!(problems(&huge)[..], [CsvProblem::TooLarge { .. }]));
    let many = format!("{HEADER}\n{}", "A,,no,no,1,no,no,no,,\n".repeat(100_001));
    assert!(matches!(problems(&many)[..], [CsvProblem::TooManyRows { rows: 100_001, .. }]));
}

#[test]
fn bytes_are_decoded_strictly_as_utf8() {
    use selfcheck_core::agency::inventory_csv::decode;
    assert_eq!(decode("\u{feff}名称".as_bytes()), Ok("\u{feff}名称"));
    assert_eq!(
        decode(b"name\n\xc3\xfb\xb3\xc6"),
        Err(CsvProblem::NotUtf8 { offset: 5 }),
        "GBK is refused, not garbled"
    );
}

#[test]
fn too_many_problems_are_counted_not_all_listed() {
    let text = format!("{HEADER}\n{}", "A,,bad,no,1,no,no,no,,\n".repeat(150));
    let found = problems(&text);
    assert_eq!(found.len(), MAX_LISTED_ERRORS + 1);
    assert_eq!(found.last(), Some(&CsvProblem::More { count: 50 }));
}

#[test]
fn every_problem_has_a_message_in_both_languages() {
    let samples = [
        CsvProblem::TooLarge { bytes: 30 << 20, limit: 20 << 20 },
        CsvProblem::TooManyRows { rows: 1, limit: 100_000 },
        CsvProblem::NotUtf8 { offset: 5 },
        CsvProblem::Unreadable { detail: "NotReadableError".into() },
        CsvProblem::Empty,
        CsvProblem::NoRows,
        CsvProblem::Syntax(SyntaxError::UnterminatedQuote { line: 2, column: 1 }),
        CsvProblem::Syntax(SyntaxError::StrayQuote { line: 2, column: 1 }),
        CsvProblem::UnknownColumn { column: 2, header: "x".into() },
        CsvProblem::DuplicateColumn { column: 2, header: "x".into() },
        CsvProblem::MissingColumn { column: Column::Name },
        CsvProblem::FieldCount { line: 3, expected: 10, found: 2 },
        CsvProblem::Blank { line: 3, column: Column::Name },
        CsvProblem::BadBoolean { line: 3, column: Column::KeyBusiness, value: "x".into() },
        CsvProblem::BadLevel { line: 3, column: Column::MlpsLevel, value: "x".into() },
        CsvProblem::BadDate { line: 3, column: Column::MigrationDate, value: "x".into() },
        CsvProblem::More { count: 5 },
    ];
    for problem in samples {
        let zh = problem.message(Lang::ZhCn);
        let en = problem.message(Lang::En);
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh}");
        assert!(!en.is_empty() && en != zh, "{en}");
    }
    let located = CsvProblem::BadLevel { line: 7, column: Column::MlpsLevel, value: "9".into() };
    assert!(located.message(Lang::En).starts_with("Line 7, column mlps_level"));
    assert!(located.message(Lang::ZhCn).starts_with("第 7 行，mlps_level 列"));
}

#[test]
fn export_then_import_gives_the_same_inventory() {
    let workloads = vec![
        Workload {
            name: "=HYPERLINK(\"http://x\")".into(),
            description: "multi\nline, with \"quotes\"".into(),
            state_secret: false,
            work_secret: true,
            mlps_level: None,
            sensitive_data: true,
            key_business: false,
            severe_impact: true,
            platform: Some("云平台 A".into()),
            migration_date: Date::from_ymd(2027, 2, 28),
            ..Workload::default()
        },
        Workload { name: "门户".into(), mlps_level: Some(2), ..Workload::default() },
    ];
    let text = export(&workloads);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("'=HYPERLINK"), "formula neutralised in the file");
    assert_eq!(import(&text).unwrap(), workloads);
}

#[test]
fn padded_text_literal_apostrophes_and_empty_rows_survive_the_round_trip() {
    let workloads = vec![
        Workload { name: " padded ".into(), mlps_level: Some(1), ..Workload::default() },
        Workload { name: "'=literal".into(), description: "''=x".into(), mlps_level: Some(2), ..Workload::default() },
        Workload { name: "''x".into(), description: "'''@y".into(), mlps_level: Some(3), ..Workload::default() },
    ];
    let mut text = export(&workloads);
    text.push_str(",,,,,,,,,\r\n,,,,,,,,,\r\n"); // what spreadsheets append
    assert_eq!(import(&text).unwrap(), workloads);
}

/// Regression (fuzz/artifacts/csv_import/crash-ce8004f8…): a header followed only by rows
/// of empty cells was accepted as an empty inventory, which then exported to a file that
/// import refused.
#[test]
fn rows_of_empty_cells_alone_are_no_workloads() {
    let text = "\u{feff}名称,描述,涉及国家秘密,涉及工作秘密,等级保护级别,大量敏感信息,关键业务,严重影响,目标平台,计划迁移日期\r\n,,\r\n";
    assert_eq!(problems(text), [CsvProblem::NoRows]);
}

#[test]
fn an_unnamed_workload_exports_and_imports_but_a_blank_cell_is_still_an_error() {
    let workloads = vec![Workload { name: String::new(), mlps_level: Some(2), ..Workload::default() }];
    assert_eq!(import(&export(&workloads)).unwrap(), workloads);
    let blank = format!("{HEADER}\n,,no,no,2,no,no,no,,\n");
    assert_eq!(problems(&blank), [CsvProblem::Blank { line: 2, column: Column::Name }]);
}

#[test]
fn the_confidentiality_review_column_is_yes_no_and_blank_means_not_done() {
    let header = format!("{HEADER},confidentiality_review,end_of_use");
    let read =
        |cell: &str| import(&format!("{header}\nA,,no,no,2,no,no,no,,,{cell},\n")).map(|w| w[0].confidentiality_review);
    for yes in ["yes", "YES", "true", "1", "是", "y"] {
        assert_eq!(read(yes), Ok(true), "{yes:?}");
    }
    for not_done in ["no", "否", "0", "", "  "] {
        assert_eq!(read(not_done), Ok(false), "{not_done:?}");
    }
    assert_eq!(
        read("maybe"),
        Err(vec![CsvProblem::BadBoolean { line: 2, column: Column::ConfidentialityReview, value: "maybe".into() }])
    );
    // Left out of the header: no review recorded.
    assert!(!one("A,,no,no,2,no,no,no,,").confidentiality_review);
}

#[test]
fn chinese_headers_for_the_review_and_the_end_of_use() {
    let text = "名称,涉及国家秘密,涉及工作秘密,等级保护级别,大量敏感信息,关键业务,严重影响,保密审查,计划迁移日期,计划停用日期\n\
                门户网站,否,否,2,否,否,否,是,2026/3/1,2030/12/31\n";
    let w = &import(text).unwrap()[0];
    assert!(w.confidentiality_review);
    assert_eq!((w.migration_date, w.end_of_use), (Date::from_ymd(2026, 3, 1), Date::from_ymd(2030, 12, 31)));
    let bad = format!("{HEADER},end_of_use\nA,,no,no,2,no,no,no,,,31/12/2030\n");
    assert_eq!(problems(&bad), [CsvProblem::BadDate { line: 2, column: Column::EndOfUse, value: "31/12/2030".into() }]);
}

#[test]
fn an_end_of_use_on_or_before_the_migration_is_refused_where_it_is() {
    let text = "name,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact,migration_date,end_of_use\n\
                A,no,no,2,no,no,no,2027-03-01,2027-03-01\n\
                B,no,no,2,no,no,no,2027-03-01,2027-03-02\n";
    let found = problems(text);
    assert_eq!(
        found,
        [CsvProblem::DateNotAfter {
            line: 2,
            column: Column::EndOfUse,
            value: "2027-03-01".into(),
            earlier: Column::MigrationDate,
            earlier_value: "2027-03-01".into(),
        }]
    );
    let zh = found[0].message(selfcheck_core::Lang::ZhCn);
    assert!(zh.contains("第 2 行") && zh.contains("计划停用日期应在迁移之后"), "{zh}");
    let en = found[0].message(selfcheck_core::Lang::En);
    assert!(en.contains("Line 2") && en.contains("end_of_use") && en.contains("migration_date"), "{en}");
}

#[test]
fn the_review_and_the_end_of_use_survive_the_round_trip() {
    let workloads = vec![
        Workload {
            name: "门户".into(),
            mlps_level: Some(2),
            confidentiality_review: true,
            migration_date: Date::from_ymd(2027, 1, 1),
            end_of_use: Date::from_ymd(2031, 6, 30),
            ..Workload::default()
        },
        Workload { name: "OA".into(), mlps_level: Some(3), ..Workload::default() },
    ];
    let text = export(&workloads);
    assert!(text.contains("confidentiality_review") && text.contains("end_of_use"), "{text}");
    assert_eq!(import(&text).unwrap(), workloads);
}

#[test]
fn the_template_is_a_header_every_column_of_which_imports() {
    use selfcheck_core::agency::inventory_csv::template;
    use selfcheck_core::table::Column as _;
    let en = template(Lang::En);
    assert!(en.starts_with("\u{feff}name,description,state_secret"), "{en}");
    assert!(en.contains("confidentiality_review") && en.contains("end_of_use"));
    let zh = template(Lang::ZhCn);
    assert!(zh.contains("保密审查") && zh.contains("计划停用日期"), "{zh}");
    for text in [en, zh] {
        assert_eq!(problems(&text), [CsvProblem::NoRows], "every header is known, and none is missing");
    }
    for column in Column::ALL {
        assert!(column.names().len() >= 2, "{column:?} has a Chinese header");
    }
}
