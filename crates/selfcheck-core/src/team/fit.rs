//! A merge whose result would pass a limit the readers enforce (`report::limits`).
//!
//! Only history grows without anyone entering more: every merge keeps what it did not
//! choose. When the merged work's files would pass the limit on history entries or on
//! a file's size, the oldest history (by the time it was set aside) moves out to files
//! of its own — reports of the same role that hold nothing but that history (a
//! provider's with its profile and loaded catalogs, so its items can be read) — until
//! the work is back under four fifths of the limit (`Limits::margin`), so the next
//! merges have room. The work keeps the newest; the history files keep the rest; the
//! caller has them saved before it keeps the work. Any other limit (workloads, answers,
//! a file too large without any history) cannot be helped by moving history: the merge
//! is refused, and nothing is to change. Every file, kept or moved, is checked as
//! written before it is handed out.

use std::rc::Rc;

use crate::work::{AgencyWork, ProviderWork};
use std::collections::HashSet;

use crate::date::Date;
use crate::messages::{Describe, Message, M};
use crate::report::limits::{self, Limits};
use crate::report::load::{Counted, LoadProblem};
use crate::report::writable::{self, check_report, check_session, OverLimit, Written};
use crate::report::{draft_agency_report, draft_provider_report, write_report, Role};
use crate::session::Session;
use crate::team::{AgencyHistory, History};
use crate::timestamp::Timestamp;

/// The work of both roles, as a merge leaves it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Work {
    pub provider: ProviderWork,
    pub agency: AgencyWork,
}

/// The files the work must still read back from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Files {
    pub provider_report: bool,
    pub agency_report: bool,
    /// The work saved in the browser: both roles in one file.
    pub session: bool,
}

impl Files {
    /// The report of one role (the CLI writes one).
    pub const fn report(role: Role) -> Files {
        Files {
            provider_report: matches!(role, Role::Provider),
            agency_report: matches!(role, Role::Agency),
            session: false,
        }
    }

    /// Everything the app writes of the work: its autosave and either report.
    pub const APP: Files = Files { provider_report: true, agency_report: true, session: true };
}

/// The texts of the files checked, as written (the caller may write them as they are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub provider: Option<String>,
    pub agency: Option<String>,
    pub session: Option<String>,
}

/// History moved out of a report of `role`: a report itself, holding only that history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryFile {
    pub role: Role,
    /// History entries it holds.
    pub entries: usize,
    pub text: String,
}

/// What was moved, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// The first file that would have passed a limit.
    pub why: OverLimit,
    pub entries: usize,
    /// Entries the work keeps.
    pub kept: usize,
    /// When the oldest and the newest moved were set aside.
    pub from: Timestamp,
    pub to: Timestamp,
}

impl Describe for Moved {
    fn describe(&self) -> Message {
        let what = match self.why.written {
            Written::Report(Role::Provider) => M::WrittenProviderReport,
            Written::Report(Role::Agency) => M::WrittenAgencyReport,
            Written::Session => M::WrittenSession,
            Written::History(_) => M::WrittenHistory,
        };
        Message::new(M::HistoryMoved)
            .term("what", what)
            .message("problem", writable::written_problem(&self.why.problem))
            .with("moved", self.entries)
            .with("kept", self.kept)
            .with("from", self.from.date())
            .with("to", self.to.date())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Within every limit as it is.
    Fits { work: Work, texts: Texts },
    /// Within every limit once the oldest history is in `files`: they must be saved
    /// before the work is kept.
    Moved { work: Work, texts: Texts, files: Vec<HistoryFile>, moved: Moved },
    /// Over a limit that moving history cannot bring it under: nothing is to change.
    Refused(OverLimit),
}

/// Where a history entry is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Pool {
    Answers,
    Workloads,
    Platforms,
}

impl Pool {
    const fn role(self) -> Role {
        match self {
            Pool::Answers => Role::Provider,
            Pool::Workloads | Pool::Platforms => Role::Agency,
        }
    }
}

