//! Which items the checklist shows: the filter, the owner chosen, the search, and in a
//! questionnaire only its items. The reducer uses it too (assigning the shown items).

use selfcheck_core::catalog::{versions, Catalog, Item, Section};
use selfcheck_core::fold::fold;
use selfcheck_core::team::owners::owner_of;
use selfcheck_core::team::Questionnaire;
use selfcheck_core::{Answer, Answers, Status};

/// Which items the checklist shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Unanswered,
    Gaps,
    Gating,
    /// Answers to items a newer catalog version changed.
    Review,
}

impl Filter {
    pub const ALL: [Filter; 5] = [Filter::All, Filter::Unanswered, Filter::Gaps, Filter::Gating, Filter::Review];

    /// Its name in the page (`data-filter`).
    pub const fn code(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unanswered => "unanswered",
            Filter::Gaps => "gaps",
            Filter::Gating => "gating",
            Filter::Review => "review",
        }
    }

    /// Whether the filter (not the search) lets an item through with these answers.
    pub fn passes(self, item: &Item, answers: &Answers) -> bool {
        let status = answers.get(&item.id).and_then(Answer::effective_status);
        match self {
            Filter::All => true,
            Filter::Unanswered => status.is_none(),
            Filter::Gaps => matches!(status, Some(Status::NotMet | Status::Partial)),
            Filter::Gating => item.gating,
            Filter::Review => versions::needs_review(answers, item),
        }
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

/// What the checklist is set to show, borrowed from the provider's state
/// (`ProviderState::view`).
pub struct ViewSettings<'a> {
    pub answers: &'a Answers,
    pub questionnaire: Option<&'a Questionnaire>,
    pub filter: Filter,
    pub owner: Option<&'a str>,
    pub search: &'a str,
    /// The item being edited stays in view whatever the filter says.
    pub pinned: Option<&'a str>,
}

/// The view's settings, read once for a walk over many items.
pub struct View<'a> {
    settings: ViewSettings<'a>,
    needle: String,
}

impl<'a> View<'a> {
    pub fn new(settings: ViewSettings<'a>) -> View<'a> {
        let needle = fold(settings.search.trim());
        View { settings, needle }
    }

    /// Whether the item is part of the work here at all (a questionnaire has only its own).
    pub fn in_work(&self, item: &Item) -> bool {
        self.settings.questionnaire.is_none_or(|q| q.covers(&item.id))
    }

    /// Whether the checklist shows the item now.
    pub fn shows(&self, section: &Section, item: &Item) -> bool {
        let settings = &self.settings;
        if settings.pinned == Some(item.id.as_str()) {
            return true;
        }
        let answers = settings.answers;
        self.in_work(item)
            && settings.filter.passes(item, answers)
            && settings.owner.is_none_or(|owner| owner_of(answers.get(&item.id)) == owner)
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
