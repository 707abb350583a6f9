//! Nothing written that cannot be read back: the limits every reader enforces (a report
//! by `load`, a saved session by `session`, both through the first pass of `head`),
//! said here once, and asked of what is about to be written. The readers count a file's
//! text (`Head::counts`); a writer counts the values it is about to write (`Counts::of_*`);
//! both give the same `Counts` (a property test writes and counts random work) and both
//! are judged by the one table in `Counts::check`. The checks serde cannot make (levels,
//! platform names, catalogs, evidence) are the readers' own `load::check_*` functions.
//!
//! The size of a file depends on its text: a writer checks the text it produced
//! (`check_report`, `check_session`) before handing it out.

use std::borrow::Borrow;
use std::cell::Cell;

use super::build::{AgencyInputs, ProviderInputs, ProviderParts};
use super::load::{self, Counted, LoadProblem};
use super::model::{ProviderReport, Report, Role};
use crate::agency::{Platform, Workload};
use crate::messages::{Describe, Message, M};
use crate::team::history::entries;
use crate::team::AgencyHistory;

/// The limits a reader enforces. `Limits::READ` are this version's; tests lower them
/// through `scoped` to reach them quickly (readers and writers then use the same).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// A report's or a session's text, in bytes.
    pub bytes: usize,
    /// Workloads, and platforms.
    pub workloads: usize,
    /// A provider's answers, and a questionnaire's items.
    pub answers: usize,
    /// Obligation answers over all workloads.
    pub obligations: usize,
    /// Values merges set aside, over every key (both roles, in a session).
    pub history: usize,
    /// Evidence files fingerprinted over all answers of a role.
    pub evidence_files: usize,
}

impl Limits {
    /// What this version reads.
    pub const READ: Limits = Limits {
        bytes: load::MAX_REPORT_BYTES,
        workloads: load::MAX_WORKLOADS,
        answers: load::MAX_ANSWERS,
        obligations: load::MAX_OBLIGATIONS,
        history: load::MAX_HISTORY,
        evidence_files: load::MAX_EVIDENCE_FILES,
    };

    /// How far below a limit history is brought when some of it has to move out: four
    /// fifths, so that the next merges have room before history moves again.
    pub const fn margin(limit: usize) -> usize {
        limit - limit / 5
    }
}

thread_local! {
    static CURRENT: Cell<Limits> = const { Cell::new(Limits::READ) };
}

/// The limits readers and writers use now: `Limits::READ`, unless a test lowered them.
pub fn current() -> Limits {
    CURRENT.with(Cell::get)
}

/// Runs `f` with `limits` in place of this version's, for readers and writers alike, on
/// this thread only (a test seam: the real limits take minutes of data to reach).
pub fn scoped<R>(limits: Limits, f: impl FnOnce() -> R) -> R {
    struct Restore(Limits);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(limits)));
    f()
}

/// The sizes of the lists a reader counts before it builds anything, over every section
/// a file has (a session has both roles').
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub workloads: usize,
    pub platforms: usize,
    pub answers: usize,
    /// Obligation answers over all workloads.
    pub obligations: usize,
    /// Values merges set aside, over every key.
    pub history: usize,
    pub questionnaire_items: usize,
}

impl Counts {
    /// The first list over its limit: the one table every reader and writer goes by.
    pub fn check(&self, limits: &Limits) -> Result<(), LoadProblem> {
        for (what, count, limit) in [
            (Counted::Workloads, self.workloads, limits.workloads),
            (Counted::Platforms, self.platforms, limits.workloads),
            (Counted::Answers, self.answers, limits.answers),
            (Counted::ObligationAnswers, self.obligations, limits.obligations),
            (Counted::History, self.history, limits.history),
            (Counted::QuestionnaireItems, self.questionnaire_items, limits.answers),
        ] {
            if count > limit {
                return Err(LoadProblem::TooMany { what, count, limit });
            }
        }
        Ok(())
    }

    /// A provider's work, as a report or a session writes it.
    pub fn of_provider(p: ProviderParts<'_>) -> Counts {
        Counts {
            answers: p.answers.len(),
            history: entries(p.history),
            questionnaire_items: p.questionnaire.map_or(0, |q| q.items.len()),
            ..Counts::default()
        }
    }

