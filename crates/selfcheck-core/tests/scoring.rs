//! Scoring rules, by example and as properties over random assessments of the
//! built-in catalogs.

use proptest::prelude::*;
use selfcheck_core::catalog::{builtin, Audience, Catalog, ItemRef, Scope};
use selfcheck_core::scoring::{summarize, OverallStatus, Severity, Summary};
use selfcheck_core::{Answer, Answers, Status};

fn all_catalogs() -> Vec<&'static Catalog> {
    builtin().for_audience(Audience::Provider)
}

/// The items of the provider catalogs.
fn provider_items() -> impl Iterator<Item = ItemRef<'static>> {
    builtin().items().filter(|r| r.catalog.audience == Audience::Provider)
}

fn answered(status: Status) -> Answer {
    let mut answer = Answer::with_status(status);
    if status == Status::NotApplicable {
        answer.edit_details(|d| d.justification = "Out of scope for this platform.".into());
    }
    answer
}

/// Every score in a summary: overall, per catalog, per section.
fn scores(summary: &Summary) -> Vec<Option<f64>> {
    let mut all = vec![summary.overall.score()];
    for catalog in &summary.catalogs {
        all.push(catalog.tally.score());
        all.extend(catalog.sections.iter().map(|s| s.tally.score()));
    }
    all
}

fn never_lower(before: &Summary, after: &Summary) -> Result<(), TestCaseError> {
    for (b, a) in scores(before).into_iter().zip(scores(after)) {
        if let (Some(b), Some(a)) = (b, a) {
            prop_assert!(a + 1e-9 >= b, "score fell from {b} to {a}");
        }
    }
    Ok(())
}

fn random_answers() -> impl Strategy<Value = Answers> {
    let ids: Vec<String> = provider_items().map(|r| r.item.id.clone()).collect();
    let status = prop_oneof![
        Just(None),
        Just(Some(Status::Met)),
        Just(Some(Status::Partial)),
        Just(Some(Status::NotMet)),
        Just(Some(Status::NotApplicable)),
    ];
    proptest::collection::vec((status, any::<bool>()), ids.len()).prop_map(move |choices| {
        ids.iter()
            .zip(choices)
            .filter_map(|(id, (status, justified))| {
                let mut answer = Answer::with_status(status?);
                if justified {
                    answer.edit_details(|d| d.justification = "Documented exemption.".into());
                }
                Some((id.clone(), answer))
            })
            .collect()
    })
}

#[test]
fn nothing_answered_scores_zero_and_is_incomplete() {
    let summary = summarize(&all_catalogs(), &Answers::new(), &Scope::EVERYTHING);
    assert_eq!(summary.overall.score(), Some(0.0));
    assert_eq!(summary.overall.unanswered, summary.overall.total());
    assert_eq!(summary.status, OverallStatus::Incomplete);
    assert!(summary.gaps.is_empty(), "unanswered items are counted, not listed as gaps");
}

#[test]
fn everything_met_is_ready_at_100() {
    let answers: Answers = builtin().items().map(|r| (r.item.id.clone(), answered(Status::Met))).collect();
    let summary = summarize(&all_catalogs(), &answers, &Scope::EVERYTHING);
    assert_eq!(summary.overall.score(), Some(100.0));
    assert_eq!(summary.status, OverallStatus::Ready);
}

#[test]
fn weights_and_half_credit_by_example() {
    let catalog = builtin().catalog("convention-2023").unwrap();
    let section = &catalog.sections[0];
    let mut answers = Answers::new();
    answers.insert(section.items[0].id.clone(), answered(Status::Met));
    answers.insert(section.items[1].id.clone(), answered(Status::Partial));
    let summary = summarize(&[catalog], &answers, &Scope::EVERYTHING);
    let tally = summary.catalogs[0].sections[0].tally;
    let weights: Vec<u32> = section.items.iter().map(|i| u32::from(i.weight)).collect();
    let expected =
        (f64::from(weights[0]) + f64::from(weights[1]) / 2.0) * 100.0 / f64::from(weights.iter().sum::<u32>());
    assert!((tally.score().unwrap() - expected).abs() < 1e-9);
    assert_eq!((tally.met, tally.partial, tally.unanswered), (1, 1, section.items.len() as u32 - 2));
}

