//! `selfcheck crosswalk [--tier general|enhanced] [--level 1-4] [--json]`: answer once. For
//! the built-in provider catalogs at a scope, how many items apply, how many answers
//! cover them (each group of equal items answered once, `crosswalk::scope_figures`), the
//! groups, and how many other relations there are.
//!
//! `selfcheck crosswalk --check REPORT.json [--json]`: the answers of a provider's report
//! that contradict each other (`crosswalk::contradictions`), read as `validate` reads it.
//! Exit status 1 when there is one (or the report is refused, an agency's included).

use std::collections::{BTreeMap, HashSet};
use std::io::Write;

use selfcheck_core::catalog::scope::Scope;
use selfcheck_core::catalog::{builtin, loaded, Audience, Catalog, ItemKind};
use selfcheck_core::crosswalk::scope_figures::figures;
use selfcheck_core::crosswalk::{Contradiction, ContradictionKind, RelationKind, Side};
use selfcheck_core::messages::{fill_in, terms, Describe, Term};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::load::role_term;
use selfcheck_core::scoring::percent;
use selfcheck_core::{Lang, Timestamp};
use serde::Serialize;

use crate::files::read_verified;
use crate::texts::T;

/// The scope when `--tier` and `--level` are not given: every item applies.
pub const DEFAULT_TIER: CapabilityTier = CapabilityTier::Enhanced;
pub const DEFAULT_LEVEL: u8 = 4;

/// `crosswalk --json`: the figures of a scope.
#[derive(Debug, Serialize)]
struct FiguresJson {
    tier: CapabilityTier,
    level: u8,
    /// The items that apply.
    items: usize,
    /// One answer per group of equal items in scope, one per other item.
    answers_needed: usize,
    /// `answers_needed` as a share of `items`, in percent (one decimal).
    answers_share_percent: f64,
    /// Each group of two or more equal items in scope, its ids sorted.
    groups: Vec<Vec<String>>,
    /// The built-in relations between two items in scope, by kind, each pair once
    /// (a pair stated as superset counted as subset: the same relation from its other end).
    relations: BTreeMap<RelationKind, usize>,
}

/// `crosswalk --check REPORT.json --json`: the contradictions, as the report's derived
/// `provider.consistency` writes them.
#[derive(Debug, Serialize)]
struct CheckJson<'c> {
    contradictions: &'c [Contradiction],
}

/// The figures of the built-in provider catalogs at `tier` and `level`.
pub fn figures_of_scope(
    tier: CapabilityTier,
    level: u8,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let scope = Scope { tier: Some(tier), level: Some(level) };
    let catalogs = builtin().for_audience(Audience::Provider);
    let in_scope: Vec<&str> = catalogs
        .iter()
        .flat_map(|c| &c.sections)
        .flat_map(|s| &s.items)
        .filter(|item| scope.applies(item))
        .map(|item| item.id.as_str())
        .collect();
    let relations = loaded::relations(&[]);
    let figures = figures(&relations, in_scope.iter().copied());
    let counts = relation_counts(&in_scope.iter().copied().collect());
    let share = if figures.items == 0 { 0.0 } else { figures.answers_needed as f64 * 100.0 / figures.items as f64 };
    if json {
        let value = FiguresJson {
            tier,
            level,
            items: figures.items,
            answers_needed: figures.answers_needed,
            answers_share_percent: (share * 10.0).round() / 10.0,
            groups: figures.groups,
            relations: counts,
        };
        serde_json::to_writer_pretty(&mut *out, &value).map_err(std::io::Error::other)?;
        writeln!(out)?;
        return Ok(0);
    }
    let tier_word = match tier {
        CapabilityTier::General => Term::TierGeneral,
        CapabilityTier::Enhanced => Term::TierEnhanced,
    };
    let level = level.to_string();
    let (items, answers) = (figures.items.to_string(), figures.answers_needed.to_string());
    let share = percent(Some(share));
    let head = [
        ("tier", tier_word.text(lang)),
        ("level", level.as_str()),
        ("items", items.as_str()),
        ("answers", answers.as_str()),
        ("share", share.as_str()),
    ];
    writeln!(out, "{}", fill_in(T::CrosswalkScope.text(lang), &head))?;
    if figures.groups.is_empty() {
        writeln!(out, "{}", T::CrosswalkNoGroups.text(lang))?;
    } else {
        let count = figures.groups.len().to_string();
        writeln!(out, "{}", fill_in(T::CrosswalkGroups.text(lang), &[("count", &count)]))?;
        for (n, group) in figures.groups.iter().enumerate() {
            for (i, id) in group.iter().enumerate() {
                let number = if i == 0 { format!("{}.", n + 1) } else { String::new() };
                writeln!(out, "  {number:<4}{id}  {}", titles(id, lang))?;
            }
        }
    }
    let count = |kind| counts.get(&kind).copied().unwrap_or(0).to_string();
    let (subset, intersect) = (count(RelationKind::Subset), count(RelationKind::Intersect));
    let other = fill_in(T::CrosswalkOtherRelations.text(lang), &[("subset", &subset), ("intersect", &intersect)]);
    writeln!(out, "{other}")?;
    Ok(0)
}

