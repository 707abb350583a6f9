//! A report as a workbook, in the language asked for: a provider self-check (overview,
//! one sheet per catalog, named by its title, gaps), an agency classification
//! (verdicts, the inventory as it imports back, platforms, obligations), or a
//! questionnaire for one owner. Every text cell is written as a string: a cell starting
//! `=`, `+`, `-` or `@` stays text, never a formula. Every sheet prints alike
//! (`sheet::print_setup`): A4 landscape, one page wide, under the workbook's title block.

mod agency;
mod provider;
mod questionnaire;
mod sheet;

use rust_xlsxwriter::{Workbook, XlsxError};
use selfcheck_core::report::{Report, Role};
use selfcheck_core::Lang;

use crate::texts::W;

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
    let title = page_title(report, lang);
    for ws in book.worksheets_mut() {
        sheet::print_setup(ws, &title, lang)?;
    }
    book.save_to_buffer()
}

/// A blank table for an importer to read back: one sheet named `sheet_name`, its header
/// row frozen with a filter, each column as wide as its header.
pub fn template(sheet_name: &str, headers: &[&str]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet_name)?;
    // A Chinese character shows about two characters wide.
    let width = |h: &str| h.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum::<f64>() + 4.0;
    let cols: Vec<sheet::Col> = headers.iter().map(|h| sheet::col(h, width(h).max(12.0))).collect();
    sheet::table(ws, &sheet::Formats::new(), 0, &cols, &[])?;
    book.save_to_buffer()
}

/// The title block of every printed page: what the workbook is, whom it is about, its date.
fn page_title(report: &Report, lang: Lang) -> sheet::PageTitle {
    let named = |parts: &[&str]| parts.iter().filter(|p| !p.trim().is_empty()).copied().collect::<Vec<_>>().join(" · ");
    let (workbook, about) = match (report.role, &report.provider) {
        (Role::Provider, Some(p)) => {
            let (provider, platform) = (p.work.profile.provider.as_str(), p.work.profile.platform.as_str());
            match &p.work.questionnaire {
                Some(q) => {
                    let colon = if lang == Lang::ZhCn { "：" } else { ": " };
                    let owner = format!("{}{colon}{}", W::IssuedTo.text(lang), q.owner);
                    (W::TitleQuestionnaire, named(&[&owner, provider, platform]))
                }
                None => (W::TitleProvider, named(&[provider, platform])),
            }
        }
        _ => {
            let profile = report.agency.as_ref().map(|a| &a.profile);
            // Who made the assessment (format 7's profile), printed atop every page.
            let who = profile.map_or(Vec::new(), |p| vec![p.unit.as_str(), p.department.as_str(), p.contact.as_str()]);
            (W::TitleAgency, named(&who))
        }
    };
    sheet::PageTitle { workbook: workbook.text(lang).to_string(), about, date: report.as_of.to_string() }
}