    /// An agency's work, as a report or a session writes it.
    pub fn of_agency<'a>(
        workloads: impl Iterator<Item = &'a Workload>,
        platforms: usize,
        history: &AgencyHistory,
    ) -> Counts {
        let (mut count, mut obligations) = (0, 0);
        for w in workloads {
            count += 1;
            obligations += w.obligations.len();
        }
        Counts {
            workloads: count,
            platforms,
            obligations,
            history: entries(&history.workloads) + entries(&history.platforms),
            ..Counts::default()
        }
    }

    /// Both sections of a file together.
    pub fn and(self, other: Counts) -> Counts {
        Counts {
            workloads: self.workloads + other.workloads,
            platforms: self.platforms + other.platforms,
            answers: self.answers + other.answers,
            obligations: self.obligations + other.obligations,
            history: self.history + other.history,
            questionnaire_items: self.questionnaire_items + other.questionnaire_items,
        }
    }
}

/// A text of `len` bytes is read (the limit a reader checks first, on reports and
/// session files alike).
pub fn check_bytes(len: usize) -> Result<(), LoadProblem> {
    if len > current().bytes {
        return Err(LoadProblem::TooLarge { bytes: len });
    }
    Ok(())
}

/// The agency's part of a file, however the caller holds it.
pub(crate) struct AgencyView<'a, I, J> {
    pub workloads: I,
    pub platforms: J,
    pub history: &'a AgencyHistory,
}

/// The list sizes, then the readers' own checks of what was entered, of a file with
/// these sections.
pub(crate) fn check_sections<'a, I, J>(
    provider: Option<ProviderParts<'a>>,
    agency: Option<AgencyView<'a, I, J>>,
) -> Result<(), LoadProblem>
where
    I: Iterator<Item = &'a Workload> + Clone,
    J: Iterator<Item = &'a Platform> + Clone,
{
    let mut counts = provider.map(Counts::of_provider).unwrap_or_default();
    if let Some(a) = &agency {
        counts = counts.and(Counts::of_agency(a.workloads.clone(), a.platforms.clone().count(), a.history));
    }
    counts.check(&current())?;
    if let Some(p) = provider {
        load::check_provider(p)?;
    }
    if let Some(a) = agency {
        load::check_agency(a.workloads, a.platforms)?;
    }
    Ok(())
}

impl ProviderReport {
    /// The inputs the report holds, borrowed.
    pub fn parts(&self) -> ProviderParts<'_> {
        ProviderParts {
            profile: &self.profile,
            answers: &self.answers,
            catalogs: &self.catalogs,
            questionnaire: self.questionnaire.as_ref(),
            history: &self.history,
        }
    }
}

/// Whether a report, written as `text` (`write_report`, `to_canonical_json`), is one
/// this version reads back: its size, its lists and what was entered in it.
pub fn check_report<W: Borrow<Workload>>(report: &Report<W>, text: &str) -> Result<(), LoadProblem> {
    check_bytes(text.len())?;
    let agency = report.agency.as_ref().map(|a| AgencyView {
        workloads: a.workloads.iter().map(|w| w.workload.borrow()),
        platforms: a.platforms.iter(),
        history: &a.history,
    });
    check_sections(report.provider.as_ref().map(ProviderReport::parts), agency)
}

/// Whether a session, written as `text` (`SessionRef::to_json`), is one this version
/// reads back (from the browser's storage, or as the file the crash panel offers).
pub fn check_session<W: AsRef<Workload>, P: AsRef<Platform>>(
    session: &crate::session::SessionRef<'_, W, P>,
    text: &str,
) -> Result<(), LoadProblem> {
    check_bytes(text.len())?;
    let (provider, agency) = session.sections();
    check_sections(Some(provider), Some(agency))
}

/// Whether the work of either or both roles is within every limit but the size of a
/// text (which needs the text): what a report or a session of it would be read with.
pub fn check_inputs(provider: Option<&ProviderInputs>, agency: Option<&AgencyInputs>) -> Result<(), LoadProblem> {
    let agency = agency.map(|a| AgencyView {
        workloads: a.workloads.iter(),
        platforms: a.platforms.iter(),
        history: &a.history,
    });
    check_sections(provider.map(ProviderInputs::parts), agency)
}

/// What would be written over a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// A report of this role.
    Report(Role),
    /// The work saved in the browser (both roles).
    Session,
    /// A file of history moved out of a report of this role.
    History(Role),
}

/// A file that would not read back, and why: nothing was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverLimit {
    pub written: Written,
    pub problem: LoadProblem,
}