/// The built-in relations whose two items are both in scope, by kind (superset as subset).
fn relation_counts(in_scope: &HashSet<&str>) -> BTreeMap<RelationKind, usize> {
    let mut counts: BTreeMap<RelationKind, usize> =
        [RelationKind::Equal, RelationKind::Subset, RelationKind::Intersect].into_iter().map(|k| (k, 0)).collect();
    let crosswalk = selfcheck_core::crosswalk::builtin();
    for relation in &crosswalk.relations {
        if in_scope.contains(relation.item.as_str()) && in_scope.contains(relation.related.as_str()) {
            let kind = if relation.kind == RelationKind::Superset { RelationKind::Subset } else { relation.kind };
            *counts.entry(kind).or_default() += 1;
        }
    }
    counts
}

/// "catalog title · item title" of a built-in item, in `lang`.
fn titles(id: &str, lang: Lang) -> String {
    loaded::find_item(&[], id)
        .map_or_else(String::new, |found| format!("{} · {}", found.catalog.title.get(lang), found.item.title.get(lang)))
}

/// `crosswalk --check REPORT.json`: its contradictions, exit 1 when there is one.
pub fn check(path: &str, json: bool, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let verified = match read_verified(path, lang) {
        Ok(verified) => verified,
        Err(message) => return fail(err, message),
    };
    // A report that is not consistent is still checked; what validate would say of it is
    // said first, on stderr.
    for finding in &verified.findings {
        writeln!(err, "selfcheck: {path}: {}", finding.message(lang))?;
    }
    let Some(provider) = &verified.report.provider else {
        let role = role_term(verified.report.role).text(lang);
        return fail(err, fill_in(T::CrosswalkCheckAgency.text(lang), &[("role", role)]));
    };
    let found = contradictions_of(&provider.work.catalogs, &provider.work.answers);
    if json {
        serde_json::to_writer_pretty(&mut *out, &CheckJson { contradictions: &found })
            .map_err(std::io::Error::other)?;
        writeln!(out)?;
    } else if found.is_empty() {
        writeln!(out, "{}", T::CrosswalkCheckNone.text(lang))?;
    } else {
        let count = found.len().to_string();
        writeln!(out, "{}", fill_in(T::CrosswalkCheckFound.text(lang), &[("count", &count)]))?;
        for contradiction in &found {
            writeln!(out, "  {}", contradiction_line(contradiction, &provider.work.catalogs, lang))?;
        }
    }
    Ok(u8::from(!found.is_empty()))
}

/// The contradictions among a provider's answers, by the built-in relations and its
/// loaded catalogs' `maps_to`.
pub fn contradictions_of(catalogs: &[Catalog], answers: &selfcheck_core::Answers) -> Vec<Contradiction> {
    selfcheck_core::crosswalk::contradictions(&loaded::relations(catalogs), answers)
}

/// A contradiction as one line: its kind, both items with their statuses, who and when,
/// and where a status was carried, from which item.
pub fn contradiction_line(contradiction: &Contradiction, catalogs: &[Catalog], lang: Lang) -> String {
    let (first, second) = (side(&contradiction.first, catalogs, lang), side(&contradiction.second, catalogs, lang));
    let key = match contradiction.kind {
        ContradictionKind::EqualDiffers => T::ContradictionEqualDiffers,
        ContradictionKind::SupersetMet => T::ContradictionSupersetMet,
    };
    fill_in(key.text(lang), &[("first", &first), ("second", &second)])
}

fn side(side: &Side, catalogs: &[Catalog], lang: Lang) -> String {
    let kind = loaded::find_item(catalogs, &side.item).map_or(ItemKind::Compliance, |found| found.item.kind);
    let status = terms::status(kind, side.status).text(lang);
    let by = if side.answered_by.is_empty() { "?" } else { &side.answered_by };
    let at = side.answered_at.as_ref().map_or_else(|| "?".to_string(), Timestamp::wall_clock);
    let mut values = vec![("item", side.item.as_str()), ("status", status), ("by", by), ("at", at.as_str())];
    let key = if side.carried_from.is_empty() {
        T::ContradictionSide
    } else {
        values.push(("from", side.carried_from.as_str()));
        T::ContradictionSideCarried
    };
    fill_in(key.text(lang), &values)
}
