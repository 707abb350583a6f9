//! Builds a report from the inputs alone: every derived figure is recomputed here, so
//! the same inputs always give the same report (and `validate` can check one).

use std::rc::Rc;

use crate::date::Date;
use serde::Serialize;

use super::canonical::write_report;
use super::model::*;
use crate::agency::{check_fit, classify, Platform, Workload};
use crate::catalog::{builtin, loaded, versions, Audience, Catalog, Index, Scope};
use crate::deadlines;
use crate::scoring::{summarize, ItemsById, Tally};
use crate::work::{AgencyWork, ProviderWork};
use crate::Answer;

/// The catalogs a provider answers: every built-in provider catalog, then those loaded.
pub fn provider_catalogs(loaded: &[Catalog]) -> Vec<&Catalog> {
    let mut catalogs = builtin().for_audience(Audience::Provider);
    catalogs.extend(loaded);
    catalogs
}

/// Scores keep two decimals so that the file reads well and round-trips exactly.
fn score(tally: Tally) -> Score {
    Score { score: tally.score().map(|s| (s * 100.0).round() / 100.0), tally }
}

fn catalog_refs(catalogs: &[&Catalog]) -> Vec<CatalogRef> {
    catalogs
        .iter()
        .map(|c| {
            let built_in = builtin().digest(&c.id);
            CatalogRef {
                id: c.id.clone(),
                version: c.version.clone(),
                sha256: built_in.map_or_else(|| loaded::fingerprint(c), str::to_string),
                loaded: built_in.is_none(),
                items: versions::item_digests(c),
            }
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
        signature: None,
    }
}

fn seal<W: Serialize>(mut report: Report<W>) -> Report<W> {
    write_report(&mut report);
    report
}

pub fn build_provider_report(work: &ProviderWork, generated_at: &str, as_of: Date) -> Report {
    seal(draft_provider_report(work, generated_at, as_of))
}

/// The report without its digest: for showing, not for saving (the digest is the
/// costliest part at 10,000 workloads). Scored against the built-in catalogs and the
/// loaded ones (which the report embeds).
pub fn draft_provider_report(work: &ProviderWork, generated_at: &str, as_of: Date) -> Report {
    draft_provider_report_against(work, &provider_catalogs(&work.catalogs), generated_at, as_of)
}

/// The report of `work` scored against `catalogs` as given (`rebuilt`: those a file names).
fn draft_provider_report_against(
    work: &ProviderWork,
    catalogs: &[&Catalog],
    generated_at: &str,
    as_of: Date,
) -> Report {
    let ProviderWork { profile, answers, .. } = work;
    let summary = summarize(catalogs, answers, &Scope::of(profile));
    let index = Index::new(catalogs);
    let areas = |catalog: &Catalog| {
        summary
            .catalogs
            .iter()
            .find(|c| c.catalog_id == catalog.id)
            .map(|c| {
                c.sections
                    .iter()
                    .zip(&catalog.sections)
                    .map(|(s, section)| AreaScoreReport {
                        section_id: s.section_id.clone(),
                        title: section.title.clone(),
                        score: score(s.tally),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let gaps = summary
        .gaps
        .iter()
        .filter_map(|gap| {
            let item = index.item(&gap.item_id)?.item;
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
                carried_from: answer.carried_from,
            })
        })
        .collect();
    let unknown_items = answers.keys().filter(|id| index.item(id).is_none()).cloned().collect();
    let mut report = envelope(Role::Provider, catalogs, generated_at, as_of);
    report.provider = Some(ProviderReport {
        work: work.clone(),
        unknown_items,
        summary: ReportSummary {
            status: summary.status,
            overall: score(summary.overall),
            catalogs: catalogs
                .iter()
                .zip(&summary.catalogs)
                .map(|(catalog, c)| CatalogScoreReport {
                    catalog_id: c.catalog_id.clone(),
                    score: score(c.tally),
                    areas: areas(catalog),
                })
                .collect(),
        },
        gaps,
        deadlines: deadlines::compute(&profile.dates, as_of),
        consistency: crate::crosswalk::contradictions(&crate::catalog::loaded::relations(&work.catalogs), answers),
        crosswalk: Some(crate::crosswalk::edition()),
    });
    report
}

pub fn build_agency_report<W: AsRef<Workload>, P: AsRef<Platform>>(
    work: &AgencyWork<W, P>,
    generated_at: &str,
    as_of: Date,
) -> Report {
    seal(draft_agency_report(work, generated_at, as_of).into_owned())
}

/// The agency report without its digest, as `draft_provider_report`. It borrows the
/// workloads, wherever the caller holds them (the app keeps them beside their ids):
/// `write_report` turns it into a file without copying them.
pub fn draft_agency_report<'a, W: AsRef<Workload>, P: AsRef<Platform>>(
    work: &'a AgencyWork<W, P>,
    generated_at: &str,
    as_of: Date,
) -> Report<&'a Workload> {
    let catalogs = builtin().for_audience(Audience::Agency);
    let obligation_items = ItemsById::new(&catalogs);
    let mut counts = VerdictCounts::default();
    let workloads = work
        .workloads()
        .map(|workload| {
            let classification = classify(workload);
            counts.add(classification.verdict);
            let obligations =
                classification.verdict.may_move().then(|| score(obligation_items.tally(&workload.obligations)));
            ReportWorkload {
                workload,
                verdict: classification.verdict,
                platform_fit: check_fit(workload, &classification, &work.platforms, as_of),
                reasons: classification.reasons,
                recommended_tier: classification.recommended_tier,
                obligations,
            }
        })
        .collect();
    let mut report = envelope(Role::Agency, &catalogs, generated_at, as_of);
    report.agency = Some(AgencyReport {
        profile: work.profile.clone(),
        platforms: work.platforms().cloned().collect(),
        workloads,
        history: (*work.history).clone(),
        verdict_counts: counts,
    });
    report
}

impl<W> Report<W> {
    /// The file name the app downloads it as.
    pub fn file_name(&self) -> String {
        format!("cloud-selfcheck-{}-{}.json", self.role.code(), self.as_of)
    }
}

impl Report {
    /// The work a provider report restores.
    pub fn provider_work(&self) -> Option<ProviderWork> {
        self.provider.as_ref().map(|p| p.work.clone())
    }

    /// The catalogs the report names, as this tool has them: its built-in ones and the
    /// report's embedded ones; `None` if it names one this tool does not know.
    pub fn named_catalogs(&self) -> Option<Vec<&Catalog>> {
        let embedded = self.provider.iter().flat_map(|p| p.work.catalogs.iter());
        let mut embedded: Vec<&Catalog> = embedded.collect();
        self.catalogs
            .iter()
            .map(|r| {
                builtin()
                    .catalog(&r.id)
                    .or_else(|| embedded.iter().position(|c| c.id == r.id).map(|at| embedded.remove(at)))
            })
            .collect()
    }

    /// The work an agency report restores.
    pub fn agency_work(&self) -> Option<AgencyWork> {
        let a = self.agency.as_ref()?;
        Some(AgencyWork {
            profile: a.profile.clone(),
            workloads: Rc::new(a.workloads.iter().map(|w| w.workload.clone()).collect()),
            platforms: Rc::new(a.platforms.clone()),
            history: Rc::new(a.history.clone()),
        })
    }

    /// The same report rebuilt from its own inputs, date and time: equal to `self`
    /// exactly when no derived figure was changed by hand. The tool version and the
    /// digest are taken over as stated: the figures are judged here, the digest by the
    /// reader (a file of an older format states a digest of that format).
    /// Every tally in the report: the provider's overall, per catalog and per area, and
    /// each workload's obligations.
    pub fn for_each_tally_mut(&mut self, mut f: impl FnMut(&mut crate::scoring::Tally)) {
        if let Some(p) = &mut self.provider {
            f(&mut p.summary.overall.tally);
            for catalog in &mut p.summary.catalogs {
                f(&mut catalog.score.tally);
                catalog.areas.iter_mut().for_each(|area| f(&mut area.score.tally));
            }
        }
        if let Some(a) = &mut self.agency {
            a.workloads.iter_mut().filter_map(|w| w.obligations.as_mut()).for_each(|score| f(&mut score.tally));
        }
    }

    /// Rebuilt figures as a file of format `version` states them: a figure added since is
    /// not held against an older file (format 7 added `unanswered_possible`).
    pub fn as_stated_in_format(&mut self, version: u32) {
        if version < 7 {
            self.for_each_tally_mut(|tally| tally.unanswered_possible = 0);
        }
        if version < 10 {
            if let Some(provider) = &mut self.provider {
                provider.consistency.clear();
                provider.crosswalk = None;
            }
        }
    }

    pub fn rebuilt(&self) -> Option<Report> {
        let mut rebuilt = match self.role {
            Role::Provider => {
                let p = self.provider.as_ref()?;
                let catalogs = self.named_catalogs()?;
                draft_provider_report_against(&p.work, &catalogs, &self.generated_at, self.as_of)
            }
            Role::Agency => draft_agency_report(&self.agency_work()?, &self.generated_at, self.as_of).into_owned(),
        };
        rebuilt.tool_version = self.tool_version.clone();
        rebuilt.digest = self.digest.clone();
        rebuilt.signature = self.signature.clone();
        // Files before format 3 list no item digests: judge the figures, not the format.
        for (ours, stated) in rebuilt.catalogs.iter_mut().zip(&self.catalogs) {
            if stated.items.is_empty() && ours.id == stated.id {
                ours.items.clear();
            }
        }
        Some(rebuilt)
    }
}
