//! `selfcheck docx REPORT.json -o OUT.docx [--kind report|plan] [--lang zh-CN|en]`: a
//! report as the Word document the app downloads (the same code, natively): a provider's
//! self-check report or remediation plan, an agency's assessment. The report is read with
//! the checks of `validate`, and its figures are recomputed from its answers first.

use std::io::Write;

use selfcheck_core::messages::{Message, M};
use selfcheck_core::Lang;
use selfcheck_docx::Kind;

use crate::files::report_for_view;

pub fn run(
    path: &str,
    output: &str,
    kind: Kind,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let report = match report_for_view(path, lang, err)? {
        Ok(report) => report,
        Err(message) => return fail(err, message),
    };
    let document = match selfcheck_docx::docx(&report, kind, lang) {
        Ok(document) => document,
        Err(problem) => return fail(err, problem.message(lang)),
    };
    if let Err(e) = std::fs::write(output, &document) {
        writeln!(err, "selfcheck: {output}: {e}")?;
        return Ok(1);
    }
    writeln!(out, "{}", Message::new(M::CliWrote).with("path", output).with("bytes", document.len()).render(lang))?;
    Ok(0)
}
