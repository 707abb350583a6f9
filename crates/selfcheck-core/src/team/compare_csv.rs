//! A comparison as CSV for Excel: one row per changed figure, item, workload or
//! platform, in the user's language (UTF-8 with BOM, formula-like cells neutralised).

use super::compare::{
    AgencyComparison, Comparison, GapChange, ItemChangeKind, ProviderComparison, WorkloadChange, WorkloadChangeKind,
};
use crate::agency::Verdict;
use crate::catalog::{loaded, ItemKind};
use crate::csv::write_file;
use crate::messages::{terms, M};
use crate::scoring::percent;
use crate::{Lang, Status};

const COLUMNS: [M; 9] = [
    M::CompareColumnWhat,
    M::CompareColumnCatalog,
    M::CompareColumnId,
    M::CompareColumnTitle,
    M::CompareColumnBefore,
    M::CompareColumnAfter,
    M::CompareColumnChange,
    M::CompareColumnGap,
    M::CompareColumnRedLine,
];

pub const fn item_change(kind: ItemChangeKind) -> M {
    match kind {
        ItemChangeKind::Answered => M::ChangeAnswered,
        ItemChangeKind::Improved => M::ChangeImproved,
        ItemChangeKind::Regressed => M::ChangeRegressed,
        ItemChangeKind::Withdrawn => M::ChangeWithdrawn,
        ItemChangeKind::Restated => M::ChangeRestated,
        ItemChangeKind::Edited => M::ChangeEdited,
    }
}

pub const fn workload_change(kind: WorkloadChangeKind) -> M {
    match kind {
        WorkloadChangeKind::Added => M::ChangeAdded,
        WorkloadChangeKind::Removed => M::ChangeRemoved,
        WorkloadChangeKind::Changed => M::ChangeChanged,
    }
}

pub const fn gap_change(change: GapChange) -> M {
    match change {
        GapChange::Opened => M::GapOpened,
        GapChange::Closed => M::GapClosed,
    }
}

/// A status as a person reads it; "unanswered" for none.
pub fn status_text(kind: ItemKind, status: Option<Status>, lang: Lang) -> &'static str {
    status.map_or(M::Unanswered.text(lang), |s| terms::status(kind, s).text(lang))
}

fn verdict_text(verdict: Option<Verdict>, lang: Lang) -> &'static str {
    verdict.map_or("", |v| terms::verdict(v).text(lang))
}

fn provider_rows(c: &ProviderComparison, lang: Lang) -> Vec<[String; 9]> {
    let mut rows = Vec::new();
    if c.status.changed() {
        let (b, a) = (terms::overall(c.status.before).text(lang), terms::overall(c.status.after).text(lang));
        rows.push([
            M::CompareRowStatus.text(lang).into(),
            String::new(),
            String::new(),
            String::new(),
            b.into(),
            a.into(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    for s in c.scores.iter().filter(|s| s.score.changed()) {
        let what = if s.section_id.is_some() { M::CompareRowArea } else { M::CompareRowCatalog };
        rows.push([
            what.text(lang).into(),
            s.catalog_id.clone(),
            s.section_id.as_deref().map_or("", loaded::local_id).to_string(),
            s.title.get(lang).to_string(),
            percent(s.score.before),
            percent(s.score.after),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    for i in &c.items {
        let kind = loaded::find_item(&[], &i.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
        rows.push([
            M::CompareRowItem.text(lang).into(),
            i.catalog_id.clone(),
            i.item_id.clone(),
            i.title.get(lang).to_string(),
            status_text(kind, i.status.before, lang).into(),
            status_text(kind, i.status.after, lang).into(),
            item_change(i.kind).text(lang).into(),
            i.gap.map_or("", |g| gap_change(g).text(lang)).into(),
            if i.gating { M::YesWord.text(lang).into() } else { String::new() },
        ]);
    }
    rows
}

fn workload_row(w: &WorkloadChange, lang: Lang) -> [String; 9] {
    let fields: Vec<&str> = w.fields.iter().map(|f| f.code()).collect();
    [
        M::CompareRowWorkload.text(lang).into(),
        String::new(),
        w.name.clone(),
        fields.join(" "),
        verdict_text(w.verdict.before, lang).into(),
        verdict_text(w.verdict.after, lang).into(),
        workload_change(w.kind).text(lang).into(),
        String::new(),
        String::new(),
    ]
}

fn agency_rows(c: &AgencyComparison, lang: Lang) -> Vec<[String; 9]> {
    let mut rows: Vec<[String; 9]> = c.workloads.iter().map(|w| workload_row(w, lang)).collect();
    for (name, kind) in &c.platforms {
        rows.push([
            M::CompareRowPlatform.text(lang).into(),
            String::new(),
            name.clone(),
            String::new(),
            String::new(),
            String::new(),
            workload_change(*kind).text(lang).into(),
            String::new(),
            String::new(),
        ]);
    }
    rows
}

pub fn comparison_csv(comparison: &Comparison, lang: Lang) -> String {
    let rows = match comparison {
        Comparison::Provider(c) => provider_rows(c, lang),
        Comparison::Agency(c) => agency_rows(c, lang),
    };
    let mut table: Vec<Vec<&str>> = vec![COLUMNS.iter().map(|c| c.text(lang)).collect()];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    write_file(&table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::team::compare::compare_provider;
    use crate::work::ProviderWork;
    use crate::Answer;

    #[test]
    fn the_csv_lists_every_change_in_the_users_language() {
        let before = ProviderWork::default();
        let mut after = ProviderWork::default();
        after.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(Status::NotMet));
        after.answers_mut().insert("M19-A3-01-Q2".into(), Answer::with_status(Status::Met));
        let csv = comparison_csv(&Comparison::Provider(compare_provider(&before, &after)), Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("\u{feff}what,catalog,id,title,before,after,change,gap,red_line"));
        assert!(
            lines.iter().any(|l| l.starts_with("item,measures-2019-focus,M19-A3-01-Q1,")
                && l.contains("unanswered,Not met,newly answered,gap opened")),
            "{csv}"
        );
        assert!(lines.iter().any(|l| l.starts_with("catalog score,measures-2019-focus,\"\",")), "{csv}");
        let zh = comparison_csv(&Comparison::Provider(compare_provider(&before, &after)), Lang::ZhCn);
        assert!(zh.contains("新作答") && zh.contains("新增差距"));
        let same = comparison_csv(&Comparison::Provider(compare_provider(&after, &after)), Lang::En);
        assert_eq!(same.lines().count(), 1, "no change, no rows");
    }
}
