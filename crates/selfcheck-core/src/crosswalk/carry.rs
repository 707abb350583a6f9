//! Answering once: an answer a person gave one of a group of equal items stands for
//! the rest (carried, marked with its source) until someone answers one of them; across
//! the other relations an answer is only proposed, and counts once a person confirms
//! it. A carried answer never replaces one a person gave.

use std::cmp::Reverse;

use super::model::RelationKind;
use super::relations::Relations;
use crate::{Answer, Answers, Status, Timestamp};

/// How far a status is from "met": the most restrictive of several wins.
const fn strictness(status: Status) -> u8 {
    match status {
        Status::NotMet => 0,
        Status::Partial => 1,
        Status::Met => 2,
        Status::NotApplicable => 3,
    }
}

/// The most restrictive of some statuses.
pub fn most_restrictive(statuses: impl IntoIterator<Item = Status>) -> Option<Status> {
    statuses.into_iter().min_by_key(|&s| strictness(s))
}

/// Brings every carried answer in line with the answers people gave: carries the most
/// restrictive given answer of each group (the newest among equals) to its unanswered
/// members, and takes back what no given answer supports any more. Returns how many
/// answers changed; running it twice changes nothing the second time.
pub fn carry(relations: &Relations, answers: &mut Answers) -> usize {
    let mut changed = 0;
    for group in relations.groups() {
        let source = strictest_given(group, answers).map(|(id, answer, _)| (id.clone(), answer.clone()));
        for member in group {
            let current = answers.get(member).cloned().unwrap_or_default();
            if current.given_status().is_some() {
                continue;
            }
            let wanted = match &source {
                Some((from, answer)) if from != member => carried(current.clone(), from, answer),
                _ => taken_back(current.clone()),
            };
            changed += usize::from(store(answers, member, &current, wanted));
        }
    }
    // A carried answer outside every group (its relation gone with a catalog) goes too.
    let orphans: Vec<String> = answers
        .iter()
        .filter(|(id, answer)| answer.carried_from().is_some() && relations.group(id).is_none())
        .map(|(id, _)| id.clone())
        .collect();
    for id in orphans {
        let current = answers[&id].clone();
        changed += usize::from(store(answers, &id, &current, taken_back(current.clone())));
    }
    changed
}

/// The answer a group's unanswered items carry: the most restrictive a person gave, the
/// newest among equals (then the first by id), with its item and status.
pub(crate) fn strictest_given<'a>(
    group: &'a [String],
    answers: &'a Answers,
) -> Option<(&'a String, &'a Answer, Status)> {
    group
        .iter()
        .filter_map(|id| {
            let answer = answers.get(id)?;
            answer.given_status()?;
            Some((id, answer, answer.effective_status()?))
        })
        .min_by_key(|(id, answer, status)| {
            let newest_first = Reverse(answer.details().answered_at.as_ref().map(Timestamp::instant_key));
            (strictness(*status), newest_first, *id)
        })
}

/// Stores `wanted` unless it is what is there; an empty answer is not kept.
fn store(answers: &mut Answers, id: &str, current: &Answer, wanted: Answer) -> bool {
    if *current == wanted {
        return false;
    }
    if wanted.is_empty() {
        answers.remove(id);
    } else {
        answers.insert(id.to_string(), wanted);
    }
    true
}

/// The item's own details (owner, dates, notes) with the source's status, reason for
/// "not applicable", who and when.
fn carried(mut answer: Answer, from: &str, source: &Answer) -> Answer {
    let given = source.details();
    answer.set_status(source.status());
    answer.edit_details(|d| {
        d.justification = given.justification.clone();
        d.answered_by = given.answered_by.clone();
        d.answered_at = given.answered_at.clone();
        d.carried_from = from.to_string();
    });
    answer
}

