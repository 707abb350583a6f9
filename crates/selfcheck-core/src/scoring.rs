//! Readiness scores, overall status and the prioritised gap list.
//!
//! The rules (also in the README):
//! - credit: met = full, partially met = half, not met and unanswered = none;
//! - a score is Σ(weight × credit) / Σ(weight) over the *applicable* items, as 0–100;
//!   not applicable items are left out entirely, never counted as 0;
//! - unanswered items count in the denominator (readiness cannot be claimed for them)
//!   and are reported separately, as a count; beside that conservative figure stand the
//!   coverage (answered of applicable items) and the readiness of what is answered, so
//!   that low coverage does not read as failure;
//! - "not applicable" without a written justification counts as unanswered;
//! - status: `not_ready` if any gating item is not met or partially met, whatever the
//!   score; else `incomplete` if anything is unanswered; else `gaps_remaining` if any
//!   item is not fully met; else `ready`;
//! - gaps (not met or partially met) are sorted gating first, then by weight, then
//!   not met before partial, then in catalog order;
//! - items that do not apply by the provider's tier or level (`catalog::Scope`) are
//!   counted apart and left out of everything else.

use std::cmp::Ordering;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answer::{Answers, Status};
use crate::catalog::{Catalog, Item, Scope};

/// Counts and weighted credit over a set of items. Counts of zero are left out of files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub met: u32,
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub partial: u32,
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub not_met: u32,
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub not_applicable: u32,
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub unanswered: u32,
    /// Items that do not apply by tier or level (`catalog::Scope`): in no other count.
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub out_of_scope: u32,
    /// Σ weight × credit, in half points.
    pub earned: u32,
    /// Σ weight × full credit over applicable items, in half points.
    pub possible: u32,
    /// The part of `possible` over unanswered items (format 7): the readiness of what is
    /// answered is `earned / (possible − unanswered_possible)`.
    #[serde(default, skip_serializing_if = "crate::is_zero")]
    pub unanswered_possible: u32,
}

impl Tally {
    fn add(&mut self, item: &Item, status: Option<Status>) {
        let weight = u32::from(item.weight);
        match status {
            Some(Status::NotApplicable) => {
                self.not_applicable += 1;
                return;
            }
            Some(Status::Met) => self.met += 1,
            Some(Status::Partial) => self.partial += 1,
            Some(Status::NotMet) => self.not_met += 1,
            None => {
                self.unanswered += 1;
                self.unanswered_possible += weight * 2;
            }
        }
        self.earned += weight * status.map_or(0, Status::half_points);
        self.possible += weight * 2;
    }

    fn merge(&mut self, other: &Tally) {
        self.met += other.met;
        self.partial += other.partial;
        self.not_met += other.not_met;
        self.not_applicable += other.not_applicable;
        self.unanswered += other.unanswered;
        self.out_of_scope += other.out_of_scope;
        self.earned += other.earned;
        self.possible += other.possible;
        self.unanswered_possible += other.unanswered_possible;
    }

    /// Readiness 0–100, or `None` when nothing applicable is left to score.
    pub fn score(&self) -> Option<f64> {
        (self.possible > 0).then(|| f64::from(self.earned) * 100.0 / f64::from(self.possible))
    }

    /// The readiness of the answered items alone, 0–100, or `None` while none is
    /// answered (applicable and not "not applicable").
    pub fn answered_score(&self) -> Option<f64> {
        let possible = self.possible - self.unanswered_possible;
        (possible > 0).then(|| f64::from(self.earned) * 100.0 / f64::from(possible))
    }

    /// Items that apply and are not "not applicable": what readiness is counted over.
    pub fn applicable(&self) -> u32 {
        self.met + self.partial + self.not_met + self.unanswered
    }

    /// Coverage, 0–100: the applicable items answered, or `None` when none applies.
    pub fn coverage(&self) -> Option<f64> {
        let applicable = self.applicable();
        (applicable > 0).then(|| f64::from(applicable - self.unanswered) * 100.0 / f64::from(applicable))
    }

    pub fn total(&self) -> u32 {
        self.met + self.partial + self.not_met + self.not_applicable + self.unanswered
    }