/// One history entry: where it is, when it was set aside, and its bytes as written.
struct Entry<'a> {
    pool: Pool,
    key: &'a str,
    at: usize,
    when: (i64, String),
    merged_at: &'a Timestamp,
    bytes: usize,
}

fn entries_of<'a, T: serde::Serialize>(pool: Pool, history: &'a History<T>, out: &mut Vec<Entry<'a>>) {
    for (key, list) in history {
        for (at, entry) in list.iter().enumerate() {
            let bytes = serde_json::to_string(entry).map_or(0, |t| t.len());
            let when = entry.merged_at.instant_key();
            out.push(Entry { pool, key, at, when, merged_at: &entry.merged_at, bytes });
        }
    }
}

/// A file's bounds while history moves out of it.
struct Bound {
    roles: &'static [Role],
    count: usize,
    bytes: usize,
    max_count: usize,
    max_bytes: usize,
}

impl Bound {
    fn over(&self) -> bool {
        self.count > self.max_count || self.bytes > self.max_bytes
    }

    fn covers(&self, pool: Pool) -> bool {
        self.roles.contains(&pool.role())
    }
}

fn provider_report(inputs: &ProviderWork, generated_at: &str, as_of: Date) -> (String, Result<(), LoadProblem>) {
    let mut report = draft_provider_report(inputs, generated_at, as_of);
    let text = write_report(&mut report);
    let checked = check_report(&report, &text);
    (text, checked)
}

fn agency_report(inputs: &AgencyWork, generated_at: &str, as_of: Date) -> (String, Result<(), LoadProblem>) {
    let mut report = draft_agency_report(inputs, generated_at, as_of);
    let text = write_report(&mut report);
    let checked = check_report(&report, &text);
    (text, checked)
}

/// Each file of `work` in `files`, written and checked.
fn write(work: &Work, files: Files, generated_at: &str, as_of: Date) -> (Texts, Vec<(Written, usize, LoadProblem)>) {
    let mut texts = Texts::default();
    let mut over = Vec::new();
    let mut keep = |written: Written, (text, checked): (String, Result<(), LoadProblem>)| {
        if let Err(problem) = checked {
            over.push((written, text.len(), problem));
        }
        Some(text)
    };
    if files.provider_report {
        texts.provider = keep(Written::Report(Role::Provider), provider_report(&work.provider, generated_at, as_of));
    }
    if files.agency_report {
        texts.agency = keep(Written::Report(Role::Agency), agency_report(&work.agency, generated_at, as_of));
    }
    if files.session {
        let session = Session::new(work.provider.clone(), work.agency.clone());
        let text = session.to_json();
        let checked = check_session(&session, &text);
        texts.session = keep(Written::Session, (text, checked));
    }
    (texts, over)
}

/// What moving history can help with.
fn movable(problem: &LoadProblem) -> bool {
    matches!(problem, LoadProblem::TooMany { what: Counted::History, .. } | LoadProblem::TooLarge { .. })
}

