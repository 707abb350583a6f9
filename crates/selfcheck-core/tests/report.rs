//! The JSON report: stable bytes, digest, every refusal, migration, rebuild, gaps CSV.

use proptest::prelude::*;
use selfcheck_core::agency::Workload;
use selfcheck_core::catalog::{builtin, Audience};
use selfcheck_core::messages::Describe;
use selfcheck_core::report::load::{self, load_with, migrate, Counted, Migration};
use selfcheck_core::report::*;
use selfcheck_core::{AgencyWork, ProviderWork};
use selfcheck_core::{Answer, Answers, Date, Lang, Status};
use serde_json::Value;

const WHEN: &str = "2026-11-21T09:30:00Z";

fn day() -> Date {
    Date::from_ymd(2026, 11, 21).unwrap()
}

fn sample_provider() -> ProviderWork {
    let mut inputs = ProviderWork::default();
    inputs.profile.provider = "示例云".into();
    inputs.profile.dates.result_published = Date::from_ymd(2024, 2, 29);
    let items: Vec<_> = builtin().items().filter(|r| r.catalog.audience == Audience::Provider).take(6).collect();
    for (n, r) in items.iter().enumerate() {
        let mut answer = Answer::with_status([Status::Met, Status::Partial, Status::NotMet][n % 3]);
        answer.edit_details(|d| {
            d.owner = format!("负责人{n}");
            d.note = "=cmd|' /C calc'!A0".into();
        });
        inputs.answers_mut().insert(r.item.id.clone(), answer);
    }
    inputs
}

fn sample_agency() -> AgencyWork {
    let workload = Workload {
        name: "门户".into(),
        mlps_level: Some(2),
        platform: Some("云A".into()),
        confidentiality_review: true,
        ..Workload::default()
    };
    let secret = Workload { name: "档案".into(), state_secret: true, mlps_level: Some(3), ..Workload::default() };
    AgencyWork { workloads: vec![workload, secret].into(), ..AgencyWork::default() }
}

fn file_of(report: &Report) -> Vec<u8> {
    to_canonical_json(report).into_bytes()
}

#[test]
fn a_provider_report_has_every_part() {
    let report = build_provider_report(&sample_provider(), WHEN, day());
    assert_eq!(report.format, REPORT_FORMAT);
    assert_eq!(report.role, Role::Provider);
    assert_eq!(report.catalogs.len(), 7);
    assert!(report.catalogs.iter().all(|c| !c.loaded && !c.items.is_empty()), "each lists its items' digests");
    assert!(report.catalogs.iter().all(|c| c.sha256.len() == 64));
    let p = report.provider.as_ref().unwrap();
    assert_eq!(p.work.answers.len(), 6);
    assert_eq!(p.gaps.len(), 4, "two partial, two not met");
    assert!(p.gaps.iter().all(|g| !g.question.zh.is_empty() && !g.clause.en.is_empty()));
    assert_eq!(p.deadlines.expires_on, Date::from_ymd(2027, 2, 28));
    assert!(report.digest.starts_with("sha256:") && report.digest.len() == 7 + 64);
    assert_eq!(report.file_name(), "cloud-selfcheck-provider-2026-11-21.json");
}

#[test]
fn an_agency_report_has_verdicts_and_fit() {
    let report = build_agency_report(&sample_agency(), WHEN, day());
    let a = report.agency.as_ref().unwrap();
    assert_eq!(a.verdict_counts.eligible, 1);
    assert_eq!(a.verdict_counts.prohibited, 1);
    assert!(a.workloads[0].platform_fit.is_some(), "an assigned but unrecorded platform is checked");
    assert!(a.workloads[1].obligations.is_none(), "a prohibited workload has no obligations");
}

#[test]
fn export_import_export_is_byte_identical() {
    for report in
        [build_provider_report(&sample_provider(), WHEN, day()), build_agency_report(&sample_agency(), WHEN, day())]
    {
        let first = file_of(&report);
        let loaded = load_report(&first).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let again = match report.role {
            Role::Provider => build_provider_report(&loaded.report.provider_work().unwrap(), WHEN, day()),
            Role::Agency => build_agency_report(&loaded.report.agency_work().unwrap(), WHEN, day()),
        };
        assert_eq!(file_of(&again), first);
    }
}

#[test]
fn a_hand_edited_report_is_caught() {
    let report = build_provider_report(&sample_provider(), WHEN, day());
    let text = String::from_utf8(file_of(&report)).unwrap();
    let edited = text.replacen("\"status\":\"not_met\"", "\"status\":\"met\"", 1);
    assert_ne!(edited, text);
    let loaded = load_report(edited.as_bytes()).unwrap();
    assert!(loaded.warnings.contains(&LoadWarning::DigestMismatch));
    // Re-sealing the digest does not help: the figures no longer follow from the answers.
    let mut forged = loaded.report.clone();
    forged.provider.as_mut().unwrap().summary.overall.score = Some(100.0);
    forged.digest = compute_digest(&forged);
    assert_ne!(forged.rebuilt().unwrap(), forged);
    assert_eq!(report.rebuilt().unwrap(), report, "an untouched report rebuilds to itself");
}

