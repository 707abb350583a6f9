//! Is a report genuine and consistent? What `selfcheck validate` prints and what an
//! agency relies on when it fills a platform from a provider's report: the report loads
//! with every check, its digest matches its content, its catalogs are this tool's, its
//! `as_of` is the day it was made, and every stated figure is what its answers give.
//! A report made against an earlier version of a built-in catalog is genuine, but its
//! figures cannot be recomputed: that is said, not held against it.
//!
//! A signed report's signature is checked by the checker the caller brings
//! (`selfcheck-sign`'s SM2 in the CLI and the first-use module): a member that could
//! never hold refuses the file, one that does not match is a finding.

use super::canonical::signed_bytes;
use super::load::{load_report, LoadProblem, LoadWarning};
use super::signature::{NotChecked, SignatureChecker, SignatureState, Signer};
use super::{to_canonical_json, Report};
use crate::catalog::builtin;
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
    /// Signed, but the signature does not match: changed since it was signed, or a
    /// signature taken from another report.
    SignatureDoesNotMatch,
    /// Answers marked as carried from an equal item that are not what the answers people
    /// gave carry (a carried status edited by hand), counted.
    CarriedNotAsGiven { count: usize },
}

impl Describe for Finding {
    fn describe(&self) -> Message {
        match self {
            Finding::Warning(warning) => warning.describe(),
            Finding::AsOf { as_of, made_on } => {
                Message::new(M::ValidateAsOf).with("as_of", as_of).with("made_on", made_on)
            }
            Finding::FiguresDiffer { line } => Message::new(M::ValidateFiguresDiffer).with("line", line),
            Finding::SignatureDoesNotMatch => Message::new(M::ValidateSignatureDoesNotMatch),
            Finding::CarriedNotAsGiven { count } => Message::new(M::ValidateCarriedNotAsGiven).with("count", count),
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
    /// Built-in catalogs the report was made against at an earlier version: genuine, but
    /// its figures were not recomputed.
    pub earlier_catalogs: Vec<String>,
    /// Who signed it and whether the signature holds; `None`: unsigned.
    pub signer: Option<Signer>,
}

impl Verified {
    pub fn is_consistent(&self) -> bool {
        self.findings.is_empty()
    }

    /// The file was changed after it was written: its digest does not match, or it is
    /// signed and its signature does not.
    pub fn is_edited(&self) -> bool {
        self.findings.contains(&Finding::Warning(LoadWarning::DigestMismatch))
            || self.findings.contains(&Finding::SignatureDoesNotMatch)
    }
}

/// Reads and verifies a report file; a signature is read, not checked (`verify_with`).
pub fn verify(bytes: &[u8]) -> Result<Verified, LoadProblem> {
    verify_with(bytes, &NotChecked)
}

/// Reads and verifies a report file, its signature by `checker`.
pub fn verify_with(bytes: &[u8], checker: &dyn SignatureChecker) -> Result<Verified, LoadProblem> {
    let loaded = load_report(bytes)?;
    let report = loaded.report;
    let signer = match &report.signature {
        None => None,
        Some(signature) => {
            // The file loaded, so it is JSON.
            let signed = signed_bytes(super::load::decode(bytes)?).map_err(|_| LoadProblem::NotUtf8)?;
            Some(Signer::checked(signature, &signed, checker).map_err(LoadProblem::Signature)?)
        }
    };
    // A built-in catalog the report names at an earlier version than ours: the report
    // is not suspect for that, but its figures cannot be recomputed (that content is
    // not ours any more). Other content under the same version, or a catalog we do not
    // have, means it cannot be vouched for.
    let earlier = |id: &str| {
        let stated = report.catalogs.iter().find(|c| c.id == id).map(|c| c.version.as_str());
        builtin().catalog(id).zip(stated).is_some_and(|(ours, stated)| ours.version != stated)
    };
    let mut earlier_catalogs = Vec::new();
    let mut findings = Vec::new();
    for warning in &loaded.warnings {
        match warning {
            LoadWarning::CatalogUpgraded(upgrade) => earlier_catalogs.push(upgrade.catalog.clone()),
            LoadWarning::CatalogChanged { id } if earlier(id) => earlier_catalogs.push(id.clone()),
            LoadWarning::DigestMismatch | LoadWarning::CatalogChanged { .. } | LoadWarning::CatalogUnknown { .. } => {
                findings.push(Finding::Warning(warning.clone()))
            }
            // Unknown items and migrations are facts about the file, not signs of tampering.
            LoadWarning::UnknownItems(_) | LoadWarning::Migrated { .. } => {}
        }
    }
    // Backdating would hide expiry and overdue alerts (a day apart at most, for time zones).
    if let Some(made_on) = Date::of_timestamp(&report.generated_at) {
        if report.as_of.days_since(made_on).abs() > 1 {
            findings.push(Finding::AsOf { as_of: report.as_of, made_on });
        }
    }
    if signer.as_ref().is_some_and(|s| s.state == SignatureState::DoesNotMatch) {
        findings.push(Finding::SignatureDoesNotMatch);
    }
    let recomputable = earlier_catalogs.is_empty() && findings.iter().all(|f| !matches!(f, Finding::Warning(_)));
    let format = loaded.warnings.iter().find_map(|w| match w {
        LoadWarning::Migrated { from } => Some(*from),
        _ => None,
    });
    if let Some(mut rebuilt) = report.rebuilt().filter(|_| recomputable) {
        rebuilt.as_stated_in_format(format.unwrap_or(super::REPORT_FORMAT_VERSION));
        // Judged by another edition of the crosswalk, the stated consistency stands: the
        // figures are recomputed, the relations of that edition are not this tool's. Judged
        // by this one, the carried answers are what the given ones carry.
        if let (Some(stated), Some(ours)) = (&report.provider, &mut rebuilt.provider) {
            if stated.crosswalk.is_some() && stated.crosswalk != ours.crosswalk {
                ours.consistency.clone_from(&stated.consistency);
                ours.crosswalk.clone_from(&stated.crosswalk);
            } else if stated.crosswalk.is_some() {
                let mut carried = (*stated.work.answers).clone();
                let relations = crate::catalog::loaded::relations(&stated.work.catalogs);
                let count = crate::crosswalk::carry(&relations, &mut carried);
                if count > 0 {
                    findings.push(Finding::CarriedNotAsGiven { count });
                }
            }
        }
        let (stated, computed) = (to_canonical_json(&report), to_canonical_json(&rebuilt));
        if stated != computed {
            let line = stated.lines().zip(computed.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
            findings.push(Finding::FiguresDiffer { line });
        }
    }
    Ok(Verified { report, findings, warnings: loaded.warnings, earlier_catalogs, signer })
}
