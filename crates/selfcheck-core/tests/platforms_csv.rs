//! Candidate platforms as CSV: every accepted form, every kind of error (located, in both
//! languages), the limits, and the round trip.

use selfcheck_core::agency::platforms_csv::{
    export, import, import_table, parse_in_china, parse_tier, template, Column, CsvProblem, MAX_BYTES, MAX_ROWS,
};
use selfcheck_core::agency::Platform;
use selfcheck_core::csv::{Record, SyntaxError};
use selfcheck_core::messages::Describe;
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::sheet::SheetRows;
use selfcheck_core::table::Table;
use selfcheck_core::{Date, Lang};

const HEADER: &str = "name,provider,result_date,tier,mlps_level,data_centres_in_china";

fn problems(text: &str) -> Vec<CsvProblem> {
    import(text).expect_err("should be refused")
}

#[test]
fn a_full_row_is_read_and_blanks_are_not_recorded() {
    let all = import(&format!("{HEADER}\n政务云 A,示例云,2024-02-29,enhanced,3,yes\n政务云 B,,,,,\n")).unwrap();
    assert_eq!(
        all[0],
        Platform {
            name: "政务云 A".into(),
            provider: "示例云".into(),
            result_published: Date::from_ymd(2024, 2, 29),
            tier: Some(CapabilityTier::Enhanced),
            mlps_level: Some(3),
            data_centres_in_china: Some(true),
            provider_report: None,
            expected_fingerprint: None,
        }
    );
    assert_eq!(all[1], Platform { name: "政务云 B".into(), ..Platform::default() }, "blank = not recorded");
}

#[test]
fn data_centres_have_three_states_and_a_blank_is_never_a_no() {
    for (text, state) in [("yes", Some(true)), ("是", Some(true)), ("TRUE", Some(true)), ("1", Some(true))] {
        assert_eq!(parse_in_china(text), Ok(state), "{text}");
    }
    for (text, state) in [("no", Some(false)), ("否", Some(false)), ("0", Some(false)), ("", None), ("  ", None)] {
        assert_eq!(parse_in_china(text), Ok(state), "{text:?}");
    }
    assert!(parse_in_china("maybe").is_err());
    let all = import(&format!("{HEADER}\nA,,,,,no\nB,,,,,\n")).unwrap();
    assert_eq!((all[0].data_centres_in_china, all[1].data_centres_in_china), (Some(false), None));
}

#[test]
fn tiers_in_either_language_as_workbooks_write_them() {
    for text in ["general", "General", "一般", "一般级", "一般要求"] {
        assert_eq!(parse_tier(text), Ok(Some(CapabilityTier::General)), "{text}");
    }
    for text in ["enhanced", "ENHANCED", "增强", "增强级"] {
        assert_eq!(parse_tier(text), Ok(Some(CapabilityTier::Enhanced)), "{text}");
    }
    assert_eq!(parse_tier(""), Ok(None));
    assert!(parse_tier("top").is_err());
}

#[test]
fn chinese_headers_in_any_order_and_only_the_name_required() {
    let text = "\u{feff}数据中心是否全部在境内,平台名称,等级保护级别,安全能力级别,评估结果发布日期,云服务商\r\n是,政务云 A,第三级,增强级,2024/2/29,示例云\r\n";
    let all = import(text).unwrap();
    assert_eq!(all[0].name, "政务云 A");
    assert_eq!(all[0].mlps_level, Some(3));
    assert_eq!(all[0].tier, Some(CapabilityTier::Enhanced));
    assert_eq!(all[0].result_published, Date::from_ymd(2024, 2, 29));
    assert_eq!(all[0].data_centres_in_china, Some(true));

    // The headers the agency workbook's platforms sheet used to have also read.
    let old =
        "云平台,云服务商,评估结果公布日,能力级别,等保级别,数据中心均在境内\n行业云B,另一云,2024-05-20,一般级,2,否\n";
    assert_eq!(import(old).unwrap()[0].data_centres_in_china, Some(false));
    let old_en =
        "Platform,Provider,Result published,Capability tier,MLPS level,Data centres in China\nB,,,General,2,no\n";
    assert_eq!(import(old_en).unwrap()[0].tier, Some(CapabilityTier::General));

    let only_names = import("名称\nA\nB\n").unwrap();
    assert_eq!(only_names.len(), 2);
    assert_eq!(only_names[1], Platform { name: "B".into(), ..Platform::default() });
    assert_eq!(problems("provider\nX\n"), [CsvProblem::MissingColumn { column: Column::Name }]);
}

#[test]
fn header_problems_are_named() {
    let found = problems("name,colour,tier,等级\nA,red,general,3\n");
    assert_eq!(
        found,
        [
            CsvProblem::UnknownColumn { column: 2, header: "colour".into() },
            CsvProblem::UnknownColumn { column: 4, header: "等级".into() }
        ]
    );
    let dup = problems(&format!("{HEADER},平台名称\n"));
    assert_eq!(dup, [CsvProblem::DuplicateColumn { column: 7, header: "平台名称".into() }]);
    assert_eq!(problems(""), [CsvProblem::Empty]);
    assert_eq!(problems(&format!("{HEADER}\n")), [CsvProblem::NoRows]);
}

