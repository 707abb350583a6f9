//! `selfcheck validate FILE.json`: is this a genuine, consistent report? It must load
//! (format, version, schema), its digest must match its content, and every stated
//! figure must be what the inputs give when recomputed with this tool's catalogs.

use std::io::Write;

use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::load::role_term;
use selfcheck_core::report::{load_report, to_canonical_json, LoadProblem, LoadWarning, MAX_REPORT_BYTES};
use selfcheck_core::Lang;

use crate::files::{read_limited, ReadError};

pub fn run(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let bytes = match read_limited(path, MAX_REPORT_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge { bytes }) => return fail(err, LoadProblem::TooLarge { bytes }.message(lang)),
        Err(ReadError::Io(e)) => return fail(err, e),
    };
    let loaded = match load_report(&bytes) {
        Ok(loaded) => loaded,
        Err(problem) => return fail(err, problem.message(lang)),
    };
    let mut problems = Vec::new();
    for warning in &loaded.warnings {
        // Unknown items and migrations are facts about the file, not signs of tampering;
        // a digest mismatch or different catalog content means it cannot be vouched for.
        if matches!(
            warning,
            LoadWarning::DigestMismatch
                | LoadWarning::CatalogChanged { .. }
                | LoadWarning::CatalogUpgraded(_)
                | LoadWarning::CatalogUnknown { .. }
        ) {
            problems.push(warning.message(lang));
        }
    }
    let report = &loaded.report;
    // The day the figures were computed for must be the day the report was made (a day
    // apart at most, for time zones): backdating would hide expiry and overdue alerts.
    if let Some(made_on) = selfcheck_core::Date::of_timestamp(&report.generated_at) {
        if report.as_of.days_since(made_on).abs() > 1 {
            problems
                .push(Message::new(M::ValidateAsOf).with("as_of", report.as_of).with("made_on", made_on).render(lang));
        }
    }
    if let Some(rebuilt) = report.rebuilt() {
        let stated = to_canonical_json(report);
        let computed = to_canonical_json(&rebuilt);
        if stated != computed {
            let line = stated.lines().zip(computed.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
            problems.push(Message::new(M::ValidateFiguresDiffer).with("line", line).render(lang));
        }
    }
    if problems.is_empty() {
        let consistent = Message::new(M::ValidateConsistent)
            .term("role", role_term(report.role))
            .with("generated_at", &report.generated_at);
        writeln!(out, "{}", consistent.render(lang))?;
        writeln!(out, "  {}", Message::new(M::ValidateWhatItShows).render(lang))?;
        for warning in &loaded.warnings {
            writeln!(out, "  {}", warning.message(lang))?;
        }
        Ok(0)
    } else {
        for problem in problems {
            writeln!(err, "selfcheck: {path}: {problem}")?;
        }
        Ok(1)
    }
}
