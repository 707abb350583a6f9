//! Answer once (#28) on the command line: `crosswalk`'s figures for a scope, its `--check`
//! of a report's contradictions, `validate`'s warnings of them, and `merge` carrying an
//! answer to the items equal to it.

mod common;
use common::selfcheck;

use selfcheck_core::catalog::{builtin, loaded, Audience, Scope};
use selfcheck_core::crosswalk::scope_figures::{figures, ScopeFigures};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
use selfcheck_core::{AgencyWork, Answer, Date, ProviderWork, Status, Timestamp};

/// A real group of equal items in `catalogs/crosswalk.json`: operations run from China.
const GROUP: [&str; 3] = ["G22239C-OM-Q1", "M19-A3-07-Q2", "O14-G-Q3"];
/// Another: no system hosted above the platform's level.
const LEVEL_GROUP: [&str; 3] = ["G22239C-NW-Q1", "M19-A3-07-Q3", "O14-G-Q2"];
/// Asks all M19-A3-07-Q2 asks and more (a superset of it).
const WHOLE: &str = "G31168-MA-Q2";

/// What the core says of a scope, to hold the command's output to.
fn expected(tier: CapabilityTier, level: u8) -> ScopeFigures {
    let scope = Scope { tier: Some(tier), level: Some(level) };
    let catalogs = builtin().for_audience(Audience::Provider);
    let ids = catalogs.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items).filter(|i| scope.applies(i));
    figures(&loaded::relations(&[]), ids.map(|i| i.id.as_str()))
}

fn stamped(status: Status, by: &str, at: &str) -> Answer {
    let mut answer = Answer::with_status(status);
    answer.stamp(by, Timestamp::parse(at).unwrap(), None);
    answer
}

/// Report files written by the core as the app writes them, in a folder of their own.
struct Files {
    dir: std::path::PathBuf,
}

