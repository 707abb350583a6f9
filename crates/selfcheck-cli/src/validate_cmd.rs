//! `selfcheck validate FILE.json`: is this a genuine, consistent report? It must load
//! (format, version, schema), its digest must match its content, and every stated
//! figure must be what the inputs give when recomputed with this tool's catalogs
//! (`report::verify`, which the app uses on a provider's report too). A signed report's
//! SM2 signature is checked with `selfcheck-sign` and its signer named; an unsigned one is
//! said to be unsigned. A provider's answers that contradict each other (equal items
//! answered differently, an item met while a part of it is not) are warned of, one line
//! each, the exit status unchanged.

use std::io::Write;

use selfcheck_core::messages::{fill_in, Describe, Message, M};
use selfcheck_core::report::load::role_term;
use selfcheck_core::report::signature::{SignatureState, Signer};
use selfcheck_core::report::Report;
use selfcheck_core::Lang;

use crate::crosswalk_cmd;
use crate::files::read_verified;
use crate::texts::T;

pub fn run(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let verified = match read_verified(path, lang) {
        Ok(verified) => verified,
        Err(message) => return fail(err, message),
    };
    if verified.is_consistent() {
        let report = &verified.report;
        let key = if verified.earlier_catalogs.is_empty() {
            M::ValidateConsistent
        } else {
            M::ValidateGenuineEarlierCatalogs
        };
        let consistent = Message::new(key)
            .term("role", role_term(report.role))
            .with("generated_at", &report.generated_at)
            .list("catalogs", verified.earlier_catalogs.iter().cloned());
        writeln!(out, "{}", consistent.render(lang))?;
        writeln!(out, "  {}", Message::new(M::ValidateWhatItShows).render(lang))?;
        for warning in &verified.warnings {
            writeln!(out, "  {}", warning.message(lang))?;
        }
        if let Some(status) = signature_status(verified.signer.as_ref()) {
            writeln!(out, "  {}", status.render(lang))?;
        }
        for warning in contradictions(&verified.report, lang) {
            writeln!(out, "  {warning}")?;
        }
        Ok(0)
    } else {
        for finding in &verified.findings {
            writeln!(err, "selfcheck: {path}: {}", finding.message(lang))?;
        }
        if let Some(status) = signature_status(verified.signer.as_ref()) {
            writeln!(err, "selfcheck: {path}: {}", status.render(lang))?;
        }
        for warning in contradictions(&verified.report, lang) {
            writeln!(err, "selfcheck: {path}: {warning}")?;
        }
        Ok(1)
    }
}

/// A provider's answers that contradict each other, one warning each: they do not make
/// the report inconsistent (it says what was answered), so the exit status stays.
fn contradictions(report: &Report, lang: Lang) -> Vec<String> {
    let Some(provider) = &report.provider else { return Vec::new() };
    let work = &provider.work;
    crosswalk_cmd::contradictions_of(&work.catalogs, &work.answers)
        .iter()
        .map(|c| {
            let line = crosswalk_cmd::contradiction_line(c, &work.catalogs, lang);
            fill_in(T::ValidateContradiction.text(lang), &[("contradiction", &line)])
        })
        .collect()
}

/// What the signature says, beside the findings (a signature that does not match is one
/// of them): who signed and when, or that nobody did.
fn signature_status(signer: Option<&Signer>) -> Option<Message> {
    match signer {
        None => Some(Message::new(M::SignCliValidateUnsigned)),
        Some(signer) if signer.state == SignatureState::Valid => Some(
            Message::new(M::SignCliValidateSigned)
                .with("fingerprint", &signer.fingerprint)
                .with("signed_at", &signer.signed_at),
        ),
        Some(_) => None,
    }
}