/// `work` as `files` can hold it: as it is, with its oldest history moved to files of
/// its own, or refused. `generated_at` and `as_of` are the reports' (the merge's time).
pub fn fit(work: Work, files: Files, generated_at: &str, as_of: Date) -> Fit {
    let (texts, over) = write(&work, files, generated_at, as_of);
    let Some((first, _, problem)) = over.first() else { return Fit::Fits { work, texts } };
    if let Some((written, _, problem)) = over.iter().find(|(_, _, p)| !movable(p)) {
        return Fit::Refused(OverLimit { written: *written, problem: problem.clone() });
    }
    let why = OverLimit { written: *first, problem: problem.clone() };
    let limits = limits::current();
    let mut entries = Vec::new();
    entries_of(Pool::Answers, &work.provider.history, &mut entries);
    entries_of(Pool::Workloads, &work.agency.history.workloads, &mut entries);
    entries_of(Pool::Platforms, &work.agency.history.platforms, &mut entries);
    // Oldest first; the same time in the order the files keep them.
    entries.sort_by(|a, b| (&a.when, a.pool, a.key, a.at).cmp(&(&b.when, b.pool, b.key, b.at)));

    let mut bounds = Vec::new();
    for (written, text, roles) in [
        (Written::Report(Role::Provider), &texts.provider, &[Role::Provider][..]),
        (Written::Report(Role::Agency), &texts.agency, &[Role::Agency][..]),
        (Written::Session, &texts.session, &[Role::Provider, Role::Agency][..]),
    ] {
        let Some(text) = text else { continue };
        let mut bound = Bound { roles, count: 0, bytes: text.len(), max_count: 0, max_bytes: 0 };
        let history_bytes: usize = entries.iter().filter(|e| bound.covers(e.pool)).map(|e| e.bytes).sum();
        bound.count = entries.iter().filter(|e| bound.covers(e.pool)).count();
        let failed = over.iter().find(|(w, _, _)| *w == written).map(|(_, _, p)| p);
        bound.max_count = match failed {
            Some(LoadProblem::TooMany { .. }) => Limits::margin(limits.history),
            _ => limits.history,
        };
        // What the file is without any history: over the limit, no move helps.
        let rest = bound.bytes.saturating_sub(history_bytes);
        if rest > limits.bytes {
            let problem = LoadProblem::TooLarge { bytes: bound.bytes };
            return Fit::Refused(OverLimit { written, problem });
        }
        bound.max_bytes = match failed {
            Some(LoadProblem::TooLarge { .. }) if rest <= Limits::margin(limits.bytes) => Limits::margin(limits.bytes),
            _ => limits.bytes,
        };
        bounds.push(bound);
    }
    // Each file in turn moves its oldest entries until it is within its bounds; what
    // one moves counts for every file holding it. An entry is at least its own bytes
    // and a comma in any file that holds it, so the files end within their bounds.
    let mut moved = vec![false; entries.len()];
    for b in 0..bounds.len() {
        let mut next = 0;
        while bounds[b].over() {
            let Some(at) = (next..entries.len()).find(|&i| !moved[i] && bounds[b].covers(entries[i].pool)) else {
                break;
            };
            moved[at] = true;
            next = at + 1;
            for bound in bounds.iter_mut().filter(|bound| bound.covers(entries[at].pool)) {
                bound.count -= 1;
                bound.bytes = bound.bytes.saturating_sub(entries[at].bytes + 1);
            }
        }
    }
    let out: HashSet<(Pool, &str, usize)> =
        entries.iter().zip(&moved).filter(|(_, m)| **m).map(|(e, _)| (e.pool, e.key, e.at)).collect();
    // Oldest first: the first and the last moved are when the moved were set aside.
    let (from, to) = {
        let mut times = entries.iter().zip(&moved).filter(|(_, m)| **m).map(|(e, _)| e.merged_at);
        let first = times.next().cloned();
        (first.clone(), times.next_back().cloned().or(first))
    };
    let (Some(from), Some(to)) = (from, to) else {
        return Fit::Refused(why);
    };
    let total = entries.len();
    let count = out.len();
    let (kept_answers, moved_answers) = split(&work.provider.history, Pool::Answers, &out);
    let (kept_workloads, moved_workloads) = split(&work.agency.history.workloads, Pool::Workloads, &out);
    let (kept_platforms, moved_platforms) = split(&work.agency.history.platforms, Pool::Platforms, &out);
    // The first texts and the entries are done with: a large work is held once more at most.
    drop((out, entries, texts));
    let mut kept = work;
    kept.provider.history = Rc::new(kept_answers);
    kept.agency.history = Rc::new(AgencyHistory { workloads: kept_workloads, platforms: kept_platforms });
    let (texts, over) = write(&kept, files, generated_at, as_of);
    if let Some((written, _, problem)) = over.into_iter().next() {
        return Fit::Refused(OverLimit { written, problem });
    }
    let mut history_files = Vec::new();
    let roles = [
        (Role::Provider, sizes(Pool::Answers, &moved_answers)),
        (
            Role::Agency,
            sizes(Pool::Workloads, &moved_workloads)
                .into_iter()
                .chain(sizes(Pool::Platforms, &moved_platforms))
                .collect(),
        ),
    ];
    for (role, sizes) in roles {
        if sizes.is_empty() {
            continue;
        }
        let write = |part: &[Segment]| match role {
            Role::Provider => {
                let inputs = ProviderWork {
                    profile: kept.provider.profile.clone(),
                    catalogs: kept.provider.catalogs.clone(),
                    history: take(&moved_answers, Pool::Answers, part).into(),
                    ..ProviderWork::default()
                };
                provider_report(&inputs, generated_at, as_of)
            }
            Role::Agency => {
                let history = AgencyHistory {
                    workloads: take(&moved_workloads, Pool::Workloads, part),
                    platforms: take(&moved_platforms, Pool::Platforms, part),
                };
                agency_report(&AgencyWork { history: history.into(), ..AgencyWork::default() }, generated_at, as_of)
            }
        };
        for part in cut(&sizes, write(&[]).0.len(), &limits) {
            let (text, checked) = write(&part);
            if let Err(problem) = checked {
                return Fit::Refused(OverLimit { written: Written::History(role), problem });
            }
            let entries = part.iter().map(|s| s.end - s.start).sum();
            history_files.push(HistoryFile { role, entries, text });
        }
    }
    let moved = Moved { why, entries: count, kept: total - count, from, to };
    Fit::Moved { work: kept, texts, files: history_files, moved }
}

