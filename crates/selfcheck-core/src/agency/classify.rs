//! The 2014 Opinion's §3 classification of a workload for socialised cloud services
//! (社会化云计算服务), with the confidentiality review §6 asks for before migration.
//!
//! One verdict per workload; the most severe triggered rule wins, and every triggered
//! reason is listed, most severe first:
//! - `prohibited` (不得使用社会化云计算服务): any state or work secret (§3);
//! - `not_suitable` (不宜使用): 等级保护 level 4 or above, or failure could cause major
//!   economic loss or endanger national security (§3);
//! - `ungraded` (待定级): no 等级保护 level recorded, so neither §3's level line nor the
//!   platform's level can be judged: grade and classify first (§3);
//! - `conditional`: a large amount of sensitive information or citizens' private
//!   information (公民隐私信息), or key business (§3: consider moving only once security is
//!   ensured); or the §6 confidentiality review (保密审查) is not recorded as done;
//! - `eligible`: none of the above, the review done included.
//!
//! The review is done when the workload says so (`confidentiality_review`, the inventory's
//! `保密审查` column) or when its §6 review obligation is answered met. A review still to
//! do never changes a more severe verdict, but is listed beside it: §6 asks for it before
//! data or business move to any cloud platform, a department's own non-socialised one
//! included, so it stays due for a workload kept off socialised services. It is not listed
//! for a workload involving state secrets: what the review is to establish (no state
//! secret) is already answered, and §6 keeps such information off every cloud in a
//! non-classified network.

use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::workload::Workload;
use crate::catalog::{builtin, Audience};
use crate::profile::CapabilityTier;
use crate::Status;

/// Ordered from most to least severe, so `min()` picks the verdict. `Ungraded`: not yet
/// graded, grade and classify first (待定级).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Prohibited,
    NotSuitable,
    Ungraded,
    Conditional,
    Eligible,
}

impl Verdict {
    pub const ALL: [Verdict; 5] =
        [Verdict::Prohibited, Verdict::NotSuitable, Verdict::Ungraded, Verdict::Conditional, Verdict::Eligible];

    pub const fn code(self) -> &'static str {
        match self {
            Verdict::Prohibited => "prohibited",
            Verdict::NotSuitable => "not_suitable",
            Verdict::Ungraded => "ungraded",
            Verdict::Conditional => "conditional",
            Verdict::Eligible => "eligible",
        }
    }

    /// Whether the workload may still move (eligible, conditional, or not yet known:
    /// ungraded), and so has obligations to meet.
    pub const fn may_move(self) -> bool {
        matches!(self, Verdict::Ungraded | Verdict::Conditional | Verdict::Eligible)
    }

    /// Whether a capability tier can be recommended: only once the workload is placed in
    /// one of §3's categories that may move (never while it is ungraded).
    pub const fn has_tier(self) -> bool {
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
    ConfidentialityReviewPending,
    NoRestriction,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 9] = [
        ReasonCode::StateSecret,
        ReasonCode::WorkSecret,
        ReasonCode::MlpsLevel4Plus,
        ReasonCode::SevereImpact,
        ReasonCode::SensitiveData,
        ReasonCode::KeyBusiness,
        ReasonCode::NotGraded,
        ReasonCode::ConfidentialityReviewPending,
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
            ReasonCode::ConfidentialityReviewPending => "confidentiality_review_pending",
            ReasonCode::NoRestriction => "no_restriction",
        }
    }

    /// The verdict this reason alone leads to.
    pub const fn verdict(self) -> Verdict {
        match self {
            ReasonCode::StateSecret | ReasonCode::WorkSecret => Verdict::Prohibited,
            ReasonCode::MlpsLevel4Plus | ReasonCode::SevereImpact => Verdict::NotSuitable,
            ReasonCode::NotGraded => Verdict::Ungraded,
            ReasonCode::SensitiveData | ReasonCode::KeyBusiness | ReasonCode::ConfidentialityReviewPending => {
                Verdict::Conditional
            }
            ReasonCode::NoRestriction => Verdict::Eligible,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Classification {
    pub verdict: Verdict,
    /// Every triggered reason, most severe first; `no_restriction` alone when eligible.
    pub reasons: Vec<ReasonCode>,
    /// GB/T 31167-based recommendation (guidance), for workloads that may move; never
    /// for an ungraded one.
    pub recommended_tier: Option<CapabilityTier>,
}

/// The agency obligations that record the §6 confidentiality review: in the built-in
/// agency catalogs, the items citing Opinion §6 whose title names the review (保密审查).
/// Found by what they ask, not by an id a catalog audit may change; a test holds that
/// there is exactly one.
pub fn confidentiality_review_items() -> &'static [String] {
    static ITEMS: OnceLock<Vec<String>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        builtin()
            .for_audience(Audience::Agency)
            .into_iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.items)
            .filter(|item| {
                item.reference.source == "opinion-2014"
                    && item.reference.clause.en == "§6"
                    && item.title.zh.contains("保密审查")
            })
            .map(|item| item.id.clone())
            .collect()
    })
}