#[test]
fn not_applicable_is_left_out_not_counted_as_zero() {
    let catalog = builtin().catalog("convention-2023").unwrap();
    let section = &catalog.sections[0];
    let mut answers: Answers = section.items.iter().map(|i| (i.id.clone(), answered(Status::Met))).collect();
    answers.insert(section.items[0].id.clone(), answered(Status::NotApplicable));
    let tally = summarize(&[catalog], &answers, &Scope::EVERYTHING).catalogs[0].sections[0].tally;
    assert_eq!(tally.score(), Some(100.0));
    assert_eq!(tally.not_applicable, 1);
}

#[test]
fn not_applicable_without_justification_counts_as_unanswered() {
    let catalog = builtin().catalog("convention-2023").unwrap();
    let id = catalog.sections[0].items[0].id.clone();
    let answers = Answers::from([(id, Answer::with_status(Status::NotApplicable))]);
    let tally = summarize(&[catalog], &answers, &Scope::EVERYTHING).overall;
    assert_eq!((tally.not_applicable, tally.unanswered), (0, tally.total()));
}

#[test]
fn a_gating_item_not_met_means_not_ready_whatever_the_score() {
    let mut answers: Answers = builtin().items().map(|r| (r.item.id.clone(), answered(Status::Met))).collect();
    let gating = provider_items().find(|r| r.item.gating).unwrap().item;
    answers.insert(gating.id.clone(), answered(Status::NotMet));
    let summary = summarize(&all_catalogs(), &answers, &Scope::EVERYTHING);
    assert!(summary.overall.score().unwrap() > 95.0);
    assert_eq!(summary.status, OverallStatus::NotReady);
    assert_eq!(summary.blocking, std::slice::from_ref(&gating.id));
    assert_eq!(summary.gaps[0].severity, Severity::Critical);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_quick_tally_equals_the_full_summary(mut answers in random_answers(), extra in "[A-Z0-9-]{1,12}") {
        // Ids no catalog has, sorting before, between and after the real ones, are ignored.
        for id in [extra.clone(), format!("{extra}~"), String::new(), "~".to_string()] {
            answers.insert(id, Answer::with_status(Status::Met));
        }
        let catalogs = all_catalogs();
        let quick = selfcheck_core::scoring::ItemsById::new(&catalogs).tally(&answers);
        prop_assert_eq!(quick, summarize(&catalogs, &answers, &Scope::EVERYTHING).overall);
    }

    #[test]
    fn scores_stay_within_0_and_100(answers in random_answers()) {
        for score in scores(&summarize(&all_catalogs(), &answers, &Scope::EVERYTHING)).into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&score), "{score}");
        }
    }

    #[test]
    fn marking_an_unmet_item_not_applicable_never_lowers_a_score(answers in random_answers(), pick in any::<proptest::sample::Index>()) {
        let items: Vec<_> = provider_items().collect();
        let item = items[pick.index(items.len())].item;
        let current = answers.get(&item.id).and_then(Answer::effective_status);
        prop_assume!(matches!(current, None | Some(Status::NotMet)));
        let before = summarize(&all_catalogs(), &answers, &Scope::EVERYTHING);
        let mut changed = answers.clone();
        changed.insert(item.id.clone(), answered(Status::NotApplicable));
        never_lower(&before, &summarize(&all_catalogs(), &changed, &Scope::EVERYTHING))?;
    }

    #[test]
    fn fixing_a_gap_never_lowers_readiness(answers in random_answers(), pick in any::<proptest::sample::Index>(), to_met in any::<bool>()) {
        let items: Vec<_> = provider_items().collect();
        let item = items[pick.index(items.len())].item;
        let current = answers.get(&item.id).and_then(Answer::effective_status);
        let better = match (current, to_met) {
            (None | Some(Status::NotMet), false) => Status::Partial,
            (None | Some(Status::NotMet | Status::Partial), _) => Status::Met,
            _ => return Ok(()),
        };
        let before = summarize(&all_catalogs(), &answers, &Scope::EVERYTHING);
        let mut changed = answers.clone();
        changed.insert(item.id.clone(), answered(better));
        let after = summarize(&all_catalogs(), &changed, &Scope::EVERYTHING);
        never_lower(&before, &after)?;
        prop_assert!(after.gaps.len() <= before.gaps.len() + usize::from(current.is_none()));
    }

    #[test]
    fn status_and_gaps_follow_the_rules(answers in random_answers()) {
        let summary = summarize(&all_catalogs(), &answers, &Scope::EVERYTHING);
        let status_of = |id: &str| answers.get(id).and_then(Answer::effective_status);
        let blocked = provider_items().any(|r| r.item.gating && matches!(status_of(&r.item.id), Some(Status::NotMet | Status::Partial)));
        prop_assert_eq!(summary.status == OverallStatus::NotReady, blocked);
        let unanswered = provider_items().filter(|r| status_of(&r.item.id).is_none()).count() as u32;
        prop_assert_eq!(summary.overall.unanswered, unanswered);
        // Sorted: gating first, then heavier first.
        for pair in summary.gaps.windows(2) {
            prop_assert!(pair[0].gating >= pair[1].gating);
            if pair[0].gating == pair[1].gating {
                prop_assert!(pair[0].weight >= pair[1].weight);
            }
        }
        let gap_count = provider_items().filter(|r| matches!(status_of(&r.item.id), Some(Status::NotMet | Status::Partial))).count();
        prop_assert_eq!(summary.gaps.len(), gap_count);
    }
}