/// What is left of an item's answer once a carried status is taken back: what was
/// entered for the item itself (its owner, notes, evidence, dates). A merge and a
/// questionnaire handed out take this much of a carried answer, never its status.
pub fn taken_back(mut answer: Answer) -> Answer {
    if answer.carried_from().is_none() {
        return answer;
    }
    answer.set_status(None);
    answer.edit_details(|d| {
        d.justification.clear();
        d.answered_by.clear();
        d.answered_at = None;
        d.carried_from.clear();
    });
    answer
}

/// What an answer to a related item suggests for this one (`kind`: what this item is to
/// the source), never more favourable than the source and never more than follows from
/// it: a source that covers all this item asks (this is its subset) met suggests met; a
/// source that covers part of it (its superset or an overlap) met suggests "partially
/// met"; a part of this item not met or partly met means this one is no better; a
/// source wider than this item, or overlapping it, not met says nothing of it (the
/// failing part may lie outside it), nor does "not applicable".
pub const fn suggested(kind: RelationKind, source: Status) -> Option<Status> {
    match (kind, source) {
        (_, Status::NotApplicable) => None,
        (RelationKind::Equal, status) => Some(status),
        (RelationKind::Subset, Status::Met) => Some(Status::Met),
        (RelationKind::Superset | RelationKind::Intersect, Status::Met) => Some(Status::Partial),
        (RelationKind::Superset, status) => Some(status),
        (RelationKind::Subset | RelationKind::Intersect, _) => None,
    }
}

/// A status proposed for an unanswered item from its related items' answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub status: Status,
    /// Each related item that suggests something: its id, what this item is to it, its
    /// status. The proposal is the most restrictive of their suggestions.
    pub from: Vec<(String, RelationKind, Status)>,
}

