//! The report format. Field order here is the order in the file; maps are sorted.
//! Inputs (profile, answers, workloads, platforms) restore a session; everything else
//! is derived from them and checked by `selfcheck validate`.

use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::agency::{AgencyProfile, FitGap, Platform, ReasonCode, Verdict, Workload};
use crate::crosswalk::Contradiction;
use crate::deadlines::Deadlines;
use crate::profile::CapabilityTier;
use crate::scoring::{OverallStatus, Severity, Tally};
use crate::team::AgencyHistory;
use crate::work::ProviderWork;
use crate::{Localized, Status};

pub const REPORT_FORMAT: &str = "cloud-selfcheck-report";
/// The newest report format this build writes and reads.
/// 2: answers with only a status are written as the bare code, and the digest covers
/// the file's own bytes (see `canonical`).
/// 3: an answer records who last changed it and when (`answered_by`, `answered_at`) and
/// against which catalog version and item content; loaded catalogs are embedded whole
/// (`provider.catalogs`); each catalog reference lists its items' digests; the profile
/// has the platform's 等级保护 level; tallies count items out of scope.
/// 4: a team's self-check: a report may be a questionnaire for one owner
/// (`provider.questionnaire`), and keeps what merges set aside (`provider.history`,
/// `agency.history`).
/// 5: an answer may list its evidence files' fingerprints (`evidence_files`).
/// 6: a platform's `data_centres_in_china` has three states (true, false, null = not
/// recorded; an older `false` is read as not recorded); a workload may record that its
/// confidentiality review is done (`confidentiality_review`) and when its use ends
/// (`end_of_use`); a loaded catalog's red line may say what makes it one (`gating_basis`).
/// 7: an agency's report names who made it (`agency.profile`: unit, department, contact,
/// date).
/// 8: a questionnaire carries instructions for the person answering it
/// (`provider.questionnaire.instructions`).
/// 9: a report may be signed (`signature`, last member, outside what the digest covers).
/// 10: answer once: an answer carried from an equal item in another catalog names it
/// (`carried_from`), as does a gap; a provider's section lists the answers that
/// contradict each other (`consistency`, derived).
pub const REPORT_FORMAT_VERSION: u32 = 10;

/// Who the report is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A cloud service provider's self-check against the 2019 Measures and 2023 Convention.
    Provider,
    /// A Party/government unit's workload classification under the 2014 Opinion.
    Agency,
}

impl Role {
    pub const fn code(self) -> &'static str {
        match self {
            Role::Provider => "provider",
            Role::Agency => "agency",
        }
    }
}

/// `W` is how a workload's inputs are held: owned when read from a file, borrowed
/// (`&Workload`) when a report is written straight from the app's state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Report")]
pub struct Report<W = Workload> {
    /// Always `cloud-selfcheck-report`.
    pub format: String,
    pub format_version: u32,
    /// Version of the tool that wrote the report.
    pub tool_version: String,
    /// When the report was generated (RFC 3339, UTC).
    pub generated_at: String,
    /// The calendar day deadlines, alerts and date checks were computed for.
    pub as_of: Date,
    pub role: Role,
    /// The catalogs the answers refer to, with a fingerprint of their exact content.
    pub catalogs: Vec<CatalogRef>,
    /// Present when `role` is `provider`.
    pub provider: Option<ProviderReport>,
    /// Present when `role` is `agency`.
    pub agency: Option<AgencyReport<W>>,
    /// `sha256:` + hex SHA-256 of this file's bytes without the whitespace between tokens
    /// and with this value read as `""` (and `signature` left out). A mismatch means the
    /// file was edited after export.
    pub digest: String,
    /// The maker's SM2 signature over what the digest covers (`signature.rs`): present
    /// when the report was signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<super::signature::ReportSignature>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogRef {
    pub id: String,
    pub version: String,
    /// Hex SHA-256 of the catalog: of its file for a built-in one, of its compact JSON
    /// for a loaded one.
    pub sha256: String,
    /// A catalog the user loaded: its whole content is in `provider.catalogs`.
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub loaded: bool,
    /// Each item's content digest (`catalog::loaded::item_digest`) by item id: what a
    /// later version of the catalog changed. Absent in files before format 3.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub items: BTreeMap<String, String>,
}

// Written with the work in line; read member by member (`provider_section.rs` says why).
/// A provider's section: what it entered, then what is derived from it.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderReport {
    /// What the provider entered, its fields written first and in line (`work.rs`).
    #[serde(flatten)]
    pub work: ProviderWork,
    /// Answer ids that no catalog of this tool knows.
    pub unknown_items: Vec<String>,
    pub summary: ReportSummary,
    /// Items not met or partially met, most severe first.
    pub gaps: Vec<ReportGap>,
    pub deadlines: Deadlines,
    /// Answers that cannot all be true (`crosswalk::contradictions`): equal items
    /// answered differently, an item met while a part of it is not. Absent when there
    /// are none (and in files before format 10).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consistency: Vec<Contradiction>,
    /// The crosswalk `consistency` was judged by (from format 10): a later edition of it
    /// does not judge this report again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crosswalk: Option<crate::crosswalk::CrosswalkRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSummary {
    pub status: OverallStatus,
    pub overall: Score,
    pub catalogs: Vec<CatalogScoreReport>,
}

