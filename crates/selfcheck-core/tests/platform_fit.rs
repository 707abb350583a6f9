//! Platform fit: validity on the migration date (edges included), levels, location, tier.

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
    assert_eq!(codes(&workload(Some(d(2027, 2, 27))), &[platform()]), Some(vec![]), "the day before: still valid");
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
fn a_higher_platform_level_fits_and_an_ungraded_workload_skips_the_level_check() {
    let high = Platform { mlps_level: Some(4), ..platform() };
    assert_eq!(codes(&workload(Some(d(2026, 6, 1))), &[high]), Some(vec![]));
    let ungraded = Workload { mlps_level: None, ..workload(Some(d(2026, 6, 1))) };
    assert_eq!(codes(&ungraded, &[Platform { mlps_level: None, ..platform() }]), Some(vec![]));
}

#[test]
fn an_unknown_platform_name_is_a_gap() {
    let mut w = workload(Some(d(2026, 6, 1)));
    w.platform = Some("Nowhere Cloud".into());
    assert_eq!(codes(&w, &[platform()]), Some(vec![FitCode::PlatformUnknown]));
}
