//! Does the candidate platform fit the workload? For a workload assigned to one:
//! - the platform's assessment result must still be valid on the planned migration
//!   date (3 years, Measures Art. 12; expired *on* the anniversary, as in `deadlines`);
//!   a result that lapses during the planned use is named with its date: within six
//!   months after the migration (the last day to apply for re-assessment under Art. 12
//!   has passed by then), or before the workload's planned end of use when one is recorded;
//! - its 等级保护 level must be at least the workload's (GB/T 22239 cloud extension,
//!   guidance); an ungraded workload's level is unknown, a gap of its own, never a
//!   silently passed check;
//! - its data centres must be in China (Opinion §2(4)); where that is not recorded, it
//!   is unconfirmed, a gap of its own, never read as "abroad";
//! - its capability tier should meet the recommended one (GB/T 31167, guidance);
//! - where the provider's own report was loaded on it: the report must verify, say
//!   ready, and have no red line open (Opinion §4; Measures Arts. 3 and 15).

use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::classify::Classification;
use super::workload::Workload;
use crate::deadlines::{REASSESSMENT_LEAD_MONTHS, VALIDITY_MONTHS};
use crate::profile::CapabilityTier;

/// A cloud platform the unit is considering.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// Workloads refer to a platform by this name.
    pub name: String,
    #[serde(default)]
    pub provider: String,
    /// Date the platform's assessment result was published.
    #[serde(default)]
    pub result_published: Option<Date>,
    #[serde(default)]
    pub tier: Option<CapabilityTier>,
    /// The platform's own 等级保护 level.
    #[serde(default)]
    pub mlps_level: Option<u8>,
    /// Whether every data centre of the platform is inside China: `Some(true)` yes,
    /// `Some(false)` not all, `None` not recorded (which is "unconfirmed", never "abroad").
    #[serde(default)]
    pub data_centres_in_china: Option<bool>,
    /// The provider's self-check report, loaded on the platform: what it said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_report: Option<super::provider_report::ProviderReportSummary>,
    /// The fingerprint of the provider's signing key as the agency recorded it (typed
    /// from the sealed printout, or kept from an earlier report): a signed report is
    /// trusted only when it is this key's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_fingerprint: Option<String>,
}

impl AsRef<Platform> for Platform {
    fn as_ref(&self) -> &Platform {
        self
    }
}

impl Platform {
    /// First day the assessment result is no longer valid.
    pub fn expires_on(&self) -> Option<Date> {
        self.result_published?.add_months(VALIDITY_MONTHS)
    }

    /// The last day to apply for re-assessment (six months before expiry, Art. 12).
    pub fn reassessment_apply_by(&self) -> Option<Date> {
        self.expires_on()?.sub_months(REASSESSMENT_LEAD_MONTHS)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FitCode {
    PlatformUnknown,
    AssessmentMissing,
    AssessmentExpired,
    AssessmentExpiring,
    AssessmentExpiresDuringUse,
    MlpsLevelUnknown,
    WorkloadLevelUnknown,
    MlpsLevelTooLow,
    DataCentresAbroad,
    DataCentresUnconfirmed,
    TierBelowRecommended,
    MigrationDateMissing,
    ProviderReportUntrusted,
    ProviderNotReady,
    ProviderRedLinesOpen,
    ProviderReportUnsigned,
    ProviderReportSignatureInvalid,
    ProviderReportOtherSigner,
    ProviderReportSignerNotRecorded,
}

impl FitCode {
    pub const ALL: [FitCode; 19] = [
        FitCode::PlatformUnknown,
        FitCode::AssessmentMissing,
        FitCode::AssessmentExpired,
        FitCode::AssessmentExpiring,
        FitCode::AssessmentExpiresDuringUse,
        FitCode::MlpsLevelUnknown,
        FitCode::WorkloadLevelUnknown,
        FitCode::MlpsLevelTooLow,
        FitCode::DataCentresAbroad,
        FitCode::DataCentresUnconfirmed,
        FitCode::TierBelowRecommended,
        FitCode::MigrationDateMissing,
        FitCode::ProviderReportUntrusted,
        FitCode::ProviderNotReady,
        FitCode::ProviderRedLinesOpen,
        FitCode::ProviderReportUnsigned,
        FitCode::ProviderReportSignatureInvalid,
        FitCode::ProviderReportOtherSigner,
        FitCode::ProviderReportSignerNotRecorded,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            FitCode::PlatformUnknown => "platform_unknown",
            FitCode::AssessmentMissing => "assessment_missing",
            FitCode::AssessmentExpired => "assessment_expired",
            FitCode::AssessmentExpiring => "assessment_expiring",
            FitCode::AssessmentExpiresDuringUse => "assessment_expires_during_use",
            FitCode::MlpsLevelUnknown => "mlps_level_unknown",
            FitCode::WorkloadLevelUnknown => "workload_level_unknown",
            FitCode::MlpsLevelTooLow => "mlps_level_too_low",
            FitCode::DataCentresAbroad => "data_centres_abroad",
            FitCode::DataCentresUnconfirmed => "data_centres_unconfirmed",
            FitCode::TierBelowRecommended => "tier_below_recommended",
            FitCode::MigrationDateMissing => "migration_date_missing",
            FitCode::ProviderReportUntrusted => "provider_report_untrusted",
            FitCode::ProviderNotReady => "provider_not_ready",
            FitCode::ProviderRedLinesOpen => "provider_red_lines_open",
            FitCode::ProviderReportUnsigned => "provider_report_unsigned",
            FitCode::ProviderReportSignatureInvalid => "provider_report_signature_invalid",
            FitCode::ProviderReportOtherSigner => "provider_report_other_signer",
            FitCode::ProviderReportSignerNotRecorded => "provider_report_signer_not_recorded",
        }
    }
}

/// One failed check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FitGap {
    pub code: FitCode,
    /// The date that matters for `assessment_expired`, `assessment_expiring` and
    /// `assessment_expires_during_use`: the first day the result is no longer valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The provider's items it cites (`provider_red_lines_open`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

impl FitGap {
    fn new(code: FitCode) -> FitGap {
        FitGap { code, date: None, items: Vec::new() }
    }

