//! Answer once, through the public API: a team's sheet relating its items to built-in
//! ones (`对应项`), its located problems, answers carried both ways, and the report's
//! `consistency` written, read back and checked.

use selfcheck_core::catalog::csv_import::CatalogHeader;
use selfcheck_core::catalog::loaded::{self, LoadedProblem};
use selfcheck_core::crosswalk::{self, ContradictionKind, RelationKind};
use selfcheck_core::messages::Describe;
use selfcheck_core::report::verify::verify;
use selfcheck_core::report::{build_provider_report, to_canonical_json};
use selfcheck_core::{fixtures, Answer, Date, Lang, ProviderWork, Status};

fn day() -> Date {
    Date::from_ymd(2026, 12, 7).unwrap()
}

fn team_catalog(sheet: &str) -> Result<selfcheck_core::catalog::Catalog, Vec<LoadedProblem>> {
    let head = CatalogHeader { id: "team".into(), title: "自查表".into(), version: "1".into(), date: day() };
    loaded::from_sections(&head, loaded::read_csv(sheet.as_bytes())?)
}

const SHEET: &str =
    "章节,编号,标题,对应项\n运维,1,运维在境内,M19-A3-07-Q2=equal\n运维,2,隔离,G31168-SC-Q3＝交叉；\n运维,3,其他,\n";

#[test]
fn a_sheet_relates_its_items_to_built_in_ones_and_answers_travel_both_ways() {
    let catalog = team_catalog(SHEET).expect("the sheet loads");
    let items = &catalog.sections[0].items;
    assert_eq!(items[0].maps_to[0].item, "M19-A3-07-Q2");
    assert_eq!(items[1].maps_to[0].kind, RelationKind::Intersect);
    assert!(items[2].maps_to.is_empty());
    let mut work = ProviderWork { catalogs: vec![catalog].into(), ..ProviderWork::default() };
    let relations = loaded::relations(&work.catalogs);
    // A built-in answer answers the team's item…
    work.answers_mut().insert("M19-A3-07-Q2".into(), Answer::with_status(Status::Met));
    crosswalk::carry(&relations, work.answers_mut());
    assert_eq!(work.answers["team:1"].status(), Some(Status::Met));
    assert_eq!(work.answers["team:1"].carried_from(), Some("M19-A3-07-Q2"));
    // …and the team's own answer, given instead, answers the built-in group.
    work.answers_mut().clear();
    work.answers_mut().insert("team:1".into(), Answer::with_status(Status::Partial));
    crosswalk::carry(&relations, work.answers_mut());
    for id in relations.group("team:1").unwrap() {
        assert_eq!(work.answers[id].status(), Some(Status::Partial), "{id}");
    }
    // The overlapping item is proposed to, never answered.
    work.answers_mut().insert("G31168-SC-Q3".into(), Answer::with_status(Status::Met));
    assert!(!work.answers.contains_key("team:2"));
    assert_eq!(crosswalk::propose(&relations, &work.answers, "team:2").unwrap().status, Status::Partial);
}

#[test]
fn a_bad_cell_is_refused_where_it_is_in_either_language() {
    let sheet = "章节,编号,标题,对应项\n运维,1,运维在境内,M19-A3-07-Q2=same\n";
    let problems = team_catalog(sheet).unwrap_err();
    let zh = problems[0].describe().render(Lang::ZhCn);
    let en = problems[0].describe().render(Lang::En);
    assert!(zh.contains("第 2 行") && zh.contains("maps_to") && zh.contains("M19-A3-07-Q2=same"), "{zh}");
    assert!(en.contains("Line 2") && en.contains("equal, subset, superset or intersect"), "{en}");
}

#[test]
fn a_relation_the_built_in_ones_deny_is_refused_with_the_item_named() {
    let group = loaded::relations(&[]).groups()[0].clone();
    let other = loaded::relations(&[]).groups()[1][0].clone();
    let cases = [
        (format!("{}=equal; {}=equal", group[0], other), "MapsToJoinsGroups"),
        (format!("{}=equal; {}=subset", group[0], group[1]), "MapsToContradicts"),
        ("M19-NOPE=equal".to_string(), "MapsToUnknown"),
        (format!("{0}=equal; {0}=intersect", group[0]), "MapsToRepeated"),
        // M19-A3-07-Q2 is part of G31168-MA-Q2: an item equal to it cannot overlap MA-Q2.
        ("M19-A3-07-Q2=equal; G31168-MA-Q2=intersect".to_string(), "MapsToContradicts"),
    ];
    for (cell, expected) in cases {
        let sheet = format!("章节,编号,标题,对应项\n运维,1,题,\"{cell}\"\n");
        let problems = team_catalog(&sheet).unwrap_err();
        let LoadedProblem::Catalog(problem) = &problems[0] else { panic!("{cell}: {problems:?}") };
        assert_eq!(problem.path, "sections[0].items[0].maps_to", "{cell}");
        assert!(format!("{:?}", problem.issue).starts_with(expected), "{cell}: {problem:?}");
        assert!(!problem.describe().render(Lang::ZhCn).is_empty());
    }
}

