use selfcheck_core::catalog::{builtin, Audience, Catalog, Item, Section};
use selfcheck_core::fold::fold;
use selfcheck_core::scoring::Summary;
use selfcheck_core::{Answer, Answers, Lang, Status};
use yew::prelude::*;

use crate::components::checklist_item::{dom_id, ChecklistItem};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::{Filter, ProviderAction, ProviderState};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub lang: Lang,
    pub state: ProviderState,
    pub summary: std::rc::Rc<Summary>,
    /// False for the first paint: only the first section is drawn.
    #[prop_or(true)]
    pub all_sections: bool,
    pub on_action: Callback<ProviderAction>,
}

/// Whether an item passes the current filter and search.
pub fn is_shown(section: &Section, item: &Item, answer: Option<&Answer>, filter: Filter, needle: &str) -> bool {
    passes_filter(item, answer, filter) && (needle.is_empty() || matches_search(section, item, answer, needle))
}

/// Whether the filter (not the search) lets an item through with this answer.
pub fn passes_filter(item: &Item, answer: Option<&Answer>, filter: Filter) -> bool {
    let status = answer.and_then(Answer::effective_status);
    match filter {
        Filter::All => true,
        Filter::Unanswered => status.is_none(),
        Filter::Gaps => matches!(status, Some(Status::NotMet | Status::Partial)),
        Filter::Gating => item.gating,
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

/// Catalog tabs, filters, search, then the selected catalog's sections and items.
#[function_component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let catalog: &'static Catalog = builtin().catalog(&state.catalog).unwrap_or(&builtin().catalogs()[0]);
    let needle = fold(state.search.trim());
    let on_edit = use_callback(props.on_action.clone(), |(item, edit), on_action| {
        on_action.emit(ProviderAction::Answer { item, edit, at: None })
    });
    let answers: &Answers = &state.answers;
    let shown = |section: &Section, item: &Item| {
        state.pinned.as_deref() == Some(item.id.as_str())
            || is_shown(section, item, answers.get(&item.id), state.filter, &needle)
    };

    let visible: Vec<&'static Item> = catalog
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(move |item| (s, item)))
        .filter(|(s, item)| shown(s, item))
        .map(|(_, item)| item)
        .collect();
    let neighbour = |i: usize, step: isize| -> Option<AttrValue> {
        let j = i.checked_add_signed(step)?;
        visible.get(j).map(|item| AttrValue::from(dom_id(&item.id)))
    };

    let tabs = builtin().for_audience(Audience::Provider).into_iter().map(|c| {
        let on_action = props.on_action.clone();
        let id = c.id.clone();
        let tally = props.summary.catalogs.iter().find(|s| s.catalog_id == c.id).map(|s| s.tally).unwrap_or_default();
        html! {
            <button type="button" class="catalog-tab" data-catalog={c.id.clone()}
                aria-pressed={if c.id == catalog.id { "true" } else { "false" }}
                onclick={move |_| on_action.emit(ProviderAction::SelectCatalog(id.clone()))}>
                <span class="tab-title">{ c.title.get(lang) }</span>
                <span class="tab-figure">
                    { labels::percent(tally.score()) }{ " · " }
                    { trf(lang, T::AnsweredOf, &[("answered", &tally.answered().to_string()), ("total", &tally.total().to_string())]) }
                </span>
            </button>
        }
    });
    let filters = Filter::ALL.into_iter().map(|filter| {
        let on_action = props.on_action.clone();
        html! {
            <button type="button" class="filter-btn" data-filter={filter.code()}
                aria-pressed={if filter == state.filter { "true" } else { "false" }}
                onclick={move |_| on_action.emit(ProviderAction::SetFilter(filter))}>
                { tr(lang, labels::filter(filter)) }
            </button>
        }
    });
    let on_search = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(ProviderAction::SetSearch(events::value(&e))))
    };

    // Progressive first paint: the first section is drawn (and answerable) at once, the
    // rest once the app has marked itself ready, so the page is usable before every card
    // exists. (A timer of our own would fire inside Yew's first render: its scheduler
    // yields to the browser every 16 ms, and on a slow desktop the first render takes more.)
    let drawn_sections = if props.all_sections { usize::MAX } else { 1 };
    let mut position = 0;
    let sections = catalog.sections.iter().filter(|s| !s.items.is_empty()).take(drawn_sections).filter_map(|section| {
        let shown: Vec<&'static Item> = section
            .items
            .iter()
            .filter(|item| shown(section, item))
            .collect();
        if shown.is_empty() {
            return None;
        }
        let tally = props
            .summary
            .catalogs
            .iter()
            .flat_map(|c| &c.sections)
            .find(|s| s.section_id == section.id)
            .map(|s| s.tally)
            .unwrap_or_default();
        let items = shown
            .into_iter()
            .map(|item| {
                let i = position;
                position += 1;
                html! {
                    <ChecklistItem key={item.id.clone()} lang={lang} item={item}
                        answer={answers.get(&item.id).cloned()}
                        prev={neighbour(i, -1)} next={neighbour(i, 1)}
                        filter={state.filter}
                        on_edit={on_edit.clone()} />
                }
            })
            .collect::<Html>();
        Some(html! {
            <section class="checklist-section" data-section={section.id.clone()} key={section.id.clone()}>
                <header class="section-head">
                    <h3>{ section.title.get(lang) }</h3>
                    <span class="section-clause">{ section.reference.clause.get(lang) }</span>
                    <span class="section-progress">
                        { trf(lang, T::SectionProgress, &[("answered", &tally.answered().to_string()), ("total", &tally.total().to_string())]) }
                        { " · " }{ labels::percent(tally.score()) }
                    </span>
                </header>
                { items }
            </section>
        })
    }).collect::<Html>();

    html! {
        <section class="card checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ tr(lang, T::ChecklistHeading) }</h2>
            <div class="catalog-tabs" role="group" aria-label={tr(lang, T::CatalogTabsLabel)}>{ for tabs }</div>
            <p class="catalog-description">{ catalog.description.get(lang) }</p>
            <div class="toolbar">
                <div class="filters" role="group" aria-label={tr(lang, T::FilterLabel)}>{ for filters }</div>
                <div class="search">
                    <label for="item-search">{ tr(lang, T::SearchLabel) }</label>
                    <input id="item-search" type="search" value={state.search.clone()}
                        placeholder={tr(lang, T::SearchPlaceholder)} oninput={on_search} />
                </div>
            </div>
            <p class="shortcut-hint">{ tr(lang, T::ShortcutHint) }</p>
            if visible.is_empty() {
                <p class="empty">{ tr(lang, T::NoMatchingItems) }</p>
            }
            { sections }
        </section>
    }
}