    fn dated(code: FitCode, date: Date) -> FitGap {
        FitGap { code, date: Some(date), items: Vec::new() }
    }
}

/// What the provider report's signature leaves unproven: that it is unsigned, does not
/// match (changed since signing, or another report's signature), is another key's than
/// the one recorded, or that no key is recorded to compare with.
fn signature_gap(signer: Option<&crate::report::Signer>, expected: Option<&str>) -> Option<FitCode> {
    use crate::report::signature::SignatureState;
    let Some(signer) = signer else { return Some(FitCode::ProviderReportUnsigned) };
    if signer.state != SignatureState::Valid {
        return Some(FitCode::ProviderReportSignatureInvalid);
    }
    match expected {
        None => Some(FitCode::ProviderReportSignerNotRecorded),
        Some(expected) if !signer.is_key(expected) => Some(FitCode::ProviderReportOtherSigner),
        Some(_) => None,
    }
}

/// The fit gaps of a workload, or `None` when no platform is assigned.
/// `today` stands in for a missing migration date (and says so with a gap).
pub fn check_fit(
    workload: &Workload,
    classification: &Classification,
    platforms: &[impl AsRef<Platform>],
    today: Date,
) -> Option<Vec<FitGap>> {
    let name = workload.platform.as_deref().map(str::trim).filter(|n| !n.is_empty())?;
    let Some(platform) = platforms.iter().map(AsRef::as_ref).find(|p| p.name.trim() == name) else {
        return Some(vec![FitGap::new(FitCode::PlatformUnknown)]);
    };
    let mut gaps = Vec::new();
    let on = workload.migration_date.unwrap_or_else(|| {
        gaps.push(FitGap::new(FitCode::MigrationDateMissing));
        today
    });
    match platform.expires_on() {
        None => gaps.push(FitGap::new(FitCode::AssessmentMissing)),
        Some(expires_on) if on >= expires_on => gaps.push(FitGap::dated(FitCode::AssessmentExpired, expires_on)),
        Some(expires_on) => {
            // Valid on the migration day, but the last day to apply for re-assessment has
            // passed by then (as `deadlines` reads Art. 12: overdue the day after).
            if platform.reassessment_apply_by().is_some_and(|apply_by| on > apply_by) {
                gaps.push(FitGap::dated(FitCode::AssessmentExpiring, expires_on));
            }
            // Still in use on the day the result stops being valid.
            if workload.end_of_use.is_some_and(|end| end >= expires_on) {
                gaps.push(FitGap::dated(FitCode::AssessmentExpiresDuringUse, expires_on));
            }
        }
    }
    if workload.mlps_level.is_none() {
        gaps.push(FitGap::new(FitCode::WorkloadLevelUnknown));
    }
    match (workload.mlps_level, platform.mlps_level) {
        (_, None) => gaps.push(FitGap::new(FitCode::MlpsLevelUnknown)),
        (Some(needed), Some(level)) if level < needed => gaps.push(FitGap::new(FitCode::MlpsLevelTooLow)),
        _ => {}
    }
    match platform.data_centres_in_china {
        Some(true) => {}
        Some(false) => gaps.push(FitGap::new(FitCode::DataCentresAbroad)),
        None => gaps.push(FitGap::new(FitCode::DataCentresUnconfirmed)),
    }
    if classification.recommended_tier == Some(CapabilityTier::Enhanced)
        && platform.tier != Some(CapabilityTier::Enhanced)
    {
        gaps.push(FitGap::new(FitCode::TierBelowRecommended));
    }
    if let Some(report) = &platform.provider_report {
        use super::provider_report::Trust;
        if report.trust != Trust::Consistent {
            gaps.push(FitGap::new(FitCode::ProviderReportUntrusted));
        }
        if report.status != crate::scoring::OverallStatus::Ready {
            gaps.push(FitGap::new(FitCode::ProviderNotReady));
        }
        if !report.open_red_lines.is_empty() {
            let items = report.open_red_lines.iter().map(|r| r.item_id.clone()).collect();
            gaps.push(FitGap { code: FitCode::ProviderRedLinesOpen, date: None, items });
        }
        if let Some(code) = signature_gap(report.signer.as_ref(), platform.expected_fingerprint.as_deref()) {
            gaps.push(FitGap::new(code));
        }
    }
    Some(gaps)
}
