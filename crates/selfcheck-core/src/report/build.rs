//! Builds a report from the inputs alone: every derived figure is recomputed here, so
//! the same inputs always give the same report (and `validate` can check one).

use crate::date::Date;
use serde::{Deserialize, Serialize};

use super::canonical::write_report;
use super::model::*;
use crate::agency::{check_fit, classify, Platform, Verdict, Workload};
use crate::catalog::{builtin, Audience, Catalog};
use crate::deadlines;
use crate::profile::ProviderProfile;
use crate::scoring::{summarize, ItemsById, Tally};
use crate::{Answer, Answers};

/// What a provider enters: restoring these restores its session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderInputs {
    pub profile: ProviderProfile,
    pub answers: Answers,
}

/// What an agency enters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyInputs {
    pub workloads: Vec<Workload>,
    pub platforms: Vec<Platform>,
}

/// Scores keep two decimals so that the file reads well and round-trips exactly.
fn score(tally: Tally) -> Score {
    Score { score: tally.score().map(|s| (s * 100.0).round() / 100.0), tally }
}

fn catalog_refs(catalogs: &[&Catalog]) -> Vec<CatalogRef> {
    catalogs
        .iter()
        .map(|c| CatalogRef {
            id: c.id.clone(),
            version: c.version.clone(),
            sha256: builtin().digest(&c.id).unwrap_or_default().to_string(),
        })
        .collect()
}

fn envelope<W>(role: Role, catalogs: &[&Catalog], generated_at: &str, as_of: Date) -> Report<W> {
    Report {
        format: REPORT_FORMAT.to_string(),
        format_version: REPORT_FORMAT_VERSION,
        tool_version: crate::VERSION.to_string(),
        generated_at: generated_at.to_string(),
        as_of,
        role,
        catalogs: catalog_refs(catalogs),
        provider: None,
        agency: None,
        digest: String::new(),
    }
}

fn seal<W: Serialize>(mut report: Report<W>) -> Report<W> {
    write_report(&mut report);
    report
}

pub fn build_provider_report(inputs: &ProviderInputs, generated_at: &str, as_of: Date) -> Report {
    seal(draft_provider_report(inputs, generated_at, as_of))
}

/// The report without its digest: for showing, not for saving (the digest is the
/// costliest part at 10,000 workloads).
pub fn draft_provider_report(inputs: &ProviderInputs, generated_at: &str, as_of: Date) -> Report {
    draft_provider_report_of(&inputs.profile, &inputs.answers, generated_at, as_of)
}