#[test]
fn the_digest_ignores_layout_but_not_content() {
    let report = build_provider_report(&sample_provider(), WHEN, day());
    let compact = serde_json::to_vec(&report).unwrap();
    assert!(load_report(&compact).unwrap().warnings.is_empty(), "re-indented files still verify");
}

#[test]
fn refusals_say_what_is_wrong() {
    type Expect = fn(&LoadProblem) -> bool;
    let cases: Vec<(Vec<u8>, Expect)> = vec![
        (b"not json at all".to_vec(), |p| matches!(p, LoadProblem::NotJson { .. })),
        (vec![0xff, 0xfe, 0x00], |p| matches!(p, LoadProblem::NotUtf8)),
        (br#"{"name": "something else"}"#.to_vec(), |p| matches!(p, LoadProblem::NotOurFormat { .. })),
        (br#"{"provider": "aws", "format": 3}"#.to_vec(), |p| matches!(p, LoadProblem::NotOurFormat { .. })),
        (b"[1, 2]".to_vec(), |p| matches!(p, LoadProblem::NotOurFormat { .. })),
        (br#"{"format": "cloud-selfcheck-report", "format_version": 99}"#.to_vec(), |p| {
            matches!(p, LoadProblem::NewerVersion { found: 99, supported: REPORT_FORMAT_VERSION })
        }),
        (br#"{"format": "cloud-selfcheck-report", "format_version": "one"}"#.to_vec(), |p| {
            matches!(p, LoadProblem::BadVersion)
        }),
        (br#"{"format": "cloud-selfcheck-report", "format_version": 1}"#.to_vec(), |p| {
            matches!(p, LoadProblem::Invalid { .. })
        }),
        // Deep nesting anywhere is refused, not a stack overflow.
        (
            format!(
                r#"{{"format": "cloud-selfcheck-report", "format_version": 3, "x": {}{}}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            |p| matches!(p, LoadProblem::Invalid { .. }),
        ),
        (
            format!(
                r#"{{"format": "cloud-selfcheck-report", "format_version": 3, "catalogs": {}{}}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            |p| matches!(p, LoadProblem::Invalid { .. }),
        ),
        (format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(), |p| {
            matches!(p, LoadProblem::NotOurFormat { .. })
        }),
    ];
    for (bytes, expected) in cases {
        let problem = load_report(&bytes).unwrap_err();
        assert!(expected(&problem), "{problem:?}");
        assert_eq!(load_inputs(&bytes).unwrap_err(), problem, "the app refuses it the same way");
        assert!(!problem.message(Lang::ZhCn).is_empty() && !problem.message(Lang::En).is_empty());
    }
    let big = vec![b' '; MAX_REPORT_BYTES + 1];
    assert!(matches!(load_report(&big), Err(LoadProblem::TooLarge { .. })));
}

#[test]
fn the_app_reads_the_same_inputs_and_warnings_as_the_whole_report() {
    for report in
        [build_provider_report(&sample_provider(), WHEN, day()), build_agency_report(&sample_agency(), WHEN, day())]
    {
        let text = String::from_utf8(file_of(&report)).unwrap();
        let edited = text.replacen("示例云", "别家云", 1).replacen("门户", "门户网站", 1);
        for file in [text, edited] {
            let whole = load_report(file.as_bytes()).unwrap();
            let inputs = load_inputs(file.as_bytes()).unwrap();
            assert_eq!(inputs.warnings, whole.warnings);
            assert_eq!(inputs.report.role, whole.report.role);
            assert_eq!(inputs.report.provider_work(), whole.report.provider_work());
            assert_eq!(inputs.report.agency_work(), whole.report.agency_work());
        }
    }
}

#[test]
fn the_app_skips_derived_figures_but_not_the_file_shape() {
    let report = build_agency_report(&sample_agency(), WHEN, day());
    let value: Value = serde_json::from_slice(&file_of(&report)).unwrap();
    let with = |edit: fn(&mut Value)| {
        let mut value = value.clone();
        edit(&mut value);
        value.to_string()
    };
    // A damaged verdict is recomputed from the inputs in the app; `validate` refuses it.
    let damaged = with(|v| v["agency"]["workloads"][0]["verdict"] = Value::from("not a verdict"));
    let loaded = load_inputs(damaged.as_bytes()).unwrap();
    assert!(loaded.warnings.contains(&LoadWarning::DigestMismatch), "the user is told it was edited");
    assert_eq!(loaded.report.agency_work(), Some(sample_agency()));
    assert!(matches!(load_report(damaged.as_bytes()), Err(LoadProblem::Invalid { .. })));
    // Unknown or missing fields, and damaged inputs, are refused by both readers.
    let refused: [fn(&mut Value); 4] = [
        |v| v["agency"]["surprise"] = Value::from(1),
        |v| _ = v["agency"].as_object_mut().unwrap().remove("verdict_counts"),
        |v| _ = v["agency"]["workloads"][0].as_object_mut().unwrap().remove("reasons"),
        |v| v["agency"]["workloads"][0]["workload"]["mlps_level"] = Value::from("two"),
    ];
    for edit in refused {
        let file = with(edit);
        assert!(matches!(load_inputs(file.as_bytes()), Err(LoadProblem::Invalid { .. })), "{file}");
        assert!(matches!(load_report(file.as_bytes()), Err(LoadProblem::Invalid { .. })), "{file}");
    }
}

#[test]
fn the_role_section_must_match_the_role() {
    let report = build_provider_report(&sample_provider(), WHEN, day());
    let mut value: Value = serde_json::from_slice(&file_of(&report)).unwrap();
    value["role"] = Value::from("agency");
    let problem = load_report(value.to_string().as_bytes()).unwrap_err();
    assert_eq!(problem, LoadProblem::RoleSection { role: Role::Agency });
    assert!(problem.message(Lang::En).contains("agency section"), "{}", problem.message(Lang::En));
}

#[test]
fn unknown_items_are_kept_and_listed() {
    let mut inputs = sample_provider();
    inputs.answers_mut().insert("X-FUTURE-Q1".into(), Answer::with_status(Status::Met));
    let report = build_provider_report(&inputs, WHEN, day());
    assert_eq!(report.provider.as_ref().unwrap().unknown_items, ["X-FUTURE-Q1"]);
    let loaded = load_report(&file_of(&report)).unwrap();
    assert!(loaded.warnings.contains(&LoadWarning::UnknownItems(vec!["X-FUTURE-Q1".into()])));
    assert!(loaded.report.provider_work().unwrap().answers.contains_key("X-FUTURE-Q1"), "never silently dropped");
}

#[test]
fn other_catalog_content_is_flagged() {
    let mut report = build_provider_report(&sample_provider(), WHEN, day());
    report.catalogs[0].sha256 = "0".repeat(64);
    report.digest = compute_digest(&report);
    let loaded = load_report(&file_of(&report)).unwrap();
    assert_eq!(loaded.warnings, [LoadWarning::CatalogChanged { id: report.catalogs[0].id.clone() }]);
}

#[test]
fn older_versions_are_migrated_step_by_step() {
    // A pretend version 0 that named the role "kind", then the real step 1 → 2.
    fn zero_to_one(text: &str) -> String {
        let mut value: Value = serde_json::from_str(text).unwrap();
        if let Some(kind) = value.as_object_mut().and_then(|m| m.remove("kind")) {
            value["role"] = kind;
        }
        value.to_string()
    }
    const STEPS: &[(u32, Migration)] = &[
        (0, zero_to_one),
        (1, str::to_string),
        (2, str::to_string),
        (3, str::to_string),
        (4, str::to_string),
        (5, str::to_string),
        (6, str::to_string),
        (7, str::to_string),
        (8, str::to_string),
        (9, str::to_string),
    ];
    let report = build_agency_report(&sample_agency(), WHEN, day());
    let mut old: Value = serde_json::from_slice(&file_of(&report)).unwrap();
    let role = old.as_object_mut().unwrap().remove("role").unwrap();
    old["kind"] = role;
    old["format_version"] = Value::from(0);
    old["digest"] = Value::from(selfcheck_core::report::canonical::digest_of_text(&old.to_string()).unwrap());
    let loaded = load_with(old.to_string().as_bytes(), STEPS).unwrap();
    assert_eq!(loaded.warnings, [LoadWarning::Migrated { from: 0 }]);
    assert_eq!(loaded.report.agency_work(), report.agency_work());
    // Without a step for the version, the file is refused rather than guessed at.
    assert_eq!(migrate(&old.to_string(), 0, &[], 1), Err(LoadProblem::BadVersion));
    assert_eq!(migrate(&old.to_string(), 0, &STEPS[..1], 3), Err(LoadProblem::BadVersion), "no step from 1");
}

/// Files written by formats 1 to 9 (committed as they were written; format 9 also signed): format 1's long
/// answer objects and sorted-key digest; format 2 as the app downloaded it; format 3 with
/// a loaded catalog, who and when; format 4 with what merges set aside.
const V1_AGENCY: &str = include_str!("../../../tests/fixtures/report-v1-agency.json");
const V1_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v1-provider.json");
const V2_AGENCY: &str = include_str!("../../../tests/fixtures/report-v2-agency.json");
const V2_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v2-provider.json");
const V3_AGENCY: &str = include_str!("../../../tests/fixtures/report-v3-agency.json");
const V3_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v3-provider.json");
const V4_AGENCY: &str = include_str!("../../../tests/fixtures/report-v4-agency.json");
const V4_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v4-provider.json");
const V5_AGENCY: &str = include_str!("../../../tests/fixtures/report-v5-agency.json");
const V5_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v5-provider.json");
const V6_AGENCY: &str = include_str!("../../../tests/fixtures/report-v6-agency.json");
const V6_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v6-provider.json");
const V7_AGENCY: &str = include_str!("../../../tests/fixtures/report-v7-agency.json");
const V7_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v7-provider.json");
const V8_AGENCY: &str = include_str!("../../../tests/fixtures/report-v8-agency.json");
const V8_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v8-provider.json");
const V9_AGENCY: &str = include_str!("../../../tests/fixtures/report-v9-agency.json");
const V9_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v9-provider.json");
const V9_PROVIDER_SIGNED: &str = include_str!("../../../tests/fixtures/report-v9-provider-signed.json");

#[test]
fn older_files_are_read_checked_and_written_back_in_the_current_format() {
    let files = [
        (1, V1_AGENCY),
        (1, V1_PROVIDER),
        (2, V2_AGENCY),
        (2, V2_PROVIDER),
        (3, V3_AGENCY),
        (3, V3_PROVIDER),
        (4, V4_AGENCY),
        (4, V4_PROVIDER),
        (5, V5_AGENCY),
        (5, V5_PROVIDER),
        (6, V6_AGENCY),
        (6, V6_PROVIDER),
        (7, V7_AGENCY),
        (7, V7_PROVIDER),
        (8, V8_AGENCY),
        (8, V8_PROVIDER),
        (9, V9_AGENCY),
        (9, V9_PROVIDER),
        (9, V9_PROVIDER_SIGNED),
    ];
    for (version, old) in files {
        assert!(
            old.contains(&format!("\"format_version\": {version},"))
                || old.contains(&format!("\"format_version\":{version},"))
        );
        let loaded = load_report(old.as_bytes()).unwrap();
        // Answers to retired items, and the catalogs audited since (issue 23) saying they
        // changed, are expected; nothing else.
        let expected = |w: &&LoadWarning| {
            matches!(
                w,
                LoadWarning::UnknownItems(_) | LoadWarning::CatalogChanged { .. } | LoadWarning::CatalogUpgraded(_)
            )
        };
        let unknown = loaded.warnings.iter().filter(expected).count();
        assert_eq!(loaded.warnings.len() - unknown, 1, "{:?}", loaded.warnings);
        assert_eq!(loaded.warnings[0], LoadWarning::Migrated { from: version }, "the old digest holds");
        let catalogs_changed =
            loaded.warnings.iter().any(|w| !matches!(w, LoadWarning::UnknownItems(_)) && expected(&w));
        let report = loaded.report;
        assert_eq!(report.format_version, REPORT_FORMAT_VERSION);
        let mut recomputed = report.rebuilt().unwrap();
        recomputed.as_stated_in_format(version);
        if catalogs_changed {
            // Figures follow today's catalogs; what was answered is kept as it was.
            assert_eq!(recomputed.agency_work(), report.agency_work(), "{version}");
            assert_eq!(recomputed.provider_work(), report.provider_work(), "{version}");
        } else {
            assert_eq!(recomputed, report, "{version}: every figure still follows from the answers");
        }
        let rebuilt = match report.role {
            Role::Agency => build_agency_report(&report.agency_work().unwrap(), &report.generated_at, report.as_of),
            Role::Provider => {
                build_provider_report(&report.provider_work().unwrap(), &report.generated_at, report.as_of)
            }
        };
        let text = to_canonical_json(&rebuilt);
        assert!(text.contains(&format!("\"format_version\":{REPORT_FORMAT_VERSION},")) && text.contains("\"met\""));
        let again = load_report(text.as_bytes()).unwrap();
        assert_eq!(again.warnings.iter().filter(|w| !matches!(w, LoadWarning::UnknownItems(_))).count(), 0);
        assert_eq!(again.report.agency_work(), report.agency_work());
        assert_eq!(again.report.provider_work(), report.provider_work());
        assert_eq!(load_inputs(old.as_bytes()).unwrap().report.provider_work(), report.provider_work());
    }
    let noted = load_report(V1_AGENCY.as_bytes()).unwrap().report.agency_work().unwrap();
    assert_eq!(noted.workloads[1].obligations["O14A-S2-Q1"].details().note, "合同第 5 条");
    let v2 = load_report(V2_PROVIDER.as_bytes()).unwrap().report.provider_work().unwrap();
    assert!(v2.answers.values().all(|a| a.details().answered_at.is_none()), "older answers have no who/when");
    assert!(v2.answers.contains_key("X-RETIRED-Q1"), "answers to unknown items are kept");
    let v3 = load_report(V3_PROVIDER.as_bytes()).unwrap().report.provider_work().unwrap();
    assert_eq!(v3.catalogs[0].id, "team-sheet", "the embedded catalog comes back");
    assert_eq!(v3.answers["team-sheet:1.1"].details().answered_by, "人力资源部");
    assert_eq!(v3.answers["team-sheet:2.1"].details().owner, "运维部");
    let v4 = load_report(V4_PROVIDER.as_bytes()).unwrap().report.provider_work().unwrap();
    assert_eq!(v4.history.len(), 2, "what a merge set aside comes back");
    let v4 = load_report(V4_AGENCY.as_bytes()).unwrap().report.agency_work().unwrap();
    assert!(!v4.history.is_empty());
    let v6 = load_report(V6_AGENCY.as_bytes()).unwrap().report.agency_work().unwrap();
    assert!(v6.profile.is_empty(), "before format 7 an agency names no one");
}

#[test]
fn an_agency_profile_is_reported_and_read_back() {
    let mut work = selfcheck_core::fixtures::agency_work(3);
    work.profile = selfcheck_core::agency::AgencyProfile {
        unit: "某市政务服务数据管理局".into(),
        department: "信息化处".into(),
        contact: "王工 010-12345678".into(),
        date: Date::from_ymd(2026, 12, 6),
    };
    let text =
        to_canonical_json(&build_agency_report(&work, "2026-12-06T08:00:00Z", Date::from_ymd(2026, 12, 6).unwrap()));
    assert!(text.contains("\"unit\":\"某市政务服务数据管理局\""), "the profile is in the file");
    let read = load_report(text.as_bytes()).unwrap().report;
    assert_eq!(read.agency_work().unwrap().profile, work.profile);
    assert_eq!(load_inputs(text.as_bytes()).unwrap().report.agency_work().unwrap().profile, work.profile);
    let empty = to_canonical_json(&build_agency_report(
        &selfcheck_core::fixtures::agency_work(1),
        "2026-12-06T08:00:00Z",
        Date::from_ymd(2026, 12, 6).unwrap(),
    ));
    assert!(!empty.contains("\"profile\""), "an empty profile is not written");
}

#[test]
fn an_unticked_data_centre_box_of_format_5_reads_as_not_recorded() {
    assert!(V5_AGENCY.contains("\"data_centres_in_china\":false"));
    let report = load_report(V5_AGENCY.as_bytes()).unwrap().report;
    let agency = report.agency.as_ref().unwrap();
    let in_china: Vec<_> = agency.platforms.iter().map(|p| (p.name.as_str(), p.data_centres_in_china)).collect();
    assert_eq!(in_china, [("政务云A", Some(true)), ("政务云B", None)], "ticked stays yes; unticked is not recorded");
    let codes: Vec<_> =
        agency.workloads.iter().flat_map(|w| w.platform_fit.iter().flatten()).map(|gap| gap.code.code()).collect();
    assert!(codes.contains(&"data_centres_unconfirmed"), "{codes:?}");
    assert!(!codes.contains(&"data_centres_abroad"), "nothing recorded says abroad: {codes:?}");
}

#[test]
fn who_and_when_round_trip_byte_identically() {
    let mut inputs = sample_provider();
    let at = selfcheck_core::Timestamp::parse("2026-12-01T16:15:00+08:00").unwrap();
    for answer in inputs.answers_mut().values_mut() {
        answer.stamp("运维部 张三", at.clone(), None);
    }
    let report = build_provider_report(&inputs, WHEN, day());
    let first = file_of(&report);
    let text = String::from_utf8(first.clone()).unwrap();
    assert!(text.contains("\"answered_by\":\"运维部 张三\",\"answered_at\":\"2026-12-01T16:15:00+08:00\""));
    let loaded = load_report(&first).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.report.provider_work().unwrap(), inputs);
    let again = build_provider_report(&loaded.report.provider_work().unwrap(), WHEN, day());
    assert_eq!(file_of(&again), first);
    let bad = text.replacen("2026-12-01T16:15:00+08:00", "yesterday", 1);
    assert!(matches!(load_report(bad.as_bytes()), Err(LoadProblem::Invalid { .. })));
}

