//! Answers that cannot all be true: equal items answered differently, and an item met
//! while a part of it (its subset) is not. Derived, never entered: the report writes
//! them as its `consistency` section, `validate` warns of them.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::RelationKind;
use super::relations::Relations;
use crate::{Answer, Answers, Status, Timestamp};

/// Two answers that contradict each other.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contradiction {
    pub kind: ContradictionKind,
    /// For `superset_met`, the item met.
    pub first: Side,
    /// For `superset_met`, the part of it that is not.
    pub second: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContradictionKind {
    /// Two items that ask the same fact, answered differently.
    EqualDiffers,
    /// An item met while an item asking part of it is not (or only partly).
    SupersetMet,
}

impl ContradictionKind {
    /// The code in files (`equal_differs`, `superset_met`).
    pub const fn code(self) -> &'static str {
        match self {
            ContradictionKind::EqualDiffers => "equal_differs",
            ContradictionKind::SupersetMet => "superset_met",
        }
    }
}

/// One of the two answers: the item, its status, who gave it and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub item: String,
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answered_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<Timestamp>,
    /// Set when the status was carried here from this equal item.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub carried_from: String,
}

impl Side {
    fn of(item: &str, answer: &Answer, status: Status) -> Side {
        let details = answer.details();
        Side {
            item: item.to_string(),
            status,
            answered_by: details.answered_by.clone(),
            answered_at: details.answered_at.clone(),
            carried_from: details.carried_from.clone(),
        }
    }
}

/// Every contradiction among the answers, equal items first, each pair once. In a group
/// of equal items, each answer given otherwise than the one its unanswered items carry
/// (the strictest) is paired with that one: one pair per dissenting item, never one per
/// two of them (a sheet may make hundreds of items equal to one built-in item).
pub fn contradictions(relations: &Relations, answers: &Answers) -> Vec<Contradiction> {
    let mut found = Vec::new();
    for group in relations.groups() {
        let Some((reference, reference_answer, reference_status)) = super::carry::strictest_given(group, answers)
        else {
            continue;
        };
        for id in group.iter().filter(|id| *id != reference) {
            let Some(answer) = answers.get(id).filter(|a| a.given_status().is_some()) else { continue };
            let Some(status) = answer.effective_status().filter(|s| *s != reference_status) else { continue };
            let (one, other) = (Side::of(reference, reference_answer, reference_status), Side::of(id, answer, status));
            let (first, second) = if one.item < other.item { (one, other) } else { (other, one) };
            found.push(Contradiction { kind: ContradictionKind::EqualDiffers, first, second });
        }
    }
    // A group answers once: the same pair of groups is reported once.
    let lead = |id: &str| relations.group(id).map_or(id.to_string(), |g| g[0].clone());
    let mut seen = HashSet::new();
    let mut parts: Vec<(&String, &Answer)> = answers.iter().collect();
    parts.sort_by(|a, b| (a.1.carried_from().is_some(), a.0).cmp(&(b.1.carried_from().is_some(), b.0)));
    for (part, part_answer) in parts {
        let Some(part_status @ (Status::Partial | Status::NotMet)) = part_answer.effective_status() else { continue };
        for edge in relations.of(part).iter().filter(|edge| edge.kind == RelationKind::Subset) {
            let Some(whole_answer) = answers.get(&edge.related) else { continue };
            if whole_answer.effective_status() != Some(Status::Met) || !seen.insert((lead(&edge.related), lead(part))) {
                continue;
            }
            found.push(Contradiction {
                kind: ContradictionKind::SupersetMet,
                first: Side::of(&edge.related, whole_answer, Status::Met),
                second: Side::of(part, part_answer, part_status),
            });
        }
    }
    found.sort_by(|a, b| (a.kind, &a.first.item, &a.second.item).cmp(&(b.kind, &b.first.item, &b.second.item)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crosswalk::carry::carry;
    use crate::crosswalk::relations::Origin;
    use RelationKind::*;

    fn relations(pairs: &[(&str, &str, RelationKind)]) -> Relations<'static> {
        Relations::from_pairs(pairs.iter().map(|&(a, b, k)| (a, b, k, Origin::Loaded)))
    }

    #[test]
    fn a_kind_s_code_is_how_files_write_it() {
        for kind in [ContradictionKind::EqualDiffers, ContradictionKind::SupersetMet] {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.code()));
        }
    }

    #[test]
    fn equal_items_answered_differently_contradict_and_carried_ones_do_not() {
        let r = relations(&[("A", "B", Equal), ("A", "C", Equal)]);
        let mut answers = Answers::new();
        answers.insert("A".into(), Answer::with_status(Status::Met));
        carry(&r, &mut answers);
        assert_eq!(contradictions(&r, &answers), vec![], "carried answers agree by construction");
        answers.insert("C".into(), Answer::with_status(Status::NotMet));
        carry(&r, &mut answers);
        let found = contradictions(&r, &answers);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].first.item.as_str(), found[0].second.item.as_str()), ("A", "C"));
        assert_eq!(found[0].kind, ContradictionKind::EqualDiffers);
    }

    #[test]
    fn a_large_group_answered_two_ways_gives_one_pair_per_dissenting_item() {
        let pairs: Vec<(String, String)> = (1..500).map(|n| ("L0".to_string(), format!("L{n}"))).collect();
        let r = Relations::from_pairs(pairs.iter().map(|(a, b)| (a.as_str(), b.as_str(), Equal, Origin::Loaded)));
        let mut answers = Answers::new();
        for n in 0..500 {
            let status = if n % 2 == 0 { Status::Met } else { Status::NotMet };
            answers.insert(format!("L{n}"), Answer::with_status(status));
        }
        let found = contradictions(&r, &answers);
        assert_eq!(found.len(), 250, "each met item against the strictest (not met) one, not 62,500 pairs");
        assert!(found.iter().all(|c| c.first.status != c.second.status));
    }

    #[test]
    fn a_whole_met_while_its_part_is_not_contradicts_once_per_group() {
        // P is part of W; W and W2 are equal.
        let r = relations(&[("P", "W", Subset), ("P", "W2", Subset), ("W", "W2", Equal)]);
        let mut answers = Answers::new();
        answers.insert("W".into(), Answer::with_status(Status::Met));
        answers.insert("P".into(), Answer::with_status(Status::Met));
        carry(&r, &mut answers);
        assert_eq!(contradictions(&r, &answers), vec![]);
        answers.insert("P".into(), Answer::with_status(Status::Partial));
        let found = contradictions(&r, &answers);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, ContradictionKind::SupersetMet);
        assert_eq!((found[0].first.item.as_str(), found[0].second.status), ("W", Status::Partial));
        answers.insert("W".into(), Answer::with_status(Status::Partial));
        carry(&r, &mut answers);
        assert_eq!(contradictions(&r, &answers), vec![], "a whole partly met says nothing of its part");
    }
}