/// A run of one key's history entries (`start..end` of its list).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Segment {
    pool: Pool,
    key: String,
    start: usize,
    end: usize,
}

/// Each entry's key and bytes as written, in the history's own order.
fn sizes<T: serde::Serialize>(pool: Pool, history: &History<T>) -> Vec<(Pool, &str, usize)> {
    let mut sizes = Vec::new();
    for (key, list) in history {
        sizes.extend(list.iter().map(|e| (pool, key.as_str(), serde_json::to_string(e).map_or(0, |t| t.len()))));
    }
    sizes
}

/// Entries cut, in order, into as few files as hold them within the margins: a file
/// without history is `empty` bytes, an entry costs its bytes and a comma, a key its
/// own line. Each file is checked as written all the same.
fn cut(sizes: &[(Pool, &str, usize)], empty: usize, limits: &Limits) -> Vec<Vec<Segment>> {
    let (max_count, max_bytes) = (Limits::margin(limits.history).max(1), Limits::margin(limits.bytes));
    let mut parts: Vec<Vec<Segment>> = Vec::new();
    let (mut count, mut bytes) = (0, empty);
    let mut at = 0;
    let mut previous: Option<(Pool, &str)> = None;
    for &(pool, key, size) in sizes {
        at = if previous == Some((pool, key)) { at + 1 } else { 0 };
        previous = Some((pool, key));
        let key_bytes = key.len() * 6 + 24;
        if parts.is_empty() || (count > 0 && (count + 1 > max_count || bytes + size + 1 + key_bytes > max_bytes)) {
            parts.push(Vec::new());
            (count, bytes) = (0, empty);
        }
        let part = parts.last_mut().expect("a part is open");
        match part.last_mut() {
            Some(s) if s.pool == pool && s.key == key && s.end == at => s.end += 1,
            _ => {
                part.push(Segment { pool, key: key.to_string(), start: at, end: at + 1 });
                bytes += key_bytes;
            }
        }
        count += 1;
        bytes += size + 1;
    }
    parts
}

/// The entries of `pool` that `part` names, from `history`.
fn take<T: Clone>(history: &History<T>, pool: Pool, part: &[Segment]) -> History<T> {
    let mut taken = History::new();
    for s in part.iter().filter(|s| s.pool == pool) {
        if let Some(list) = history.get(&s.key) {
            taken
                .entry(s.key.clone())
                .or_insert_with(Vec::new)
                .extend_from_slice(&list[s.start..s.end.min(list.len())]);
        }
    }
    taken
}