#[test]
fn an_edited_format_1_file_is_flagged_before_it_is_migrated() {
    let edited = V1_AGENCY.replacen("业务系统00001", "业务系统00009", 1);
    let loaded = load_report(edited.as_bytes()).unwrap();
    assert_eq!(loaded.warnings[..2], [LoadWarning::DigestMismatch, LoadWarning::Migrated { from: 1 }]);
    // A catalog audited since the file was made (issue 23) says so; nothing else.
    assert!(
        loaded.warnings[2..].iter().all(|w| matches!(w, LoadWarning::CatalogChanged { .. })),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn gaps_csv_opens_in_excel_and_defuses_formulas() {
    let report = build_provider_report(&sample_provider(), WHEN, day());
    let csv = gaps_csv::gaps_csv(report.provider.as_ref().unwrap(), Lang::ZhCn);
    assert!(csv.starts_with("\u{feff}严重程度,编号"));
    assert!(csv.contains("'=cmd"), "a formula-looking note is neutralised");
    assert!(!csv.contains(",=cmd"));
    assert_eq!(csv.lines().count(), 1 + 4);
    let en = gaps_csv::gaps_csv(report.provider.as_ref().unwrap(), Lang::En);
    assert!(en.starts_with("\u{feff}severity,item_id"));
}

fn random_provider_inputs() -> impl Strategy<Value = ProviderWork> {
    let ids: Vec<String> =
        builtin().items().filter(|r| r.catalog.audience == Audience::Provider).map(|r| r.item.id.clone()).collect();
    let answer = (
        prop::option::of(prop_oneof![
            Just(Status::Met),
            Just(Status::Partial),
            Just(Status::NotMet),
            Just(Status::NotApplicable)
        ]),
        "\\PC{0,12}",
        prop::option::of(0i64..3000),
    );
    (proptest::collection::vec(prop::option::of(answer), ids.len()), "\\PC{0,8}", prop::option::of(0i64..5000))
        .prop_map(move |(answers, provider, published)| {
            // A day in 2015–2028 from a number (the 28th at most, so every month has it).
            let day = |n: i64| Date::from_ymd(2015 + (n / 336) as i32, 1 + (n / 28 % 12) as u32, 1 + (n % 28) as u32);
            let mut inputs = ProviderWork::default();
            inputs.profile.provider = provider;
            inputs.profile.dates.result_published = published.and_then(day);
            inputs.answers = ids
                .iter()
                .zip(answers)
                .filter_map(|(id, a)| {
                    let (status, text, date) = a?;
                    let answer = status.map_or_else(Answer::default, Answer::with_status).with_details(|d| {
                        d.justification = text.clone();
                        d.note = text.clone();
                        d.owner = text;
                        d.target_date = date.and_then(day);
                    });
                    (!answer.is_empty()).then(|| (id.clone(), answer))
                })
                .collect::<Answers>()
                .into();
            inputs
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn round_trip_is_byte_identical_for_random_assessments(inputs in random_provider_inputs()) {
        let report = build_provider_report(&inputs, WHEN, day());
        let first = file_of(&report);
        let loaded = load_report(&first).unwrap();
        prop_assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        prop_assert_eq!(&loaded.report, &report);
        let again = build_provider_report(&loaded.report.provider_work().unwrap(), WHEN, day());
        prop_assert_eq!(file_of(&again), first);
    }

    /// The writer strips its own layout line by line; a reader scans any text. Both
    /// must give the same digest, including for text with newlines and spaces in it.
    #[test]
    fn the_written_digest_is_the_one_a_reader_computes(inputs in random_provider_inputs(), name in "\\PC{0,12}") {
        let mut provider = draft_provider_report(&inputs, WHEN, day());
        let text = write_report(&mut provider);
        prop_assert_eq!(&selfcheck_core::report::canonical::digest_of_text(&text).unwrap(), &provider.digest);
        let mut agency_work = sample_agency();
        agency_work.workloads_mut()[0].name = format!("{name}\n  \"x\": [ ]");
        let mut agency = draft_agency_report(&agency_work, WHEN, day());
        let text = write_report(&mut agency);
        prop_assert_eq!(&selfcheck_core::report::canonical::digest_of_text(&text).unwrap(), &agency.digest);
    }
}

#[test]
fn out_of_range_levels_and_oversized_lists_are_refused() {
    let mut inputs = sample_agency();
    inputs.platforms_mut().push(selfcheck_core::agency::Platform {
        name: "云A".into(),
        mlps_level: Some(200),
        ..Default::default()
    });
    let report = build_agency_report(&inputs, WHEN, day());
    let problem = load_report(&file_of(&report)).unwrap_err();
    assert_eq!(problem, LoadProblem::LevelOutOfRange { what: load::LevelOf::Platform, name: "云A".into(), value: 200 });
    assert_eq!(problem.message(Lang::ZhCn), "“云A”：候选平台的等级保护级别为 200，应为 1–5。");

    let mut value: Value =
        serde_json::from_slice(&file_of(&build_agency_report(&sample_agency(), WHEN, day()))).unwrap();
    value["agency"]["workloads"] = Value::Array(vec![Value::Null; load::MAX_WORKLOADS + 1]);
    assert!(matches!(
        load_report(value.to_string().as_bytes()),
        Err(LoadProblem::TooMany { what: Counted::Workloads, .. })
    ));
}

/// Third review: a repeated key must not slip a big list past the first pass: it is
/// refused there.
#[test]
fn repeated_keys_and_obligations_count_toward_the_limits() {
    let big: String = (0..load::MAX_ANSWERS + 1).map(|i| format!("\"X{i}\":{{}}")).collect::<Vec<_>>().join(",");
    let text = format!(
        r#"{{"format":"cloud-selfcheck-report","format_version":1,"provider":{{"answers":{{{big}}},"answers":{{}}}}}}"#
    );
    match load_report(text.as_bytes()) {
        Err(LoadProblem::Invalid { detail, .. }) => assert!(detail.contains("duplicate field `answers`"), "{detail}"),
        other => panic!("a repeated list is refused before it is built: {other:?}"),
    }

    let many: String = (0..load::MAX_OBLIGATIONS + 1).map(|i| format!("\"O{i}\":{{}}")).collect::<Vec<_>>().join(",");
    let text = format!(
        r#"{{"format":"cloud-selfcheck-report","format_version":1,"agency":{{"workloads":[{{"workload":{{"obligations":{{{many}}}}}}}]}}}}"#
    );
    assert!(matches!(load_report(text.as_bytes()), Err(LoadProblem::TooMany { what: Counted::ObligationAnswers, .. })));
}

/// Third review: fields the format does not have are refused everywhere, not dropped.
#[test]
fn unknown_fields_anywhere_are_refused_not_ignored() {
    let mut inputs = sample_provider();
    inputs.profile.dates.result_published = Date::from_ymd(2020, 1, 1);
    let report = build_provider_report(&inputs, WHEN, day());
    let text = String::from_utf8(file_of(&report)).unwrap();
    let edited = text.replacen("\"expires_on\":", "\"verified_by\": \"approved\",\n      \"expires_on\":", 1);
    assert_ne!(edited, text);
    assert!(matches!(load_report(edited.as_bytes()), Err(LoadProblem::Invalid { .. })));
    // The provider's section is its work (flattened) and what is derived from it: a key
    // neither knows is refused by both readers too.
    let beside_the_work = text.replacen("\"unknown_items\":", "\"approved_by\": \"x\",\n    \"unknown_items\":", 1);
    assert_ne!(beside_the_work, text);
    assert!(matches!(load_report(beside_the_work.as_bytes()), Err(LoadProblem::Invalid { .. })));
    assert!(matches!(load_inputs(beside_the_work.as_bytes()), Err(LoadProblem::Invalid { .. })));
    let schema = selfcheck_core::schema::report_schema();
    assert!(!schema.contains("\"additionalProperties\": true"));
}

/// Third review: a value that merely says "recursion limit" is not a depth problem.
#[test]
fn only_the_parser_reports_too_deep() {
    let text = r#"{"format":"cloud-selfcheck-report","format_version":1,"role":"recursion limit exceeded"}"#;
    assert!(matches!(load_report(text.as_bytes()), Err(LoadProblem::Invalid { .. })));
}

fn team_catalog() -> selfcheck_core::catalog::Catalog {
    use selfcheck_core::catalog::{csv_import::CatalogHeader, loaded};
    let sheet = include_bytes!("../../../tests/fixtures/catalog.csv");
    let head = CatalogHeader { id: "team".into(), title: "团队自查表".into(), version: "1".into(), date: day() };
    loaded::from_sections(&head, loaded::read_csv(sheet).unwrap()).unwrap()
}

#[test]
fn a_loaded_catalog_travels_inside_the_report_and_is_scored_like_a_built_in_one() {
    let mut inputs = sample_provider();
    inputs.catalogs_mut().push(team_catalog());
    inputs.profile.tier = Some(selfcheck_core::profile::CapabilityTier::General);
    inputs.profile.mlps_level = Some(3);
    inputs.answers_mut().insert("team:1.1".into(), Answer::with_status(Status::NotMet));
    inputs.answers_mut().insert("team:2.2".into(), Answer::with_status(Status::Met));
    let report = build_provider_report(&inputs, WHEN, day());
    let team = report.catalogs.iter().find(|c| c.id == "team").unwrap();
    assert!(team.loaded && team.sha256.len() == 64 && team.items.len() == 5);
    let p = report.provider.as_ref().unwrap();
    assert_eq!(p.work.catalogs, inputs.catalogs, "the whole catalog is embedded");
    let score = p.summary.catalogs.iter().find(|c| c.catalog_id == "team").unwrap();
    assert_eq!(score.score.tally.out_of_scope, 1, "the enhanced item does not apply to a general-tier provider");
    assert_eq!(score.score.tally.total(), 4);
    assert!(p.gaps.iter().any(|g| g.item_id == "team:1.1" && g.gating), "its red line is a red-line gap");
    assert_eq!(p.summary.status, selfcheck_core::scoring::OverallStatus::NotReady);
    assert!(p.unknown_items.is_empty());

    // Another browser (no catalog loaded) and validate read it back the same.
    let file = file_of(&report);
    let loaded = load_report(&file).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.report.rebuilt().unwrap(), loaded.report);
    let app = load_inputs(&file).unwrap();
    assert_eq!(app.report.provider_work().unwrap(), inputs);
    assert_eq!(file_of(&build_provider_report(&app.report.provider_work().unwrap(), WHEN, day())), file);

    // An embedded catalog edited by hand is caught, and a broken one refused.
    let text = String::from_utf8(file).unwrap();
    let edited = text.replacen("关键岗位背景审查", "岗位审查", 1);
    assert!(load_report(edited.as_bytes())
        .unwrap()
        .warnings
        .contains(&LoadWarning::CatalogChanged { id: "team".into() }));
    let broken = text.replacen("\"weight\":4", "\"weight\":9", 1);
    assert!(matches!(load_report(broken.as_bytes()), Err(LoadProblem::Catalog(_))), "a broken embedded catalog");
}

#[test]
fn the_guidance_catalogs_follow_the_tier_and_the_platform_level() {
    use selfcheck_core::profile::CapabilityTier;
    let tally = |tier, level| {
        let mut inputs = ProviderWork::default();
        inputs.profile.tier = tier;
        inputs.profile.mlps_level = level;
        let report = build_provider_report(&inputs, WHEN, day());
        let scores = &report.provider.unwrap().summary.catalogs;
        let of = |id: &str| scores.iter().find(|c| c.catalog_id == id).unwrap().score.tally;
        (of("gbt31168-2023"), of("gbt22239-2019-cloud"))
    };
    let (general, unset) = tally(Some(CapabilityTier::General), None);
    let (enhanced, level3) = tally(Some(CapabilityTier::Enhanced), Some(3));
    let (_, level4) = tally(Some(CapabilityTier::Enhanced), Some(4));
    assert_eq!(general.out_of_scope + general.total(), enhanced.total(), "enhanced gets both tiers");
    assert!(general.out_of_scope > 0 && enhanced.out_of_scope == 0);
    // Only the level-4 points are bound to a level (the others' level is unconfirmed, so
    // they apply at every level): they wait until the platform's level is set.
    assert!(unset.total() > 0 && unset.out_of_scope == 2, "{unset:?}");
    assert!(level3.total() > 0 && level4.total() > level3.total(), "level 4 adds its own points");
    assert_eq!(level4.out_of_scope, 0);
}

#[test]
fn a_report_answered_against_another_catalog_version_says_what_changed() {
    let mut inputs = sample_provider();
    let changed = "C23-01-Q1".to_string();
    inputs.answers_mut().insert(changed.clone(), Answer::with_status(Status::Met));
    inputs.answers_mut().insert("C23-RETIRED-Q9".into(), Answer::with_status(Status::Partial));
    let mut report = build_provider_report(&inputs, WHEN, day());
    // As an earlier version of the Convention catalog would have listed it.
    let convention = report.catalogs.iter_mut().find(|c| c.id == "convention-2023").unwrap();
    convention.version = "0.9.0".into();
    convention.sha256 = "0".repeat(64);
    convention.items.insert(changed.clone(), "0123456789abcdef".into());
    convention.items.insert("C23-RETIRED-Q9".into(), "fedcba9876543210".into());
    let new_item = convention.items.keys().find(|k| *k != &changed && k.starts_with("C23-02")).unwrap().clone();
    convention.items.remove(&new_item);
    report.digest = compute_digest(&report);
    let loaded = load_inputs(&file_of(&report)).unwrap();
    let upgrade = loaded
        .warnings
        .iter()
        .find_map(|w| match w {
            LoadWarning::CatalogUpgraded(u) => Some(u.clone()),
            _ => None,
        })
        .expect("an upgrade is reported");
    let current = &builtin().catalog("convention-2023").unwrap().version;
    assert_eq!((upgrade.from_version.as_str(), upgrade.to_version.as_str()), ("0.9.0", current.as_str()));
    assert_eq!(upgrade.changed, std::slice::from_ref(&changed));
    assert_eq!(upgrade.removed, ["C23-RETIRED-Q9"]);
    assert_eq!(upgrade.added, [new_item]);
    let message = selfcheck_core::messages::Describe::message(&LoadWarning::CatalogUpgraded(upgrade.clone()), Lang::En);
    assert!(message.contains("1 items changed (answers kept, flagged for review), 1 removed"), "{message}");

    let mut answers = (*loaded.report.provider_work().unwrap().answers).clone();
    let old = &loaded.report.catalogs.iter().find(|c| c.id == "convention-2023").unwrap().items;
    selfcheck_core::catalog::versions::pin(&mut answers, &upgrade, old);
    let item = builtin().item(&changed).unwrap().item;
    assert!(selfcheck_core::catalog::versions::needs_review(&answers, item));
    assert_eq!(answers[&changed].status(), Some(Status::Met), "kept");
    assert!(answers.contains_key("C23-RETIRED-Q9"), "an answer to a removed item is kept");
}
