//! Word documents (.docx) for 云评自查, written by docx-rs from a report: the provider's
//! self-check report (自查报告), its remediation plan (整改计划), and the agency's
//! assessment (上云评估报告), in Chinese or English, laid out as Chinese official documents
//! are (`layout`). Pure Rust: natively for the CLI, in the browser inside the Excel module
//! (`crates/selfcheck-sheets-web`), compiled only the first time it is used.

mod agency;
mod layout;
mod provider;
mod texts;

use selfcheck_core::report::{Report, Role};
use selfcheck_core::Lang;

use texts::D;

/// Which document to write from a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The report of the report's role: a provider's self-check or an agency's assessment.
    Report,
    /// A provider's remediation plan: every gap with its owner and target date.
    Plan,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Report, Kind::Plan];

    pub const fn code(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::Plan => "plan",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Why no document was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxProblem {
    /// A plan was asked of an agency's report: a plan tracks a provider's gaps.
    PlanOfAgency,
    /// The report lacks the section of its role.
    NoPartOfRole,
    /// docx-rs could not write it.
    Write(String),
}

impl DocxProblem {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DocxProblem::PlanOfAgency => D::PlanOfAgency.text(lang).to_string(),
            DocxProblem::NoPartOfRole => D::NoPartOfRole.text(lang).to_string(),
            DocxProblem::Write(reason) => {
                selfcheck_core::messages::fill_in(D::WriteFailed.text(lang), &[("reason", reason)])
            }
        }
    }
}

impl std::fmt::Display for DocxProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DocxProblem {}

/// The document `kind` of `report` in `lang`, as `selfcheck docx` and the app's download
/// write it.
pub fn docx(report: &Report, kind: Kind, lang: Lang) -> Result<Vec<u8>, DocxProblem> {
    match (report.role, kind, &report.provider, &report.agency) {
        (Role::Provider, Kind::Report, Some(p), _) => provider::report(report, p, lang),
        (Role::Provider, Kind::Plan, Some(p), _) => provider::plan(report, p, lang),
        (Role::Agency, Kind::Plan, _, _) => Err(DocxProblem::PlanOfAgency),
        (Role::Agency, Kind::Report, _, Some(a)) => agency::report(report, a, lang),
        _ => Err(DocxProblem::NoPartOfRole),
    }
}

/// The documents' words as a table, for the check over every table of the product (the
/// app's `i18n` test runs it).
pub fn text_table() -> selfcheck_core::messages::Table {
    selfcheck_core::messages::Table { name: "documents", entries: D::entries() }
}