#[test]
fn cell_problems_are_located_by_line_and_column() {
    let text = format!(
        "{HEADER}\n\
         A,,2024-13-01,,,\n\
         ,,,,,\n\
         \"  \",x,,,,\n\
         B,,,top,,\n\
         C,,,,6,\n\
         D,,,,,maybe\n\
         \" A\",,,,,\n\
         E,no\n"
    );
    assert_eq!(
        problems(&text),
        [
            CsvProblem::BadDate { line: 2, column: Column::ResultDate, value: "2024-13-01".into() },
            CsvProblem::Blank { line: 4, column: Column::Name },
            CsvProblem::BadPlatformTier { line: 5, column: Column::Tier, value: "top".into() },
            CsvProblem::BadLevel { line: 6, column: Column::MlpsLevel, value: "6".into() },
            CsvProblem::BadOptionalBoolean { line: 7, column: Column::DataCentresInChina, value: "maybe".into() },
            CsvProblem::DuplicateName { line: 8, column: Column::Name, value: "A".into(), first: 2 },
            CsvProblem::FieldCount { line: 9, expected: 6, found: 2 },
        ],
        "a row of blanks is skipped; a quoted blank name is still blank; names compare trimmed"
    );
    assert_eq!(
        problems(&format!("{HEADER}\n\"A,,,,,\n")),
        [CsvProblem::Syntax(SyntaxError::UnterminatedQuote { line: 2, column: 1 })]
    );
}

#[test]
fn every_problem_is_said_in_both_languages_with_its_place() {
    let text = format!("{HEADER}\nA,,,top,0,maybe\nA,,03/01/2024,,,\n");
    let found = problems(&text);
    let en: Vec<String> = found.iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(
        en,
        [
            "Line 2, column tier: \"top\" is not a capability tier; use general/enhanced or 一般/增强, or leave it empty if not recorded.",
            "Line 2, column mlps_level: \"0\" is not a protection level; use 1–5, or leave it empty if not yet graded.",
            "Line 2, column data_centres_in_china: \"maybe\" is not yes or no; use yes/no, true/false, 1/0 or 是/否, or leave it empty if not recorded.",
            "Line 3, column name: the name \"A\" is already used on line 2; each name may appear once.",
            "Line 3, column result_date: \"03/01/2024\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01.",
        ]
    );
    let zh: Vec<String> = found.iter().map(|p| p.message(Lang::ZhCn)).collect();
    assert!(zh[0].starts_with("第 2 行，tier 列：“top”不是安全能力级别"), "{}", zh[0]);
    assert!(zh[2].contains("未记录则留空"), "{}", zh[2]);
    assert!(zh[3].contains("已在第 2 行使用"), "{}", zh[3]);
}

#[test]
fn size_and_row_limits() {
    let huge = "x".repeat(MAX_BYTES + 1);
    assert!(matches!(problems(&huge)[..], [CsvProblem::TooLarge { .. }]));
    let rows: String = (0..=MAX_ROWS).map(|i| format!("P{i}\n")).collect();
    let found = problems(&format!("name\n{rows}"));
    assert_eq!(found, [CsvProblem::TooManyRows { rows: MAX_ROWS + 1, limit: MAX_ROWS }]);
    let rows: String = (0..MAX_ROWS).map(|i| format!("P{i}\n")).collect();
    assert_eq!(import(&format!("name\n{rows}")).unwrap().len(), MAX_ROWS);
    assert!(found[0].message(Lang::En).contains("limit is 1000"));
}

#[test]
fn export_reads_back_the_same_platforms_with_hostile_text_neutralised() {
    let platforms = vec![
        Platform {
            name: "=HYPERLINK(\"x\")".into(),
            provider: "+示例云, \"北京\"".into(),
            result_published: Date::from_ymd(2024, 2, 29),
            tier: Some(CapabilityTier::General),
            mlps_level: Some(4),
            data_centres_in_china: Some(false),
            provider_report: None,
            expected_fingerprint: None,
        },
        Platform { name: " 行业云 ".into(), ..Platform::default() },
        Platform {
            name: "政务云".into(),
            tier: Some(CapabilityTier::Enhanced),
            data_centres_in_china: Some(true),
            ..Platform::default()
        },
    ];
    let text = export(&platforms);
    assert!(text.starts_with(&format!("\u{feff}{HEADER}\r\n")), "{text}");
    assert!(text.contains("\"'=HYPERLINK"), "a formula is written as text: {text}");
    assert!(text.contains(",general,4,no\r\n") && text.contains(",enhanced,\"\",yes\r\n"), "{text}");
    assert_eq!(import(&text).unwrap(), platforms);
}

#[test]
fn a_sheets_rows_are_read_by_the_same_rules_and_located_by_its_rows() {
    let row = |line: usize, fields: &[&str]| Record {
        line,
        fields: fields.iter().map(|f| f.to_string()).collect(),
        quoted: vec![false; fields.len()],
    };
    let sheet = SheetRows {
        sheet: "候选平台".into(),
        rows: vec![
            row(1, &["平台名称", "等级保护级别", "数据中心是否全部在境内"]),
            row(2, &["政务云 A", "3", "true"]),
            row(4, &["政务云 B", "9", ""]),
        ],
    };
    let found = import_table(&Table::Sheet(sheet.clone())).unwrap_err();
    assert_eq!(found, [CsvProblem::BadLevel { line: 4, column: Column::MlpsLevel, value: "9".into() }]);
    let mut fixed = sheet;
    fixed.rows[2].fields[1] = "2".into();
    let all = import_table(&Table::Sheet(fixed)).unwrap();
    assert_eq!((all[0].data_centres_in_china, all[1].mlps_level), (Some(true), Some(2)));
    assert_eq!(import_table(&Table::Csv(template(Lang::ZhCn).into_bytes())), Err(vec![CsvProblem::NoRows]));
}
