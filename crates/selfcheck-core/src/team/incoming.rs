//! A file offered to a merge or a comparison: a report of the work's role, checked as
//! any report is, a questionnaire filled in a workbook, or a window's saved work (a
//! session file: what a window that stopped saving offers). A file that cannot be taken
//! says why and stops no other.

use super::questionnaire_sheet::{self, QuestionnaireSheetProblem};
use crate::catalog::Index;
use crate::messages::{Describe, Message, M};
use crate::report::load::role_term;
use crate::report::{
    load_inputs, signed_bytes, LoadProblem, LoadWarning, ReportInputs, ReportSignature, Role, SignatureChecker, Signer,
};
use crate::session::Session;
use crate::sheet::{SheetProblem, SheetRows};
use crate::table::Table;
use crate::timestamp::Timestamp;
use crate::work::{AgencyWork, ProviderWork};

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
    /// A saved session with nothing in it.
    EmptySession,
    /// Refused by the first-use module, in its words (a signature that could never hold).
    Worded(crate::Localized),
}

impl Describe for Refusal {
    fn describe(&self) -> Message {
        match self {
            Refusal::Load(problem) => problem.describe(),
            Refusal::OtherRole { expected, found } => {
                Message::new(M::MergeOtherRole).term("found", role_term(*found)).term("expected", role_term(*expected))
            }
            Refusal::Sheet(problem) => problem.describe(),
            Refusal::EmptySession => Message::new(M::MergeEmptySession),
            Refusal::Worded(problem) => Message::new(M::MergeRefusedWorded).localized("problem", problem.clone()),
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
    /// Who signed it (`signer_of`); `None`: unsigned, or not looked at.
    pub signer: Option<Signer>,
}

/// What a merge says of a file's signer: valid and by whom, not matching, or unsigned.
pub fn signer_message(name: &str, signer: Option<&Signer>) -> Message {
    use crate::report::signature::SignatureState;
    match signer {
        None => Message::new(M::MergeUnsigned).with("file", name),
        Some(s) if s.state == SignatureState::Valid => Message::new(M::MergeSignedBy)
            .with("file", name)
            .with("fingerprint", &s.fingerprint)
            .with("when", &s.signed_at),
        Some(s) => Message::new(M::MergeSignatureBroken).with("file", name).with("fingerprint", &s.fingerprint),
    }
}

/// The fingerprint a merge's history records for a file: its signer's, when the
/// signature held; empty otherwise.
pub fn valid_signer(signer: Option<&Signer>) -> &str {
    use crate::report::signature::SignatureState;
    signer.filter(|s| s.state == SignatureState::Valid).map_or("", |s| s.fingerprint.as_str())
}

/// Who signed a report file, its signature checked by `checker`: `None` when it is
/// unsigned (or no report); a `signature` member that could never hold is the problem.
pub fn signer_of(bytes: &[u8], checker: &dyn SignatureChecker) -> Result<Option<Signer>, LoadProblem> {
    #[derive(serde::Deserialize)]
    struct SignatureOnly {
        #[serde(default)]
        signature: Option<ReportSignature>,
    }
    let text = crate::report::load::decode(bytes)?;
    let Ok(SignatureOnly { signature: Some(signature) }) = serde_json::from_str(text) else { return Ok(None) };
    let signed = signed_bytes(text).map_err(|_| LoadProblem::NotUtf8)?;
    Signer::checked(&signature, &signed, checker).map(Some).map_err(LoadProblem::Signature)
}

impl Incoming {
    /// When the file was made: the time of its answers that record none.
    pub fn made_at(&self) -> Option<Timestamp> {
        Timestamp::parse(&self.report.generated_at)
    }
}

/// A file as it is offered, with the file's time (for answers that record none): a JSON
/// file (a report, or a window's saved work: a session file) with who signed it (as the
/// one who offers it checked: `signer_of`), or a workbook's questionnaire sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offered {
    Json { bytes: Vec<u8>, modified: Timestamp, signer: Option<Signer> },
    Sheet { sheet: SheetRows, modified: Timestamp },
}

/// Reads an offered file (named `name`): a report of either role, a session (one file
/// for each role it holds work of), or a filled questionnaire sheet.
pub fn read_offered(name: &str, offered: Offered, index: &Index) -> Result<Vec<Incoming>, Refusal> {
    match offered {
        Offered::Json { bytes, modified, signer } => match read_any(name, &bytes) {
            Ok(file) => Ok(vec![Incoming { signer, ..file }]),
            // Only a file that is no report is looked at again, as a session.
            Err(Refusal::Load(LoadProblem::NotOurFormat { .. })) if Session::is_session_file(&bytes) => {
                read_session(name, &bytes, &modified)
            }
            Err(refusal) => Err(refusal),
        },
        Offered::Sheet { sheet, modified } => read_sheet(name, sheet, &modified, index).map(|file| vec![file]),
    }
}

/// A window's saved work: its provider part and its agency part, each as a file made
/// at `modified`, leaving out a part with nothing in it.
fn read_session(name: &str, bytes: &[u8], modified: &Timestamp) -> Result<Vec<Incoming>, Refusal> {
    let text = crate::report::load::decode(bytes).map_err(Refusal::Load)?;
    let Session { provider, agency, .. } = Session::from_json(text).map_err(Refusal::Load)?;
    let mut files = Vec::new();
    if provider != ProviderWork::default() {
        files.push(as_file_made_at(name, modified, Role::Provider, Some(provider), None));
    }
    if agency != AgencyWork::default() {
        files.push(as_file_made_at(name, modified, Role::Agency, None, Some(agency)));
    }
    if files.is_empty() {
        return Err(Refusal::EmptySession);
    }
    Ok(files)
}

/// A questionnaire filled in a workbook, its answers stamped with `modified` (a sheet
/// records no time) against the lead's catalogs (`index`).
pub fn read_sheet(name: &str, sheet: SheetRows, modified: &Timestamp, index: &Index) -> Result<Incoming, Refusal> {
    let sheet_name = sheet.sheet.clone();
    let inputs = questionnaire_sheet::read(&Table::Sheet(sheet), modified, index)
        .map_err(|problems| Refusal::SheetRows { sheet: sheet_name, problems })?;
    Ok(as_file_made_at(name, modified, Role::Provider, Some(inputs), None))
}

/// Inputs that came without a report around them, as a file made at `modified`.
fn as_file_made_at(
    name: &str,
    modified: &Timestamp,
    role: Role,
    provider: Option<ProviderWork>,
    agency: Option<AgencyWork>,
) -> Incoming {
    let report = ReportInputs {
        generated_at: modified.as_str().to_string(),
        as_of: modified.date(),
        role,
        catalogs: Vec::new(),
        provider,
        agency,
        digest: String::new(),
    };
    Incoming { name: name.to_string(), report, warnings: Vec::new(), signer: None }
}

/// Reads `bytes` (the file `name`), a report of either role.
pub fn read_any(name: &str, bytes: &[u8]) -> Result<Incoming, Refusal> {
    let loaded = load_inputs(bytes).map_err(Refusal::Load)?;
    Ok(Incoming { name: name.to_string(), report: loaded.report, warnings: loaded.warnings, signer: None })
}

/// Reads a JSON file (named `name`, signed by `signer` as the caller checked) for merging
/// into work of `role`: a report of that role, or a window's saved work, whose part of
/// that role is taken.
pub fn read(
    name: &str,
    bytes: Vec<u8>,
    modified: Timestamp,
    signer: Option<Signer>,
    role: Role,
) -> Result<Incoming, Refusal> {
    let files = read_offered(name, Offered::Json { bytes, modified, signer }, &Index::new(&[]))?;
    let found = files.first().map_or(role, |f| f.report.role);
    files.into_iter().find(|f| f.report.role == role).ok_or(Refusal::OtherRole { expected: role, found })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{build_agency_report, to_canonical_json};
    use crate::Lang;

    #[test]
    fn a_saved_session_is_offered_as_one_file_per_role_it_holds_work_of() {
        use crate::session::Session;
        let at = Timestamp::parse("2026-12-02T07:00:00Z").unwrap();
        let index = Index::new(&[]);
        let day = crate::Date::from_ymd(2026, 12, 1).unwrap();
        let report = to_canonical_json(&build_agency_report(&AgencyWork::default(), "2026-12-01T08:00:00Z", day));
        let json = |bytes: Vec<u8>| Offered::Json { bytes, modified: at.clone(), signer: None };
        let files = read_offered("r.json", json(report.into_bytes()), &index).unwrap();
        assert_eq!(files.iter().map(|f| f.report.role).collect::<Vec<_>>(), [Role::Agency], "a report is one file");

        let mut provider = ProviderWork::default();
        provider.answers_mut().insert("M19-A3-01-Q1".into(), crate::Answer::with_status(crate::Status::Met));
        let only_provider = Session::new(provider.clone(), AgencyWork::default()).to_json().into_bytes();
        let files = read_offered("w.json", json(only_provider), &index).unwrap();
        assert_eq!(files.len(), 1, "no agency part where it holds no agency work");
        assert_eq!((files[0].report.role, files[0].report.provider.as_ref()), (Role::Provider, Some(&provider)));
        assert_eq!(files[0].made_at(), Some(at.clone()), "made when the file was");

        // As this version saves a session (the committed fixture; also a fuzz seed).
        let saved = include_bytes!("../../../../tests/fixtures/session-v3.json").to_vec();
        let files = read_offered("s.json", json(saved), &index).unwrap();
        let parts: Vec<_> = files.iter().map(|f| f.report.role).collect();
        assert_eq!(parts, [Role::Provider, Role::Agency]);
        assert_eq!(files[0].report.provider.as_ref().map(|p| p.answers.len()), Some(6));
        assert_eq!(files[1].report.agency.as_ref().map(|a| a.workloads.len()), Some(3));

        let damaged = br#"{"format":"cloud-selfcheck-session","version":99}"#.to_vec();
        let refused = read_offered("d.json", json(damaged), &index).unwrap_err();
        assert!(matches!(refused, Refusal::Load(LoadProblem::NewerVersion { found: 99, .. })), "{refused:?}");
        let empty = Session::new(ProviderWork::default(), AgencyWork::default()).to_json().into_bytes();
        let refused = read_offered("e.json", json(empty), &index).unwrap_err();
        assert_eq!(refused, Refusal::EmptySession);
        assert!(refused.message(Lang::En).contains("empty"), "{}", refused.message(Lang::En));
    }

    #[test]
    fn a_report_of_the_other_role_or_no_report_is_refused_with_its_reason() {
        let day = crate::Date::from_ymd(2026, 12, 1).unwrap();
        let agency = to_canonical_json(&build_agency_report(&AgencyWork::default(), "2026-12-01T08:00:00Z", day));
        let at = Timestamp::parse("2026-12-02T07:00:00Z").unwrap();
        let read = |name: &str, bytes: &[u8], role| read(name, bytes.to_vec(), at.clone(), None, role);
        let refused = read("a.json", agency.as_bytes(), Role::Provider).unwrap_err();
        assert_eq!(refused, Refusal::OtherRole { expected: Role::Provider, found: Role::Agency });
        assert!(refused.message(Lang::En).contains("agency"), "{}", refused.message(Lang::En));
        assert!(matches!(read("b.json", b"{", Role::Agency), Err(Refusal::Load(LoadProblem::NotJson { .. }))));
        let taken = read("a.json", agency.as_bytes(), Role::Agency).unwrap();
        assert_eq!(taken.made_at().unwrap().as_str(), "2026-12-01T08:00:00Z");
    }
}
