//! Who answers what: an item's owner is the `owner` of its answer (a person or a
//! department), set one by one or for many items at once.

use std::collections::BTreeMap;

use crate::answer::{Answer, Answers, Status};
use crate::catalog::{Catalog, Scope};

/// One owner's share of the work (out-of-scope items are nobody's work).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnerTally {
    /// Empty for the items nobody owns yet.
    pub owner: String,
    pub items: usize,
    pub answered: usize,
    /// Not met or partially met.
    pub gaps: usize,
}

/// The owner an answer names, trimmed (`""` for none).
pub fn owner_of(answer: Option<&Answer>) -> &str {
    answer.map_or("", |a| a.details().owner.trim())
}

/// Every owner's tally, by name, then the unowned items' (if any).
pub fn tallies(catalogs: &[&Catalog], answers: &Answers, scope: &Scope) -> Vec<OwnerTally> {
    let mut by_owner: BTreeMap<&str, OwnerTally> = BTreeMap::new();
    for item in catalogs.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items) {
        if !scope.applies(item) {
            continue;
        }
        let answer = answers.get(&item.id);
        let owner = owner_of(answer);
        let tally =
            by_owner.entry(owner).or_insert_with(|| OwnerTally { owner: owner.to_string(), ..OwnerTally::default() });
        tally.items += 1;
        let status = answer.and_then(Answer::effective_status);
        tally.answered += usize::from(status.is_some());
        tally.gaps += usize::from(matches!(status, Some(Status::NotMet | Status::Partial)));
    }
    let unowned = by_owner.remove("");
    by_owner.into_values().chain(unowned).collect()
}

/// The items `owner` answers, in catalog order.
pub fn items_of<'a>(catalogs: &[&'a Catalog], answers: &Answers, owner: &str) -> Vec<&'a str> {
    let owner = owner.trim();
    catalogs
        .iter()
        .flat_map(|c| &c.sections)
        .flat_map(|s| &s.items)
        .filter(|item| !owner.is_empty() && owner_of(answers.get(&item.id)) == owner)
        .map(|item| item.id.as_str())
        .collect()
}

/// Makes `owner` the owner of `items` (empty: nobody's). Assigning is not answering: who
/// and when stay as they were.
pub fn assign<'a>(answers: &mut Answers, items: impl IntoIterator<Item = &'a str>, owner: &str) {
    for id in items {
        let answer = answers.remove(id).unwrap_or_default().with_details(|d| d.owner = owner.trim().to_string());
        if !answer.is_empty() {
            answers.insert(id.to_string(), answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::builtin;
    use crate::report::provider_catalogs;

    #[test]
    fn owners_are_tallied_and_assigned_in_bulk_without_touching_answers() {
        let catalogs = provider_catalogs(&[]);
        let focus = &catalogs[0].sections[0];
        let ids: Vec<&str> = focus.items.iter().map(|i| i.id.as_str()).collect();
        let mut answers = Answers::new();
        answers.insert(ids[0].into(), Answer::with_status(Status::NotMet));
        answers.insert(ids[1].into(), Answer::with_status(Status::Met));
        assign(&mut answers, ids.iter().copied(), " 人力资源部 ");
        assert_eq!(answers[ids[0]].status(), Some(Status::NotMet), "the status stays");
        assert_eq!(items_of(&catalogs, &answers, "人力资源部"), ids);
        let tallies = tallies(&catalogs, &answers, &Scope::default());
        let hr = &tallies[0];
        assert_eq!((hr.owner.as_str(), hr.items, hr.answered, hr.gaps), ("人力资源部", ids.len(), 2, 1));
        let unowned = tallies.last().unwrap();
        assert_eq!(unowned.owner, "");
        let in_scope: usize = tallies.iter().map(|t| t.items).sum();
        let all = builtin().items().filter(|r| catalogs.iter().any(|c| c.id == r.catalog.id)).count();
        assert!(in_scope < all, "out-of-scope guidance items belong to nobody");

        assign(&mut answers, ids.iter().copied(), "");
        assert!(items_of(&catalogs, &answers, "人力资源部").is_empty());
        assert_eq!(answers.len(), 2, "an answer that was only an assignment is gone");
    }
}
