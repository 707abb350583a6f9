//! A file offered to a merge or a comparison: a report of the work's role, checked as
//! any report is. A file that cannot be taken says why and stops no other.

use crate::messages::{Describe, Message, M};
use crate::report::load::role_term;
use crate::report::{load_inputs, LoadProblem, LoadWarning, ReportInputs, Role};
use crate::timestamp::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Load(LoadProblem),
    /// A report of the other role.
    OtherRole {
        expected: Role,
        found: Role,
    },
}

impl Describe for Refusal {
    fn describe(&self) -> Message {
        match self {
            Refusal::Load(problem) => problem.describe(),
            Refusal::OtherRole { expected, found } => {
                Message::new(M::MergeOtherRole).term("found", role_term(*found)).term("expected", role_term(*expected))
            }
        }
    }
}

/// A file taken: what it holds, and what its checks noticed.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub name: String,
    pub report: ReportInputs,
    pub warnings: Vec<LoadWarning>,
}

impl Incoming {
    /// When the file was made: the time of its answers that record none.
    pub fn made_at(&self) -> Option<Timestamp> {
        Timestamp::parse(&self.report.generated_at)
    }
}

/// Reads `bytes` (the file `name`), a report of either role.
pub fn read_any(name: &str, bytes: &[u8]) -> Result<Incoming, Refusal> {
    let loaded = load_inputs(bytes).map_err(Refusal::Load)?;
    Ok(Incoming { name: name.to_string(), report: loaded.report, warnings: loaded.warnings })
}

/// Reads `bytes` (the file `name`) for merging into work of `role`.
pub fn read(name: &str, bytes: &[u8], role: Role) -> Result<Incoming, Refusal> {
    let file = read_any(name, bytes)?;
    if file.report.role != role {
        return Err(Refusal::OtherRole { expected: role, found: file.report.role });
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{build_agency_report, to_canonical_json, AgencyInputs};
    use crate::Lang;

    #[test]
    fn a_report_of_the_other_role_or_no_report_is_refused_with_its_reason() {
        let day = crate::Date::from_ymd(2026, 12, 1).unwrap();
        let agency = to_canonical_json(&build_agency_report(&AgencyInputs::default(), "2026-12-01T08:00:00Z", day));
        let refused = read("a.json", agency.as_bytes(), Role::Provider).unwrap_err();
        assert_eq!(refused, Refusal::OtherRole { expected: Role::Provider, found: Role::Agency });
        assert!(refused.message(Lang::En).contains("agency"), "{}", refused.message(Lang::En));
        assert!(matches!(read("b.json", b"{", Role::Agency), Err(Refusal::Load(LoadProblem::NotJson { .. }))));
        let taken = read("a.json", agency.as_bytes(), Role::Agency).unwrap();
        assert_eq!(taken.made_at().unwrap().as_str(), "2026-12-01T08:00:00Z");
    }
}
