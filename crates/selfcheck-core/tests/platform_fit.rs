//! Platform fit: validity on the migration date and through the planned use (edges
//! included), levels (the workload's unknown included), location, tier.

use selfcheck_core::agency::{check_fit, classify, FitCode, FitGap, Platform, Workload};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::Date;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn platform() -> Platform {
    Platform {
        name: "政务云 A".into(),
        provider: "Provider".into(),
        result_published: Some(d(2024, 2, 29)),
        tier: Some(CapabilityTier::Enhanced),
        mlps_level: Some(3),
        data_centres_in_china: Some(true),
        provider_report: None,
        expected_fingerprint: None,
    }
}

fn workload(migration: Option<Date>) -> Workload {
    Workload {
        name: "w".into(),
        mlps_level: Some(3),
        platform: Some("政务云 A".into()),
        migration_date: migration,
        ..Workload::default()
    }
}

fn codes(w: &Workload, platforms: &[Platform]) -> Option<Vec<FitCode>> {
    check_fit(w, &classify(w), platforms, d(2026, 1, 1)).map(|gaps| gaps.iter().map(|g| g.code).collect())
}

#[test]
fn a_fitting_platform_has_no_gaps() {
    assert_eq!(codes(&workload(Some(d(2026, 6, 1))), &[platform()]), Some(vec![]));
}

#[test]
fn no_platform_assigned_means_nothing_to_check() {
    let mut w = workload(None);
    w.platform = None;
    assert_eq!(codes(&w, &[platform()]), None);
    w.platform = Some("  ".into());
    assert_eq!(codes(&w, &[platform()]), None);
}

#[test]
fn validity_ending_exactly_on_the_migration_date_is_a_gap() {
    // Published 2024-02-29: expires 2027-02-28 (no 29 February in 2027).
    let expires = d(2027, 2, 28);
    assert_eq!(platform().expires_on(), Some(expires));
    let day_before = workload(Some(d(2027, 2, 27)));
    assert_eq!(
        check_fit(&day_before, &classify(&day_before), &[platform()], d(2026, 1, 1)).unwrap(),
        [FitGap { code: FitCode::AssessmentExpiring, date: Some(expires), items: Vec::new() }],
        "the day before: still valid, but lapsing within six months"
    );
    let w = workload(Some(expires));
    let gaps = check_fit(&w, &classify(&w), &[platform()], d(2026, 1, 1)).unwrap();
    assert_eq!(
        gaps,
        [FitGap { code: FitCode::AssessmentExpired, date: Some(expires), items: Vec::new() }],
        "on the day: expired"
    );
    assert_eq!(codes(&workload(Some(d(2027, 3, 1))), &[platform()]), Some(vec![FitCode::AssessmentExpired]));
}

#[test]
fn a_missing_migration_date_is_checked_against_today_and_said() {
    let gaps = codes(&workload(None), &[platform()]).unwrap();
    assert_eq!(gaps, [FitCode::MigrationDateMissing]);
    let mut old = platform();
    old.result_published = Some(d(2022, 1, 1)); // expired 2025-01-01, before "today" 2026-01-01
    assert_eq!(codes(&workload(None), &[old]).unwrap(), [FitCode::MigrationDateMissing, FitCode::AssessmentExpired]);
}

#[test]
fn each_failed_check_is_its_own_gap() {
    let w = Workload { sensitive_data: true, mlps_level: Some(3), ..workload(Some(d(2026, 6, 1))) };
    let weak = Platform {
        result_published: None,
        tier: Some(CapabilityTier::General),
        mlps_level: Some(2),
        data_centres_in_china: Some(false),
        ..platform()
    };
    assert_eq!(
        codes(&w, &[weak]).unwrap(),
        [
            FitCode::AssessmentMissing,
            FitCode::MlpsLevelTooLow,
            FitCode::DataCentresAbroad,
            FitCode::TierBelowRecommended
        ]
    );
    let unknown_level = Platform { mlps_level: None, ..platform() };
    assert_eq!(codes(&w, &[unknown_level]).unwrap(), [FitCode::MlpsLevelUnknown]);
}

#[test]
fn a_higher_platform_level_fits_and_an_ungraded_workload_is_a_gap_on_any_platform() {
    let high = Platform { mlps_level: Some(4), ..platform() };
    assert_eq!(codes(&workload(Some(d(2026, 6, 1))), &[high]), Some(vec![]));
    let ungraded = Workload { mlps_level: None, ..workload(Some(d(2026, 6, 1))) };
    // Its level is unknown: the level check cannot pass, whatever the platform's level.
    for level in [Some(1), Some(3), Some(5)] {
        let p = Platform { mlps_level: level, ..platform() };
        assert_eq!(codes(&ungraded, &[p]), Some(vec![FitCode::WorkloadLevelUnknown]), "{level:?}");
    }
    assert_eq!(
        codes(&ungraded, &[Platform { mlps_level: None, ..platform() }]),
        Some(vec![FitCode::WorkloadLevelUnknown, FitCode::MlpsLevelUnknown]),
        "each unknown level is its own gap"
    );
    // No tier is recommended for it, so no tier gap even on a general-tier platform.
    let sensitive = Workload { sensitive_data: true, ..ungraded };
    let general = Platform { tier: Some(CapabilityTier::General), ..platform() };
    assert_eq!(codes(&sensitive, &[general]), Some(vec![FitCode::WorkloadLevelUnknown]));
}

