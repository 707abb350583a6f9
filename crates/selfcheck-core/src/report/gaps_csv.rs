//! The provider's gaps as CSV for Excel: UTF-8 with BOM (Chinese stays readable),
//! formula-like cells neutralised, headers and values in the user's language.

use super::model::ProviderReport;
use crate::catalog::{builtin, ItemKind};
use crate::csv::write_file;
use crate::messages::{terms, M};
use crate::{sources, Lang};

/// The gaps' columns, as the CSV and the workbook's gaps sheet write them.
pub const COLUMNS: [M; 14] = [
    M::GapsColumnSeverity,
    M::GapsColumnItem,
    M::GapsColumnCatalog,
    M::GapsColumnTitle,
    M::GapsColumnQuestion,
    M::GapsColumnStatus,
    M::GapsColumnSource,
    M::GapsColumnClause,
    M::GapsColumnOwner,
    M::GapsColumnTargetDate,
    M::GapsColumnNote,
    M::GapsColumnAnsweredBy,
    M::GapsColumnAnsweredAt,
    M::GapsColumnEvidenceFiles,
];

/// Evidence files in one cell, a line each: the name, then both fingerprints whole.
pub fn fingerprints(files: &[crate::evidence::EvidenceFile]) -> String {
    files.iter().map(|f| format!("{} SHA-256:{} SM3:{}", f.name, f.sha256, f.sm3)).collect::<Vec<_>>().join("\n")
}

pub fn gaps_csv(report: &ProviderReport, lang: Lang) -> String {
    let rows: Vec<Vec<String>> = report
        .gaps
        .iter()
        .map(|gap| {
            let kind = builtin().item(&gap.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
            let source = sources::find(&gap.source).map_or(gap.source.clone(), |s| s.short.get(lang).to_string());
            let answer = report.work.answers.get(&gap.item_id).map(|a| a.details().clone()).unwrap_or_default();
            vec![
                terms::severity(gap.severity).text(lang).to_string(),
                gap.item_id.clone(),
                gap.catalog_id.clone(),
                gap.title.get(lang).to_string(),
                gap.question.get(lang).to_string(),
                terms::status(kind, gap.status).text(lang).to_string(),
                source,
                gap.clause.get(lang).to_string(),
                gap.owner.clone(),
                gap.target_date.map(|d| d.to_string()).unwrap_or_default(),
                gap.note.clone(),
                answer.answered_by,
                answer.answered_at.map(|t| t.to_string()).unwrap_or_default(),
                fingerprints(&answer.evidence_files),
            ]
        })
        .collect();
    let mut table: Vec<Vec<&str>> = vec![COLUMNS.iter().map(|c| c.text(lang)).collect()];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    write_file(&table)
}
