//! A team's self-check end to end, through the files people pass around: the lead
//! assigns owners and hands out questionnaires, three departments answer them apart,
//! the lead merges them back (one conflict), and compares with an earlier report.

use selfcheck_core::report::{build_provider_report, load_inputs, provider_catalogs, to_canonical_json};
use selfcheck_core::team::compare::{compare_provider, GapChange, ItemChangeKind};
use selfcheck_core::team::merge::{Prefer, Side};
use selfcheck_core::team::owners::{assign, tallies};
use selfcheck_core::team::provider::{apply_merge, plan_merge};
use selfcheck_core::team::questionnaire::hand_out;
use selfcheck_core::ProviderWork;
use selfcheck_core::{Date, Status, Timestamp};

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn day() -> Date {
    Date::from_ymd(2026, 12, 1).unwrap()
}

/// A report as the app downloads it, read back as the app reads it.
fn through_a_file(inputs: &ProviderWork, when: &str) -> ProviderWork {
    let text = to_canonical_json(&build_provider_report(inputs, when, day()));
    let loaded = load_inputs(text.as_bytes()).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.report.provider_work().unwrap()
}

fn answer(work: &mut ProviderWork, id: &str, status: Status, by: &str, when: &str) {
    let mut answer = work.answers_mut().remove(id).unwrap_or_default();
    answer.set_status(Some(status));
    answer.stamp(by, at(when), None);
    work.answers_mut().insert(id.into(), answer);
}

#[test]
fn three_departments_answer_apart_and_the_lead_merges_them_back() {
    let mut lead = ProviderWork::default();
    lead.profile.provider = "示例云".into();
    answer(&mut lead, "M19-A3-04-Q1", Status::NotMet, "合规部", "2026-11-20T09:00:00+08:00");
    let earlier = through_a_file(&lead, "2026-11-20T10:00:00Z");

    assign(lead.answers_mut(), ["M19-A3-02-Q1", "M19-A3-02-Q2"], "人力资源部");
    assign(lead.answers_mut(), ["M19-A3-03-Q1", "M19-A3-03-Q2"], "采购部");
    assign(lead.answers_mut(), ["M19-A3-04-Q1", "M19-A3-04-Q2"], "运维部");
    let catalogs = provider_catalogs(&[]);
    let owners: Vec<_> = tallies(&catalogs, &lead.answers, &Default::default()).into_iter().map(|t| t.owner).collect();
    assert_eq!(owners, ["人力资源部", "运维部", "采购部", ""], "by name, then the items nobody owns");

    let issued = at("2026-12-01T09:00:00+08:00");
    let handed: Vec<ProviderWork> = ["人力资源部", "采购部", "运维部"]
        .iter()
        .map(|owner| through_a_file(&hand_out(&lead, owner, "合规部", issued.clone()).unwrap(), "2026-12-01T01:00:00Z"))
        .collect();
    assert!(handed.iter().all(|q| q.questionnaire.is_some() && q.answers.len() == 2));

    // Each department answers its own items, in its own browser.
    let mut returned = handed;
    answer(&mut returned[0], "M19-A3-02-Q1", Status::Met, "人力资源部 张三", "2026-12-02T10:00:00+08:00");
    answer(&mut returned[0], "M19-A3-02-Q2", Status::Partial, "人力资源部 张三", "2026-12-02T10:05:00+08:00");
    answer(&mut returned[1], "M19-A3-03-Q1", Status::Met, "采购部 李四", "2026-12-02T11:00:00+08:00");
    answer(&mut returned[2], "M19-A3-04-Q1", Status::Met, "运维部 王五", "2026-12-03T09:00:00+08:00");
    let files: Vec<ProviderWork> = returned.iter().map(|q| through_a_file(q, "2026-12-03T02:00:00Z")).collect();

    let merge = plan_merge(&lead, &files.iter().collect::<Vec<_>>());
    assert_eq!(merge.answers.applied.len(), 3, "HR's two, procurement's one");
    assert_eq!(merge.answers.conflicts.len(), 1, "operations answered what the lead had answered");
    let conflict = &merge.answers.conflicts[0];
    assert_eq!(conflict.key, "M19-A3-04-Q1");
    assert_eq!(conflict.candidates.iter().map(|c| c.side).collect::<Vec<_>>(), [Side::Yours, Side::File(2)]);
    let names = ["hr.json", "procurement.json", "ops.json"];
    let merged_at = at("2026-12-03T03:00:00Z");
    let merged = apply_merge(&lead, merge, |c| c.preferred(Prefer::Newest, |_| None), &names, &merged_at);

    assert_eq!(merged.answers["M19-A3-04-Q1"].status(), Some(Status::Met), "the newer answer");
    assert_eq!(merged.answers["M19-A3-04-Q1"].details().owner, "运维部");
    assert_eq!(merged.answers["M19-A3-02-Q2"].details().answered_by, "人力资源部 张三");
    let kept = &merged.history["M19-A3-04-Q1"];
    assert_eq!((kept[0].value.status(), kept[0].from.as_str()), (Some(Status::NotMet), ""), "the lead's own, kept");
    assert!(merged.questionnaire.is_none(), "the lead's work stays the lead's");

    // The merged work, through a file, byte for byte.
    let report = build_provider_report(&merged, "2026-12-03T03:00:00Z", day());
    let text = to_canonical_json(&report);
    let back = load_inputs(text.as_bytes()).unwrap().report.provider_work().unwrap();
    assert_eq!(back, merged);
    assert_eq!(to_canonical_json(&build_provider_report(&back, "2026-12-03T03:00:00Z", day())), text);

    let progress = compare_provider(&earlier, &merged);
    assert_eq!(progress.count(ItemChangeKind::Answered), 3);
    assert_eq!(progress.count(ItemChangeKind::Improved), 1);
    assert_eq!(progress.gaps(GapChange::Closed), 1);
    assert_eq!(progress.gaps(GapChange::Opened), 1, "HR's partial answer");
    assert!(progress.overall.after > progress.overall.before);
    assert!(compare_provider(&merged, &back).is_empty());
}

#[test]
fn a_returned_questionnaire_merged_twice_changes_nothing_the_second_time() {
    let mut lead = ProviderWork::default();
    assign(lead.answers_mut(), ["M19-A3-01-Q1"], "法务部");
    let mut q = hand_out(&lead, "法务部", "", at("2026-12-01T09:00:00Z")).unwrap();
    answer(&mut q, "M19-A3-01-Q1", Status::Partial, "法务部", "2026-12-01T10:00:00Z");
    let once = apply_merge(&lead, plan_merge(&lead, &[&q]), |_| None, &["q.json"], &at("2026-12-01T11:00:00Z"));
    let twice = plan_merge(&once, &[&q]);
    assert!(twice.answers.applied.is_empty() && twice.answers.conflicts.is_empty());
    let mut edited = q.clone();
    edited.answers_mut().get_mut("M19-A3-01-Q1").unwrap().edit_details(|d| d.note = "补充".into());
    let changed = plan_merge(&once, &[&edited]);
    assert_eq!(changed.answers.conflicts.len(), 1, "a different note is a different answer");
}