/// Whether the workload's §6 confidentiality review is recorded as done: ticked on the
/// workload (the inventory's `confidentiality_review` column), or its review obligation
/// answered met.
pub fn confidentiality_review_done(workload: &Workload) -> bool {
    workload.confidentiality_review || confidentiality_review_answered(workload)
}

/// Whether the workload's §6 review obligation is answered met.
pub fn confidentiality_review_answered(workload: &Workload) -> bool {
    confidentiality_review_items()
        .iter()
        .any(|id| workload.obligations.get(id).and_then(|answer| answer.effective_status()) == Some(Status::Met))
}

pub fn classify(workload: &Workload) -> Classification {
    let review_pending = !workload.state_secret && !confidentiality_review_done(workload);
    // In order of severity, so the reasons come most severe first.
    let triggered = [
        (workload.state_secret, ReasonCode::StateSecret),
        (workload.work_secret, ReasonCode::WorkSecret),
        (workload.mlps_level.is_some_and(|level| level >= 4), ReasonCode::MlpsLevel4Plus),
        (workload.severe_impact, ReasonCode::SevereImpact),
        (workload.mlps_level.is_none(), ReasonCode::NotGraded),
        (workload.sensitive_data, ReasonCode::SensitiveData),
        (workload.key_business, ReasonCode::KeyBusiness),
        (review_pending, ReasonCode::ConfidentialityReviewPending),
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
    let recommended_tier = verdict.has_tier().then_some(tier);
    Classification { verdict, reasons, recommended_tier }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answer;

    #[test]
    fn exactly_one_agency_obligation_records_the_confidentiality_review() {
        let items = confidentiality_review_items();
        assert_eq!(items.len(), 1, "the §6 review item is found by its citation and title: {items:?}");
        let item = builtin().item(&items[0]).unwrap().item;
        assert!(item.question.zh.contains("保密审查"), "{}", item.question.zh);
    }

    #[test]
    fn the_review_is_done_by_the_workload_flag_or_by_its_obligation_answered_met() {
        let base = Workload { name: "w".into(), mlps_level: Some(2), ..Workload::default() };
        assert!(!confidentiality_review_done(&base));
        let item = confidentiality_review_items()[0].clone();
        for (status, done) in [(Status::Met, true), (Status::NotMet, false), (Status::Partial, false)] {
            let mut w = base.clone();
            w.obligations.insert(item.clone(), Answer::with_status(status));
            assert_eq!(confidentiality_review_done(&w), done, "{status:?}");
        }
        // "Not applicable" is no review: a workload moving to a cloud is reviewed.
        let mut w = base.clone();
        w.obligations.insert(item, Answer::with_status(Status::NotApplicable));
        assert!(!confidentiality_review_done(&w));
        assert!(confidentiality_review_done(&Workload { confidentiality_review: true, ..base }));
    }
}
