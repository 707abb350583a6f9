//! Two reports of one role compared, the earlier `before` and the later `after`: what
//! changed in the scores, the answers, the gaps and the red lines; for an agency, in the
//! workloads and their verdicts. Every figure is recomputed from each side's inputs.

use crate::work::{AgencyWork, ProviderWork};
use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::merge::Mergeable;
use crate::agency::inventory_csv::{cell, Column};
use crate::agency::{classify, Platform, Verdict, Workload};
use crate::answer::{Answer, Status};
use crate::catalog::{builtin, Audience, Catalog, Index, Scope};
use crate::lang::Localized;
use crate::report::{provider_catalogs, ReportInputs, Role, VerdictCounts};
use crate::scoring::{summarize, ItemsById, OverallStatus, Summary};
use crate::table;

/// A value before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Change<T> {
    pub before: T,
    pub after: T,
}

impl<T: PartialEq> Change<T> {
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// A catalog's score (`section_id` `None`) or one of its areas'.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreChange {
    pub catalog_id: String,
    pub section_id: Option<String>,
    pub title: Localized,
    pub score: Change<Option<f64>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemChangeKind {
    /// Unanswered before.
    Answered,
    /// Further from a gap: not met → partial → met or not applicable.
    Improved,
    Regressed,
    /// Answered before, unanswered now.
    Withdrawn,
    /// Another status as far from a gap (met ↔ not applicable).
    Restated,
    /// The same status, other texts or dates.
    Edited,
}

impl ItemChangeKind {
    pub const ALL: [ItemChangeKind; 6] = [
        ItemChangeKind::Improved,
        ItemChangeKind::Regressed,
        ItemChangeKind::Answered,
        ItemChangeKind::Withdrawn,
        ItemChangeKind::Restated,
        ItemChangeKind::Edited,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            ItemChangeKind::Answered => "answered",
            ItemChangeKind::Improved => "improved",
            ItemChangeKind::Regressed => "regressed",
            ItemChangeKind::Withdrawn => "withdrawn",
            ItemChangeKind::Restated => "restated",
            ItemChangeKind::Edited => "edited",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapChange {
    Opened,
    Closed,
}

/// One item whose answer changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemChange {
    pub item_id: String,
    /// Empty for an item no catalog of either side has.
    pub catalog_id: String,
    pub title: Localized,
    pub gating: bool,
    /// The statuses that count (`Answer::effective_status`).
    pub status: Change<Option<Status>>,
    pub kind: ItemChangeKind,
    pub gap: Option<GapChange>,
    /// The equal item the later answer was carried from, when no one answered this one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub carried_from: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProviderComparison {
    pub status: Change<OverallStatus>,
    pub overall: Change<Option<f64>>,
    /// Every catalog and area of either side, the later side's order first.
    pub scores: Vec<ScoreChange>,
    /// Only the items whose answer changed, in catalog order.
    pub items: Vec<ItemChange>,
}

impl ProviderComparison {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && !self.status.changed() && self.scores.iter().all(|s| !s.score.changed())
    }

    pub fn count(&self, kind: ItemChangeKind) -> usize {
        self.items.iter().filter(|i| i.kind == kind).count()
    }

    pub fn gaps(&self, change: GapChange) -> usize {
        self.items.iter().filter(|i| i.gap == Some(change)).count()
    }