#[test]
fn a_report_lists_its_contradictions_and_reads_back_consistent() {
    let relations = loaded::relations(&[]);
    let group = relations.groups()[0].clone();
    let mut work = ProviderWork::default();
    work.answers_mut().insert(group[0].clone(), Answer::with_status(Status::Met));
    work.answers_mut().insert(group[1].clone(), Answer::with_status(Status::NotMet));
    crosswalk::carry(&relations, work.answers_mut());
    let report = build_provider_report(&work, "2026-12-07T08:00:00Z", day());
    let section = report.provider.as_ref().unwrap();
    assert_eq!(section.consistency.len(), 1);
    assert_eq!(section.consistency[0].kind, ContradictionKind::EqualDiffers);
    let text = to_canonical_json(&report);
    assert!(text.contains("\"format_version\":10") || text.contains("\"format_version\": 10"));
    assert!(text.contains("\"consistency\"") && text.contains("\"equal_differs\""));
    let verified = verify(text.as_bytes()).unwrap();
    assert!(verified.is_consistent(), "{:?}", verified.findings);
    // A carried status edited by hand (the digest made again) is caught.
    let carried = &relations.groups()[1];
    let mut edited = work.clone();
    edited.answers_mut().insert(carried[0].clone(), Answer::with_status(Status::Met));
    crosswalk::carry(&relations, edited.answers_mut());
    let mut edited_report = build_provider_report(&edited, "2026-12-07T08:00:00Z", day());
    let answers = std::rc::Rc::make_mut(&mut edited_report.provider.as_mut().unwrap().work.answers);
    answers.get_mut(&carried[1]).unwrap().set_status(Some(Status::NotMet));
    let edited_report = {
        let mut report =
            build_provider_report(&edited_report.provider.as_ref().unwrap().work, "2026-12-07T08:00:00Z", day());
        report.digest = selfcheck_core::report::compute_digest(&report);
        to_canonical_json(&report)
    };
    let findings = verify(edited_report.as_bytes()).unwrap().findings;
    assert!(
        findings.contains(&selfcheck_core::report::verify::Finding::CarriedNotAsGiven { count: 1 }),
        "{findings:?}"
    );
    // A stated consistency that is not what the answers give is caught.
    let tampered = text.replacen("\"equal_differs\"", "\"superset_met\"", 1);
    let tampered = selfcheck_core::report::canonical::digest_of_text(&tampered)
        .map(|digest| {
            let old = &report.digest;
            tampered.replacen(old.as_str(), &digest, 1)
        })
        .unwrap();
    assert!(!verify(tampered.as_bytes()).unwrap().is_consistent());
}

#[test]
fn a_five_thousand_item_sheet_mapped_to_the_built_ins_loads() {
    let catalog = team_catalog(&fixtures::catalog_csv_mapped(5_000, 5)).expect("the generated sheet loads");
    let mapped = catalog.sections.iter().flat_map(|s| &s.items).filter(|i| !i.maps_to.is_empty()).count();
    assert_eq!(mapped, 1_000);
    let relations = loaded::relations(std::slice::from_ref(&catalog));
    assert!(relations.group("team:1.1").is_some_and(|g| g.contains(&"M19-A3-07-Q2".to_string())));
}

/// A report judged by another edition of the crosswalk (an older tool's, or a newer
/// one's) keeps its stated consistency: every figure is recomputed but that, whose
/// relations are not this tool's. The same report judged by this edition is checked.
#[test]
fn a_report_judged_by_another_crosswalk_keeps_its_stated_consistency() {
    let relations = loaded::relations(&[]);
    let group = relations.groups()[0].clone();
    let mut work = ProviderWork::default();
    work.answers_mut().insert(group[0].clone(), Answer::with_status(Status::Met));
    work.answers_mut().insert(group[1].clone(), Answer::with_status(Status::NotMet));
    let mut report = build_provider_report(&work, "2026-12-07T08:00:00Z", day());
    let seal = |report: &mut selfcheck_core::report::Report| {
        report.digest = selfcheck_core::report::compute_digest(report);
        to_canonical_json(report)
    };
    let section = report.provider.as_mut().unwrap();
    assert_eq!(section.crosswalk.as_ref(), Some(&crosswalk::edition()));
    section.consistency.clear(); // as an edition that did not relate the two would say
    let ours = seal(&mut report);
    assert!(!verify(ours.as_bytes()).unwrap().is_consistent(), "this edition finds the contradiction");
    report.provider.as_mut().unwrap().crosswalk.as_mut().unwrap().sha256 = "0".repeat(64);
    let theirs = seal(&mut report);
    let verified = verify(theirs.as_bytes()).unwrap();
    assert!(verified.is_consistent(), "{:?}", verified.findings);
}