/// `draft_provider_report` from the parts, wherever the caller holds them.
pub fn draft_provider_report_of(
    profile: &ProviderProfile,
    answers: &Answers,
    generated_at: &str,
    as_of: Date,
) -> Report {
    let catalogs = builtin().for_audience(Audience::Provider);
    let summary = summarize(&catalogs, answers);
    let areas = |catalog_id: &str| {
        let catalog = builtin().catalog(catalog_id);
        summary
            .catalogs
            .iter()
            .find(|c| c.catalog_id == catalog_id)
            .map(|c| {
                c.sections
                    .iter()
                    .filter_map(|s| {
                        let section = catalog?.sections.iter().find(|x| x.id == s.section_id)?;
                        Some(AreaScoreReport {
                            section_id: s.section_id.clone(),
                            title: section.title.clone(),
                            score: score(s.tally),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let gaps = summary
        .gaps
        .iter()
        .filter_map(|gap| {
            let item = builtin().item(&gap.item_id)?.item;
            let answer = answers.get(&gap.item_id).map(Answer::details).cloned().unwrap_or_default();
            Some(ReportGap {
                item_id: gap.item_id.clone(),
                catalog_id: gap.catalog_id.clone(),
                section_id: gap.section_id.clone(),
                severity: gap.severity,
                gating: gap.gating,
                weight: gap.weight,
                status: gap.status,
                title: item.title.clone(),
                question: item.question.clone(),
                source: item.reference.source.clone(),
                clause: item.reference.clause.clone(),
                owner: answer.owner,
                target_date: answer.target_date,
                note: answer.note,
            })
        })
        .collect();
    let unknown_items = answers.keys().filter(|id| builtin().item(id).is_none()).cloned().collect();
    let mut report = envelope(Role::Provider, &catalogs, generated_at, as_of);
    report.provider = Some(ProviderReport {
        profile: profile.clone(),
        answers: answers.clone(),
        unknown_items,
        summary: ReportSummary {
            status: summary.status,
            overall: score(summary.overall),
            catalogs: summary
                .catalogs
                .iter()
                .map(|c| CatalogScoreReport {
                    catalog_id: c.catalog_id.clone(),
                    score: score(c.tally),
                    areas: areas(&c.catalog_id),
                })
                .collect(),
        },
        gaps,
        deadlines: deadlines::compute(&profile.dates, as_of),
    });
    report
}

pub fn build_agency_report(inputs: &AgencyInputs, generated_at: &str, as_of: Date) -> Report {
    seal(draft_agency_report(inputs, generated_at, as_of).into_owned())
}

/// The agency report without its digest, as `draft_provider_report`. It borrows the
/// workloads: `write_report` turns it into a file without copying them.
pub fn draft_agency_report<'a>(inputs: &'a AgencyInputs, generated_at: &str, as_of: Date) -> Report<&'a Workload> {
    draft_agency_report_of(&inputs.workloads, &inputs.platforms, generated_at, as_of)
}

/// `draft_agency_report` from the parts, wherever the caller holds them (the app keeps
/// its workloads beside their ids, and copies none of them to write a report).
pub fn draft_agency_report_of<'a>(
    workloads: impl IntoIterator<Item = &'a Workload>,
    platforms: &[Platform],
    generated_at: &str,
    as_of: Date,
) -> Report<&'a Workload> {
    let catalogs = builtin().for_audience(Audience::Agency);
    let obligation_items = ItemsById::new(&catalogs);
    let mut counts = VerdictCounts::default();
    let workloads = workloads
        .into_iter()
        .map(|workload| {
            let classification = classify(workload);
            match classification.verdict {
                Verdict::Prohibited => counts.prohibited += 1,
                Verdict::NotSuitable => counts.not_suitable += 1,
                Verdict::Conditional => counts.conditional += 1,
                Verdict::Eligible => counts.eligible += 1,
            }
            let obligations =
                classification.verdict.may_move().then(|| score(obligation_items.tally(&workload.obligations)));
            ReportWorkload {
                workload,
                verdict: classification.verdict,
                platform_fit: check_fit(workload, &classification, platforms, as_of),
                reasons: classification.reasons,
                recommended_tier: classification.recommended_tier,
                obligations,
            }
        })
        .collect();
    let mut report = envelope(Role::Agency, &catalogs, generated_at, as_of);
    report.agency = Some(AgencyReport { platforms: platforms.to_vec(), workloads, verdict_counts: counts });
    report
}

impl<W> Report<W> {
    /// The file name the app downloads it as.
    pub fn file_name(&self) -> String {
        format!("cloud-selfcheck-{}-{}.json", self.role.code(), self.as_of)
    }
}

impl Report {
    /// The inputs a provider report restores.
    pub fn provider_inputs(&self) -> Option<ProviderInputs> {
        let p = self.provider.as_ref()?;
        Some(ProviderInputs { profile: p.profile.clone(), answers: p.answers.clone() })
    }

    /// The inputs an agency report restores.
    pub fn agency_inputs(&self) -> Option<AgencyInputs> {
        let a = self.agency.as_ref()?;
        Some(AgencyInputs {
            workloads: a.workloads.iter().map(|w| w.workload.clone()).collect(),
            platforms: a.platforms.clone(),
        })
    }

    /// The same report rebuilt from its own inputs, date and time: equal to `self`
    /// exactly when no derived figure was changed by hand. The tool version and the
    /// digest are taken over as stated: the figures are judged here, the digest by the
    /// reader (a file of an older format states a digest of that format).
    pub fn rebuilt(&self) -> Option<Report> {
        let mut rebuilt = match self.role {
            Role::Provider => draft_provider_report(&self.provider_inputs()?, &self.generated_at, self.as_of),
            Role::Agency => draft_agency_report(&self.agency_inputs()?, &self.generated_at, self.as_of).into_owned(),
        };
        rebuilt.tool_version = self.tool_version.clone();
        rebuilt.digest = self.digest.clone();
        Some(rebuilt)
    }
}
