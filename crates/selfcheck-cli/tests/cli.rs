//! Drives the real `selfcheck` binary as a user would.

use std::process::Command;

fn selfcheck(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_selfcheck")).args(args).output().expect("selfcheck runs");
    (
        output.status.code().expect("exited normally"),
        String::from_utf8(output.stdout).expect("utf-8 stdout"),
        String::from_utf8(output.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn version_prints_the_crate_version() {
    let (code, out, _) = selfcheck(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("selfcheck {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn no_arguments_is_a_usage_error_on_stderr() {
    let (code, out, err) = selfcheck(&[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("USAGE"));
}

#[test]
fn unknown_command_is_named_in_the_error() {
    let (code, _, err) = selfcheck(&["frobnicate"]);
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
    let (code, _, err) = selfcheck(&["sources", "--lang", "fr"]);
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
            ("门户网站", "eligible"),
            ("财务系统, 二期", "conditional"),
            ("公文交换", "prohibited"),
            ("应急指挥", "not_suitable"),
            ("社保查询", "conditional"),
            ("新建协同办公", "conditional"),
            ("涉密档案", "prohibited"),
        ]
    );
    let reasons = rows[3]["reasons"].as_array().unwrap();
    let codes: Vec<&str> = reasons.iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["mlps_level_4_plus", "severe_impact", "key_business"]);
    for reason in reasons {
        assert!(!reason["text"].as_str().unwrap().is_empty());
        assert_eq!(reason["reference"]["source"], "opinion-2014");
        assert!(reason["reference"]["clause"].as_str().unwrap().contains("第三条"));
    }
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

    let (code, _, err) = selfcheck(&["classify"]);
    assert_eq!(code, 2);
    assert!(err.contains("classify needs a CSV file"), "{err}");
}

/// A real report, written by the core exactly as the app writes it.
fn report_file(name: &str, edit: impl FnOnce(String) -> String) -> std::path::PathBuf {
    use selfcheck_core::report::{build_provider_report, to_canonical_json, ProviderInputs};
    let mut inputs = ProviderInputs::default();
    inputs.answers.insert("M19-A3-01-Q1".into(), selfcheck_core::Answer::with_status(selfcheck_core::Status::NotMet));
    inputs.answers.insert("M19-A3-01-Q2".into(), selfcheck_core::Answer::with_status(selfcheck_core::Status::Met));
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
    let (code, _, err) = selfcheck(&["validate"]);
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
    ] {
        let (code, out, err) = selfcheck(&["validate", &fixture(name), "--lang", "en"]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(out.starts_with("consistent: "), "{name}: {out}");
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
        use selfcheck_core::report::{
            build_agency_report, build_provider_report, to_canonical_json, AgencyInputs, ProviderInputs,
        };
        use selfcheck_core::{Answer, Date, Status, Timestamp};
        let dir = std::env::temp_dir().join(format!("selfcheck-team-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let stamped = |status, by: &str, at: &str| {
            let mut a = Answer::with_status(status);
            a.stamp(by, Timestamp::parse(at).unwrap(), None);
            a
        };
        let mut lead = ProviderInputs::default();
        lead.answers.insert("M19-A3-01-Q1".into(), stamped(Status::NotMet, "合规部", "2026-11-20T09:00:00Z"));
        let write = |file: &str, text: String| std::fs::write(dir.join(file), text).unwrap();
        write("lead.json", to_canonical_json(&build_provider_report(&lead, "2026-11-20T10:00:00Z", day)));
        let mut hr = ProviderInputs::default();
        hr.answers.insert("M19-A3-01-Q1".into(), stamped(Status::Met, "人力资源部", "2026-12-01T09:00:00Z"));
        hr.answers.insert("M19-A3-02-Q1".into(), stamped(Status::Partial, "人力资源部", "2026-12-01T09:05:00Z"));
        write("hr.json", to_canonical_json(&build_provider_report(&hr, "2026-12-01T10:00:00Z", day)));
        write(
            "agency.json",
            to_canonical_json(&build_agency_report(&AgencyInputs::default(), "2026-12-01T10:00:00Z", day)),
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
    for (id, answer) in &saved.provider.answers {
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
