//! A provider's report carried into the agency's platform check: loaded on a candidate
//! platform, verified as `selfcheck validate` verifies it, it fills the platform's
//! details from the provider's profile, and what it says (overall status, red lines not
//! met, deadlines) is kept with the platform, so platform fit can rely on it, or say
//! why it cannot.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Platform;
use crate::deadlines::DeadlineAlert;
use crate::report::verify::Verified;
use crate::report::Role;
use crate::scoring::OverallStatus;
use crate::{Date, Localized};

/// How far the report can be relied on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Trust {
    /// Its digest matches and every figure follows from its answers.
    Consistent,
    /// Changed after it was exported (its digest does not match).
    Edited,
    /// Its figures, dates or catalogs do not hold.
    Inconsistent,
}

/// A red-line item the provider has not met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenRedLine {
    pub item_id: String,
    pub title: Localized,
}

/// What the agency keeps of a provider's report on a platform.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderReportSummary {
    /// The report's digest as it states it (`sha256:…`).
    pub digest: String,
    pub generated_at: String,
    pub as_of: Date,
    pub trust: Trust,
    pub status: OverallStatus,
    pub open_red_lines: Vec<OpenRedLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<DeadlineAlert>,
}

/// Why a file cannot fill a platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAProviderReport;

/// The summary of a verified provider report.
pub fn summarize(verified: &Verified) -> Result<ProviderReportSummary, NotAProviderReport> {
    let report = &verified.report;
    let p = report.provider.as_ref().filter(|_| report.role == Role::Provider).ok_or(NotAProviderReport)?;
    let trust = if verified.is_edited() {
        Trust::Edited
    } else if verified.is_consistent() {
        Trust::Consistent
    } else {
        Trust::Inconsistent
    };
    let open_red_lines = p
        .gaps
        .iter()
        .filter(|g| g.gating)
        .map(|g| OpenRedLine { item_id: g.item_id.clone(), title: g.title.clone() })
        .collect();
    Ok(ProviderReportSummary {
        digest: report.digest.clone(),
        generated_at: report.generated_at.clone(),
        as_of: report.as_of,
        trust,
        status: p.summary.status,
        open_red_lines,
        expires_on: p.deadlines.expires_on,
        alerts: p.deadlines.alerts.clone(),
    })
}

/// `platform` filled from a verified provider report: provider, platform name, tier,
/// level and result date from its profile (what the profile leaves empty is kept), and
/// the report's summary.
pub fn fill(platform: &Platform, verified: &Verified) -> Result<Platform, NotAProviderReport> {
    let summary = summarize(verified)?;
    let profile = &verified.report.provider.as_ref().ok_or(NotAProviderReport)?.profile;
    let text = |from: &str, kept: &str| if from.trim().is_empty() { kept.to_string() } else { from.trim().to_string() };
    Ok(Platform {
        name: text(&profile.platform, &platform.name),
        provider: text(&profile.provider, &platform.provider),
        result_published: profile.dates.result_published.or(platform.result_published),
        tier: profile.tier.or(platform.tier),
        mlps_level: profile.mlps_level.or(platform.mlps_level),
        data_centres_in_china: platform.data_centres_in_china,
        provider_report: Some(summary),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agency::{check_fit, classify, FitCode, Workload};
    use crate::report::verify::verify;
    use crate::report::{build_provider_report, to_canonical_json, ProviderInputs};
    use crate::{Answer, Status};

    fn provider_file(edit: impl FnOnce(&mut ProviderInputs)) -> String {
        let mut inputs = ProviderInputs::default();
        inputs.profile.provider = "示例云计算有限公司".into();
        inputs.profile.platform = "示例政务云".into();
        inputs.profile.mlps_level = Some(3);
        inputs.profile.dates.result_published = Date::from_ymd(2025, 6, 1);
        edit(&mut inputs);
        let day = Date::from_ymd(2026, 12, 2).unwrap();
        to_canonical_json(&build_provider_report(&inputs, "2026-12-02T08:00:00Z", day))
    }

    fn fit_of(platform: &Platform) -> Vec<FitCode> {
        let workload = Workload {
            name: "OA".into(),
            platform: Some(platform.name.clone()),
            migration_date: Date::from_ymd(2027, 1, 1),
            ..Workload::default()
        };
        let day = Date::from_ymd(2026, 12, 2).unwrap();
        let gaps = check_fit(&workload, &classify(&workload), std::slice::from_ref(platform), day).unwrap();
        gaps.into_iter().map(|g| g.code).collect()
    }

    #[test]
    fn a_verified_report_fills_the_platform_and_its_red_lines_are_fit_gaps() {
        let red_line = crate::catalog::builtin()
            .catalogs()
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.items)
            .find(|i| i.gating)
            .unwrap()
            .id
            .clone();
        let file = provider_file(|p| {
            p.answers.insert(red_line.clone(), Answer::with_status(Status::NotMet));
        });
        let verified = verify(file.as_bytes()).unwrap();
        let platform = fill(&Platform { data_centres_in_china: Some(true), ..Platform::default() }, &verified).unwrap();
        assert_eq!((platform.name.as_str(), platform.provider.as_str()), ("示例政务云", "示例云计算有限公司"));
        assert_eq!((platform.mlps_level, platform.result_published), (Some(3), Date::from_ymd(2025, 6, 1)));
        let summary = platform.provider_report.as_ref().unwrap();
        assert_eq!(summary.trust, Trust::Consistent);
        assert_eq!(summary.status, OverallStatus::NotReady);
        assert_eq!(summary.open_red_lines[0].item_id, red_line);
        let codes = fit_of(&platform);
        assert!(
            codes.contains(&FitCode::ProviderNotReady) && codes.contains(&FitCode::ProviderRedLinesOpen),
            "{codes:?}"
        );
        assert!(!codes.contains(&FitCode::ProviderReportUntrusted));
    }

    #[test]
    fn an_edited_report_is_flagged_never_trusted_silently() {
        let file = provider_file(|_| {});
        let edited = file.replacen("示例政务云", "另一个云", 1);
        let verified = verify(edited.as_bytes()).unwrap();
        let platform = fill(&Platform::default(), &verified).unwrap();
        assert_eq!(platform.provider_report.as_ref().unwrap().trust, Trust::Edited);
        assert!(fit_of(&platform).contains(&FitCode::ProviderReportUntrusted));
        let agency = crate::report::build_agency_report(
            &Default::default(),
            "2026-12-02T08:00:00Z",
            Date::from_ymd(2026, 12, 2).unwrap(),
        );
        let verified = verify(to_canonical_json(&agency).as_bytes()).unwrap();
        assert_eq!(fill(&Platform::default(), &verified), Err(NotAProviderReport));
    }
}
