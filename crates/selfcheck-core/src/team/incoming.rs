//! A file offered to a merge or a comparison: a report of the work's role, checked as
//! any report is, or a questionnaire filled in a workbook. A file that cannot be taken
//! says why and stops no other.

use super::questionnaire_sheet::{self, QuestionnaireSheetProblem};
use crate::catalog::Index;
use crate::messages::{Describe, Message, M};
use crate::report::load::role_term;
use crate::report::{load_inputs, LoadProblem, LoadWarning, ReportInputs, Role};
use crate::sheet::{SheetProblem, SheetRows};
use crate::table::Table;
use crate::timestamp::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Load(LoadProblem),
    /// A report of the other role.
    OtherRole {
        expected: Role,
        found: Role,
    },
    /// A workbook that could not be read.
    Sheet(SheetProblem),
    /// A questionnaire sheet whose rows are wrong: every problem, located.
    SheetRows {
        sheet: String,
        problems: Vec<QuestionnaireSheetProblem>,
    },
}

impl Describe for Refusal {
    fn describe(&self) -> Message {
        match self {
            Refusal::Load(problem) => problem.describe(),
            Refusal::OtherRole { expected, found } => {
                Message::new(M::MergeOtherRole).term("found", role_term(*found)).term("expected", role_term(*expected))
            }
            Refusal::Sheet(problem) => problem.describe(),
            Refusal::SheetRows { sheet, problems } => Message::new(M::MergeSheetRows)
                .with("sheet", sheet)
                .with(
                    "count",
                    problems.iter().filter(|p| !matches!(p, crate::table::TableProblem::More { .. })).count(),
                )
                .message("first", problems.first().map_or_else(|| Message::new(M::CsvNoRows), Describe::describe)),
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

/// A file as it is offered: a report's bytes, or a workbook's questionnaire sheet with
/// the file's time (the time of its answers: a sheet records none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offered {
    Report(Vec<u8>),
    Sheet { sheet: SheetRows, modified: Timestamp },
}

/// Reads an offered file (named `name`): a report of either role, or a filled
/// questionnaire sheet, whose answers are stamped against the lead's catalogs (`index`).
pub fn read_offered(name: &str, offered: Offered, index: &Index) -> Result<Incoming, Refusal> {
    match offered {
        Offered::Report(bytes) => read_any(name, &bytes),
        Offered::Sheet { sheet, modified } => {
            let sheet_name = sheet.sheet.clone();
            let inputs = questionnaire_sheet::read(&Table::Sheet(sheet), &modified, index)
                .map_err(|problems| Refusal::SheetRows { sheet: sheet_name, problems })?;
            let report = ReportInputs {
                generated_at: modified.as_str().to_string(),
                as_of: modified.date(),
                role: Role::Provider,
                catalogs: Vec::new(),
                provider: Some(inputs),
                agency: None,
                digest: String::new(),
            };
            Ok(Incoming { name: name.to_string(), report, warnings: Vec::new() })
        }
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
