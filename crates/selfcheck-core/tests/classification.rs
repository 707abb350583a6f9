//! The 2014 Opinion §3 classification, case by case: every rule alone, and their
//! combinations (the most severe verdict wins; every triggered reason is listed, most
//! severe first); then the §6 confidentiality review, which `CASES` take as done.

use selfcheck_core::agency::classify::confidentiality_review_items;
use selfcheck_core::agency::{classify, ReasonCode as R, Verdict as V, Workload};
use selfcheck_core::catalog::{builtin, Audience};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::{Answer, Status};

/// (state secret, work secret, level, sensitive, key business, severe impact) → verdict, reasons.
type Case = (bool, bool, Option<u8>, bool, bool, bool, V, &'static [R]);

const N: bool = false;
const Y: bool = true;

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Nothing triggered, any level 1–3.
    (N, N, Some(1), N, N, N, V::Eligible, &[R::NoRestriction]),
    (N, N, Some(2), N, N, N, V::Eligible, &[R::NoRestriction]),
    (N, N, Some(3), N, N, N, V::Eligible, &[R::NoRestriction]),
    // Not graded: grade and classify first, whatever else may move it.
    (N, N, None, N, N, N, V::Ungraded, &[R::NotGraded]),
    // Each conditional rule alone.
    (N, N, Some(2), Y, N, N, V::Conditional, &[R::SensitiveData]),
    (N, N, Some(3), N, Y, N, V::Conditional, &[R::KeyBusiness]),
    (N, N, Some(3), Y, Y, N, V::Conditional, &[R::SensitiveData, R::KeyBusiness]),
    (N, N, None, Y, N, N, V::Ungraded, &[R::NotGraded, R::SensitiveData]),
    (N, N, None, N, Y, N, V::Ungraded, &[R::NotGraded, R::KeyBusiness]),
    (N, N, None, Y, Y, N, V::Ungraded, &[R::NotGraded, R::SensitiveData, R::KeyBusiness]),
    // Not suitable: level 4 or 5, or severe impact.
    (N, N, Some(4), N, N, N, V::NotSuitable, &[R::MlpsLevel4Plus]),
    (N, N, Some(5), N, N, N, V::NotSuitable, &[R::MlpsLevel4Plus]),
    (N, N, Some(1), N, N, Y, V::NotSuitable, &[R::SevereImpact]),
    (N, N, Some(3), N, N, Y, V::NotSuitable, &[R::SevereImpact]),
    (N, N, None, N, N, Y, V::NotSuitable, &[R::SevereImpact, R::NotGraded]),
    (N, N, Some(4), N, N, Y, V::NotSuitable, &[R::MlpsLevel4Plus, R::SevereImpact]),
    (N, N, Some(5), N, N, Y, V::NotSuitable, &[R::MlpsLevel4Plus, R::SevereImpact]),
    // Not suitable beats conditional, and both reasons are listed.
    (N, N, Some(4), Y, N, N, V::NotSuitable, &[R::MlpsLevel4Plus, R::SensitiveData]),
    (N, N, Some(4), N, Y, N, V::NotSuitable, &[R::MlpsLevel4Plus, R::KeyBusiness]),
    (N, N, Some(5), Y, Y, N, V::NotSuitable, &[R::MlpsLevel4Plus, R::SensitiveData, R::KeyBusiness]),
    (N, N, Some(2), Y, N, Y, V::NotSuitable, &[R::SevereImpact, R::SensitiveData]),
    (N, N, Some(3), N, Y, Y, V::NotSuitable, &[R::SevereImpact, R::KeyBusiness]),
    (N, N, None, Y, Y, Y, V::NotSuitable, &[R::SevereImpact, R::NotGraded, R::SensitiveData, R::KeyBusiness]),
    (N, N, Some(4), Y, Y, Y, V::NotSuitable, &[R::MlpsLevel4Plus, R::SevereImpact, R::SensitiveData, R::KeyBusiness]),
    // Any secret prohibits, whatever else is true.
    (Y, N, Some(1), N, N, N, V::Prohibited, &[R::StateSecret]),
    (N, Y, Some(1), N, N, N, V::Prohibited, &[R::WorkSecret]),
    (Y, Y, Some(2), N, N, N, V::Prohibited, &[R::StateSecret, R::WorkSecret]),
    (Y, N, None, N, N, N, V::Prohibited, &[R::StateSecret, R::NotGraded]),
    (N, Y, None, N, N, N, V::Prohibited, &[R::WorkSecret, R::NotGraded]),
    (Y, N, Some(4), N, N, N, V::Prohibited, &[R::StateSecret, R::MlpsLevel4Plus]),
    (N, Y, Some(5), N, N, N, V::Prohibited, &[R::WorkSecret, R::MlpsLevel4Plus]),
    (Y, N, Some(3), N, N, Y, V::Prohibited, &[R::StateSecret, R::SevereImpact]),
    (N, Y, Some(2), N, N, Y, V::Prohibited, &[R::WorkSecret, R::SevereImpact]),
    (Y, N, Some(2), Y, N, N, V::Prohibited, &[R::StateSecret, R::SensitiveData]),
    (N, Y, Some(3), N, Y, N, V::Prohibited, &[R::WorkSecret, R::KeyBusiness]),
    (Y, Y, Some(3), Y, Y, N, V::Prohibited, &[R::StateSecret, R::WorkSecret, R::SensitiveData, R::KeyBusiness]),
    (Y, N, Some(4), Y, Y, Y, V::Prohibited, &[R::StateSecret, R::MlpsLevel4Plus, R::SevereImpact, R::SensitiveData, R::KeyBusiness]),
    (N, Y, None, Y, Y, Y, V::Prohibited, &[R::WorkSecret, R::SevereImpact, R::NotGraded, R::SensitiveData, R::KeyBusiness]),
    (Y, Y, Some(5), Y, Y, Y, V::Prohibited, &[R::StateSecret, R::WorkSecret, R::MlpsLevel4Plus, R::SevereImpact, R::SensitiveData, R::KeyBusiness]),
    (Y, Y, None, Y, Y, Y, V::Prohibited, &[R::StateSecret, R::WorkSecret, R::SevereImpact, R::NotGraded, R::SensitiveData, R::KeyBusiness]),
    // Level 3 is the highest level that is not barred.
    (N, N, Some(3), Y, N, N, V::Conditional, &[R::SensitiveData]),
    (N, N, Some(1), N, Y, N, V::Conditional, &[R::KeyBusiness]),
];

