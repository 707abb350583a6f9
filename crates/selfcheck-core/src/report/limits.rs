//! The limits every reader enforces (a report by `load`, a saved session by `session`,
//! both through the first pass of `head`), said here once. The readers count a file's
//! text (`Head::counts`); a writer counts the values it is about to write (`Counts::of_*`,
//! in `writable`); both give the same `Counts` (a property test writes and counts random
//! work) and both are judged by the one table in `Counts::check`.

use std::cell::Cell;

use super::problem::{Counted, LoadProblem};
use crate::agency::Workload;
use crate::team::history::entries;
use crate::team::AgencyHistory;
use crate::work::ProviderWork;

/// Larger files are refused before they are read whole.
pub const MAX_REPORT_BYTES: usize = 50 * 1024 * 1024;
/// Caps on list sizes, far above real use, so a hostile file cannot exhaust memory.
pub const MAX_WORKLOADS: usize = 100_000;
pub const MAX_ANSWERS: usize = 100_000;
/// Obligation answers over all workloads (10,000 workloads × every obligation is 150,000).
pub const MAX_OBLIGATIONS: usize = 1_000_000;
/// Values merges set aside, over all keys.
pub const MAX_HISTORY: usize = 100_000;
/// Evidence files fingerprinted in one report.
pub const MAX_EVIDENCE_FILES: usize = 100_000;
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
        bytes: MAX_REPORT_BYTES,
        workloads: MAX_WORKLOADS,
        answers: MAX_ANSWERS,
        obligations: MAX_OBLIGATIONS,
        history: MAX_HISTORY,
        evidence_files: MAX_EVIDENCE_FILES,
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
    pub fn of_provider(p: &ProviderWork) -> Counts {
        Counts {
            answers: p.answers.len(),
            history: entries(&p.history),
            questionnaire_items: p.questionnaire.as_ref().map_or(0, |q| q.items.len()),
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

/// The agency's part of a file, however the caller holds it.
pub(crate) struct AgencyView<'a, I, J> {
    pub workloads: I,
    pub platforms: J,
    pub history: &'a AgencyHistory,
}

/// A text of `len` bytes is read (the limit a reader checks first, on reports and
/// session files alike).
pub fn check_bytes(len: usize) -> Result<(), LoadProblem> {
    if len > current().bytes {
        return Err(LoadProblem::TooLarge { bytes: len });
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