    /// Red-line items whose status changed.
    pub fn red_lines(&self) -> impl Iterator<Item = &ItemChange> {
        self.items.iter().filter(|i| i.gating && i.status.changed())
    }
}

/// How far from a gap a status is: not met 0, partial 1, met or not applicable 2.
fn standing(status: Status) -> u8 {
    match status {
        Status::NotMet => 0,
        Status::Partial => 1,
        Status::Met | Status::NotApplicable => 2,
    }
}

fn is_gap(status: Option<Status>) -> bool {
    matches!(status, Some(Status::NotMet | Status::Partial))
}

fn kind_of(before: Option<&Answer>, after: Option<&Answer>) -> Option<ItemChangeKind> {
    let status = |a: Option<&Answer>| a.and_then(Answer::effective_status);
    let (b, a) = (status(before), status(after));
    match (b, a) {
        (None, Some(_)) => Some(ItemChangeKind::Answered),
        (Some(_), None) => Some(ItemChangeKind::Withdrawn),
        (Some(b), Some(a)) if standing(a) > standing(b) => Some(ItemChangeKind::Improved),
        (Some(b), Some(a)) if standing(a) < standing(b) => Some(ItemChangeKind::Regressed),
        (Some(b), Some(a)) if a != b => Some(ItemChangeKind::Restated),
        _ => {
            let empty = Answer::Empty;
            let (b, a) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
            (!b.same_as(a)).then_some(ItemChangeKind::Edited)
        }
    }
}

fn score_of(summary: &Summary, catalog_id: &str, section_id: Option<&str>) -> Option<f64> {
    let catalog = summary.catalogs.iter().find(|c| c.catalog_id == catalog_id)?;
    match section_id {
        None => catalog.tally.score(),
        Some(id) => catalog.sections.iter().find(|s| s.section_id == id)?.tally.score(),
    }
}

/// Compares two provider self-checks.
pub fn compare_provider(before: &ProviderWork, after: &ProviderWork) -> ProviderComparison {
    let (old, new) = (provider_catalogs(&before.catalogs), provider_catalogs(&after.catalogs));
    let old_summary = summarize(&old, &before.answers, &Scope::of(&before.profile));
    let new_summary = summarize(&new, &after.answers, &Scope::of(&after.profile));
    // The later side's catalogs, then any only the earlier one had.
    let mut catalogs: Vec<&Catalog> = new.clone();
    catalogs.extend(old.iter().filter(|c| !new.iter().any(|n| n.id == c.id)));
    let mut scores = Vec::new();
    for catalog in &catalogs {
        let change = |section: Option<&str>| Change {
            before: score_of(&old_summary, &catalog.id, section),
            after: score_of(&new_summary, &catalog.id, section),
        };
        scores.push(ScoreChange {
            catalog_id: catalog.id.clone(),
            section_id: None,
            title: catalog.title.clone(),
            score: change(None),
        });
        for section in &catalog.sections {
            scores.push(ScoreChange {
                catalog_id: catalog.id.clone(),
                section_id: Some(section.id.clone()),
                title: section.title.clone(),
                score: change(Some(&section.id)),
            });
        }
    }
    let index = Index::new(&catalogs);
    let in_catalogs = catalogs.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items).map(|i| i.id.as_str());
    // Sets filled one by one: collecting sorts with a stable sort the wasm need not carry.
    let mut known: BTreeSet<&str> = BTreeSet::new();
    for id in in_catalogs.clone() {
        known.insert(id);
    }
    let mut unknown: BTreeSet<&str> = BTreeSet::new();
    for id in before.answers.keys().chain(after.answers.keys()) {
        if !known.contains(id.as_str()) {
            unknown.insert(id);
        }
    }
    let items = in_catalogs
        .chain(unknown)
        .filter_map(|id| {
            let (b, a) = (before.answers.get(id), after.answers.get(id));
            let kind = kind_of(b, a)?;
            let status =
                Change { before: b.and_then(Answer::effective_status), after: a.and_then(Answer::effective_status) };
            let gap = match (is_gap(status.before), is_gap(status.after)) {
                (false, true) => Some(GapChange::Opened),
                (true, false) => Some(GapChange::Closed),
                _ => None,
            };
            let found = index.item(id);
            Some(ItemChange {
                item_id: id.to_string(),
                catalog_id: found.map(|r| r.catalog.id.clone()).unwrap_or_default(),
                title: found.map(|r| r.item.title.clone()).unwrap_or_default(),
                gating: found.is_some_and(|r| r.item.gating),
                status,
                kind,
                gap,
                carried_from: a.and_then(Answer::carried_from).unwrap_or_default().to_string(),
            })
        })
        .collect();
    ProviderComparison {
        status: Change { before: old_summary.status, after: new_summary.status },
        overall: Change { before: old_summary.overall.score(), after: new_summary.overall.score() },
        scores,
        items,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkloadChangeKind {
    Added,
    Removed,
    Changed,
}

/// What of a workload changed: one of its inputs (as the inventory CSV names them), or
/// its obligation answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkloadField {
    Input(Column),
    Obligations,
}

impl WorkloadField {
    /// The CSV column's name, or `obligations`.
    pub fn code(self) -> &'static str {
        match self {
            WorkloadField::Input(column) => table::Column::names(column)[0],
            WorkloadField::Obligations => "obligations",
        }
    }
}

impl Serialize for WorkloadField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

