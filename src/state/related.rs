//! What a card shows of an item's related items (`crosswalk`): each with its catalog,
//! its title, how the two stand, why, and its answer; and what the consistency panel
//! names of an item. Pure, so it is tested natively.

use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::crosswalk::{RelationKind, Relations};
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

/// The related items of `id` that exist in the work's catalogs, equal ones first.
pub fn related_rows(relations: &Relations, loaded: &[Catalog], answers: &Answers, id: &str) -> Vec<RelatedRow> {
    relations
        .of(id)
        .iter()
        .filter_map(|edge| {
            let at = loaded::find_item(loaded, &edge.related)?;
            let answer = answers.get(&edge.related);
            Some(RelatedRow {
                id: edge.related.clone(),
                catalog: at.catalog.title.clone(),
                title: at.item.title.clone(),
                item_kind: at.item.kind,
                kind: edge.kind,
                reason: relations.reason(edge).cloned(),
                status: answer.and_then(Answer::status),
                carried: answer.and_then(Answer::carried_from).is_some(),
            })
        })
        .collect()
}

/// An item's catalog title and item title, for naming it beside its id.
pub fn named(loaded: &[Catalog], id: &str) -> Option<(Localized, Localized)> {
    loaded::find_item(loaded, id).map(|at| (at.catalog.title.clone(), at.item.title.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_equal_item_is_listed_with_its_catalog_reason_and_carried_answer() {
        let relations = loaded::relations(&[]);
        let group = relations.groups().first().expect("the crosswalk has an equal group").clone();
        let mut answers = Answers::new();
        answers.insert(group[0].clone(), Answer::with_status(Status::Met));
        selfcheck_core::crosswalk::carry(&relations, &mut answers);
        let rows = related_rows(&relations, &[], &answers, &group[0]);
        let row = rows.iter().find(|r| r.id == group[1]).expect("listed");
        assert_eq!((row.kind, row.status, row.carried), (RelationKind::Equal, Some(Status::Met), true));
        assert!(row.reason.as_ref().is_some_and(|r| !r.zh.is_empty() && !r.en.is_empty()));
        assert!(!row.catalog.zh.is_empty());
        assert_eq!(rows[0].kind, RelationKind::Equal, "equal ones first");
    }
}
