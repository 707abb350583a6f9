//! A report as a workbook, in the language asked for: a provider self-check (overview,
//! one sheet per catalog, gaps), an agency classification (verdicts, the inventory as
//! it imports back, platforms, obligations), or a questionnaire for one owner. Every
//! text cell is written as a string: a cell starting `=`, `+`, `-` or `@` stays text,
//! never a formula.

mod agency;
mod provider;
mod questionnaire;
mod sheet;

use rust_xlsxwriter::{Workbook, XlsxError};
use selfcheck_core::report::{Report, Role};
use selfcheck_core::Lang;

/// The workbook of `report` (as `selfcheck xlsx` and the app's download write it).
pub fn workbook(report: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    match (report.role, &report.provider, &report.agency) {
        (Role::Provider, Some(p), _) if p.work.questionnaire.is_some() => {
            questionnaire::write(&mut book, report, p, lang)?
        }
        (Role::Provider, Some(p), _) => provider::write(&mut book, report, p, lang)?,
        (Role::Agency, _, Some(a)) => agency::write(&mut book, report, a, lang)?,
        _ => return Err(XlsxError::ParameterError("the report has no part of its role".into())),
    }
    book.save_to_buffer()
}