fn changed_fields(a: &Workload, b: &Workload) -> Vec<WorkloadField> {
    let mut fields: Vec<WorkloadField> = Column::ALL
        .into_iter()
        .filter(|&c| c != Column::Name && cell(a, c) != cell(b, c))
        .map(WorkloadField::Input)
        .collect();
    if a.obligations != b.obligations {
        fields.push(WorkloadField::Obligations);
    }
    fields
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkloadChange {
    pub name: String,
    pub kind: WorkloadChangeKind,
    pub verdict: Change<Option<Verdict>>,
    /// For a changed workload: which inputs.
    pub fields: Vec<WorkloadField>,
    /// The obligations' score (workloads that may move).
    pub obligations: Change<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgencyComparison {
    pub counts: Change<VerdictCounts>,
    /// Changed, added and removed workloads: the later side's order, then the removed.
    pub workloads: Vec<WorkloadChange>,
    /// Platforms added, removed or changed, by name.
    pub platforms: Vec<(String, WorkloadChangeKind)>,
}

impl AgencyComparison {
    pub fn is_empty(&self) -> bool {
        self.workloads.is_empty() && self.platforms.is_empty()
    }

    pub fn count(&self, kind: WorkloadChangeKind) -> usize {
        self.workloads.iter().filter(|w| w.kind == kind).count()
    }
}

fn counts(verdicts: impl Iterator<Item = Verdict>) -> VerdictCounts {
    let mut counts = VerdictCounts::default();
    for verdict in verdicts {
        counts.add(verdict);
    }
    counts
}

/// Compares two agency inventories: workloads matched by name.
/// `after` is the work however it is held (the app's rows beside their ids): nothing is
/// copied to compare 10,000 workloads.
pub fn compare_agency<W: AsRef<Workload>, P: AsRef<Platform>>(
    before: &AgencyWork,
    after: &AgencyWork<W, P>,
) -> AgencyComparison {
    let catalogs = builtin().for_audience(Audience::Agency);
    let obligations = ItemsById::new(&catalogs);
    let assess = |w: &Workload| {
        let verdict = classify(w).verdict;
        let score = verdict.may_move().then(|| obligations.tally(&w.obligations).score()).flatten();
        (verdict, score)
    };
    let old: HashMap<&str, (&Workload, (Verdict, Option<f64>))> =
        before.workloads.iter().map(|w| (w.name.as_str(), (w, assess(w)))).collect();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut new_verdicts = Vec::with_capacity(after.workloads.len());
    let mut workloads = Vec::new();
    for w in after.workloads() {
        seen.insert(&w.name);
        let (verdict, score) = assess(w);
        new_verdicts.push(verdict);
        let (kind, fields, before_assessed) = match old.get(w.name.as_str()) {
            None => (WorkloadChangeKind::Added, Vec::new(), None),
            Some((o, _)) if *o == w => continue,
            Some((o, assessed)) => (WorkloadChangeKind::Changed, changed_fields(o, w), Some(*assessed)),
        };
        workloads.push(WorkloadChange {
            name: w.name.clone(),
            kind,
            verdict: Change { before: before_assessed.map(|a| a.0), after: Some(verdict) },
            fields,
            obligations: Change { before: before_assessed.and_then(|a| a.1), after: score },
        });
    }
    for w in before.workloads.iter().filter(|w| !seen.contains(w.name.as_str())) {
        let (verdict, score) = old[w.name.as_str()].1;
        workloads.push(WorkloadChange {
            name: w.name.clone(),
            kind: WorkloadChangeKind::Removed,
            verdict: Change { before: Some(verdict), after: None },
            fields: Vec::new(),
            obligations: Change { before: score, after: None },
        });
    }
    let mut platforms = Vec::new();
    for p in after.platforms() {
        match before.platforms.iter().find(|o| o.name == p.name) {
            None => platforms.push((p.name.clone(), WorkloadChangeKind::Added)),
            Some(o) if o != p => platforms.push((p.name.clone(), WorkloadChangeKind::Changed)),
            Some(_) => {}
        }
    }
    for p in before.platforms.iter().filter(|o| !after.platforms().any(|p| p.name == o.name)) {
        platforms.push((p.name.clone(), WorkloadChangeKind::Removed));
    }
    AgencyComparison {
        counts: Change { before: counts(old.values().map(|(_, a)| a.0)), after: counts(new_verdicts.into_iter()) },
        workloads,
        platforms,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Comparison {
    Provider(ProviderComparison),
    Agency(AgencyComparison),
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        match self {
            Comparison::Provider(c) => c.is_empty(),
            Comparison::Agency(c) => c.is_empty(),
        }
    }
}

/// Two reports compared; `Err` with both roles when they are not of the same role.
pub fn compare(before: &ReportInputs, after: &ReportInputs) -> Result<Comparison, (Role, Role)> {
    match (&before.provider, &after.provider, &before.agency, &after.agency) {
        (Some(b), Some(a), _, _) => Ok(Comparison::Provider(compare_provider(b, a))),
        (_, _, Some(b), Some(a)) => Ok(Comparison::Agency(compare_agency(b, a))),
        _ => Err((before.role, after.role)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_self_check_compared_with_itself_has_no_change() {
        let mut work = ProviderWork::default();
        work.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(Status::Partial));
        let same = compare_provider(&work, &work);
        assert!(same.is_empty());
        assert!(same.scores.len() > 7, "every catalog and area is listed, unchanged");
    }

    #[test]
    fn an_answer_carried_since_says_where_it_came_from() {
        let before = ProviderWork::default();
        let mut after = ProviderWork::default();
        let relations = crate::catalog::loaded::relations(&[]);
        let group = relations.groups()[0].clone();
        after.answers_mut().insert(group[0].clone(), Answer::with_status(Status::NotMet));
        crate::crosswalk::carry(&relations, after.answers_mut());
        let c = compare_provider(&before, &after);
        let carried = c.items.iter().find(|i| i.item_id == group[1]).expect("the carried answer is a change");
        assert_eq!((carried.kind, carried.carried_from.as_str()), (ItemChangeKind::Answered, group[0].as_str()));
        let given = c.items.iter().find(|i| i.item_id == group[0]).unwrap();
        assert!(given.carried_from.is_empty());
    }

    #[test]
    fn every_kind_of_change_is_named_with_its_gap_and_red_line() {
        let mut before = ProviderWork::default();
        let mut after = ProviderWork::default();
        let set = |inputs: &mut ProviderWork, id: &str, status: Status| {
            inputs.answers_mut().insert(id.into(), Answer::with_status(status));
        };
        set(&mut before, "M19-A3-01-Q1", Status::NotMet);
        set(&mut after, "M19-A3-01-Q1", Status::Met); // improved, gap closed
        set(&mut before, "M19-A3-01-Q2", Status::Met);
        set(&mut after, "M19-A3-01-Q2", Status::Partial); // regressed, gap opened
        set(&mut after, "M19-A3-01-Q3", Status::Met); // answered
        set(&mut before, "M19-A3-01-Q4", Status::Met); // withdrawn
        set(&mut before, "M19-A3-02-Q1", Status::Met);
        after
            .answers_mut()
            .insert("M19-A3-02-Q1".into(), Answer::with_status(Status::Met).with_details(|d| d.note = "复核".into())); // edited
        let diff = compare_provider(&before, &after);
        let kinds: Vec<_> = diff.items.iter().map(|i| (i.item_id.as_str(), i.kind, i.gap)).collect();
        use GapChange::*;
        use ItemChangeKind::*;
        assert_eq!(
            kinds,
            [
                ("M19-A3-01-Q1", Improved, Some(Closed)),
                ("M19-A3-01-Q2", Regressed, Some(Opened)),
                ("M19-A3-01-Q3", Answered, None),
                ("M19-A3-01-Q4", Withdrawn, None),
                ("M19-A3-02-Q1", Edited, None),
            ]
        );
        let focus = diff.scores.iter().find(|s| s.catalog_id == "measures-2019-focus" && s.section_id.is_none());
        assert!(focus.unwrap().score.changed());
        let gating = builtin().item("M19-A3-01-Q1").unwrap().item.gating;
        assert_eq!(diff.red_lines().any(|i| i.item_id == "M19-A3-01-Q1"), gating);
    }

    #[test]
    fn workloads_are_matched_by_name_and_their_verdicts_compared() {
        let w = |name: &str, level: u8| Workload {
            name: name.into(),
            mlps_level: Some(level),
            confidentiality_review: true,
            ..Workload::default()
        };
        let before =
            AgencyWork { workloads: vec![w("门户", 2), w("OA", 2), w("旧系统", 1)].into(), ..Default::default() };
        let mut after =
            AgencyWork { workloads: vec![w("OA", 2), w("门户", 4), w("邮件", 2)].into(), ..Default::default() };
        after.platforms_mut().push(Platform { name: "政务云".into(), ..Platform::default() });
        let diff = compare_agency(&before, &after);
        let names: Vec<_> = diff.workloads.iter().map(|c| (c.name.as_str(), c.kind)).collect();
        use WorkloadChangeKind::*;
        assert_eq!(names, [("门户", Changed), ("邮件", Added), ("旧系统", Removed)]);
        assert_eq!(diff.workloads[0].fields, [WorkloadField::Input(Column::MlpsLevel)]);
        assert_eq!(diff.workloads[0].verdict.after, Some(Verdict::NotSuitable));
        assert_eq!(diff.platforms, [("政务云".to_string(), Added)]);
        assert_eq!((diff.counts.before.eligible, diff.counts.after.not_suitable), (3, 1));
        assert!(compare_agency(&after, &after).is_empty());
    }
}