impl Files {
    fn new(name: &str) -> Files {
        let dir = std::env::temp_dir().join(format!("selfcheck-crosswalk-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Files { dir }
    }

    fn path(&self, file: &str) -> String {
        self.dir.join(file).to_str().unwrap().to_string()
    }

    /// A provider report of `answers`, carried within their groups as the app does.
    fn provider(&self, file: &str, answers: &[(&str, Answer)]) -> String {
        let mut work = ProviderWork::default();
        for (id, answer) in answers {
            work.answers_mut().insert(id.to_string(), answer.clone());
        }
        selfcheck_core::crosswalk::carry(&loaded::relations(&[]), work.answers_mut());
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let text = to_canonical_json(&build_provider_report(&work, "2026-12-01T10:00:00Z", day));
        std::fs::write(self.path(file), text).unwrap();
        self.path(file)
    }

    /// Two contradictions: equal items answered differently (M19-A3-07-Q3 met, O14-G-Q2
    /// not), and G31168-MA-Q2 met while its part M19-A3-07-Q2 is not (carried there from
    /// G22239C-OM-Q1).
    fn contradicting(&self) -> String {
        self.provider(
            "contradicting.json",
            &[
                (LEVEL_GROUP[1], stamped(Status::Met, "合规部", "2026-11-20T09:00:00Z")),
                (LEVEL_GROUP[2], stamped(Status::NotMet, "运维部", "2026-11-21T10:30:00Z")),
                (WHOLE, stamped(Status::Met, "合规部", "2026-11-20T09:05:00Z")),
                (GROUP[0], stamped(Status::NotMet, "运维部", "2026-11-21T10:35:00Z")),
            ],
        )
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn crosswalk_prints_the_default_scope_its_groups_and_other_relations_in_either_language() {
    let every = expected(CapabilityTier::Enhanced, 4);
    assert!(every.answers_needed < every.items, "the built-in crosswalk folds some items: {every:?}");
    let share = selfcheck_core::scoring::percent(Some(every.answers_needed as f64 * 100.0 / every.items as f64));

    let (code, out, err) = selfcheck(&["crosswalk", "--lang", "en"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let head = format!(
        "Scope: Enhanced tier, MLPS level 4. {} items apply; {} answers cover them ({share}): each group of equal items is answered once.",
        every.items, every.answers_needed
    );
    assert_eq!(out.lines().next(), Some(head.as_str()), "{out}");
    assert!(out.contains(&format!("Groups of equal items ({};", every.groups.len())), "{out}");
    assert!(
        out.contains(
            "M19-A3-07-Q2  Cloud Service Security Assessment: Focus Area Self-Check · Operations run from inside China"
        ),
        "each item with its catalog's and its own title: {out}"
    );
    for id in GROUP {
        assert!(out.contains(id), "{id}: {out}");
    }
    assert!(out.lines().last().unwrap().starts_with("Other relations: "), "{out}");
    assert!(out.contains("subset pairs") && out.contains("intersecting pairs"), "{out}");

    let (code, out, _) = selfcheck(&["crosswalk"]);
    assert_eq!(code, 0);
    let head =
        format!("范围：增强级，等保第 4 级。适用 {} 项，需要 {} 个答复（{share}）", every.items, every.answers_needed);
    assert!(out.starts_with(&head), "Chinese without --lang or a locale: {out}");
    assert!(out.contains("M19-A3-07-Q2  云计算服务安全评估重点内容自查 · "), "{out}");
    assert!(out.contains("其他关系：子集 "), "{out}");
}

#[test]
fn crosswalk_json_is_the_figures_of_the_scope_asked() {
    let (code, json, err) = selfcheck(&["crosswalk", "--json"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let every = expected(CapabilityTier::Enhanced, 4);
    assert_eq!((value["tier"].as_str(), value["level"].as_u64()), (Some("enhanced"), Some(4)), "the defaults");
    assert_eq!(value["items"].as_u64(), Some(every.items as u64));
    assert_eq!(value["answers_needed"].as_u64(), Some(every.answers_needed as u64));
    let groups: Vec<Vec<String>> = serde_json::from_value(value["groups"].clone()).unwrap();
    assert_eq!(groups, every.groups);
    assert!(groups.contains(&GROUP.map(String::from).to_vec()), "{groups:?}");
    let share = value["answers_share_percent"].as_f64().unwrap();
    assert!((share - every.answers_needed as f64 * 100.0 / every.items as f64).abs() < 0.05, "{share}");
    let relations = value["relations"].as_object().unwrap();
    assert_eq!(relations.keys().collect::<Vec<_>>(), ["equal", "intersect", "subset"], "superset counted as subset");
    let stated = selfcheck_core::crosswalk::builtin().relations.len() as u64;
    let counted: u64 = relations.values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(counted, stated, "at the widest scope every built-in relation is counted once");

    let (code, json, _) = selfcheck(&["crosswalk", "--tier", "general", "--level", "1", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let narrow = expected(CapabilityTier::General, 1);
    assert_eq!((value["tier"].as_str(), value["level"].as_u64()), (Some("general"), Some(1)));
    assert_eq!(value["items"].as_u64(), Some(narrow.items as u64));
    assert_eq!(value["answers_needed"].as_u64(), Some(narrow.answers_needed as u64));
    assert!(narrow.items < every.items, "enhanced items and level-bound ones are left out");
}

#[test]
fn crosswalk_usage_errors_exit_2_in_the_language() {
    let (code, out, err) = selfcheck(&["crosswalk", "--level", "5", "--lang", "en"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.starts_with("selfcheck crosswalk: --level takes 1, 2, 3 or 4, not \"5\""), "{err}");
    let (code, _, err) = selfcheck(&["crosswalk", "--level", "0"]);
    assert_eq!(code, 2);
    assert!(err.contains("--level 只接受 1、2、3 或 4，不接受“0”"), "{err}");
    let (code, _, err) = selfcheck(&["crosswalk", "--tier", "basic", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.contains("--tier takes general or enhanced, not \"basic\""), "{err}");
    let (code, _, err) = selfcheck(&["crosswalk", "--check", "r.json", "--level", "3", "--lang", "en"]);
    assert_eq!(code, 2, "a report's answers do not depend on a scope");
    assert!(err.contains("--level cannot be used with --check") || err.contains("--check cannot be used with --level"));
}

#[test]
fn crosswalk_check_lists_each_contradiction_with_statuses_who_when_and_where_carried_from() {
    let files = Files::new("check");
    let report = files.contradicting();
    let (code, out, err) = selfcheck(&["crosswalk", "--check", &report, "--lang", "en"]);
    assert_eq!((code, err.as_str()), (1, ""), "contradictions exit 1: {out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "2 contradictions between answers:",
            "  equal items answered differently: M19-A3-07-Q3 \"Met\" (合规部, 2026-11-20 09:00) ≠ O14-G-Q2 \"Not met\" (运维部, 2026-11-21 10:30)",
            "  an item met while a part of it is not: G31168-MA-Q2 \"Met\" (合规部, 2026-11-20 09:05), its part M19-A3-07-Q2 \"Not met\" (运维部, 2026-11-21 10:35; carried from G22239C-OM-Q1)",
        ],
        "{out}"
    );

    let (code, out, _) = selfcheck(&["crosswalk", "--check", &report]);
    assert_eq!(code, 1);
    assert!(out.starts_with("2 处答复相互矛盾：\n"), "{out}");
    assert!(
        out.contains("等同项答复不同：M19-A3-07-Q3“达标”（答复人：合规部，2026-11-20 09:00） ≠ O14-G-Q2“未达标”"),
        "{out}"
    );
    assert!(out.contains("由 G22239C-OM-Q1 带入"), "{out}");

    let (code, json, _) = selfcheck(&["crosswalk", "--check", &report, "--json"]);
    assert_eq!(code, 1, "--json keeps the exit status");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found: Vec<selfcheck_core::crosswalk::Contradiction> =
        serde_json::from_value(value["contradictions"].clone()).unwrap();
    assert_eq!(found.len(), 2, "{json}");
    assert_eq!(value["contradictions"][0]["kind"], "equal_differs");
    assert_eq!(value["contradictions"][1]["kind"], "superset_met");
    assert_eq!((found[1].first.item.as_str(), found[1].second.item.as_str()), (WHOLE, GROUP[1]));
    assert_eq!(found[1].second.carried_from, GROUP[0]);
    // What the report itself derived (`provider.consistency`) is what was found.
    let written = selfcheck_core::report::load_report(&std::fs::read(&report).unwrap()).unwrap().report;
    assert_eq!(written.provider.unwrap().consistency, found);
}

#[test]
fn crosswalk_check_of_a_report_without_contradiction_exits_0() {
    let files = Files::new("clean");
    let report = files.provider("clean.json", &[(GROUP[1], stamped(Status::Met, "运维部", "2026-11-21T10:35:00Z"))]);
    let (code, out, err) = selfcheck(&["crosswalk", "--check", &report, "--lang", "en"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "No answers contradict each other.\n", ""));
    let (code, out, _) = selfcheck(&["crosswalk", "--check", &report]);
    assert_eq!((code, out.as_str()), (0, "没有相互矛盾的答复。\n"));
    let (code, json, _) = selfcheck(&["crosswalk", "--check", &report, "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["contradictions"], serde_json::json!([]));
}

#[test]
fn crosswalk_check_refuses_an_agency_report_and_what_validate_refuses_in_its_words() {
    let files = Files::new("refused");
    let agency = files.path("agency.json");
    let day = Date::from_ymd(2026, 12, 1).unwrap();
    std::fs::write(
        &agency,
        to_canonical_json(&build_agency_report(&AgencyWork::default(), "2026-12-01T10:00:00Z", day)),
    )
    .unwrap();
    let (code, out, err) = selfcheck(&["crosswalk", "--check", &agency, "--lang", "en"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!("selfcheck: {agency}: This is a report of the agency role; only a provider's report is checked for contradictions.\n")
    );
    let (code, _, err) = selfcheck(&["crosswalk", "--check", &agency]);
    assert_eq!(code, 1);
    assert!(err.contains("这是党政机关的报告；只有云服务商的报告才检查矛盾答复。"), "{err}");

    let broken = files.path("broken.json");
    std::fs::write(&broken, "{\"format\": ").unwrap();
    for file in [broken.as_str(), "/nonexistent/r.json"] {
        let (code, out, err) = selfcheck(&["crosswalk", "--check", file, "--lang", "en"]);
        let (validate_code, _, validate_err) = selfcheck(&["validate", file, "--lang", "en"]);
        assert_eq!((code, out.as_str()), (1, ""));
        assert_eq!((code, &err), (validate_code, &validate_err), "located as validate locates it");
        assert!(err.starts_with(&format!("selfcheck: {file}: ")), "{err}");
    }
}

#[test]
fn validate_warns_of_each_contradiction_and_keeps_its_exit_status() {
    let files = Files::new("validate");
    let report = files.contradicting();
    let (code, out, err) = selfcheck(&["validate", &report, "--lang", "en"]);
    assert_eq!((code, err.as_str()), (0, ""), "contradictions are warnings: {out}");
    assert!(out.starts_with("consistent: provider report"), "what it said before comes first: {out}");
    let warnings: Vec<&str> = out.lines().filter(|l| l.starts_with("  warning: ")).collect();
    assert_eq!(warnings.len(), 2, "{out}");
    assert!(warnings[0].contains("equal items answered differently: M19-A3-07-Q3 \"Met\""), "{out}");
    assert!(warnings[1].contains("its part M19-A3-07-Q2 \"Not met\""), "{out}");
    assert!(out.ends_with(&format!("{}\n", warnings[1])), "after the current output: {out}");

    let (code, out, _) = selfcheck(&["validate", &report]);
    assert_eq!(code, 0);
    assert!(out.contains("  警告：等同项答复不同：M19-A3-07-Q3“达标”"), "{out}");
    assert!(out.contains("  警告：某项达标而其一部分未达标：G31168-MA-Q2“达标”"), "{out}");

    let clean = files.provider("clean.json", &[(GROUP[0], stamped(Status::Met, "运维部", "2026-11-21T10:35:00Z"))]);
    let (code, out, _) = selfcheck(&["validate", &clean, "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(!out.contains("warning:"), "no contradiction, no warning: {out}");
}

#[test]
fn merge_carries_an_answer_to_its_equal_items_and_validate_reads_the_file_back_as_consistent() {
    let files = Files::new("merge");
    let base = files.provider("base.json", &[("M19-A3-01-Q1", stamped(Status::Met, "合规部", "2026-11-20T09:00:00Z"))]);
    // The other file as a colleague wrote it: one answer, to one item of the group.
    let mut work = ProviderWork::default();
    work.answers_mut().insert(GROUP[1].into(), stamped(Status::Partial, "运维部", "2026-11-21T10:35:00Z"));
    let day = Date::from_ymd(2026, 12, 1).unwrap();
    let other = files.path("ops.json");
    std::fs::write(&other, to_canonical_json(&build_provider_report(&work, "2026-12-01T10:00:00Z", day))).unwrap();
    let written = selfcheck_core::report::load_inputs(&std::fs::read(&other).unwrap()).unwrap().report;
    assert!(!written.provider.unwrap().answers.contains_key(GROUP[0]), "nothing carried in the other file yet");

    let out = files.path("merged.json");
    let (code, stdout, err) = selfcheck(&["merge", &base, &other, "-o", &out, "--lang", "en"]);
    assert_eq!(code, 0, "{stdout}{err}");
    let merged = selfcheck_core::report::load_inputs(&std::fs::read(&out).unwrap()).unwrap().report.provider.unwrap();
    assert_eq!(merged.answers[GROUP[1]].given_status(), Some(Status::Partial), "the answer given");
    for id in [GROUP[0], GROUP[2]] {
        let answer = &merged.answers[id];
        assert_eq!(answer.effective_status(), Some(Status::Partial), "{id}: carried");
        assert_eq!(answer.carried_from(), Some(GROUP[1]), "{id}: marked as carried from the item answered");
    }
    assert_eq!(merged.answers["M19-A3-01-Q1"].effective_status(), Some(Status::Met), "the base's own answer");

    let (code, text, err) = selfcheck(&["validate", &out, "--lang", "en"]);
    assert_eq!((code, err.as_str()), (0, ""), "{text}");
    assert!(text.starts_with("consistent: provider report"), "{text}");
    assert!(!text.contains("warning:"), "carried answers agree by construction: {text}");
    let (code, text, _) = selfcheck(&["crosswalk", "--check", &out, "--lang", "en"]);
    assert_eq!((code, text.as_str()), (0, "No answers contradict each other.\n"));
}

/// The command line's words against every other table it can see (the core's terms and
/// messages, the workbooks', the documents'): no word written twice. The app's test runs
/// the same check with the app's own table too.
#[test]
fn no_word_of_the_command_line_is_written_in_another_table() {
    use selfcheck_core::messages::{core_tables, table_problems};
    let mut tables = core_tables();
    tables.push(selfcheck_sheets::text_table());
    tables.push(selfcheck_docx::text_table());
    tables.push(selfcheck_cli::text_table());
    assert_eq!(table_problems(&tables, &[("workbooks", "SheetInventory")]), Vec::<String>::new());
}
