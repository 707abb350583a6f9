//! `selfcheck xlsx REPORT.json -o OUT.xlsx [--lang zh-CN|en]`: a report as the workbook
//! the app downloads (the same code, natively). The report is read with the checks of
//! `validate`, and its figures are recomputed from its answers before they are written;
//! a workbook an importer takes back is written only within the workbook reader's limit.

use std::io::Write;

use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::writable::check_workbook;
use selfcheck_core::Lang;

use crate::files::report_for_view;

pub fn run(path: &str, output: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let report = match report_for_view(path, lang, err)? {
        Ok(report) => report,
        Err(message) => return fail(err, message),
    };
    let workbook = match selfcheck_sheets::workbook(&report, lang) {
        Ok(workbook) => workbook,
        Err(e) => return fail(err, e.to_string()),
    };
    // A workbook an importer takes back (an agency's, a questionnaire's) is written only
    // if the workbook reader reads it.
    let questionnaire = report.provider.as_ref().is_some_and(|p| p.work.questionnaire.is_some());
    if let Err(over) = check_workbook(report.role, questionnaire, workbook.len()) {
        writeln!(err, "selfcheck: {output}: {}", over.message(lang))?;
        return Ok(1);
    }
    if let Err(e) = std::fs::write(output, &workbook) {
        writeln!(err, "selfcheck: {output}: {e}")?;
        return Ok(1);
    }
    writeln!(out, "{}", Message::new(M::CliWrote).with("path", output).with("bytes", workbook.len()).render(lang))?;
    Ok(0)
}