#[test]
fn codes_shown_in_pages_are_the_names_files_use() {
    let statuses =
        [OverallStatus::NotReady, OverallStatus::Incomplete, OverallStatus::GapsRemaining, OverallStatus::Ready];
    for status in statuses {
        assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.code()));
    }
    for severity in [Severity::Critical, Severity::High, Severity::Medium, Severity::Low] {
        assert_eq!(serde_json::to_string(&severity).unwrap(), format!("\"{}\"", severity.code()));
    }
}

/// Twenty items met of the whole scope: the conservative readiness is low, but what is
/// answered is ready and the coverage says how little that is (#25).
#[test]
fn low_coverage_does_not_read_as_failure() {
    let scope = Scope::default();
    let answers: Answers = provider_items()
        .filter(|r| scope.applies(r.item))
        .take(20)
        .map(|r| (r.item.id.clone(), answered(Status::Met)))
        .collect();
    let overall = summarize(&all_catalogs(), &answers, &scope).overall;
    let applicable = overall.applicable();
    assert_eq!(overall.met, 20);
    assert_eq!(overall.unanswered, applicable - 20);
    assert!(overall.score().unwrap() < 20.0, "unanswered items still count against readiness");
    assert_eq!(overall.answered_score(), Some(100.0), "what is answered is all met");
    let coverage = overall.coverage().unwrap();
    assert!((coverage - 2000.0 / f64::from(applicable)).abs() < 1e-9, "{coverage}");
    let one_not_met: Answers = answers
        .iter()
        .enumerate()
        .map(|(i, (id, a))| (id.clone(), if i == 0 { answered(Status::NotMet) } else { a.clone() }))
        .collect();
    let tally = summarize(&all_catalogs(), &one_not_met, &scope).overall;
    assert!(tally.answered_score().unwrap() < 100.0);
    assert_eq!(summarize(&all_catalogs(), &Answers::new(), &scope).overall.answered_score(), None, "nothing answered");
}

proptest! {
    /// Coverage and the readiness of what is answered stay within 0–100 and agree with
    /// the counts, whatever is answered.
    #[test]
    fn coverage_and_answered_readiness_follow_the_counts(answers in random_answers()) {
        let overall = summarize(&all_catalogs(), &answers, &Scope::default()).overall;
        if let Some(coverage) = overall.coverage() {
            prop_assert!((0.0..=100.0).contains(&coverage));
            prop_assert_eq!(coverage == 100.0, overall.unanswered == 0);
        }
        if let (Some(answered), Some(all)) = (overall.answered_score(), overall.score()) {
            prop_assert!(answered + 1e-9 >= all, "{answered} < {all}: answered readiness is never below the whole");
        }
        prop_assert_eq!(overall.answered_score().is_none(), overall.applicable() == overall.unanswered);
    }
}
