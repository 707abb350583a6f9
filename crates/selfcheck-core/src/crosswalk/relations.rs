//! The relations that hold for one piece of work: the built-in crosswalk and what the
//! loaded catalogs' items say of themselves (`maps_to`), seen from either end, with the
//! groups of equal items.

use std::collections::HashMap;

use super::model::{Crosswalk, RelationKind};
use crate::Localized;

/// One relation seen from an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The other item's id.
    pub related: String,
    /// What the item is to `related`.
    pub kind: RelationKind,
    /// Where the relation is stated.
    pub origin: Origin,
}

/// Where a relation is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The built-in crosswalk's relation at this position.
    Builtin(usize),
    /// A loaded catalog's item (its `maps_to`).
    Loaded,
}

/// Relations by item, both ways, and the groups of equal items.
#[derive(Debug, Default)]
pub struct Relations<'a> {
    builtin: Option<&'a Crosswalk>,
    edges: HashMap<String, Vec<Edge>>,
    /// The group each item of a group of two or more equal items is in.
    group_of: HashMap<String, usize>,
    /// Each group's members, sorted.
    groups: Vec<Vec<String>>,
}

impl<'a> Relations<'a> {
    /// The built-in crosswalk's relations and those loaded catalogs state
    /// (`catalog::loaded::stated_relations`).
    pub fn new<'p>(
        builtin: &'a Crosswalk,
        loaded: impl IntoIterator<Item = (&'p str, &'p str, RelationKind)>,
    ) -> Relations<'a> {
        let stated = builtin
            .relations
            .iter()
            .enumerate()
            .map(|(at, r)| (r.item.as_str(), r.related.as_str(), r.kind, Origin::Builtin(at)));
        let from_loaded = loaded.into_iter().map(|(item, related, kind)| (item, related, kind, Origin::Loaded));
        let mut relations = Relations::from_pairs(stated.chain(from_loaded));
        relations.builtin = Some(builtin);
        relations
    }

    /// Relations from `(item, related, kind, origin)`, each pair stated once.
    pub fn from_pairs<'p>(pairs: impl IntoIterator<Item = (&'p str, &'p str, RelationKind, Origin)>) -> Relations<'a> {
        let mut edges: HashMap<String, Vec<Edge>> = HashMap::new();
        let mut parent: HashMap<String, String> = HashMap::new();
        for (item, related, kind, origin) in pairs {
            edges.entry(item.to_string()).or_default().push(Edge { related: related.to_string(), kind, origin });
            edges.entry(related.to_string()).or_default().push(Edge {
                related: item.to_string(),
                kind: kind.inverse(),
                origin,
            });
            if kind == RelationKind::Equal {
                let (a, b) = (root(&mut parent, item), root(&mut parent, related));
                if a != b {
                    // The smaller id leads, so the groups do not depend on the order.
                    let (lead, other) = if a < b { (a, b) } else { (b, a) };
                    parent.insert(other, lead);
                }
            }
        }
        let mut members: HashMap<String, Vec<String>> = HashMap::new();
        let ids: Vec<String> = parent.keys().cloned().collect();
        for id in ids {
            let lead = root(&mut parent, &id);
            members.entry(lead).or_default().push(id);
        }
        let mut groups: Vec<Vec<String>> = members
            .into_values()
            .filter(|group| group.len() > 1)
            .map(|mut group| {
                group.sort();
                group
            })
            .collect();
        groups.sort();
        let group_of =
            groups.iter().enumerate().flat_map(|(g, group)| group.iter().map(move |id| (id.clone(), g))).collect();
        for list in edges.values_mut() {
            list.sort_by(|a, b| (a.kind, &a.related).cmp(&(b.kind, &b.related)));
        }
        Relations { builtin: None, edges, group_of, groups }
    }

    /// Every relation stated of an item, equal ones first (`equal_through_group` adds
    /// the items equal to it through others).
    pub fn of(&self, id: &str) -> &[Edge] {
        self.edges.get(id).map_or(&[], Vec::as_slice)
    }

    /// The items equal to `id` through others, not stated of it (equal is transitive,
    /// and a group is written as a star), each under the origin of the item's own stated
    /// equality, whose reason names the fact they share. Listed, never stored: a loaded
    /// sheet's 250 items equal to one built-in item would otherwise make 62,000 edges.
    pub fn equal_through_group<'r>(&'r self, id: &'r str) -> impl Iterator<Item = Edge> + 'r {
        let stated = self.of(id);
        let origin = stated.iter().find(|e| e.kind == RelationKind::Equal).map(|e| e.origin);
        self.group(id)
            .unwrap_or_default()
            .iter()
            .filter(move |other| other.as_str() != id && !stated.iter().any(|e| &e.related == *other))
            .filter_map(move |other| Some(Edge { related: other.clone(), kind: RelationKind::Equal, origin: origin? }))
    }

    /// The equal items an item's answer stands for (itself among them), if any.
    pub fn group(&self, id: &str) -> Option<&[String]> {
        self.group_of.get(id).map(|&g| self.groups[g].as_slice())
    }

    /// Every group of two or more equal items.
    pub fn groups(&self) -> &[Vec<String>] {
        &self.groups
    }

    /// The relation's reason as the crosswalk words it (a loaded catalog states none).
    pub fn reason(&self, edge: &Edge) -> Option<&'a Localized> {
        match edge.origin {
            Origin::Builtin(at) => self.builtin.and_then(|c| c.relations.get(at)).map(|r| &r.reason),
            Origin::Loaded => None,
        }
    }

    /// True when some relation names the item.
    pub fn relates(&self, id: &str) -> bool {
        self.edges.contains_key(id)
    }
}

