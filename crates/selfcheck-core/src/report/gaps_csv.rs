//! The provider's gaps as CSV for Excel: UTF-8 with BOM (Chinese stays readable),
//! formula-like cells neutralised.

use super::model::ProviderReport;
use crate::catalog::{builtin, ItemKind};
use crate::csv::write_file;
use crate::{sources, Lang, Status};

pub fn gaps_csv(report: &ProviderReport, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    let header: Vec<&str> = if zh {
        vec!["严重程度", "编号", "清单", "标题", "检查问题", "状态", "依据", "条款", "负责人", "目标日期", "备注"]
    } else {
        vec![
            "severity",
            "item_id",
            "catalog",
            "title",
            "question",
            "status",
            "source",
            "clause",
            "owner",
            "target_date",
            "note",
        ]
    };
    let rows: Vec<Vec<String>> = report
        .gaps
        .iter()
        .map(|gap| {
            let severity = match (gap.severity, zh) {
                (crate::scoring::Severity::Critical, true) => "红线",
                (crate::scoring::Severity::High, true) => "高",
                (crate::scoring::Severity::Medium, true) => "中",
                (crate::scoring::Severity::Low, true) => "低",
                (crate::scoring::Severity::Critical, false) => "critical",
                (crate::scoring::Severity::High, false) => "high",
                (crate::scoring::Severity::Medium, false) => "medium",
                (crate::scoring::Severity::Low, false) => "low",
            };
            let material = builtin().item(&gap.item_id).is_some_and(|r| r.item.kind == ItemKind::Material);
            let status = match (gap.status, material, zh) {
                (Status::NotMet, false, true) => "未达标",
                (Status::Partial, false, true) => "部分达标",
                (Status::NotMet, true, true) => "未开始",
                (Status::Partial, true, true) => "编写中",
                (Status::NotMet, false, false) => "not met",
                (Status::Partial, false, false) => "partially met",
                (Status::NotMet, true, false) => "not started",
                (Status::Partial, true, false) => "drafting",
                (other, _, _) => other.code(),
            };
            let source = sources::find(&gap.source).map_or(gap.source.clone(), |s| s.short.get(lang).to_string());
            vec![
                severity.to_string(),
                gap.item_id.clone(),
                gap.catalog_id.clone(),
                gap.title.get(lang).to_string(),
                gap.question.get(lang).to_string(),
                status.to_string(),
                source,
                gap.clause.get(lang).to_string(),
                gap.owner.clone(),
                gap.target_date.map(|d| d.to_string()).unwrap_or_default(),
                gap.note.clone(),
            ]
        })
        .collect();
    let mut table: Vec<Vec<&str>> = vec![header];
    table.extend(rows.iter().map(|r| r.iter().map(String::as_str).collect()));
    write_file(&table)
}
