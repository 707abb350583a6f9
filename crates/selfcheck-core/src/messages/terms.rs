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
        Verdict::Ungraded => M::VerdictUngraded,
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

/// A status as a person may write it in a sheet: its code (`not_met`) or its name for
/// either kind of item in either language (达标, Partially met, 编写中, …), in any
/// letter case. `None` if it is none of them.
pub fn parse_status(text: &str) -> Option<Status> {
    let text = crate::fold::fold(text.trim());
    Status::ALL.into_iter().find(|&s| {
        crate::fold::fold(s.code()) == text
            || [ItemKind::Compliance, ItemKind::Material].into_iter().any(|kind| {
                crate::Lang::ALL.into_iter().any(|lang| crate::fold::fold(status(kind, s).text(lang)) == text)
            })
    })
}

/// A status's names, as a problem lists what is accepted: "达标/Met".
pub fn status_names(s: Status) -> String {
    let term = status(ItemKind::Compliance, s);
    format!("{}/{}", term.text(crate::Lang::ZhCn), term.text(crate::Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_read_in_either_language_and_by_its_code() {
        for (text, expected) in [
            ("达标", Status::Met),
            (" partially MET ", Status::Partial),
            ("编写中", Status::Partial),
            ("not_met", Status::NotMet),
            ("Not started", Status::NotMet),
            ("不适用", Status::NotApplicable),
        ] {
            assert_eq!(parse_status(text), Some(expected), "{text}");
        }
        assert_eq!(parse_status("done"), None);
        assert_eq!(parse_status(""), None);
        assert_eq!(status_names(Status::Met), "达标/Met");
    }
}