/// `history` split into what stays and what moves (`out`), each in its own order.
fn split<T: Clone>(history: &History<T>, pool: Pool, out: &HashSet<(Pool, &str, usize)>) -> (History<T>, History<T>) {
    let (mut kept, mut moved) = (History::new(), History::new());
    for (key, list) in history {
        for (at, entry) in list.iter().enumerate() {
            let side = if out.contains(&(pool, key.as_str(), at)) { &mut moved } else { &mut kept };
            side.entry(key.clone()).or_insert_with(Vec::new).push(entry.clone());
        }
    }
    (kept, moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agency::Workload;
    use crate::report::limits::scoped;
    use crate::team::Superseded;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn day() -> Date {
        Date::from_ymd(2026, 12, 1).unwrap()
    }

    /// An agency whose history has `n` entries for one workload, set aside an hour apart.
    fn agency_with_history(n: usize) -> AgencyWork {
        let workload = Workload { name: "门户".into(), mlps_level: Some(2), ..Workload::default() };
        let mut agency = AgencyWork { workloads: vec![workload.clone()].into(), ..AgencyWork::default() };
        let list = (0..n)
            .map(|i| Superseded {
                value: Workload { description: format!("第 {i} 版"), ..workload.clone() },
                from: format!("file{i}.json"),
                signer: String::new(),
                merged_at: at(&format!("2026-12-01T{:02}:00:00Z", i % 24)),
            })
            .collect();
        agency.history_mut().workloads.insert("门户".into(), list);
        agency
    }

    #[test]
    fn within_the_limits_nothing_moves() {
        let work = Work { agency: agency_with_history(5), ..Work::default() };
        let fit = scoped(Limits { history: 5, ..Limits::READ }, || {
            fit(work.clone(), Files::APP, "2026-12-01T08:00:00Z", day())
        });
        assert!(matches!(fit, Fit::Fits { work: ref kept, .. } if *kept == work), "{fit:?}");
    }

    #[test]
    fn over_the_history_limit_the_oldest_move_to_a_file_that_reads_back() {
        let work = Work { agency: agency_with_history(12), ..Work::default() };
        let limits = Limits { history: 10, ..Limits::READ };
        scoped(limits, || {
            let Fit::Moved { work: kept, texts, files, moved } =
                fit(work.clone(), Files::report(Role::Agency), "2026-12-01T08:00:00Z", day())
            else {
                panic!("history moves")
            };
            assert_eq!((moved.entries, moved.kept), (4, 8), "down to four fifths of 10");
            let list = &kept.agency.history.workloads["门户"];
            assert_eq!(list[0].from, "file4.json", "the newest are kept, in their order");
            assert_eq!(files.len(), 1);
            let back = crate::report::load_inputs(files[0].text.as_bytes()).unwrap().report.agency_work().unwrap();
            let aside: Vec<_> = back.history.workloads["门户"].iter().map(|s| s.from.as_str()).collect();
            assert_eq!(aside, ["file0.json", "file1.json", "file2.json", "file3.json"]);
            assert!(crate::report::load_inputs(texts.agency.unwrap().as_bytes()).is_ok());
            assert_eq!(moved.from, at("2026-12-01T00:00:00Z"));
            assert_eq!(moved.to, at("2026-12-01T03:00:00Z"));
        });
    }

    #[test]
    fn a_limit_history_cannot_help_is_a_refusal() {
        let mut agency = agency_with_history(1);
        agency.workloads_mut().push(Workload { name: "OA".into(), ..Workload::default() });
        let work = Work { agency, ..Work::default() };
        let fit =
            scoped(Limits { workloads: 1, ..Limits::READ }, || fit(work, Files::APP, "2026-12-01T08:00:00Z", day()));
        let Fit::Refused(over) = fit else { panic!("refused: {fit:?}") };
        assert_eq!(over.problem, LoadProblem::TooMany { what: Counted::Workloads, count: 2, limit: 1 });
    }
}