fn workload(case: &Case) -> Workload {
    let &(state_secret, work_secret, mlps_level, sensitive_data, key_business, severe_impact, _, _) = case;
    Workload {
        name: "w".into(),
        state_secret,
        work_secret,
        mlps_level,
        sensitive_data,
        key_business,
        severe_impact,
        confidentiality_review: true,
        ..Workload::default()
    }
}

#[test]
fn the_table_has_at_least_40_cases_covering_every_reason() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    for reason in R::ALL.into_iter().filter(|r| *r != R::ConfidentialityReviewPending) {
        assert!(CASES.iter().any(|c| c.7.contains(&reason)), "{reason:?} is never exercised");
    }
    for verdict in V::ALL {
        assert!(CASES.iter().any(|c| c.6 == verdict), "{verdict:?} is never reached");
    }
}

#[test]
fn every_case_gets_its_verdict_and_every_triggered_reason() {
    for (n, case) in CASES.iter().enumerate() {
        let result = classify(&workload(case));
        assert_eq!(result.verdict, case.6, "case {n}: {case:?}");
        assert_eq!(result.reasons, case.7, "case {n}: {case:?}");
    }
}

#[test]
fn the_verdict_is_the_most_severe_reason() {
    for case in CASES {
        let result = classify(&workload(case));
        let most_severe = result.reasons.iter().map(|r| r.verdict()).min().unwrap();
        assert_eq!(result.verdict, most_severe);
    }
}

#[test]
fn recommended_tier_is_enhanced_for_sensitive_or_key_business_and_absent_when_barred_or_ungraded() {
    for case in CASES {
        let w = workload(case);
        let result = classify(&w);
        let expected = match result.verdict {
            V::Prohibited | V::NotSuitable | V::Ungraded => None,
            _ if w.sensitive_data || w.key_business => Some(CapabilityTier::Enhanced),
            _ => Some(CapabilityTier::General),
        };
        assert_eq!(result.recommended_tier, expected, "{case:?}");
    }
}

#[test]
fn reasons_serialise_as_the_documented_codes() {
    let codes: Vec<String> = R::ALL.iter().map(|r| serde_json::to_string(r).unwrap()).collect();
    assert_eq!(
        codes,
        [
            "\"state_secret\"",
            "\"work_secret\"",
            "\"mlps_level_4_plus\"",
            "\"severe_impact\"",
            "\"sensitive_data\"",
            "\"key_business\"",
            "\"not_graded\"",
            "\"confidentiality_review_pending\"",
            "\"no_restriction\""
        ]
    );
    for r in R::ALL {
        assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.code()));
    }
}

