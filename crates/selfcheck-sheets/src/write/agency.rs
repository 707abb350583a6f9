//! An agency's classification as a workbook: each workload's verdict with its reasons
//! and platform fit, the inventory exactly as it imports back (CSV columns, in the
//! sheet's language), the candidate platforms, and the obligation answers.

use rust_xlsxwriter::{Workbook, XlsxError};
use selfcheck_core::agency::inventory_csv::{self, Column};
use selfcheck_core::agency::rule_texts::rule_texts;
use selfcheck_core::catalog::{builtin, ItemKind};
use selfcheck_core::messages::terms;
use selfcheck_core::report::{AgencyReport, Report};
use selfcheck_core::table::Column as _;
use selfcheck_core::Lang;

use super::provider::tier_name;
use super::sheet::{col, sheet_name, status_dropdown, status_name, table, yes_no, Cell, Formats, Line};
use crate::texts::W;

pub fn write(book: &mut Workbook, _report: &Report, a: &AgencyReport, lang: Lang) -> Result<(), XlsxError> {
    let f = Formats::new();
    let mut taken = Vec::new();
    verdicts(book, &f, &mut taken, a, lang)?;
    inventory(book, &f, &mut taken, a, lang)?;
    platforms(book, &f, &mut taken, a, lang)?;
    obligations(book, &f, &mut taken, a, lang)
}

fn verdicts(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    a: &AgencyReport,
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetVerdicts.text(lang), taken))?;
    let cols = [
        col(W::Workload.text(lang), 24.0),
        col(W::Platform.text(lang), 16.0),
        col(W::Verdict.text(lang), 12.0),
        col(W::Reasons.text(lang), 48.0),
        col(W::RecommendedTier.text(lang), 12.0),
        col(W::PlatformFit.text(lang), 40.0),
        col(W::ObligationsReadiness.text(lang), 10.0),
    ];
    let lines: Vec<Line> = a
        .workloads
        .iter()
        .map(|w| {
            let reasons: Vec<&str> = w.reasons.iter().map(|r| rule_texts(r.code()).text.get(lang)).collect();
            let fit: Vec<String> = w
                .platform_fit
                .iter()
                .flatten()
                .map(|gap| {
                    let text = rule_texts(gap.code.code()).text.get(lang);
                    gap.date.map_or(text.to_string(), |d| format!("{text} ({d})"))
                })
                .collect();
            let blocked = matches!(
                w.verdict,
                selfcheck_core::agency::Verdict::Prohibited | selfcheck_core::agency::Verdict::NotSuitable
            );
            Line {
                cells: vec![
                    w.workload.name.as_str().into(),
                    w.workload.platform.clone().unwrap_or_default().into(),
                    terms::verdict(w.verdict).text(lang).into(),
                    reasons.join("\n").into(),
                    w.recommended_tier.map(|t| tier_name(t, lang)).unwrap_or_default().into(),
                    fit.join("\n").into(),
                    w.obligations.as_ref().and_then(|o| o.score).map_or(Cell::from(""), Cell::Number),
                ],
                red: blocked,
            }
        })
        .collect();
    table(ws, f, 0, &cols, &lines)?;
    Ok(())
}

/// The header an inventory column is written with in `lang` (both import back).
fn inventory(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    a: &AgencyReport,
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetInventory.text(lang), taken))?;
    let cols: Vec<_> = Column::ALL
        .iter()
        .map(|&c| col(c.name_in(lang), if matches!(c, Column::Name | Column::Description) { 28.0 } else { 12.0 }))
        .collect();
    let lines: Vec<Line> = a
        .workloads
        .iter()
        .map(|w| {
            let w = &w.workload;
            let cells = Column::ALL
                .iter()
                .map(|&c| match c {
                    Column::StateSecret
                    | Column::WorkSecret
                    | Column::SensitiveData
                    | Column::KeyBusiness
                    | Column::SevereImpact
                    | Column::ConfidentialityReview => yes_no(inventory_csv::cell(w, c) == "yes", lang).into(),
                    Column::MlpsLevel => w.mlps_level.map_or(Cell::from(""), |l| Cell::Number(l.into())),
                    _ => inventory_csv::cell(w, c).into(),
                })
                .collect();
            Line { cells, red: false }
        })
        .collect();
    table(ws, f, 0, &cols, &lines)?;
    Ok(())
}

/// The candidate platforms with the platforms file's columns, headers in the sheet's
/// language: it imports back as the same platforms (`platforms_csv`).
fn platforms(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    a: &AgencyReport,
    lang: Lang,
) -> Result<(), XlsxError> {
    use selfcheck_core::agency::platforms_csv::{self, Column as P};
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetPlatforms.text(lang), taken))?;
    let cols: Vec<_> = P::ALL
        .iter()
        .map(|&c| col(c.name_in(lang), if matches!(c, P::Name | P::Provider) { 24.0 } else { 14.0 }))
        .collect();
    let lines: Vec<Line> = a
        .platforms
        .iter()
        .map(|p| {
            let cells = P::ALL
                .iter()
                .map(|&c| match c {
                    P::Tier => p.tier.map(|t| tier_name(t, lang)).unwrap_or_default().into(),
                    P::MlpsLevel => p.mlps_level.map_or(Cell::from(""), |l| Cell::Number(l.into())),
                    P::DataCentresInChina => {
                        p.data_centres_in_china.map(|v| yes_no(v, lang)).unwrap_or_default().into()
                    }
                    _ => platforms_csv::cell(p, c).into(),
                })
                .collect();
            Line { cells, red: false }
        })
        .collect();
    table(ws, f, 0, &cols, &lines)?;
    Ok(())
}

fn obligations(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    a: &AgencyReport,
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetObligations.text(lang), taken))?;
    let cols = [
        col(W::Workload.text(lang), 22.0),
        col(W::Id.text(lang), 13.0),
        col(W::Title.text(lang), 30.0),
        col(W::Status.text(lang), 9.0),
        col(W::Note.text(lang), 24.0),
        col(W::Evidence.text(lang), 22.0),
        col(W::AnsweredBy.text(lang), 9.0),
        col(W::AnsweredAt.text(lang), 12.0),
    ];
    let mut lines = Vec::new();
    let mut kinds = Vec::new();
    for w in &a.workloads {
        for (id, answer) in &w.workload.obligations {
            let item = builtin().item(id);
            let kind = item.as_ref().map_or(ItemKind::Compliance, |r| r.item.kind);
            let d = answer.details();
            kinds.push((1 + lines.len() as u32, kind));
            lines.push(Line {
                cells: vec![
                    w.workload.name.as_str().into(),
                    id.as_str().into(),
                    item.map(|r| r.item.title.get(lang).to_string()).unwrap_or_default().into(),
                    status_name(kind, answer.status(), lang).into(),
                    d.note.as_str().into(),
                    d.evidence.as_str().into(),
                    d.answered_by.as_str().into(),
                    d.answered_at.as_ref().map(|t| t.to_string()).unwrap_or_default().into(),
                ],
                red: item.is_some_and(|r| r.item.gating),
            });
        }
    }
    table(ws, f, 0, &cols, &lines)?;
    status_dropdown(ws, 3, &kinds, lang)
}
