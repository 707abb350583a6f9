//! A provider's self-check as a workbook: the overview, one sheet per catalog (named by
//! its title) with every item and its answer (the status a dropdown), and the gaps as
//! the app sorts them. Column widths add up to about 210 characters, which one A4
//! landscape page prints at about 70 %: every column readable, long texts wrapped.

use rust_xlsxwriter::{Workbook, XlsxError};
use selfcheck_core::catalog::{builtin, Catalog, Item, ItemKind, Reference};
use selfcheck_core::deadlines::DeadlineAlert;
use selfcheck_core::messages::{terms, M};
use selfcheck_core::report::gaps_csv::{self, fingerprints};
use selfcheck_core::report::{ProviderReport, Report, Score};
use selfcheck_core::{sources, Lang};

use super::sheet::{col, pairs, sheet_name, status_dropdown, status_name, table, yes_no, Cell, Formats, Line};
use crate::texts::W;

pub fn write(book: &mut Workbook, report: &Report, p: &ProviderReport, lang: Lang) -> Result<(), XlsxError> {
    let f = Formats::new();
    let mut taken = Vec::new();
    let catalogs: Vec<&Catalog> = report
        .catalogs
        .iter()
        .filter_map(|r| builtin().catalog(&r.id).or_else(|| p.work.catalogs.iter().find(|c| c.id == r.id)))
        .collect();
    overview(book, &f, &mut taken, report, p, &catalogs, lang)?;
    for catalog in &catalogs {
        catalog_sheet(book, &f, &mut taken, p, catalog, lang)?;
    }
    gaps(book, &f, &mut taken, p, &catalogs, lang)
}

fn overview(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    report: &Report,
    p: &ProviderReport,
    catalogs: &[&Catalog],
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetOverview.text(lang), taken))?;
    ws.write_string_with_format(0, 0, W::TitleProvider.text(lang), &f.title)?;
    let profile = &p.work.profile;
    let tier = profile.tier.map(|t| tier_name(t, lang)).unwrap_or_default();
    let models: Vec<&str> = profile.service_models.iter().map(|m| m.label()).collect();
    let mut row = pairs(
        ws,
        f,
        2,
        36.0,
        &[
            (W::Provider.text(lang), profile.provider.as_str().into()),
            (W::Platform.text(lang), profile.platform.as_str().into()),
            (W::ServiceModels.text(lang), models.join(", ").into()),
            (W::Tier.text(lang), tier.into()),
            (W::MlpsLevel.text(lang), profile.mlps_level.map_or(Cell::from(""), |l| Cell::Number(l.into()))),
            (
                W::OverallStatus.text(lang),
                terms::status_headline(p.summary.status, &p.summary.overall.tally, lang).into(),
            ),
            (W::Readiness.text(lang), readiness(&p.summary.overall)),
            (W::Coverage.text(lang), percent_cell(p.summary.overall.tally.coverage())),
            (W::AnsweredReadiness.text(lang), percent_cell(p.summary.overall.tally.answered_score())),
            (W::GeneratedAt.text(lang), report.generated_at.as_str().into()),
            (W::AsOf.text(lang), report.as_of.to_string().into()),
            (W::ToolVersion.text(lang), report.tool_version.as_str().into()),
            (W::Digest.text(lang), report.digest.as_str().into()),
        ],
    )?;
    row += 1;
    let cols = [
        col(W::Catalog.text(lang), 30.0),
        col(W::Area.text(lang), 36.0),
        col(W::Readiness.text(lang), 10.0),
        col(W::Coverage.text(lang), 10.0),
        col(W::AnsweredReadiness.text(lang), 10.0),
        col(W::Met.text(lang), 8.0),
        col(W::Partial.text(lang), 8.0),
        col(W::NotMet.text(lang), 8.0),
        col(W::NotApplicable.text(lang), 8.0),
        col(W::Unanswered.text(lang), 8.0),
        col(W::OutOfScope.text(lang), 10.0),
    ];
    let mut lines = Vec::new();
    for score in &p.summary.catalogs {
        let title = catalog_title(catalogs, &score.catalog_id, lang);
        lines.push(score_line(title.clone(), String::new(), &score.score));
        for area in &score.areas {
            lines.push(score_line(title.clone(), area.title.get(lang).to_string(), &area.score));
        }
    }
    row = table(ws, f, row, &cols, &lines)?;
    row += 1;
    ws.write_string_with_format(row, 0, W::Deadlines.text(lang), &f.label)?;
    let date = |d: Option<selfcheck_core::Date>| Cell::from(d.map(|d| d.to_string()).unwrap_or_default());
    let d = &p.deadlines;
    row = pairs(
        ws,
        f,
        row + 1,
        36.0,
        &[
            (W::ExpiresOn.text(lang), date(d.expires_on)),
            (W::ApplyBy.text(lang), date(d.reassessment_apply_by)),
            (W::ExitNoticeBy.text(lang), date(d.exit_notice_by)),
        ],
    )?;
    for (i, alert) in d.alerts.iter().enumerate() {
        let (text, day) = alert_text(alert);
        ws.write_string_with_format(row + i as u32, 0, W::Alert.text(lang), &f.label)?;
        ws.write_string_with_format(row + i as u32, 1, format!("{} ({day})", text.text(lang)), &f.red)?;
    }
    // The pairs' labels are in column A: wide enough for them.
    ws.set_column_width(0, 30.0)?;
    ws.set_column_width(1, 36.0)?;
    Ok(())
}