#[test]
fn an_unknown_platform_name_is_a_gap() {
    let mut w = workload(Some(d(2026, 6, 1)));
    w.platform = Some("Nowhere Cloud".into());
    assert_eq!(codes(&w, &[platform()]), Some(vec![FitCode::PlatformUnknown]));
}

fn gaps(w: &Workload, platforms: &[Platform]) -> Vec<FitGap> {
    check_fit(w, &classify(w), platforms, d(2026, 1, 1)).unwrap()
}

fn dated(code: FitCode, date: Date) -> FitGap {
    FitGap { code, date: Some(date), items: Vec::new() }
}

#[test]
fn a_result_expiring_within_six_months_after_the_migration_is_a_gap_with_its_date() {
    // Published 2024-02-29: expires 2027-02-28; re-assessment applied for by 2026-08-28.
    let expires = d(2027, 2, 28);
    assert_eq!(platform().reassessment_apply_by(), Some(d(2026, 8, 28)));
    assert_eq!(gaps(&workload(Some(d(2026, 8, 28))), &[platform()]), [], "on the last day to apply: not yet overdue");
    assert_eq!(gaps(&workload(Some(d(2026, 8, 29))), &[platform()]), [dated(FitCode::AssessmentExpiring, expires)]);
    assert_eq!(gaps(&workload(Some(d(2027, 1, 15))), &[platform()]), [dated(FitCode::AssessmentExpiring, expires)]);
    // Expired on the day: that gap alone.
    assert_eq!(gaps(&workload(Some(expires)), &[platform()]), [dated(FitCode::AssessmentExpired, expires)]);
    // Without a migration date, today stands in for it here too.
    let mut soon = platform();
    soon.result_published = Some(d(2023, 3, 1)); // expires 2026-03-01, two months after "today"
    assert_eq!(
        gaps(&workload(None), &[soon]),
        [
            FitGap { code: FitCode::MigrationDateMissing, date: None, items: Vec::new() },
            dated(FitCode::AssessmentExpiring, d(2026, 3, 1))
        ]
    );
}

#[test]
fn a_result_lapsing_before_the_planned_end_of_use_is_a_gap_with_its_date() {
    let expires = d(2027, 2, 28);
    let until = |end: Date| Workload { end_of_use: Some(end), ..workload(Some(d(2026, 6, 1))) };
    assert_eq!(gaps(&until(d(2027, 2, 27)), &[platform()]), [], "use ends while the result is valid");
    assert_eq!(
        gaps(&until(expires), &[platform()]),
        [dated(FitCode::AssessmentExpiresDuringUse, expires)],
        "still in use on the day it lapses"
    );
    assert_eq!(gaps(&until(d(2030, 12, 31)), &[platform()]), [dated(FitCode::AssessmentExpiresDuringUse, expires)]);
    // Both said when both hold: the re-assessment deadline passed by the migration, and
    // the use outlasting the result.
    let late = Workload { end_of_use: Some(d(2030, 12, 31)), ..workload(Some(d(2026, 12, 1))) };
    assert_eq!(
        gaps(&late, &[platform()]),
        [dated(FitCode::AssessmentExpiring, expires), dated(FitCode::AssessmentExpiresDuringUse, expires)]
    );
    // Expired on the migration date: the lapse during use is not said twice.
    let expired = Workload { end_of_use: Some(d(2030, 12, 31)), ..workload(Some(d(2027, 3, 1))) };
    assert_eq!(gaps(&expired, &[platform()]), [dated(FitCode::AssessmentExpired, expires)]);
    // No result recorded: nothing to lapse, the missing result is the gap.
    let none = Platform { result_published: None, ..platform() };
    assert_eq!(
        gaps(&until(d(2030, 12, 31)), &[none]),
        [FitGap { code: FitCode::AssessmentMissing, date: None, items: Vec::new() }]
    );
}

#[test]
fn an_unrecorded_data_centre_location_is_unconfirmed_never_abroad() {
    let w = workload(Some(d(2026, 6, 1)));
    let unrecorded = Platform { data_centres_in_china: None, ..platform() };
    assert_eq!(codes(&w, &[unrecorded]), Some(vec![FitCode::DataCentresUnconfirmed]));
    let abroad = Platform { data_centres_in_china: Some(false), ..platform() };
    assert_eq!(codes(&w, &[abroad]), Some(vec![FitCode::DataCentresAbroad]));
}
