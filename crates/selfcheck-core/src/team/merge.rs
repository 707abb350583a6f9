//! The one merge rule, for answers by item id and for workloads and platforms by name.
//!
//! Per key: a value the work already has stays unless a file brings a different one; a
//! file's value is applied where the work has none and no other file disagrees;
//! anything else is a conflict between every different value, and a person chooses.
//! Whatever is not chosen is kept as the key's history: a merge loses nothing.

use std::collections::HashMap;

use crate::timestamp::Timestamp;

/// Where a value comes from: the work being merged into, or the n-th file merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Yours,
    File(usize),
}

/// What the merge needs to know of a value.
pub trait Mergeable: Clone {
    /// Nothing a merge would carry (an answer that only names its owner).
    fn is_blank(&self) -> bool;
    /// The same content, whoever recorded it and when.
    fn same_as(&self, other: &Self) -> bool;
    /// When it was recorded, if it says.
    fn recorded_at(&self) -> Option<&Timestamp> {
        None
    }
    /// This value taking the place of `yours`: what only the work decides (an answer's
    /// owner) is kept from it.
    fn taking_over(self, _yours: &Self) -> Self {
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<T> {
    pub value: T,
    pub side: Side,
}

/// Different values for one key; the work's own first, if it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict<T> {
    pub key: String,
    pub candidates: Vec<Candidate<T>>,
}

/// What merging some files into the work would do, before anyone chooses.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan<T> {
    /// Values applied without a question: the key and the value as it will stand.
    pub applied: Vec<(String, Candidate<T>)>,
    pub conflicts: Vec<Conflict<T>>,
}

impl<T> Default for Plan<T> {
    fn default() -> Self {
        Plan { applied: Vec::new(), conflicts: Vec::new() }
    }
}

/// Which value a conflict takes when nobody picks one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// The work's own value (where it has none, nothing is chosen).
    Yours,
    /// The value of the last file given that has one.
    Theirs,
    /// The most recently recorded: the value's own time, else its file's.
    Newest,
}

/// Plans merging `files` (each a list of keyed values, in file order) into the work,
/// whose value for a key `yours` gives. Keys keep the order they are first met in.
pub fn plan<'a, T: Mergeable + 'a>(yours: impl Fn(&str) -> Option<&'a T>, files: &[Vec<(&'a str, &'a T)>]) -> Plan<T> {
    let mut order: Vec<&str> = Vec::new();
    let mut offered: HashMap<&str, Vec<Candidate<&T>>> = HashMap::new();
    for (n, file) in files.iter().enumerate() {
        for &(key, value) in file {
            if value.is_blank() {
                continue;
            }
            let candidates = offered.entry(key).or_insert_with(|| {
                order.push(key);
                Vec::new()
            });
            if !candidates.iter().any(|c| c.value.same_as(value)) {
                candidates.push(Candidate { value, side: Side::File(n) });
            }
        }
    }
    let mut plan = Plan::default();
    for key in order {
        let mine = yours(key).filter(|v| !v.is_blank());
        let theirs: Vec<Candidate<T>> = offered
            .remove(key)
            .unwrap_or_default()
            .into_iter()
            .filter(|c| !mine.is_some_and(|m| m.same_as(c.value)))
            .map(|c| Candidate { value: c.value.clone(), side: c.side })
            .collect();
        match (mine, theirs.len()) {
            (_, 0) => {}
            (None, 1) => {
                let mut candidate = theirs.into_iter().next().expect("one candidate");
                if let Some(blank) = yours(key) {
                    candidate.value = candidate.value.taking_over(blank);
                }
                plan.applied.push((key.to_string(), candidate));
            }
            (mine, _) => {
                let own = mine.map(|m| Candidate { value: m.clone(), side: Side::Yours });
                let candidates = own.into_iter().chain(theirs).collect();
                plan.conflicts.push(Conflict { key: key.to_string(), candidates });
            }
        }
    }
    plan
}

impl<T: Mergeable> Conflict<T> {
    /// The candidate `prefer` takes, if any. `file_time` is when each file was made.
    pub fn preferred(&self, prefer: Prefer, file_time: impl Fn(Side) -> Option<Timestamp>) -> Option<usize> {
        match prefer {
            Prefer::Yours => self.candidates.iter().position(|c| c.side == Side::Yours),
            Prefer::Theirs => self.candidates.iter().rposition(|c| c.side != Side::Yours),
            Prefer::Newest => {
                let time = |c: &Candidate<T>| c.value.recorded_at().cloned().or_else(|| file_time(c.side));
                // Max by time; a value without one is the oldest; a tie goes to the later.
                let newest = self.candidates.iter().enumerate().max_by(|(_, a), (_, b)| match (time(a), time(b)) {
                    (Some(a), Some(b)) => a.cmp_instant(&b),
                    (a, b) => a.is_some().cmp(&b.is_some()),
                });
                newest.map(|(at, _)| at)
            }
        }
    }
}

/// A plan once every conflict is decided: what to set, and what was set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved<T> {
    pub set: Vec<(String, T)>,
    /// Values not taken, by key: the work's own among them when another was chosen.
    pub set_aside: Vec<(String, Candidate<T>)>,
}