#[test]
fn verdicts_serialise_as_the_documented_codes_most_severe_first() {
    let codes: Vec<&str> = V::ALL.iter().map(|v| v.code()).collect();
    assert_eq!(codes, ["prohibited", "not_suitable", "ungraded", "conditional", "eligible"]);
    for v in V::ALL {
        assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{}\"", v.code()));
    }
    assert!(V::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    // An ungraded workload may still move (its obligations apply) but has no tier.
    assert!(V::Ungraded.may_move() && !V::Ungraded.has_tier());
    assert!(!V::NotSuitable.may_move() && V::Conditional.has_tier());
}

// ---- the §6 confidentiality review ----

/// A workload nothing in §3 restricts, at level 2, review not yet recorded.
fn unrestricted() -> Workload {
    Workload { name: "门户网站".into(), mlps_level: Some(2), ..Workload::default() }
}

#[test]
fn a_workload_is_eligible_only_once_its_review_is_recorded_as_done() {
    let result = classify(&unrestricted());
    assert_eq!(result.verdict, V::Conditional);
    assert_eq!(result.reasons, [R::ConfidentialityReviewPending]);
    assert_eq!(result.recommended_tier, Some(CapabilityTier::General), "a tier can still be recommended");

    let ticked = Workload { confidentiality_review: true, ..unrestricted() };
    assert_eq!(classify(&ticked).verdict, V::Eligible);
    assert_eq!(classify(&ticked).reasons, [R::NoRestriction]);

    // Or its §6 review obligation answered met, and only met.
    let item = confidentiality_review_items()[0].clone();
    let answered = |status: Status| {
        let mut w = unrestricted();
        w.obligations.insert(item.clone(), Answer::with_status(status));
        classify(&w).verdict
    };
    assert_eq!(answered(Status::Met), V::Eligible);
    assert_eq!(answered(Status::Partial), V::Conditional);
    assert_eq!(answered(Status::NotMet), V::Conditional);
    // Another §6 obligation met (training) is not the review.
    let mut trained = unrestricted();
    for other in builtin_agency_items().filter(|id| *id != item) {
        trained.obligations.insert(other, Answer::with_status(Status::Met));
    }
    assert_eq!(classify(&trained).verdict, V::Conditional);
}

fn builtin_agency_items() -> impl Iterator<Item = String> {
    builtin()
        .for_audience(Audience::Agency)
        .into_iter()
        .flat_map(|c| &c.sections)
        .flat_map(|s| &s.items)
        .map(|i| i.id.clone())
}

#[test]
fn a_pending_review_is_listed_beside_a_more_severe_verdict_without_changing_it() {
    let reasons = |w: Workload| {
        let result = classify(&w);
        (result.verdict, result.reasons)
    };
    assert_eq!(
        reasons(Workload { sensitive_data: true, ..unrestricted() }),
        (V::Conditional, vec![R::SensitiveData, R::ConfidentialityReviewPending])
    );
    assert_eq!(
        reasons(Workload { mlps_level: None, ..unrestricted() }),
        (V::Ungraded, vec![R::NotGraded, R::ConfidentialityReviewPending])
    );
    assert_eq!(
        reasons(Workload { mlps_level: Some(4), ..unrestricted() }),
        (V::NotSuitable, vec![R::MlpsLevel4Plus, R::ConfidentialityReviewPending])
    );
    assert_eq!(
        reasons(Workload { work_secret: true, ..unrestricted() }),
        (V::Prohibited, vec![R::WorkSecret, R::ConfidentialityReviewPending])
    );
    // State secrets: the review's question is already answered; §6 keeps them off every
    // cloud on a non-classified network.
    assert_eq!(reasons(Workload { state_secret: true, ..unrestricted() }), (V::Prohibited, vec![R::StateSecret]));
    // A review done changes none of the more severe verdicts.
    for w in [
        Workload { sensitive_data: true, ..unrestricted() },
        Workload { mlps_level: None, ..unrestricted() },
        Workload { severe_impact: true, ..unrestricted() },
        Workload { work_secret: true, ..unrestricted() },
    ] {
        let done = Workload { confidentiality_review: true, ..w.clone() };
        assert_eq!(classify(&done).verdict, classify(&w).verdict, "{w:?}");
        assert!(!classify(&done).reasons.contains(&R::ConfidentialityReviewPending));
    }
}
