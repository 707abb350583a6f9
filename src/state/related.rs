//! What a card shows of an item's related items (`crosswalk`): each with its catalog,
//! its title, how the two stand, why, and its answer; and what the consistency panel
//! names of an item. Pure, so it is tested natively.

use std::cell::RefCell;
use std::rc::Rc;

use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::crosswalk::{Edge, RelationKind, Relations};
use selfcheck_core::{Answer, Answers, Localized, Status};

/// One related item as a card lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedRow {
    pub id: String,
    pub catalog: Localized,
    pub title: Localized,
    pub item_kind: ItemKind,
    /// What the card's item is to this one.
    pub kind: RelationKind,
    pub reason: Option<Localized>,
    pub status: Option<Status>,
    /// Its status was carried from another equal item.
    pub carried: bool,
}

/// The catalogs the relations were built for, and the relations.
type Built = (Rc<Vec<Catalog>>, Rc<Relations<'static>>);

thread_local! {
    static RELATIONS: RefCell<Option<Built>> = RefCell::default();
}

/// The relations for the work's loaded catalogs (`catalog::loaded::relations`), built
/// once per set of catalogs and shared by the reducer, the page and the checklist (a
/// 5,000-item sheet with 1,000 relations took 2 ms a build). The cache holds the
/// catalogs it was built for, so they are never changed in place meanwhile
/// (`Rc::make_mut` copies a shared value): the same `Rc` is the same catalogs.
pub fn relations_for(catalogs: &Rc<Vec<Catalog>>) -> Rc<Relations<'static>> {
    RELATIONS.with(|cache| {
        let mut cache = cache.borrow_mut();
        match &*cache {
            Some((built_for, relations)) if Rc::ptr_eq(built_for, catalogs) => relations.clone(),
            _ => {
                let relations = Rc::new(loaded::relations(catalogs));
                *cache = Some((catalogs.clone(), relations.clone()));
                relations
            }
        }
    })
}

/// At most this many related items on a card (a loaded sheet may make one of its items
/// equal to hundreds of others); the card says how many there are.
pub const SHOWN: usize = 24;

/// The related items of `id` that exist in the work's catalogs, equal ones first (those
/// equal through others among them): at most `SHOWN`, and how many there are in all.
pub fn related_rows(
    relations: &Relations,
    loaded: &[Catalog],
    answers: &Answers,
    id: &str,
) -> (Vec<RelatedRow>, usize) {
    let stated = relations.of(id);
    let stated_equal = stated.iter().filter(|e| e.kind == RelationKind::Equal).count();
    let through_group = relations.group(id).map_or(0, |g| g.len() - 1) - stated_equal;
    // The item a carried answer came from first, however many there are; then the equal
    // items, stated or through others, then the rest. Only the rows shown are built.
    let source = answers.get(id).and_then(Answer::carried_from);
    let is_source = |edge: &Edge| Some(edge.related.as_str()) == source;
    let (equal, other): (Vec<&Edge>, Vec<&Edge>) = stated.iter().partition(|e| e.kind == RelationKind::Equal);
    let listed = || {
        let through = relations.equal_through_group(id);
        equal.iter().copied().cloned().chain(through).chain(other.iter().copied().cloned())
    };
    let first = source.and_then(|_| listed().find(|e| is_source(e)));
    let rows = first
        .into_iter()
        .chain(listed().filter(|e| !is_source(e)))
        .take(SHOWN)
        .filter_map(|edge| {
            let at = loaded::find_item(loaded, &edge.related)?;
            let answer = answers.get(&edge.related);
            Some(RelatedRow {
                id: edge.related.clone(),
                catalog: at.catalog.title.clone(),
                title: at.item.title.clone(),
                item_kind: at.item.kind,
                kind: edge.kind,
                reason: relations.reason(&edge).cloned(),
                status: answer.and_then(Answer::status),
                carried: answer.and_then(Answer::carried_from).is_some(),
            })
        })
        .collect();
    (rows, stated.len() + through_group)
}

/// An item's title and kind, for naming it and its status beside its id.
pub fn named(loaded: &[Catalog], id: &str) -> Option<(Localized, ItemKind)> {
    loaded::find_item(loaded, id).map(|at| (at.item.title.clone(), at.item.kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relations_are_built_once_per_set_of_catalogs() {
        let catalogs: Rc<Vec<Catalog>> = Rc::default();
        let first = relations_for(&catalogs);
        assert!(Rc::ptr_eq(&first, &relations_for(&catalogs)), "the same catalogs: the same relations");
        let other: Rc<Vec<Catalog>> = Rc::default();
        assert!(!Rc::ptr_eq(&first, &relations_for(&other)), "other catalogs: built again");
    }

    #[test]
    fn an_equal_item_is_listed_with_its_catalog_reason_and_carried_answer() {
        let relations = loaded::relations(&[]);
        let group = relations.groups().first().expect("the crosswalk has an equal group").clone();
        let mut answers = Answers::new();
        answers.insert(group[0].clone(), Answer::with_status(Status::Met));
        selfcheck_core::crosswalk::carry(&relations, &mut answers);
        let (rows, total) = related_rows(&relations, &[], &answers, &group[0]);
        assert_eq!(rows.len(), total);
        let row = rows.iter().find(|r| r.id == group[1]).expect("listed");
        assert_eq!((row.kind, row.status, row.carried), (RelationKind::Equal, Some(Status::Met), true));
        assert!(row.reason.as_ref().is_some_and(|r| !r.zh.is_empty() && !r.en.is_empty()));
        assert!(!row.catalog.zh.is_empty());
        assert_eq!(rows[0].kind, RelationKind::Equal, "equal ones first");
    }
}