/// A catalog as a reader knows it: by its title (its id only if it is not loaded).
fn catalog_title(catalogs: &[&Catalog], id: &str, lang: Lang) -> String {
    catalogs.iter().find(|c| c.id == id).map_or(id.to_string(), |c| c.title.get(lang).to_string())
}

fn score_line(catalog: String, area: String, score: &Score) -> Line {
    let t = &score.tally;
    let n = |v: u32| Cell::Number(v.into());
    Line {
        cells: vec![
            catalog.into(),
            area.into(),
            readiness(score),
            percent_cell(t.coverage()),
            percent_cell(t.answered_score()),
            n(t.met),
            n(t.partial),
            n(t.not_met),
            n(t.not_applicable),
            n(t.unanswered),
            n(t.out_of_scope),
        ],
        red: false,
    }
}

fn readiness(score: &Score) -> Cell {
    score.score.map_or(Cell::from("—"), Cell::Number)
}

/// A figure 0–100 to two decimals, as the report states its scores; "—" when none.
fn percent_cell(value: Option<f64>) -> Cell {
    value.map_or(Cell::from("—"), |v| Cell::Number((v * 100.0).round() / 100.0))
}

fn alert_text(alert: &DeadlineAlert) -> (W, String) {
    match alert {
        DeadlineAlert::Expired { expired_on } => (W::AlertExpired, expired_on.to_string()),
        DeadlineAlert::ReassessmentOverdue { apply_by } => (W::AlertReassessmentOverdue, apply_by.to_string()),
        DeadlineAlert::ReassessmentSoon { apply_by, .. } => (W::AlertReassessmentSoon, apply_by.to_string()),
        DeadlineAlert::NewAssessmentRequired { change_on } => (W::AlertNewAssessment, change_on.to_string()),
        DeadlineAlert::ExitNoticeOverdue { notify_by } => (W::AlertExitOverdue, notify_by.to_string()),
        DeadlineAlert::ExitNoticeSoon { notify_by, .. } => (W::AlertExitSoon, notify_by.to_string()),
    }
}

pub fn tier_name(tier: selfcheck_core::profile::CapabilityTier, lang: Lang) -> String {
    match tier {
        selfcheck_core::profile::CapabilityTier::General => W::TierGeneral,
        selfcheck_core::profile::CapabilityTier::Enhanced => W::TierEnhanced,
    }
    .text(lang)
    .to_string()
}

/// "2019 Measures, Art. 5": the source's short name and the clause.
pub fn reference(reference: &Reference, lang: Lang) -> String {
    let source = sources::find(&reference.source).map_or(reference.source.as_str(), |s| s.short.get(lang));
    let clause = reference.clause.get(lang);
    if clause.is_empty() {
        source.to_string()
    } else {
        format!("{source} {clause}")
    }
}

