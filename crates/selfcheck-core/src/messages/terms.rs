//! How domain values are named wherever a person reads them (the app, exports, the CLI).

use super::M;
use crate::agency::Verdict;
use crate::catalog::ItemKind;
use crate::scoring::{OverallStatus, Severity};
use crate::Status;

/// A status's name depends on the item: documents are "ready", requirements "met".
pub const fn status(kind: ItemKind, status: Status) -> M {
    match (kind, status) {
        (_, Status::NotApplicable) => M::StatusNotApplicable,
        (ItemKind::Compliance, Status::Met) => M::StatusMet,
        (ItemKind::Compliance, Status::Partial) => M::StatusPartial,
        (ItemKind::Compliance, Status::NotMet) => M::StatusNotMet,
        (ItemKind::Material, Status::Met) => M::MaterialReady,
        (ItemKind::Material, Status::Partial) => M::MaterialDrafting,
        (ItemKind::Material, Status::NotMet) => M::MaterialNotStarted,
    }
}

pub const fn severity(severity: Severity) -> M {
    match severity {
        Severity::Critical => M::SeverityCritical,
        Severity::High => M::SeverityHigh,
        Severity::Medium => M::SeverityMedium,
        Severity::Low => M::SeverityLow,
    }
}

pub const fn verdict(verdict: Verdict) -> M {
    match verdict {
        Verdict::Prohibited => M::VerdictProhibited,
        Verdict::NotSuitable => M::VerdictNotSuitable,
        Verdict::Conditional => M::VerdictConditional,
        Verdict::Eligible => M::VerdictEligible,
    }
}

pub const fn overall(status: OverallStatus) -> M {
    match status {
        OverallStatus::NotReady => M::OverallNotReady,
        OverallStatus::Incomplete => M::OverallIncomplete,
        OverallStatus::GapsRemaining => M::OverallGapsRemaining,
        OverallStatus::Ready => M::OverallReady,
    }
}
