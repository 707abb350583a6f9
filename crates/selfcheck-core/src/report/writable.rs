//! Nothing written that cannot be read back: what is about to be written (a report, a
//! session, a workbook) is asked the readers' questions first. The list sizes go by the
//! one table of `limits`; the checks serde cannot make (levels, platform names,
//! catalogs, evidence) are the readers' own `load::check_*` functions. The size of a
//! file depends on its text: a writer checks the text it produced (`check_report`,
//! `check_session`) before handing it out.

use std::borrow::Borrow;

use super::limits::{check_bytes, current, AgencyView, Counts};
use super::load::{self, LoadProblem};
use super::model::{Report, Role};
use crate::agency::{Platform, Workload};
use crate::messages::{Describe, Message, M};
use crate::session::Session;
use crate::work::{AgencyWork, ProviderWork};

/// The list sizes, then the readers' own checks of what was entered, of a file with
/// these sections.
pub(crate) fn check_sections<'a, I, J>(
    provider: Option<&'a ProviderWork>,
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

/// Whether a report, written as `text` (`write_report`, `to_canonical_json`), is one
/// this version reads back: its size, its lists and what was entered in it.
pub fn check_report<W: Borrow<Workload>>(report: &Report<W>, text: &str) -> Result<(), LoadProblem> {
    check_bytes(text.len())?;
    let agency = report.agency.as_ref().map(|a| AgencyView {
        workloads: a.workloads.iter().map(|w| w.workload.borrow()),
        platforms: a.platforms.iter(),
        history: &a.history,
    });
    check_sections(report.provider.as_ref().map(|p| &p.work), agency)
}

/// `check_report`, with why not as what a person is told (`OverLimit`, which the caller
/// words in its language).
pub fn check_report_to_save<W: Borrow<Workload>>(report: &Report<W>, text: &str) -> Result<(), OverLimit> {
    check_report(report, text).map_err(|problem| OverLimit { written: Written::Report(report.role), problem })
}

/// Whether a session, written as `text` (`Session::to_json`), is one this version
/// reads back (from the browser's storage, or as the file the crash panel offers).
pub fn check_session<W: AsRef<Workload>, P: AsRef<Platform>>(
    session: &Session<W, P>,
    text: &str,
) -> Result<(), LoadProblem> {
    check_bytes(text.len())?;
    check_work(Some(&session.provider), Some(&session.agency))
}

/// Whether the work of either or both roles is within every limit but the size of a
/// text (which needs the text): what a report or a session of it would be read with.
pub fn check_work<W: AsRef<Workload>, P: AsRef<Platform>>(
    provider: Option<&ProviderWork>,
    agency: Option<&AgencyWork<W, P>>,
) -> Result<(), LoadProblem> {
    let agency = agency.map(|a| AgencyView { workloads: a.workloads(), platforms: a.platforms(), history: &a.history });
    check_sections(provider, agency)
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
    fn a_workbook_an_importer_reads_back_has_the_workbook_limit() {
        let over = crate::sheet::MAX_WORKBOOK_BYTES + 1;
        assert!(check_workbook(Role::Agency, false, over).is_err(), "its inventory sheet imports back");
        assert!(check_workbook(Role::Provider, true, over).is_err(), "a questionnaire is merged back");
        assert_eq!(check_workbook(Role::Provider, false, over), Ok(()), "a view no importer takes");
        assert_eq!(check_workbook(Role::Agency, false, over - 1), Ok(()));
        let message = check_workbook(Role::Agency, false, over).unwrap_err().message(crate::Lang::En);
        assert!(message.contains("21 MB") && message.contains("20 MB"), "{message}");
    }
}