fn catalog_sheet(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    p: &ProviderReport,
    catalog: &Catalog,
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(catalog.title.get(lang), taken))?;
    let cols = [
        col(W::Id.text(lang), 13.0),
        col(W::Section.text(lang), 12.0),
        col(W::Title.text(lang), 20.0),
        col(W::Question.text(lang), 36.0),
        col(W::Reference.text(lang), 12.0),
        col(W::Weight.text(lang), 5.0),
        col(W::RedLine.text(lang), 5.0),
        col(W::Status.text(lang), 8.0),
        col(W::Note.text(lang), 22.0),
        col(W::Evidence.text(lang), 18.0),
        col(W::Owner.text(lang), 9.0),
        col(W::TargetDate.text(lang), 10.0),
        col(W::AnsweredBy.text(lang), 9.0),
        col(W::AnsweredAt.text(lang), 11.0),
        col(M::GapsColumnEvidenceFiles.text(lang), 20.0),
        col(W::CarriedFrom.text(lang), 14.0),
    ];
    let mut lines = Vec::new();
    let mut kinds = Vec::new();
    for section in &catalog.sections {
        for item in &section.items {
            kinds.push((1 + lines.len() as u32, item.kind));
            lines.push(item_line(p, section.title.get(lang), item, lang));
        }
    }
    table(ws, f, 0, &cols, &lines)?;
    status_dropdown(ws, 7, &kinds, lang)
}

fn item_line(p: &ProviderReport, section: &str, item: &Item, lang: Lang) -> Line {
    let answer = p.work.answers.get(&item.id);
    let d = answer.map(|a| a.details().clone()).unwrap_or_default();
    Line {
        cells: vec![
            item.id.as_str().into(),
            section.into(),
            item.title.get(lang).into(),
            item.question.get(lang).into(),
            reference(&item.reference, lang).into(),
            Cell::Number(item.weight.into()),
            yes_no(item.gating, lang).into(),
            status_name(item.kind, answer.and_then(|a| a.status()), lang).into(),
            d.note.into(),
            d.evidence.into(),
            d.owner.into(),
            d.target_date.map(|t| t.to_string()).unwrap_or_default().into(),
            d.answered_by.into(),
            d.answered_at.map(|t| t.to_string()).unwrap_or_default().into(),
            fingerprints(&d.evidence_files).into(),
            d.carried_from.into(),
        ],
        red: item.gating,
    }
}

fn gaps(
    book: &mut Workbook,
    f: &Formats,
    taken: &mut Vec<String>,
    p: &ProviderReport,
    catalogs: &[&Catalog],
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetGaps.text(lang), taken))?;
    let widths = [8.0, 13.0, 16.0, 20.0, 34.0, 8.0, 11.0, 10.0, 9.0, 10.0, 22.0, 9.0, 11.0, 20.0];
    let headers = gaps_csv::COLUMNS;
    let cols: Vec<_> = headers.iter().zip(widths).map(|(h, w)| col(h.text(lang), w)).collect();
    let lines: Vec<Line> = p
        .gaps
        .iter()
        .map(|gap| {
            let kind = builtin().item(&gap.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
            let source = sources::find(&gap.source).map_or(gap.source.clone(), |s| s.short.get(lang).to_string());
            let d = p.work.answers.get(&gap.item_id).map(|a| a.details().clone()).unwrap_or_default();
            Line {
                cells: vec![
                    terms::severity(gap.severity).text(lang).into(),
                    gap.item_id.as_str().into(),
                    catalog_title(catalogs, &gap.catalog_id, lang).into(),
                    gap.title.get(lang).into(),
                    gap.question.get(lang).into(),
                    status_name(kind, Some(gap.status), lang).into(),
                    source.into(),
                    gap.clause.get(lang).into(),
                    gap.owner.as_str().into(),
                    gap.target_date.map(|t| t.to_string()).unwrap_or_default().into(),
                    gap.note.as_str().into(),
                    d.answered_by.into(),
                    d.answered_at.map(|t| t.to_string()).unwrap_or_default().into(),
                    fingerprints(&d.evidence_files).into(),
                ],
                red: gap.gating,
            }
        })
        .collect();
    table(ws, f, 0, &cols, &lines)?;
    Ok(())
}
