//! The 2014 Opinion's §3 (and §6) classification of a workload before migration.
//!
//! One verdict per workload; the most severe triggered rule wins, and every triggered
//! reason is listed:
//! - `prohibited`: any state or work secret (§3, §6);
//! - `not_suitable`: 等级保护 level 4 or above, or failure could cause major economic
//!   loss or endanger national security (§3);
//! - `conditional`: a large amount of sensitive or personal information, key business
//!   (§3: move only once security is ensured), or not yet graded (grade it first);
//! - `eligible`: none of the above.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::workload::Workload;
use crate::profile::CapabilityTier;

/// Ordered from most to least severe, so `min()` picks the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Prohibited,
    NotSuitable,
    Conditional,
    Eligible,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [Verdict::Prohibited, Verdict::NotSuitable, Verdict::Conditional, Verdict::Eligible];

    pub const fn code(self) -> &'static str {
        match self {
            Verdict::Prohibited => "prohibited",
            Verdict::NotSuitable => "not_suitable",
            Verdict::Conditional => "conditional",
            Verdict::Eligible => "eligible",
        }
    }

    /// Whether the workload may move at all (and so has obligations to meet).
    pub const fn may_move(self) -> bool {
        matches!(self, Verdict::Conditional | Verdict::Eligible)
    }
}

/// Why a verdict was reached. Texts and references live in `catalogs/opinion-2014-rules.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReasonCode {
    StateSecret,
    WorkSecret,
    #[serde(rename = "mlps_level_4_plus")]
    MlpsLevel4Plus,
    SevereImpact,
    SensitiveData,
    KeyBusiness,
    NotGraded,
    NoRestriction,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 8] = [
        ReasonCode::StateSecret,
        ReasonCode::WorkSecret,
        ReasonCode::MlpsLevel4Plus,
        ReasonCode::SevereImpact,
        ReasonCode::SensitiveData,
        ReasonCode::KeyBusiness,
        ReasonCode::NotGraded,
        ReasonCode::NoRestriction,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            ReasonCode::StateSecret => "state_secret",
            ReasonCode::WorkSecret => "work_secret",
            ReasonCode::MlpsLevel4Plus => "mlps_level_4_plus",
            ReasonCode::SevereImpact => "severe_impact",
            ReasonCode::SensitiveData => "sensitive_data",
            ReasonCode::KeyBusiness => "key_business",
            ReasonCode::NotGraded => "not_graded",
            ReasonCode::NoRestriction => "no_restriction",
        }
    }

    /// The verdict this reason alone leads to.
    pub const fn verdict(self) -> Verdict {
        match self {
            ReasonCode::StateSecret | ReasonCode::WorkSecret => Verdict::Prohibited,
            ReasonCode::MlpsLevel4Plus | ReasonCode::SevereImpact => Verdict::NotSuitable,
            ReasonCode::SensitiveData | ReasonCode::KeyBusiness | ReasonCode::NotGraded => Verdict::Conditional,
            ReasonCode::NoRestriction => Verdict::Eligible,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Classification {
    pub verdict: Verdict,
    /// Every triggered reason, most severe first; `no_restriction` alone when eligible.
    pub reasons: Vec<ReasonCode>,
    /// GB/T 31167-based recommendation (guidance), for workloads that may move.
    pub recommended_tier: Option<CapabilityTier>,
}

pub fn classify(workload: &Workload) -> Classification {
    let triggered = [
        (workload.state_secret, ReasonCode::StateSecret),
        (workload.work_secret, ReasonCode::WorkSecret),
        (workload.mlps_level.is_some_and(|level| level >= 4), ReasonCode::MlpsLevel4Plus),
        (workload.severe_impact, ReasonCode::SevereImpact),
        (workload.sensitive_data, ReasonCode::SensitiveData),
        (workload.key_business, ReasonCode::KeyBusiness),
        (workload.mlps_level.is_none(), ReasonCode::NotGraded),
    ];
    let mut reasons: Vec<ReasonCode> = triggered.into_iter().filter(|(hit, _)| *hit).map(|(_, code)| code).collect();
    if reasons.is_empty() {
        reasons.push(ReasonCode::NoRestriction);
    }
    let verdict = reasons.iter().map(|r| r.verdict()).min().unwrap_or(Verdict::Eligible);
    let tier = if workload.sensitive_data || workload.key_business {
        CapabilityTier::Enhanced
    } else {
        CapabilityTier::General
    };
    let recommended_tier = verdict.may_move().then_some(tier);
    Classification { verdict, reasons, recommended_tier }
}
