//! Answers given against one version of a catalog, read with another: what changed, and
//! which answers to look at again. Nothing is dropped: an answer to a changed item is
//! kept and flagged, an answer to a removed item is kept (out of scores, listed), a new
//! item is simply unanswered.

use std::collections::BTreeMap;

use super::loaded::item_digest;
use super::model::{Catalog, Item};
use crate::Answers;

/// How a catalog's items moved from one version to another.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Upgrade {
    pub catalog: String,
    pub from_version: String,
    pub to_version: String,
    /// Items whose content changed, and that have an answer.
    pub changed: Vec<String>,
    /// Items no longer in the catalog, and that have an answer.
    pub removed: Vec<String>,
    /// Items new in this version.
    pub added: Vec<String>,
}

impl Upgrade {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty() && self.added.is_empty()
    }
}

/// Every item's digest, by id, as a report lists a catalog's.
pub fn item_digests(catalog: &Catalog) -> BTreeMap<String, String> {
    // Inserted one by one: collecting would sort first, and bring a stable sort of these
    // pairs into the wasm (some 9 KB) for nothing.
    let mut digests = BTreeMap::new();
    for item in catalog.sections.iter().flat_map(|s| &s.items) {
        digests.insert(item.id.clone(), item_digest(item));
    }
    digests
}

/// What moved between the items `old` (id → digest, at `from_version`) and `new`, for
/// the items `answered` says have an answer.
pub fn compare(
    old: &BTreeMap<String, String>,
    from_version: &str,
    new: &Catalog,
    answered: impl Fn(&String) -> bool,
) -> Upgrade {
    let current = item_digests(new);
    Upgrade {
        catalog: new.id.clone(),
        from_version: from_version.to_string(),
        to_version: new.version.clone(),
        changed: old
            .iter()
            .filter(|(id, d)| current.get(*id).is_some_and(|c| c != *d))
            .map(|(id, _)| id.clone())
            .filter(&answered)
            .collect(),
        removed: old.keys().filter(|id| !current.contains_key(*id)).filter(|id| answered(id)).cloned().collect(),
        added: current.keys().filter(|id| !old.contains_key(*id)).cloned().collect(),
    }
}

/// Keeps the flag on the answers to changed items: each records the item's content and
/// the version it was given against, unless it already does.
pub fn pin(answers: &mut Answers, upgrade: &Upgrade, old: &BTreeMap<String, String>) {
    for id in &upgrade.changed {
        if let (Some(answer), Some(digest)) = (answers.get_mut(id), old.get(id)) {
            if answer.details().item_digest.is_empty() {
                answer.edit_details(|d| {
                    d.item_digest = digest.clone();
                    d.catalog_version = upgrade.from_version.clone();
                });
            }
        }
    }
}

/// The item changed since the answer was given: look at the answer again.
pub fn needs_review(answers: &Answers, item: &Item) -> bool {
    answers.get(&item.id).is_some_and(|a| {
        let recorded = &a.details().item_digest;
        !recorded.is_empty() && *recorded != item_digest(item)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::builtin;
    use crate::{Answer, Status};

    #[test]
    fn changed_removed_and_new_items_are_told_apart_and_answers_kept_and_flagged() {
        let old_catalog = builtin().catalog("convention-2023").unwrap().clone();
        let old = item_digests(&old_catalog);
        let mut new = old_catalog.clone();
        new.version = "1.1.0".into();
        let changed = new.sections[0].items[0].id.clone();
        new.sections[0].items[0].weight = 1;
        let removed = new.sections[1].items.remove(0).id;
        let mut added = new.sections[1].items[0].clone();
        added.id = "C23-02-Q9".into();
        new.sections[1].items.push(added);

        let mut answers = Answers::new();
        for id in [&changed, &removed] {
            answers.insert(id.clone(), Answer::with_status(Status::Met));
        }
        let upgrade = compare(&old, "1.0.0", &new, |id| answers.contains_key(id));
        assert_eq!((upgrade.changed.as_slice(), upgrade.removed.as_slice()), (&[changed.clone()][..], &[removed][..]));
        assert_eq!(upgrade.added, ["C23-02-Q9"]);

        let item = new.sections[0].items[0].clone();
        assert!(!needs_review(&answers, &item), "nothing recorded yet");
        pin(&mut answers, &upgrade, &old);
        assert!(needs_review(&answers, &item), "the answer is flagged for review");
        assert_eq!(answers[&changed].status(), Some(Status::Met), "and kept");
        assert_eq!(answers[&changed].details().catalog_version, "1.0.0");
        assert!(!needs_review(&answers, &old_catalog.sections[0].items[0]), "against the old text it holds");
    }
}
