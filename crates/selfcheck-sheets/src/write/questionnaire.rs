//! One owner's questionnaire as a workbook: a row per item handed out, what it asks,
//! and the cells to fill (the status a dropdown in the sheet's language). Read back by
//! `team::questionnaire_sheet` for the merge; the columns are that reader's.

use rust_xlsxwriter::{Workbook, XlsxError};
use selfcheck_core::catalog::Index;
use selfcheck_core::report::{provider_catalogs, ProviderReport, Report};
use selfcheck_core::table::Column as _;
use selfcheck_core::team::questionnaire_sheet::QuestionnaireColumn as Q;
use selfcheck_core::Lang;

use super::provider::reference;
use super::sheet::{col, pairs, sheet_name, status_dropdown, status_name, table, yes_no, Cell, Formats, Line};
use crate::texts::W;

pub fn write(book: &mut Workbook, report: &Report, p: &ProviderReport, lang: Lang) -> Result<(), XlsxError> {
    let Some(q) = &p.work.questionnaire else { return Ok(()) };
    let f = Formats::new();
    let mut taken = Vec::new();
    let catalogs = provider_catalogs(&p.work.catalogs);
    let index = Index::new(&catalogs);

    let ws = book.add_worksheet();
    ws.set_name(sheet_name(W::SheetQuestionnaire.text(lang), &mut taken))?;
    let cols: Vec<_> = Q::ALL.iter().map(|&c| col(c.name_in(lang), width(c))).collect();
    let mut lines = Vec::new();
    let mut kinds = Vec::new();
    for id in &q.items {
        let found = index.item(id);
        let answer = p.work.answers.get(id);
        let d = answer.map(|a| a.details().clone()).unwrap_or_default();
        let kind = found.as_ref().map_or(selfcheck_core::catalog::ItemKind::Compliance, |r| r.item.kind);
        kinds.push((1 + lines.len() as u32, kind));
        let owner = if d.owner.is_empty() { q.owner.clone() } else { d.owner.clone() };
        let cells = Q::ALL
            .iter()
            .map(|&c| -> Cell {
                match (c, &found) {
                    (Q::Item, _) => id.as_str().into(),
                    (Q::Section, Some(r)) => r.section.title.get(lang).into(),
                    (Q::Title, Some(r)) => r.item.title.get(lang).into(),
                    (Q::Question, Some(r)) => r.item.question.get(lang).into(),
                    (Q::Reference, Some(r)) => reference(&r.item.reference, lang).into(),
                    (Q::RedLine, Some(r)) => yes_no(r.item.gating, lang).into(),
                    (Q::Owner, _) => owner.as_str().into(),
                    (Q::Status, _) => status_name(kind, answer.and_then(|a| a.status()), lang).into(),
                    (Q::Justification, _) => d.justification.as_str().into(),
                    (Q::Note, _) => d.note.as_str().into(),
                    (Q::Evidence, _) => d.evidence.as_str().into(),
                    (Q::TargetDate, _) => d.target_date.map(|t| t.to_string()).unwrap_or_default().into(),
                    (Q::AnsweredBy, _) => d.answered_by.as_str().into(),
                    (_, None) => "".into(),
                }
            })
            .collect();
        lines.push(Line { cells, red: found.is_some_and(|r| r.item.gating) });
    }
    table(ws, &f, 0, &cols, &lines)?;
    let status = Q::ALL.iter().position(|&c| c == Q::Status).expect("a status column") as u16;
    status_dropdown(ws, status, &kinds, lang)?;

    let about = book.add_worksheet();
    about.set_name(sheet_name(W::SheetAbout.text(lang), &mut taken))?;
    about.write_string_with_format(0, 0, W::TitleQuestionnaire.text(lang), &f.title)?;
    let row = pairs(
        about,
        &f,
        2,
        60.0,
        &[
            (W::IssuedTo.text(lang), q.owner.as_str().into()),
            (W::IssuedBy.text(lang), q.issued_by.as_str().into()),
            (W::IssuedAt.text(lang), q.issued_at.to_string().into()),
            (W::Provider.text(lang), p.work.profile.provider.as_str().into()),
            (W::Platform.text(lang), p.work.profile.platform.as_str().into()),
            (W::GeneratedAt.text(lang), report.generated_at.as_str().into()),
            (W::Instructions.text(lang), q.instructions.as_str().into()),
        ],
    )?;
    about.write_string_with_format(row + 1, 0, W::HowToFill.text(lang), &f.text)?;
    about.merge_range(row + 1, 0, row + 1, 1, W::HowToFill.text(lang), &f.text)?;
    about.set_row_height(row + 1, 60)?;
    about.set_column_width(0, 18.0)?;
    about.set_column_width(1, 60.0)?;
    Ok(())
}

/// Columns in characters, about 200 in all: one A4 landscape page prints them at about 70 %.
fn width(column: Q) -> f64 {
    match column {
        Q::Item => 13.0,
        Q::Question => 36.0,
        Q::Note => 22.0,
        Q::Title | Q::Evidence | Q::Justification => 20.0,
        Q::Section | Q::Reference | Q::TargetDate | Q::AnsweredBy => 12.0,
        // Wide enough for the English headers, which are the importer's one-word names.
        Q::RedLine => 9.0,
        _ => 10.0,
    }
}
