//! Drives the real `selfcheck` binary as a user would.

mod common;
use common::{selfcheck, selfcheck_in};
use selfcheck_core::{AgencyWork, ProviderWork};

/// `selfcheck ARGS` in an English locale: usage errors are worded in the language too.
fn english(args: &[&str]) -> (i32, String, String) {
    selfcheck_in(&[("LANG", "en_US.UTF-8")], args)
}

#[test]
fn version_prints_the_crate_version() {
    let (code, out, _) = selfcheck(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("selfcheck {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn no_arguments_is_a_usage_error_on_stderr() {
    let (code, out, err) = english(&[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("USAGE"));
}

#[test]
fn unknown_command_is_named_in_the_error() {
    let (code, _, err) = english(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown command \"frobnicate\""), "{err}");
}

#[test]
fn sources_lists_the_binding_texts_in_chinese_by_default() {
    let (code, out, _) = selfcheck(&["sources"]);
    assert_eq!(code, 0);
    assert!(out.contains("云计算服务安全评估办法"));
    assert!(out.contains("中网办发文〔2014〕14号"));
    assert!(out.contains("云计算服务安全自律公约"));
    assert!(out.contains("（参考）"), "standards are labelled as guidance");
}

#[test]
fn sources_in_english_and_as_json() {
    let (code, out, _) = selfcheck(&["sources", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("Measures for Security Assessment of Cloud Computing Services"));
    assert!(out.contains("(guidance)"));

    let (code, out, _) = selfcheck(&["sources", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let ids: Vec<&str> = value.as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"measures-2019") && ids.contains(&"opinion-2014") && ids.contains(&"convention-2023"));
}

#[test]
fn bad_language_is_refused_with_the_accepted_values() {
    let (code, _, err) = english(&["sources", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("zh-CN or en"), "{err}");
}

fn fixture(name: &str) -> String {
    format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn classify_prints_verdicts_with_cited_reasons_in_input_order() {
    let (code, out, err) = selfcheck(&["classify", &fixture("inventory.csv")]);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    let rows = value.as_array().unwrap();
    let verdicts: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["name"].as_str().unwrap(), r["verdict"].as_str().unwrap())).collect();
    assert_eq!(
        verdicts,
        [
            // No confidentiality review recorded (the file has no such column): not eligible.
            ("门户网站", "conditional"),
            ("财务系统, 二期", "conditional"),
            ("公文交换", "prohibited"),
            ("应急指挥", "not_suitable"),
            ("社保查询", "conditional"),
            ("新建协同办公", "ungraded"),
            ("涉密档案", "prohibited"),
        ]
    );
    let codes = |row: usize| -> Vec<&str> {
        rows[row]["reasons"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect()
    };
    assert_eq!(codes(0), ["confidentiality_review_pending"]);
    assert_eq!(codes(3), ["mlps_level_4_plus", "severe_impact", "key_business", "confidentiality_review_pending"]);
    assert_eq!(codes(5), ["not_graded", "confidentiality_review_pending"]);
    assert_eq!(codes(6), ["state_secret"], "a state secret needs no review to be kept off");
    for reason in rows.iter().flat_map(|r| r["reasons"].as_array().unwrap()) {
        assert!(!reason["text"].as_str().unwrap().is_empty());
        assert_eq!(reason["reference"]["source"], "opinion-2014");
        let clause = reason["reference"]["clause"].as_str().unwrap();
        let wanted = if reason["code"] == "confidentiality_review_pending" { "第六部分" } else { "第三部分" };
        assert_eq!(clause, wanted, "{reason}");
    }
}

#[test]
fn classify_reads_the_confidentiality_review_and_the_end_of_use_columns() {
    let path = std::env::temp_dir().join(format!("selfcheck-review-{}.csv", std::process::id()));
    std::fs::write(
        &path,
        "名称,涉及国家秘密,涉及工作秘密,等级保护级别,大量敏感信息,关键业务,严重影响,保密审查,计划停用日期
         门户网站,否,否,2,否,否,否,是,2030/12/31
         对外服务,否,否,2,否,否,否,,
         社保查询,否,否,3,是,否,否,是,
",
    )
    .unwrap();
    let (code, out, err) = selfcheck(&["classify", path.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = value.as_array().unwrap();
    let verdicts: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["name"].as_str().unwrap(), r["verdict"].as_str().unwrap())).collect();
    assert_eq!(verdicts, [("门户网站", "eligible"), ("对外服务", "conditional"), ("社保查询", "conditional")]);
    let pending = &rows[1]["reasons"][0];
    assert_eq!(pending["code"], "confidentiality_review_pending", "a blank review cell is not done");
    assert_eq!(pending["reference"]["clause"], "§6");
    assert!(pending["text"].as_str().unwrap().contains("confidentiality review"), "{pending}");
    assert_eq!(rows[2]["reasons"][0]["code"], "sensitive_data");
    assert!(rows[2]["reasons"][0]["text"].as_str().unwrap().contains("citizens' private information"));
}

#[test]
fn classify_speaks_english_on_request() {
    let (code, out, _) = selfcheck(&["classify", &fixture("inventory.csv"), "--lang", "en"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let clause = value[0]["reasons"][0]["reference"]["clause"].as_str().unwrap();
    assert!(clause.contains('§'), "{clause}");
}

#[test]
fn a_bad_inventory_fails_with_located_errors_on_stderr() {
    let (code, out, err) = selfcheck(&["classify", &fixture("inventory-bad.csv"), "--lang", "en"]);
    assert_ne!(code, 0);
    assert!(out.is_empty(), "nothing half-done on stdout");
    assert!(err.contains("Line 3, column mlps_level: \"9\""), "{err}");
    assert!(err.contains("Line 4, column name"), "{err}");
    assert!(err.contains("Line 4, column state_secret: \"maybe\""), "{err}");
}

#[test]
fn classify_refuses_missing_and_non_utf8_files() {
    let (code, _, err) = selfcheck(&["classify", "/nonexistent/inventory.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/inventory.csv"), "{err}");

    let path = std::env::temp_dir().join(format!("selfcheck-gbk-{}.csv", std::process::id()));
    std::fs::write(&path, b"name\n\xc3\xfb\xb3\xc6\n").unwrap(); // GBK, not UTF-8
    let (code, _, err) = selfcheck(&["classify", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("UTF-8"), "{err}");

    let (code, _, err) = english(&["classify"]);
    assert_eq!(code, 2);
    assert!(err.contains("classify needs a CSV file"), "{err}");
}

/// The fit codes of each workload, as printed (`None`: no platform assigned).
fn fit_codes(rows: &[serde_json::Value]) -> Vec<(String, Option<Vec<String>>)> {
    rows.iter()
        .map(|r| {
            let codes = r["platform_fit"]
                .as_array()
                .map(|gaps| gaps.iter().map(|g| g["code"].as_str().unwrap().to_string()).collect());
            (r["name"].as_str().unwrap().to_string(), codes)
        })
        .collect()
}

#[test]
fn classify_with_platforms_prints_each_workloads_fit_gaps_as_the_core_finds_them() {
    use selfcheck_core::agency::{check_fit, classify, inventory_csv, platforms_csv};
    let (code, out, err) =
        selfcheck(&["classify", &fixture("inventory.csv"), "--platforms", &fixture("platforms.csv")]);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    let rows = value.as_array().unwrap();

    // The same gaps as the core's (the browser's) for the same files; every workload of
    // this inventory has a migration date or no platform, so today does not matter.
    let workloads = inventory_csv::import(&std::fs::read_to_string(fixture("inventory.csv")).unwrap()).unwrap();
    let platforms = platforms_csv::import(&std::fs::read_to_string(fixture("platforms.csv")).unwrap()).unwrap();
    let day = selfcheck_core::Date::from_ymd(2026, 1, 1).unwrap();
    let expected: Vec<(String, Option<Vec<String>>)> = workloads
        .iter()
        .map(|w| {
            let fit = check_fit(w, &classify(w), &platforms, day);
            (w.name.clone(), fit.map(|gaps| gaps.iter().map(|g| g.code.code().to_string()).collect()))
        })
        .collect();
    assert_eq!(fit_codes(rows), expected);

    // 财务系统 moves on 2027-02-28, the day 政务云 A's result (2024-02-29) expires.
    let finance = &rows[1];
    assert_eq!(finance["platform"], "政务云 A");
    let expired = finance["platform_fit"].as_array().unwrap().iter().find(|g| g["code"] == "assessment_expired");
    let expired = expired.expect("the result expires on the migration day");
    assert_eq!(expired["date"], "2027-02-28");
    assert!(expired["reference"]["source"].is_string() && !expired["text"].as_str().unwrap().is_empty());
    // 社保查询 on 政务云 B: expired on 2026-06-01, general tier, data centres not recorded.
    let social = fit_codes(rows).remove(4);
    let social = social.1.unwrap();
    for code in ["assessment_expired", "tier_below_recommended", "data_centres_unconfirmed"] {
        assert!(social.contains(&code.to_string()), "{code} in {social:?}");
    }
    assert!(!social.contains(&"data_centres_abroad".to_string()), "not recorded is never abroad");
    // No platform: no fit at all.
    assert_eq!(rows[2]["platform"], serde_json::Value::Null);
    assert_eq!(rows[2]["platform_fit"], serde_json::Value::Null);

    // Without --platforms the output is what it always was.
    let (code, plain, _) = selfcheck(&["classify", &fixture("inventory.csv")]);
    assert_eq!(code, 0);
    let plain: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert!(plain[1].get("platform_fit").is_none() && plain[1].get("platform").is_none());
    assert_eq!(plain[1]["reasons"], rows[1]["reasons"]);
}

#[test]
fn classify_reads_the_agency_workbook_for_both_its_inventory_and_its_platforms() {
    let book = fixture("xlsx/agency.xlsx");
    let (code, out, err) = selfcheck(&["classify", &book, "--platforms", &book, "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let fit = fit_codes(value.as_array().unwrap());
    assert!(fit.iter().any(|(_, f)| f.as_ref().is_some_and(|codes| codes.contains(&"platform_unknown".to_string()))));
    assert!(
        fit.iter().filter(|(_, f)| f.is_some()).any(|(_, f)| !f.as_ref().unwrap().contains(&"platform_unknown".into())),
        "the workbook's own platforms are found: {fit:?}"
    );
}

#[test]
fn a_bad_platforms_file_fails_with_located_errors_and_prints_nothing() {
    let bad = fixture("platforms-bad.csv");
    let (code, out, err) = selfcheck(&["classify", &fixture("inventory.csv"), "--platforms", &bad, "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "nothing half-done on stdout: {out}");
    assert!(err.contains("platforms-bad.csv: the platforms file was refused"), "{err}");
    for expected in [
        "Line 2, column result_date: \"2024-02-30\" is not a date",
        "Line 3, column tier: \"top\" is not a capability tier",
        "Line 3, column mlps_level: \"6\"",
        "Line 3, column data_centres_in_china: \"maybe\" is not yes or no",
        "Line 4, column name: the name \"政务云 A\" is already used on line 2",
        "Line 5, column name: must not be empty",
    ] {
        assert!(err.contains(expected), "{expected} in {err}");
    }
    let (code, _, err) = selfcheck(&["classify", &fixture("inventory.csv"), "--platforms", &bad]);
    assert_eq!(code, 1);
    assert!(err.contains("候选平台表未被接受"), "{err}");
    assert!(err.contains("第 4 行，name 列：名称“政务云 A”已在第 2 行使用"), "{err}");

    let (code, _, err) = selfcheck(&["classify", &fixture("inventory.csv"), "--platforms", "/nonexistent/p.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/p.csv"), "{err}");
    let (code, _, err) = english(&["classify", &fixture("inventory.csv"), "--platforms"]);
    assert_eq!(code, 2);
    assert!(err.contains("--platforms needs a file"), "{err}");
}

/// A real report, written by the core exactly as the app writes it.
fn report_file(name: &str, edit: impl FnOnce(String) -> String) -> std::path::PathBuf {
    use selfcheck_core::report::{build_provider_report, to_canonical_json};
    let mut inputs = ProviderWork::default();
    inputs
        .answers_mut()
        .insert("M19-A3-01-Q1".into(), selfcheck_core::Answer::with_status(selfcheck_core::Status::NotMet));
    inputs
        .answers_mut()
        .insert("M19-A3-01-Q2".into(), selfcheck_core::Answer::with_status(selfcheck_core::Status::Met));
    let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
    let text = to_canonical_json(&build_provider_report(&inputs, "2026-11-21T09:30:00Z", day));
    let path = std::env::temp_dir().join(format!("selfcheck-{}-{name}.json", std::process::id()));
    std::fs::write(&path, edit(text)).unwrap();
    path
}

#[test]
fn validate_accepts_a_genuine_report() {
    let path = report_file("genuine", |t| t);
    let (code, out, err) = selfcheck(&["validate", path.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("consistent: provider report"), "{out}");
    assert!(out.contains("Anyone can recompute the digest"), "{out}");
}

#[test]
fn validate_catches_a_hand_edited_answer() {
    let edit = |t: String| {
        let edited = t.replacen("\"M19-A3-01-Q1\":\"not_met\"", "\"M19-A3-01-Q1\":\"met\"", 1);
        assert_ne!(edited, t, "the answer is in the file");
        edited
    };
    let path = report_file("edited", edit);
    let (code, out, err) = selfcheck(&["validate", path.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("changed after it was exported"), "{err}");
}

#[test]
fn validate_catches_edited_figures_even_with_a_recomputed_digest() {
    use selfcheck_core::report::{compute_digest, load_report, to_canonical_json};
    let path = report_file("forged", |text| {
        let mut report = load_report(text.as_bytes()).unwrap().report;
        report.provider.as_mut().unwrap().summary.overall.score = Some(100.0);
        report.digest = compute_digest(&report);
        to_canonical_json(&report)
    });
    let (code, _, err) = selfcheck(&["validate", path.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("edited by hand"), "{err}");
}

#[test]
fn validate_refuses_what_is_not_a_report() {
    let path = report_file("foreign", |_| r#"{"hello": "world"}"#.into());
    let (code, _, err) = selfcheck(&["validate", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("不是云评自查报告"), "{err}");
    let (code, _, err) = english(&["validate"]);
    assert_eq!(code, 2);
    assert!(err.contains("validate needs a report"), "{err}");
}

#[test]
fn validate_judges_figures_not_the_version_stamp_and_catches_backdating() {
    use selfcheck_core::report::{compute_digest, load_report, to_canonical_json};
    let reseal = |change: fn(&mut selfcheck_core::report::Report)| {
        move |text: String| {
            let mut report = load_report(text.as_bytes()).unwrap().report;
            change(&mut report);
            report.digest = compute_digest(&report);
            to_canonical_json(&report)
        }
    };
    let older = report_file("older", reseal(|r| r.tool_version = "0.0.9".into()));
    let (code, _, err) = selfcheck(&["validate", older.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&older).unwrap();
    assert_eq!(code, 0, "a report from another version is judged on its figures: {err}");

    let backdated = report_file(
        "backdated",
        reseal(|r| {
            r.as_of = selfcheck_core::Date::from_ymd(2020, 1, 1).unwrap();
            *r = r.rebuilt().unwrap(); // figures recomputed for the false day, so only the date gives it away
        }),
    );
    let (code, _, err) = selfcheck(&["validate", backdated.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&backdated).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("is not the day it was generated"), "{err}");

    let bad_time = report_file("bad-time", reseal(|r| r.generated_at = "not a timestamp".into()));
    let (code, _, err) = selfcheck(&["validate", bad_time.to_str().unwrap(), "--lang", "en"]);
    std::fs::remove_file(&bad_time).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("RFC 3339"), "{err}");
}

#[test]
fn a_device_that_never_ends_is_refused_not_read_forever() {
    let (code, _, err) = selfcheck(&["validate", "/dev/zero", "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("too large"), "{err}");
}

#[test]
fn validate_accepts_the_files_of_every_older_format() {
    for name in [
        "report-v1-agency.json",
        "report-v1-provider.json",
        "report-v2-agency.json",
        "report-v2-provider.json",
        "report-v3-agency.json",
        "report-v3-provider.json",
        "report-v4-agency.json",
        "report-v4-provider.json",
        "report-v5-agency.json",
        "report-v5-provider.json",
    ] {
        let (code, out, err) = selfcheck(&["validate", &fixture(name), "--lang", "en"]);
        assert_eq!(code, 0, "{name}: {err}");
        // Made against the catalogs before their 2.0.0 audit: genuine, figures not recomputed.
        assert!(out.starts_with("genuine: "), "{name}: {out}");
        assert!(out.contains("earlier versions of") && out.contains("not recomputed"), "{name}: {out}");
        assert!(out.contains("older format version"), "{name}: the migration is said: {out}");
    }
    // Made against today's catalogs: every figure is recomputed and holds.
    for name in [
        "report-v6-agency.json",
        "report-v6-provider.json",
        "report-v7-agency.json",
        "report-v7-provider.json",
        "report-v8-agency.json",
        "report-v8-provider.json",
        "report-v9-agency.json",
        "report-v9-provider.json",
        "report-v9-provider-signed.json",
    ] {
        let (code, out, err) = selfcheck(&["validate", &fixture(name), "--lang", "en"]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(out.starts_with("consistent: ") && out.contains("every figure follows"), "{name}: {out}");
        assert!(out.contains("older format version"), "{name}: the migration is said: {out}");
    }
}

#[test]
fn catalog_check_reads_a_team_sheet_or_lists_every_located_problem() {
    let (code, out, err) = selfcheck(&["catalog", "check", &fixture("catalog.csv"), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("catalog catalog (version "), "{out}");
    assert!(out.contains("sections 3, items 5, red lines 2"), "{out}");
    assert!(out.contains("人员安全: items 2, red lines 1"), "{out}");

    let (code, out, err) = selfcheck(&["catalog", "check", &fixture("catalog-bad.csv")]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("第 2 行，weight 列：“9”不是权重"), "{err}");
    assert!(err.contains("第 3 行，id 列：编号“1”已在第 2 行使用"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("  ")).count(), 8, "{err}");
}

#[test]
fn catalog_convert_writes_json_that_checks_and_loads_back() {
    let output = std::env::temp_dir().join(format!("selfcheck-{}-converted.json", std::process::id()));
    let output = output.to_str().unwrap();
    let (code, out, err) = selfcheck(&[
        "catalog",
        "convert",
        &fixture("catalog.csv"),
        "--id",
        "our-checklist",
        "--title",
        "我们的自查表",
        "--version",
        "2.0",
        "-o",
        output,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("5 个检查项"), "{out}");
    let json = std::fs::read(output).unwrap();
    let catalog = selfcheck_core::catalog::loaded::read_json("x.json", &json).unwrap();
    assert_eq!(
        (catalog.id.as_str(), catalog.version.as_str(), catalog.title.zh.as_str()),
        ("our-checklist", "2.0", "我们的自查表")
    );
    assert_eq!(catalog.sections[0].items[0].id, "our-checklist:1.1");
    let text = String::from_utf8(json).unwrap();
    assert!(text.contains(r#""id":"1.1""#), "the file keeps the sheet's own ids");
    let (code, _, err) = selfcheck(&["catalog", "check", output]);
    std::fs::remove_file(output).unwrap();
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = selfcheck(&["catalog", "convert", &fixture("catalog.csv"), "-o", "x.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("--id"), "{err}");
}

/// Files of a team's self-check, as the app writes them: the lead's work, a returned
/// questionnaire that conflicts on one item and adds one, and an agency report.
struct TeamFiles {
    dir: std::path::PathBuf,
}

impl TeamFiles {
    fn new(name: &str) -> TeamFiles {
        use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
        use selfcheck_core::{Answer, Date, Status, Timestamp};
        let dir = std::env::temp_dir().join(format!("selfcheck-team-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let stamped = |status, by: &str, at: &str| {
            let mut a = Answer::with_status(status);
            a.stamp(by, Timestamp::parse(at).unwrap(), None);
            a
        };
        let mut lead = ProviderWork::default();
        lead.answers_mut().insert("M19-A3-01-Q1".into(), stamped(Status::NotMet, "合规部", "2026-11-20T09:00:00Z"));
        let write = |file: &str, text: String| std::fs::write(dir.join(file), text).unwrap();
        write("lead.json", to_canonical_json(&build_provider_report(&lead, "2026-11-20T10:00:00Z", day)));
        let mut hr = ProviderWork::default();
        hr.answers_mut().insert("M19-A3-01-Q1".into(), stamped(Status::Met, "人力资源部", "2026-12-01T09:00:00Z"));
        hr.answers_mut().insert("M19-A3-02-Q1".into(), stamped(Status::Partial, "人力资源部", "2026-12-01T09:05:00Z"));
        write("hr.json", to_canonical_json(&build_provider_report(&hr, "2026-12-01T10:00:00Z", day)));
        write(
            "agency.json",
            to_canonical_json(&build_agency_report(&AgencyWork::default(), "2026-12-01T10:00:00Z", day)),
        );
        write("broken.json", "{\"format\": ".into());
        TeamFiles { dir }
    }

    fn path(&self, file: &str) -> String {
        self.dir.join(file).to_str().unwrap().to_string()
    }
}

impl Drop for TeamFiles {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn merge_applies_what_does_not_conflict_and_lists_each_conflict_until_told() {
    let files = TeamFiles::new("merge");
    let (lead, hr, out) = (files.path("lead.json"), files.path("hr.json"), files.path("out.json"));
    let (code, stdout, err) = selfcheck(&["merge", &lead, &hr, "-o", &out, "--lang", "en"]);
    assert_eq!(code, 1, "a conflict is left undecided: {err}");
    assert!(stdout.contains("1 conflicts") && stdout.contains("M19-A3-01-Q1"), "{stdout}");
    assert!(
        stdout.contains("Not met (合规部, 2026-11-20 09:00)") && stdout.contains("Met (人力资源部, 2026-12-01 09:00)"),
        "{stdout}"
    );
    assert!(stdout.contains("1 answers applied"), "{stdout}");
    assert!(err.contains("--prefer"), "{err}");
    let merged = selfcheck_core::report::load_inputs(&std::fs::read(&out).unwrap()).unwrap().report;
    let merged = merged.provider.unwrap();
    assert_eq!(merged.answers["M19-A3-01-Q1"].status(), Some(selfcheck_core::Status::NotMet), "the base's, undecided");
    assert_eq!(merged.history["M19-A3-01-Q1"][0].value.status(), Some(selfcheck_core::Status::Met), "HR's kept");
    assert_eq!(merged.answers["M19-A3-02-Q1"].status(), Some(selfcheck_core::Status::Partial));

    let (code, _, err) = selfcheck(&["merge", &lead, &hr, "-o", &out, "--prefer", "newest"]);
    assert_eq!(code, 0, "{err}");
    let merged = selfcheck_core::report::load_inputs(&std::fs::read(&out).unwrap()).unwrap().report.provider.unwrap();
    assert_eq!(merged.answers["M19-A3-01-Q1"].status(), Some(selfcheck_core::Status::Met));
    assert_eq!(merged.history["M19-A3-01-Q1"][0].value.status(), Some(selfcheck_core::Status::NotMet));
    let (code, out_text, err) = selfcheck(&["validate", &out]);
    assert_eq!(code, 0, "the merged file is a consistent report: {out_text}{err}");

    let (code, _, _) = selfcheck(&["merge", &lead, &hr, "-o", &out, "--prefer", "base"]);
    assert_eq!(code, 0);
    let merged = selfcheck_core::report::load_inputs(&std::fs::read(&out).unwrap()).unwrap().report.provider.unwrap();
    assert_eq!(merged.answers["M19-A3-01-Q1"].status(), Some(selfcheck_core::Status::NotMet));
}

#[test]
fn merge_names_each_refused_file_and_merges_the_rest() {
    let files = TeamFiles::new("refused");
    let out = files.path("out.json");
    let args = [files.path("lead.json"), files.path("agency.json"), files.path("broken.json"), files.path("hr.json")];
    let (code, stdout, err) =
        selfcheck(&["merge", &args[0], &args[1], &args[2], &args[3], "-o", &out, "--prefer", "other", "--lang", "en"]);
    assert_eq!(code, 1, "two files were refused");
    assert!(err.contains("agency.json: This is a report of the agency role"), "{err}");
    assert!(err.contains("broken.json: The file is not valid JSON"), "{err}");
    assert!(stdout.contains("1 files merged (2 refused)"), "{stdout}");
    let (code, _, err) = selfcheck(&["merge", &args[0], "-o", &out]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn merge_takes_a_windows_saved_work_as_the_app_does() {
    let files = TeamFiles::new("session");
    let (lead, out) = (files.path("lead.json"), files.path("out.json"));
    // The committed session fixture: what a window that stopped saving offered as a file.
    let session = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/session-v3.json");
    let saved = selfcheck_core::session::Session::from_json(&std::fs::read_to_string(session).unwrap()).unwrap();
    let (code, stdout, err) = selfcheck(&["merge", &lead, session, "-o", &out, "--prefer", "other", "--lang", "en"]);
    assert_eq!(code, 0, "{stdout}{err}");
    let merged = selfcheck_core::report::load_inputs(&std::fs::read(&out).unwrap()).unwrap().report.provider.unwrap();
    for (id, answer) in saved.provider.answers.iter() {
        assert_eq!(merged.answers[id].status(), answer.status(), "{id} from the window's work");
    }
    assert!(merged.answers.contains_key("M19-A3-01-Q1"), "the lead's own answer stays");
}

#[test]
fn diff_prints_every_changed_answer_and_figure_and_nothing_for_the_same_report() {
    let files = TeamFiles::new("diff");
    let (lead, hr) = (files.path("lead.json"), files.path("hr.json"));
    let (code, out, err) = selfcheck(&["diff", &lead, &lead, "--lang", "en"]);
    assert_eq!((code, out.trim()), (0, "No change."), "{err}");
    let (code, out, err) = selfcheck(&["diff", &lead, &hr, "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("[improved] M19-A3-01-Q1") && out.contains("Not met → Met") && out.contains("gap closed"),
        "{out}"
    );
    assert!(out.contains("[newly answered] M19-A3-02-Q1") && out.contains("gap opened"), "{out}");
    assert!(out.contains("Overall readiness: "), "{out}");
    let (code, json, _) = selfcheck(&["diff", &lead, &hr, "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["role"], "provider");
    assert_eq!(value["items"][0]["kind"], "improved");
    let (code, _, err) = selfcheck(&["diff", &lead, &files.path("agency.json"), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("different roles"), "{err}");
}
