//! The checks every set of relations passes: ids that resolve, no item related to
//! itself, each pair stated once (its inverse is derived, so equal is symmetric and
//! subset and superset each other's inverse by construction), and no relation but
//! `equal` between two items of one equal group (equal is transitive).

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::{Crosswalk, RelationKind, CROSSWALK_FORMAT, CROSSWALK_FORMAT_VERSION};
use super::relations::{Origin, Relations};

/// A relation as stated, for the checks.
#[derive(Clone, Copy, Debug)]
pub struct Stated<'a> {
    pub item: &'a str,
    pub related: &'a str,
    pub kind: RelationKind,
}

/// What is wrong with the relation at `at` (its position among those checked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationProblem {
    pub at: usize,
    pub fault: RelationFault,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelationFault {
    /// No item has this id.
    Unknown(String),
    ToItself,
    /// The pair is stated already, at this position.
    Repeated(usize),
    /// The two are equal through other relations, yet stated as this kind.
    InsideEqualGroup(RelationKind),
}

impl fmt::Display for RelationProblem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "relation {}: ", self.at + 1)?;
        match &self.fault {
            RelationFault::Unknown(id) => write!(f, "no item {id}"),
            RelationFault::ToItself => f.write_str("an item related to itself"),
            RelationFault::Repeated(first) => write!(f, "the pair is stated already by relation {}", first + 1),
            RelationFault::InsideEqualGroup(kind) => {
                write!(f, "stated as {} although the two are equal through other relations", kind.code())
            }
        }
    }
}

/// Checks relations; `known` says whether an id names an item.
pub fn check(stated: &[Stated], known: impl Fn(&str) -> bool) -> Vec<RelationProblem> {
    let mut problems = Vec::new();
    let mut first_of: HashMap<(&str, &str), usize> = HashMap::new();
    for (at, relation) in stated.iter().enumerate() {
        for id in [relation.item, relation.related] {
            if !known(id) {
                problems.push(RelationProblem { at, fault: RelationFault::Unknown(id.to_string()) });
            }
        }
        if relation.item == relation.related {
            problems.push(RelationProblem { at, fault: RelationFault::ToItself });
            continue;
        }
        let pair = if relation.item < relation.related {
            (relation.item, relation.related)
        } else {
            (relation.related, relation.item)
        };
        if let Some(&first) = first_of.get(&pair) {
            problems.push(RelationProblem { at, fault: RelationFault::Repeated(first) });
        } else {
            first_of.insert(pair, at);
        }
    }
    let relations = Relations::from_pairs(
        stated.iter().filter(|r| r.kind == RelationKind::Equal).map(|r| (r.item, r.related, r.kind, Origin::Loaded)),
    );
    let mut reported = HashSet::new();
    for (at, relation) in stated.iter().enumerate() {
        let same_group = relation.kind != RelationKind::Equal
            && relations.group(relation.item).is_some()
            && relations.group(relation.item) == relations.group(relation.related);
        if same_group && reported.insert(at) {
            problems.push(RelationProblem { at, fault: RelationFault::InsideEqualGroup(relation.kind) });
        }
    }
    problems.sort_by_key(|p| p.at);
    problems
}

/// Checks the crosswalk file against the items that exist; every problem, in English
/// (the file is ours: its problems fail the tests, never reach a user).
pub fn check_crosswalk(crosswalk: &Crosswalk, known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    if crosswalk.format != CROSSWALK_FORMAT || crosswalk.format_version != CROSSWALK_FORMAT_VERSION {
        problems.push(format!("not a crosswalk of format {CROSSWALK_FORMAT_VERSION}"));
    }
    for (at, relation) in crosswalk.relations.iter().enumerate() {
        for (lang, text) in [("zh", &relation.reason.zh), ("en", &relation.reason.en)] {
            if text.trim().is_empty() || text.contains('\n') {
                problems.push(format!("relation {}: the reason ({lang}) is not one line", at + 1));
            }
        }
    }
    let stated: Vec<Stated> =
        crosswalk.relations.iter().map(|r| Stated { item: &r.item, related: &r.related, kind: r.kind }).collect();
    problems.extend(check(&stated, known).iter().map(ToString::to_string));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use RelationKind::*;

    fn stated<'a>(pairs: &[(&'a str, &'a str, RelationKind)]) -> Vec<Stated<'a>> {
        pairs.iter().map(|&(item, related, kind)| Stated { item, related, kind }).collect()
    }

    #[test]
    fn a_sound_set_passes() {
        let set = stated(&[("A", "B", Equal), ("B", "C", Equal), ("D", "A", Subset), ("E", "D", Intersect)]);
        assert_eq!(check(&set, |_| true), vec![]);
    }

    #[test]
    fn each_fault_is_found_where_it_is() {
        let set = stated(&[
            ("A", "B", Equal),
            ("B", "C", Equal),
            ("C", "A", Subset),
            ("B", "A", Equal),
            ("D", "D", Equal),
            ("E", "Z", Superset),
        ]);
        let found = check(&set, |id| id != "Z");
        assert_eq!(
            found,
            vec![
                RelationProblem { at: 2, fault: RelationFault::InsideEqualGroup(Subset) },
                RelationProblem { at: 3, fault: RelationFault::Repeated(0) },
                RelationProblem { at: 4, fault: RelationFault::ToItself },
                RelationProblem { at: 5, fault: RelationFault::Unknown("Z".into()) },
            ]
        );
        assert_eq!(found[1].to_string(), "relation 4: the pair is stated already by relation 1");
    }
}