fn root(parent: &mut HashMap<String, String>, id: &str) -> String {
    let mut at = id.to_string();
    parent.entry(at.clone()).or_insert_with(|| at.clone());
    while parent[&at] != at {
        let up = parent[&at].clone();
        // Path halving keeps the chains short.
        let grand = parent[&up].clone();
        parent.insert(at.clone(), grand.clone());
        at = grand;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use RelationKind::*;

    fn relations(pairs: &[(&str, &str, RelationKind)]) -> Relations<'static> {
        Relations::from_pairs(pairs.iter().map(|&(a, b, k)| (a, b, k, Origin::Loaded)))
    }

    #[test]
    fn equal_is_seen_from_both_ends_and_subset_as_superset() {
        let r = relations(&[("A", "B", Equal), ("C", "A", Subset)]);
        assert_eq!(r.of("B")[0], Edge { related: "A".into(), kind: Equal, origin: Origin::Loaded });
        assert_eq!(
            r.of("A").iter().map(|e| (e.related.as_str(), e.kind)).collect::<Vec<_>>(),
            [("B", Equal), ("C", Superset)]
        );
        assert_eq!(r.of("C")[0].kind, Subset);
        assert!(r.of("D").is_empty());
    }

    #[test]
    fn equal_items_form_groups_whatever_the_order() {
        let one = relations(&[("D", "C", Equal), ("B", "A", Equal), ("C", "B", Equal), ("X", "Y", Intersect)]);
        let two = relations(&[("C", "B", Equal), ("A", "B", Equal), ("C", "D", Equal), ("X", "Y", Intersect)]);
        assert_eq!(one.groups(), [vec!["A", "B", "C", "D"]]);
        assert_eq!(one.groups(), two.groups());
        assert_eq!(one.group("D"), Some(&["A".to_string(), "B".into(), "C".into(), "D".into()][..]));
        assert_eq!(one.group("X"), None);
        let stated: Vec<&str> = one.of("D").iter().map(|e| e.related.as_str()).collect();
        let through: Vec<String> = one.equal_through_group("D").map(|e| e.related).collect();
        assert_eq!((stated, through), (vec!["C"], vec!["A".to_string(), "B".into()]), "equal through the others too");
    }
}