/// Decides every conflict of `plan` by `choose` (the candidate's index, or `None` to keep
/// the work's value: a key the work has no value for is then left without one). Every
/// candidate not chosen is set aside, never dropped.
pub fn resolve<T: Mergeable>(plan: Plan<T>, mut choose: impl FnMut(&Conflict<T>) -> Option<usize>) -> Resolved<T> {
    let mut set: Vec<(String, T)> = plan.applied.into_iter().map(|(key, c)| (key, c.value)).collect();
    let mut set_aside = Vec::new();
    for conflict in plan.conflicts {
        let chosen = choose(&conflict).filter(|&at| at < conflict.candidates.len());
        let yours = conflict.candidates.iter().find(|c| c.side == Side::Yours).map(|c| c.value.clone());
        for (at, candidate) in conflict.candidates.into_iter().enumerate() {
            match (Some(at) == chosen, candidate.side) {
                (true, Side::Yours) => {}
                (true, Side::File(_)) => {
                    let value = match &yours {
                        Some(yours) => candidate.value.taking_over(yours),
                        None => candidate.value,
                    };
                    set.push((conflict.key.clone(), value));
                }
                // Undecided, the work keeps its own value.
                (false, Side::Yours) if chosen.is_none() => {}
                (false, _) => set_aside.push((conflict.key.clone(), candidate)),
            }
        }
    }
    Resolved { set, set_aside }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value with a time, blank when empty.
    #[derive(Clone, Debug, PartialEq)]
    struct V(&'static str, Option<Timestamp>);

    impl Mergeable for V {
        fn is_blank(&self) -> bool {
            self.0.is_empty()
        }
        fn same_as(&self, other: &V) -> bool {
            self.0 == other.0
        }
        fn recorded_at(&self) -> Option<&Timestamp> {
            self.1.as_ref()
        }
    }

    fn files<'a>(lists: &'a [Vec<(&'a str, V)>]) -> Vec<Vec<(&'a str, &'a V)>> {
        lists.iter().map(|l| l.iter().map(|(k, v)| (*k, v)).collect()).collect()
    }

    #[test]
    fn new_values_apply_equal_ones_are_nothing_and_different_ones_conflict() {
        let yours: HashMap<&str, V> = [("a", V("met", None)), ("b", V("", None))].into();
        let lists = vec![
            vec![("a", V("met", None)), ("b", V("partial", None)), ("c", V("met", None))],
            vec![("c", V("not_met", None)), ("d", V("", None))],
        ];
        let plan = plan(|k| yours.get(k), &files(&lists));
        assert_eq!(plan.applied, vec![("b".to_string(), Candidate { value: V("partial", None), side: Side::File(0) })]);
        assert_eq!(plan.conflicts.len(), 1, "c: two files disagree, though the work has nothing");
        assert_eq!(plan.conflicts[0].key, "c");
        assert_eq!(
            plan.conflicts[0].candidates.iter().map(|c| c.side).collect::<Vec<_>>(),
            [Side::File(0), Side::File(1)]
        );
    }

    #[test]
    fn what_is_not_chosen_is_set_aside_and_undecided_keeps_yours() {
        let yours: HashMap<&str, V> = [("a", V("met", None))].into();
        let lists = vec![vec![("a", V("not_met", None))], vec![("a", V("partial", None))]];
        let planned = plan(|k| yours.get(k), &files(&lists));
        assert_eq!(planned.conflicts[0].candidates.len(), 3);

        let taken = resolve(planned.clone(), |_| Some(2));
        assert_eq!(taken.set, vec![("a".to_string(), V("partial", None))]);
        let aside: Vec<_> = taken.set_aside.iter().map(|(_, c)| (c.side, c.value.0)).collect();
        assert_eq!(aside, [(Side::Yours, "met"), (Side::File(0), "not_met")]);

        let undecided = resolve(planned, |_| None);
        assert!(undecided.set.is_empty(), "the work keeps its value");
        assert_eq!(undecided.set_aside.len(), 2, "both files' values kept as history");
    }

    #[test]
    fn preferences_pick_yours_the_last_file_or_the_newest() {
        let t = |s: &str| Timestamp::parse(s);
        let conflict = Conflict {
            key: "a".into(),
            candidates: vec![
                Candidate { value: V("met", None), side: Side::Yours },
                Candidate { value: V("partial", None), side: Side::File(0) },
                Candidate { value: V("not_met", None), side: Side::File(1) },
            ],
        };
        let times = |side: Side| match side {
            Side::Yours => None,
            Side::File(0) => t("2026-12-01T10:00:00+08:00"),
            Side::File(_) => t("2026-12-01T01:00:00Z"),
        };
        assert_eq!(conflict.preferred(Prefer::Yours, times), Some(0));
        assert_eq!(conflict.preferred(Prefer::Theirs, times), Some(2));
        assert_eq!(conflict.preferred(Prefer::Newest, times), Some(1), "10:00+08:00 is 02:00Z, after 01:00Z");
        let mut stamped = conflict.clone();
        stamped.candidates[0].value.1 = t("2026-12-01T03:00:00Z");
        assert_eq!(stamped.preferred(Prefer::Newest, times), Some(0), "a value's own time beats its file's");
        let no_file = |_: Side| None;
        assert_eq!(conflict.preferred(Prefer::Yours, no_file), Some(0));
        assert_eq!(conflict.preferred(Prefer::Newest, no_file), Some(2), "no times at all: the last given");
    }
}