/// The proposal for an item no one answered (none for an answered or carried one).
pub fn propose(relations: &Relations, answers: &Answers, id: &str) -> Option<Proposal> {
    if answers.get(id).and_then(Answer::status).is_some() {
        return None;
    }
    let from: Vec<(String, RelationKind, Status)> = relations
        .of(id)
        .iter()
        .filter(|edge| edge.kind != RelationKind::Equal)
        .filter_map(|edge| {
            let status = answers.get(&edge.related)?.effective_status()?;
            suggested(edge.kind, status)?;
            Some((edge.related.clone(), edge.kind, status))
        })
        .collect();
    let status = most_restrictive(from.iter().filter_map(|(_, kind, status)| suggested(*kind, *status)))?;
    Some(Proposal { status, from })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crosswalk::relations::Origin;
    use RelationKind::*;

    fn relations(pairs: &[(&str, &str, RelationKind)]) -> Relations<'static> {
        Relations::from_pairs(pairs.iter().map(|&(a, b, k)| (a, b, k, Origin::Loaded)))
    }

    fn given(status: Status, by: &str, at: &str) -> Answer {
        let mut answer = Answer::with_status(status);
        answer.stamp(by, Timestamp::parse(at).unwrap(), None);
        answer
    }

    fn statuses(answers: &Answers) -> Vec<(&str, Option<Status>, Option<&str>)> {
        answers.iter().map(|(id, a)| (id.as_str(), a.status(), a.carried_from())).collect()
    }

    #[test]
    fn one_answer_stands_for_its_group_and_goes_when_taken_back() {
        let r = relations(&[("A", "B", Equal), ("A", "C", Equal), ("D", "A", Subset)]);
        let mut answers = Answers::new();
        answers.insert("B".into(), given(Status::Met, "运维部", "2026-12-01T08:00:00Z"));
        assert_eq!(carry(&r, &mut answers), 2);
        assert_eq!(
            statuses(&answers),
            [("A", Some(Status::Met), Some("B")), ("B", Some(Status::Met), None), ("C", Some(Status::Met), Some("B"))]
        );
        assert_eq!(answers["A"].details().answered_by, "运维部", "who answered travels with it");
        assert_eq!(carry(&r, &mut answers), 0, "carrying twice changes nothing");
        answers.remove("B");
        assert_eq!(carry(&r, &mut answers), 2);
        assert!(answers.is_empty(), "{answers:?}");
    }

    #[test]
    fn a_given_answer_is_never_replaced_and_the_strictest_is_carried() {
        let r = relations(&[("A", "B", Equal), ("A", "C", Equal)]);
        let mut answers = Answers::new();
        answers.insert("A".into(), given(Status::Met, "甲", "2026-12-02T08:00:00Z"));
        answers.insert("B".into(), given(Status::NotMet, "乙", "2026-12-01T08:00:00Z"));
        carry(&r, &mut answers);
        assert_eq!(
            statuses(&answers),
            [("A", Some(Status::Met), None), ("B", Some(Status::NotMet), None), ("C", Some(Status::NotMet), Some("B"))]
        );
    }

    #[test]
    fn the_item_keeps_its_owner_and_a_not_applicable_its_reason() {
        let r = relations(&[("A", "B", Equal)]);
        let mut answers = Answers::new();
        answers.insert("A".into(), Answer::default().with_details(|d| d.owner = "网络组".into()));
        let mut na = given(Status::NotApplicable, "乙", "2026-12-01T08:00:00Z");
        na.edit_details(|d| d.justification = "不提供 IaaS".into());
        answers.insert("B".into(), na);
        carry(&r, &mut answers);
        let a = &answers["A"];
        assert_eq!((a.effective_status(), a.details().owner.as_str()), (Some(Status::NotApplicable), "网络组"));
        answers.remove("B");
        carry(&r, &mut answers);
        assert_eq!(answers["A"], Answer::default().with_details(|d| d.owner = "网络组".into()));
    }

    #[test]
    fn an_answer_carried_under_a_relation_now_gone_is_taken_back() {
        let mut answers = Answers::new();
        answers.insert("A".into(), Answer::with_status(Status::Met).with_details(|d| d.carried_from = "B".into()));
        assert_eq!(carry(&relations(&[]), &mut answers), 1);
        assert!(answers.is_empty());
    }

    #[test]
    fn proposals_are_never_more_favourable_than_their_sources() {
        let r = relations(&[("X", "S", Subset), ("X", "P", Superset), ("X", "I", Intersect)]);
        let mut answers = Answers::new();
        answers.insert("S".into(), Answer::with_status(Status::Met));
        assert_eq!(propose(&r, &answers, "X").unwrap().status, Status::Met, "S covers all X asks");
        answers.insert("P".into(), Answer::with_status(Status::Met));
        let proposal = propose(&r, &answers, "X").unwrap();
        assert_eq!(proposal.status, Status::Partial, "P covers only part of X");
        assert_eq!(proposal.from.len(), 2);
        answers.insert("I".into(), Answer::with_status(Status::NotMet));
        assert_eq!(propose(&r, &answers, "X").unwrap().status, Status::Partial, "an overlap not met says nothing");
        answers.insert("P".into(), Answer::with_status(Status::NotMet));
        assert_eq!(propose(&r, &answers, "X").unwrap().status, Status::NotMet, "a part of X not met");
        answers.insert("S".into(), Answer::with_status(Status::NotMet));
        assert_eq!(propose(&r, &answers, "X").unwrap().status, Status::NotMet);
        assert_eq!(suggested(RelationKind::Subset, Status::NotMet), None, "a wider item not met says nothing of X");
        answers.insert("X".into(), Answer::with_status(Status::Met));
        assert_eq!(propose(&r, &answers, "X"), None, "an answered item is not proposed to");
        for kind in RelationKind::ALL {
            for status in [Status::Met, Status::Partial, Status::NotMet] {
                if let Some(s) = suggested(kind, status) {
                    assert!(strictness(s) <= strictness(status), "{kind:?} {status:?}");
                }
            }
        }
    }
}