/// Counts and readiness (0–100, two decimals; `None` when nothing is applicable).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub score: Option<f64>,
    pub tally: Tally,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogScoreReport {
    pub catalog_id: String,
    pub score: Score,
    pub areas: Vec<AreaScoreReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaScoreReport {
    pub section_id: String,
    pub title: Localized,
    pub score: Score,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportGap {
    pub item_id: String,
    pub catalog_id: String,
    pub section_id: String,
    pub severity: Severity,
    pub gating: bool,
    pub weight: u8,
    pub status: Status,
    /// The item's short title.
    pub title: Localized,
    /// What is asked: the reason it is a gap.
    pub question: Localized,
    /// Source document id and clause.
    pub source: String,
    pub clause: Localized,
    pub owner: String,
    pub target_date: Option<Date>,
    pub note: String,
    /// The equal item the status was carried from, when no one answered this one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub carried_from: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AgencyReport")]
pub struct AgencyReport<W = Workload> {
    /// Who the assessment is by (format 7).
    #[serde(default, skip_serializing_if = "AgencyProfile::is_empty")]
    pub profile: AgencyProfile,
    pub platforms: Vec<Platform>,
    pub workloads: Vec<ReportWorkload<W>>,
    /// Workloads and platforms a merge did not choose, by name.
    #[serde(default, skip_serializing_if = "AgencyHistory::is_empty")]
    pub history: AgencyHistory,
    /// Number of workloads per verdict.
    pub verdict_counts: VerdictCounts,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictCounts {
    pub prohibited: u32,
    pub not_suitable: u32,
    /// Not yet graded (待定级); a report older than this verdict has none.
    #[serde(default)]
    pub ungraded: u32,
    pub conditional: u32,
    pub eligible: u32,
}

impl VerdictCounts {
    /// Counts one workload of `verdict`.
    pub fn add(&mut self, verdict: crate::agency::Verdict) {
        use crate::agency::Verdict;
        let count = match verdict {
            Verdict::Prohibited => &mut self.prohibited,
            Verdict::NotSuitable => &mut self.not_suitable,
            Verdict::Ungraded => &mut self.ungraded,
            Verdict::Conditional => &mut self.conditional,
            Verdict::Eligible => &mut self.eligible,
        };
        *count += 1;
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ReportWorkload")]
pub struct ReportWorkload<W = Workload> {
    /// The inputs, as entered (with the obligation answers).
    pub workload: W,
    pub verdict: Verdict,
    pub reasons: Vec<ReasonCode>,
    /// Guidance (GB/T 31167) for workloads that may move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_tier: Option<CapabilityTier>,
    /// Failed platform checks; absent when no platform is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_fit: Option<Vec<FitGap>>,
    /// Obligations (catalog `opinion-2014-agency`) for workloads that may move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obligations: Option<Score>,
}

impl<W: std::borrow::Borrow<Workload>> Report<W> {
    /// The same report holding its own copy of every workload.
    pub fn into_owned(self) -> Report {
        Report {
            format: self.format,
            format_version: self.format_version,
            tool_version: self.tool_version,
            generated_at: self.generated_at,
            as_of: self.as_of,
            role: self.role,
            catalogs: self.catalogs,
            provider: self.provider,
            agency: self.agency.map(|a| AgencyReport {
                profile: a.profile,
                platforms: a.platforms,
                workloads: a
                    .workloads
                    .into_iter()
                    .map(|w| ReportWorkload {
                        workload: w.workload.borrow().clone(),
                        verdict: w.verdict,
                        reasons: w.reasons,
                        recommended_tier: w.recommended_tier,
                        platform_fit: w.platform_fit,
                        obligations: w.obligations,
                    })
                    .collect(),
                history: a.history,
                verdict_counts: a.verdict_counts,
            }),
            digest: self.digest,
            signature: self.signature,
        }
    }
}

impl<W: std::borrow::Borrow<Workload>> Report<W> {
    /// Every evidence file the report records, with what it is evidence for: a provider's
    /// item id, or an agency's "workload: obligation item".
    pub fn evidence_files(&self) -> Vec<(String, &crate::evidence::EvidenceFile)> {
        let mut files = Vec::new();
        if let Some(p) = &self.provider {
            for (id, answer) in p.work.answers.iter() {
                files.extend(answer.details().evidence_files.iter().map(|f| (id.clone(), f)));
            }
        }
        if let Some(a) = &self.agency {
            for w in &a.workloads {
                let w = w.workload.borrow();
                for (id, answer) in &w.obligations {
                    files.extend(answer.details().evidence_files.iter().map(|f| (format!("{}: {id}", w.name), f)));
                }
            }
        }
        files
    }
}
