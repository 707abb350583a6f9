//! How many answers a scope needs: each group of equal items in scope is answered once.

use super::relations::Relations;

/// The figures `selfcheck crosswalk` prints for a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeFigures {
    /// The items that apply.
    pub items: usize,
    /// The answers that cover them all: one per group of equal items, one per other item.
    pub answers_needed: usize,
    /// The groups of two or more equal items that apply, each as its items in scope.
    pub groups: Vec<Vec<String>>,
}

/// The figures for the items that apply (`in_scope`, each id once).
pub fn figures<'i>(relations: &Relations, in_scope: impl IntoIterator<Item = &'i str>) -> ScopeFigures {
    let in_scope: std::collections::HashSet<&str> = in_scope.into_iter().collect();
    let groups: Vec<Vec<String>> = relations
        .groups()
        .iter()
        .map(|group| group.iter().filter(|id| in_scope.contains(id.as_str())).cloned().collect::<Vec<_>>())
        .filter(|group| group.len() > 1)
        .collect();
    let folded: usize = groups.iter().map(|group| group.len() - 1).sum();
    ScopeFigures { items: in_scope.len(), answers_needed: in_scope.len() - folded, groups }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crosswalk::model::RelationKind::*;
    use crate::crosswalk::relations::Origin;

    #[test]
    fn a_group_counts_once_and_only_its_members_in_scope() {
        let r = Relations::from_pairs(
            [("A", "B", Equal), ("A", "C", Equal), ("D", "E", Equal), ("F", "A", Subset)]
                .map(|(a, b, k)| (a, b, k, Origin::Loaded)),
        );
        let f = figures(&r, ["A", "B", "C", "D", "F", "G"]);
        assert_eq!((f.items, f.answers_needed), (6, 4));
        assert_eq!(f.groups, [vec!["A".to_string(), "B".into(), "C".into()]]);
    }
}