    pub fn answered(&self) -> u32 {
        self.total() - self.unanswered
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SectionScore {
    pub section_id: String,
    pub tally: Tally,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CatalogScore {
    pub catalog_id: String,
    pub tally: Tally,
    pub sections: Vec<SectionScore>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OverallStatus {
    /// A gating (red-line) item is not met.
    NotReady,
    /// Nothing blocks, but items are unanswered.
    Incomplete,
    /// Everything is answered; some items are not fully met.
    GapsRemaining,
    /// Every applicable item is met.
    Ready,
}

impl OverallStatus {
    /// The name files use (and pages, in `data-` attributes).
    pub const fn code(self) -> &'static str {
        match self {
            OverallStatus::NotReady => "not_ready",
            OverallStatus::Incomplete => "incomplete",
            OverallStatus::GapsRemaining => "gaps_remaining",
            OverallStatus::Ready => "ready",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
}

impl Severity {
    /// The name files use (and pages, in `data-` attributes and classes).
    pub const fn code(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    /// Gating items are critical; otherwise the weight decides.
    pub fn of(item: &Item) -> Severity {
        match (item.gating, item.weight) {
            (true, _) => Severity::Critical,
            (false, 4..) => Severity::High,
            (false, 3) => Severity::Medium,
            _ => Severity::Low,
        }
    }
}

/// An item that is not fully met.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Gap {
    pub item_id: String,
    pub catalog_id: String,
    pub section_id: String,
    pub status: Status,
    pub severity: Severity,
    pub weight: u8,
    pub gating: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    pub status: OverallStatus,
    pub overall: Tally,
    pub catalogs: Vec<CatalogScore>,
    /// Gating items not fully met, in catalog order.
    pub blocking: Vec<String>,
    pub gaps: Vec<Gap>,
}

/// The items of some catalogs in id order, for `ItemsById::tally`.
pub struct ItemsById<'a>(Vec<&'a Item>);

impl<'a> ItemsById<'a> {
    pub fn new(catalogs: &[&'a Catalog]) -> Self {
        let mut items: Vec<&Item> = catalogs.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items).collect();
        items.sort_unstable_by(|a, b| a.id.cmp(&b.id)); // ids are unique
        ItemsById(items)
    }

    /// `summarize(catalogs, answers).overall` without the detail, for each of up to
    /// 10,000 workloads: one walk along the items and the (sorted) answers together,
    /// where a lookup per item would compare each id with several others.
    pub fn tally(&self, answers: &Answers) -> Tally {
        let mut tally = Tally::default();
        let mut answers = answers.iter().peekable();
        for item in &self.0 {
            // One comparison per step (ids share long prefixes, so each costs).
            let mut status = None;
            while let Some((id, answer)) = answers.peek() {
                match id.as_str().cmp(item.id.as_str()) {
                    Ordering::Less => {}
                    Ordering::Equal => {
                        status = answer.effective_status();
                        answers.next();
                        break;
                    }
                    Ordering::Greater => break,
                }
                answers.next();
            }
            tally.add(item, status);
        }
        tally
    }
}

/// A score as people read it: one decimal, rounded *down* so that nearly-ready never reads
/// 100%, without a trailing ".0"; a dash when there is nothing to score.
// Written from whole tenths: formatting a float would pull some 15 KB of float
// printing into the wasm for this one figure.
pub fn percent(score: Option<f64>) -> String {
    score.map_or_else(
        || "—".to_string(),
        |s| {
            let tenths = (s * 10.0).floor().max(0.0) as u32;
            match tenths % 10 {
                0 => format!("{}%", tenths / 10),
                digit => format!("{}.{digit}%", tenths / 10),
            }
        },
    )
}

/// Scores `catalogs` against `answers`, counting only the items in `scope`. Answers for
/// items outside these catalogs are ignored.
pub fn summarize(catalogs: &[&Catalog], answers: &Answers, scope: &Scope) -> Summary {
    let mut overall = Tally::default();
    let mut blocking = Vec::new();
    let mut gaps = Vec::new();
    let mut scores = Vec::with_capacity(catalogs.len());
    for catalog in catalogs {
        let mut catalog_tally = Tally::default();
        let mut sections = Vec::with_capacity(catalog.sections.len());
        for section in &catalog.sections {
            let mut tally = Tally::default();
            for item in &section.items {
                if !scope.applies(item) {
                    tally.out_of_scope += 1;
                    continue;
                }
                let status = answers.get(&item.id).and_then(|a| a.effective_status());
                tally.add(item, status);
                if let Some(status @ (Status::NotMet | Status::Partial)) = status {
                    if item.gating {
                        blocking.push(item.id.clone());
                    }
                    gaps.push(Gap {
                        item_id: item.id.clone(),
                        catalog_id: catalog.id.clone(),
                        section_id: section.id.clone(),
                        status,
                        severity: Severity::of(item),
                        weight: item.weight,
                        gating: item.gating,
                    });
                }
            }
            catalog_tally.merge(&tally);
            sections.push(SectionScore { section_id: section.id.clone(), tally });
        }
        overall.merge(&catalog_tally);
        scores.push(CatalogScore { catalog_id: catalog.id.clone(), tally: catalog_tally, sections });
    }
    // A stable sort keeps catalog order among equals.
    gaps.sort_by_key(|gap| (!gap.gating, std::cmp::Reverse(gap.weight), gap.status != Status::NotMet));
    let status = if !blocking.is_empty() {
        OverallStatus::NotReady
    } else if overall.unanswered > 0 {
        OverallStatus::Incomplete
    } else if !gaps.is_empty() {
        OverallStatus::GapsRemaining
    } else {
        OverallStatus::Ready
    };
    Summary { status, overall, catalogs: scores, blocking, gaps }
}