impl Describe for OverLimit {
    fn describe(&self) -> Message {
        let what = match self.written {
            Written::Report(Role::Provider) => M::WrittenProviderReport,
            Written::Report(Role::Agency) => M::WrittenAgencyReport,
            Written::Session => M::WrittenSession,
            Written::History(_) => M::WrittenHistory,
        };
        // Over a limit, the work is too big for one file (history that could move has).
        let advice = match self.problem {
            LoadProblem::TooMany { .. } | LoadProblem::TooLarge { .. } => M::OverLimitAdviceSplit,
            _ => M::OverLimitAdviceFix,
        };
        Message::new(M::OverLimit)
            .term("what", what)
            .message("problem", written_problem(&self.problem))
            .term("advice", advice)
    }
}

/// A limit a file about to be written would pass, said of that file (a reader's words
/// say what a file it read has).
pub fn written_problem(problem: &LoadProblem) -> Message {
    const MIB: usize = 1_048_576;
    match problem {
        LoadProblem::TooLarge { bytes } => {
            Message::new(M::WrittenTooLarge).with("size", bytes.div_ceil(MIB)).with("limit", current().bytes / MIB)
        }
        LoadProblem::TooMany { what, count, limit } => {
            Message::new(M::WrittenTooMany).term("what", what.term()).with("count", count).with("limit", limit)
        }
        other => other.describe(),
    }
}

/// A workbook over the size the workbook reader takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkbookOverLimit {
    pub bytes: usize,
    pub limit: usize,
}

impl Describe for WorkbookOverLimit {
    fn describe(&self) -> Message {
        const MIB: usize = 1_048_576;
        Message::new(M::WorkbookOverLimit).with("size", self.bytes.div_ceil(MIB)).with("limit", self.limit / MIB)
    }
}

/// Whether the workbook of a report of `role` (a questionnaire's, if `questionnaire`),
/// `len` bytes, reads back: an agency's (its inventory sheet imports back) and a
/// questionnaire's (the merge takes it filled in) are read by the workbook reader, with
/// its limit; a provider's self-check workbook is a view no importer takes.
pub fn check_workbook(role: Role, questionnaire: bool, len: usize) -> Result<(), WorkbookOverLimit> {
    let limit = crate::sheet::MAX_WORKBOOK_BYTES;
    let read_back = role == Role::Agency || questionnaire;
    if read_back && len > limit {
        return Err(WorkbookOverLimit { bytes: len, limit });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoped_limits_apply_to_this_thread_until_the_closure_ends() {
        let small = Limits { history: 3, ..Limits::READ };
        assert_eq!(scoped(small, current), small);
        assert_eq!(current(), Limits::READ);
        let elsewhere = scoped(small, || std::thread::spawn(current).join().unwrap());
        assert_eq!(elsewhere, Limits::READ, "other threads keep the real limits");
        assert_eq!(Limits::margin(100_000), 80_000);
    }

    #[test]
    fn a_workbook_an_importer_reads_back_has_the_workbook_limit() {
        let over = crate::sheet::MAX_WORKBOOK_BYTES + 1;
        assert!(check_workbook(Role::Agency, false, over).is_err(), "its inventory sheet imports back");
        assert!(check_workbook(Role::Provider, true, over).is_err(), "a questionnaire is merged back");
        assert_eq!(check_workbook(Role::Provider, false, over), Ok(()), "a view no importer takes");
        assert_eq!(check_workbook(Role::Agency, false, over - 1), Ok(()));
        let message = check_workbook(Role::Agency, false, over).unwrap_err().message(crate::Lang::En);
        assert!(message.contains("21 MB") && message.contains("20 MB"), "{message}");
    }

    #[test]
    fn the_table_names_the_first_list_over_its_limit() {
        let limits = Limits { workloads: 2, answers: 2, obligations: 2, history: 2, ..Limits::READ };
        let ok = Counts { workloads: 2, platforms: 2, answers: 2, obligations: 2, history: 2, questionnaire_items: 2 };
        assert_eq!(ok.check(&limits), Ok(()));
        let over = Counts { history: 3, ..ok };
        assert_eq!(over.check(&limits), Err(LoadProblem::TooMany { what: Counted::History, count: 3, limit: 2 }));
        let platforms = Counts { platforms: 3, ..ok };
        assert!(matches!(platforms.check(&limits), Err(LoadProblem::TooMany { what: Counted::Platforms, .. })));
    }
}
