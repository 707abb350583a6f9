//! Which items the checklist shows: the filter, the owner chosen, the search, and in a
//! questionnaire only its items. The reducer uses it too (assigning the shown items).

use selfcheck_core::catalog::{versions, Catalog, Item, Section};
use selfcheck_core::fold::fold;
use selfcheck_core::team::owners::owner_of;
use selfcheck_core::{Answer, Answers, Status};

use super::provider::{Filter, ProviderState};

/// Whether the filter (not the search) lets an item through with these answers.
pub fn passes_filter(item: &Item, answers: &Answers, filter: Filter) -> bool {
    let status = answers.get(&item.id).and_then(Answer::effective_status);
    match filter {
        Filter::All => true,
        Filter::Unanswered => status.is_none(),
        Filter::Gaps => matches!(status, Some(Status::NotMet | Status::Partial)),
        Filter::Gating => item.gating,
        Filter::Review => versions::needs_review(answers, item),
    }
}

/// Case-insensitive search over the section's title and clause, the item's id, title and
/// question in both languages, and what the user wrote against it.
fn matches_search(section: &Section, item: &Item, answer: Option<&Answer>, needle: &str) -> bool {
    let texts = [
        &section.title.zh,
        &section.title.en,
        &section.reference.clause.zh,
        &section.reference.clause.en,
        &item.id,
        &item.title.zh,
        &item.title.en,
        &item.question.zh,
        &item.question.en,
    ];
    let written =
        answer.map(Answer::details).into_iter().flat_map(|d| [&d.note, &d.evidence, &d.owner, &d.justification]);
    texts.into_iter().chain(written).any(|text| fold(text).contains(needle))
}

/// The view's settings, read once for a walk over many items.
pub struct View<'a> {
    state: &'a ProviderState,
    needle: String,
}

impl<'a> View<'a> {
    pub fn of(state: &'a ProviderState) -> View<'a> {
        View { state, needle: fold(state.search.trim()) }
    }

    /// Whether the item is part of the work here at all (a questionnaire has only its own).
    pub fn in_work(&self, item: &Item) -> bool {
        self.state.questionnaire.as_ref().is_none_or(|q| q.covers(&item.id))
    }

    /// Whether the checklist shows the item now.
    pub fn shows(&self, section: &Section, item: &Item) -> bool {
        let state = self.state;
        if state.pinned.as_deref() == Some(item.id.as_str()) {
            return true;
        }
        let answers: &Answers = &state.answers;
        self.in_work(item)
            && passes_filter(item, answers, state.filter)
            && state.owner.as_deref().is_none_or(|owner| owner_of(answers.get(&item.id)) == owner)
            && (self.needle.is_empty() || matches_search(section, item, answers.get(&item.id), &self.needle))
    }

    /// Every shown item of `catalog`, in order, as (section, item) positions.
    pub fn shown_in(&self, catalog: &Catalog) -> Vec<(usize, usize)> {
        let mut shown = Vec::new();
        for (s, section) in catalog.sections.iter().enumerate() {
            for (i, item) in section.items.iter().enumerate() {
                if self.shows(section, item) {
                    shown.push((s, i));
                }
            }
        }
        shown
    }
}
