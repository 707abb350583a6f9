//! Is a report genuine and consistent? What `selfcheck validate` prints and what an
//! agency relies on when it fills a platform from a provider's report: the report loads
//! with every check, its digest matches its content, its catalogs are this tool's, its
//! `as_of` is the day it was made, and every stated figure is what its answers give.

use super::load::{load_report, LoadProblem, LoadWarning};
use super::{to_canonical_json, Report};
use crate::messages::{Describe, Message, M};
use crate::Date;

/// Something that stops a report from being vouched for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// A load warning that means the file cannot be vouched for (digest, catalogs).
    Warning(LoadWarning),
    /// The figures were computed for another day than the report was made on.
    AsOf { as_of: Date, made_on: Date },
    /// A stated figure differs from the recomputed one (first differing line).
    FiguresDiffer { line: usize },
}

impl Describe for Finding {
    fn describe(&self) -> Message {
        match self {
            Finding::Warning(warning) => warning.describe(),
            Finding::AsOf { as_of, made_on } => {
                Message::new(M::ValidateAsOf).with("as_of", as_of).with("made_on", made_on)
            }
            Finding::FiguresDiffer { line } => Message::new(M::ValidateFiguresDiffer).with("line", line),
        }
    }
}

/// A report as read, and what its checks found (nothing: consistent).
#[derive(Clone, Debug, PartialEq)]
pub struct Verified {
    pub report: Report,
    pub findings: Vec<Finding>,
    /// Every load warning, the harmless ones (migrated, unknown items) included.
    pub warnings: Vec<LoadWarning>,
}

impl Verified {
    pub fn is_consistent(&self) -> bool {
        self.findings.is_empty()
    }

    /// The file was changed after it was written (its digest does not match).
    pub fn is_edited(&self) -> bool {
        self.findings.contains(&Finding::Warning(LoadWarning::DigestMismatch))
    }
}

/// Reads and verifies a report file.
pub fn verify(bytes: &[u8]) -> Result<Verified, LoadProblem> {
    let loaded = load_report(bytes)?;
    let mut findings: Vec<Finding> = loaded
        .warnings
        .iter()
        .filter(|w| {
            // Unknown items and migrations are facts about the file, not signs of
            // tampering; a digest mismatch or other catalog content means it cannot be
            // vouched for.
            matches!(
                w,
                LoadWarning::DigestMismatch
                    | LoadWarning::CatalogChanged { .. }
                    | LoadWarning::CatalogUpgraded(_)
                    | LoadWarning::CatalogUnknown { .. }
            )
        })
        .cloned()
        .map(Finding::Warning)
        .collect();
    let report = loaded.report;
    // Backdating would hide expiry and overdue alerts (a day apart at most, for time zones).
    if let Some(made_on) = Date::of_timestamp(&report.generated_at) {
        if report.as_of.days_since(made_on).abs() > 1 {
            findings.push(Finding::AsOf { as_of: report.as_of, made_on });
        }
    }
    if let Some(rebuilt) = report.rebuilt() {
        let (stated, computed) = (to_canonical_json(&report), to_canonical_json(&rebuilt));
        if stated != computed {
            let line = stated.lines().zip(computed.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
            findings.push(Finding::FiguresDiffer { line });
        }
    }
    Ok(Verified { report, findings, warnings: loaded.warnings })
}
