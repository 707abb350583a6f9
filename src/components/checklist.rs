use selfcheck_core::catalog::{builtin, versions, Item, Scope, Section};
use selfcheck_core::fold::fold;
use selfcheck_core::scoring::Summary;
use selfcheck_core::{Answer, Answers, Lang, Status};
use yew::prelude::*;

use crate::components::checklist_item::{dom_id, ChecklistItem, ItemSource};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::{Filter, ProviderAction, ProviderState, ITEMS_PER_PAGE};

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
pub fn is_shown(section: &Section, item: &Item, answers: &Answers, filter: Filter, needle: &str) -> bool {
    passes_filter(item, answers, filter)
        && (needle.is_empty() || matches_search(section, item, answers.get(&item.id), needle))
}

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

/// Catalog tabs, filters, search, then the selected catalog's sections and items, a page
/// at a time.
#[function_component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let loaded = &state.catalogs.loaded;
    let catalogs = state.all_catalogs();
    let (at, catalog) = catalogs.iter().enumerate().find(|(_, c)| c.id == state.catalog).unwrap_or((0, &catalogs[0]));
    let source = |s: usize, i: usize| match at.checked_sub(catalogs.len() - loaded.len()) {
        None => ItemSource::BuiltIn(builtin().catalog(&catalog.id).map(|c| &c.sections[s].items[i]).expect("built in")),
        Some(index) => ItemSource::Loaded { catalogs: loaded.clone(), at: (index, s, i) },
    };
    let scope = Scope::of(&state.profile);
    let needle = fold(state.search.trim());
    let on_edit = use_callback(props.on_action.clone(), |(item, edit), on_action| {
        on_action.emit(ProviderAction::Answer { item, edit, at: None })
    });
    let on_reviewed =
        use_callback(props.on_action.clone(), |item, on_action| on_action.emit(ProviderAction::MarkReviewed(item)));
    let answers: &Answers = &state.answers;
    let shown = |section: &Section, item: &Item| {
        state.pinned.as_deref() == Some(item.id.as_str()) || is_shown(section, item, answers, state.filter, &needle)
    };

    // Every shown item, in catalog order, as (section, item) positions; the page is a slice.
    let visible: Vec<(usize, usize)> = catalog
        .sections
        .iter()
        .enumerate()
        .flat_map(|(s, section)| section.items.iter().enumerate().map(move |(i, item)| (s, section, i, item)))
        .filter(|(_, section, _, item)| shown(section, item))
        .map(|(s, _, i, _)| (s, i))
        .collect();
    let pages = visible.len().div_ceil(ITEMS_PER_PAGE).max(1);
    let page = state.page.min(pages - 1);
    let mut on_page: Vec<(usize, usize)> =
        visible.iter().skip(page * ITEMS_PER_PAGE).take(ITEMS_PER_PAGE).copied().collect();
    // Progressive first paint: the first section is drawn (and answerable) at once, the
    // rest once the app has marked itself ready, so the page is usable before every card
    // exists. (A timer of our own would fire inside Yew's first render: its scheduler
    // yields to the browser every 16 ms, and on a slow desktop the first render takes more.)
    if !props.all_sections {
        if let Some(&(first, _)) = on_page.first() {
            on_page.retain(|(s, _)| *s == first);
        }
    }
    let neighbour = |n: usize, step: isize| -> Option<AttrValue> {
        let (s, i) = *on_page.get(n.checked_add_signed(step)?)?;
        Some(AttrValue::from(dom_id(&catalog.sections[s].items[i].id)))
    };

    let tabs = catalogs.iter().map(|c| {
        let on_action = props.on_action.clone();
        let id = c.id.clone();
        let tally = props.summary.catalogs.iter().find(|s| s.catalog_id == c.id).map(|s| s.tally).unwrap_or_default();
        let is_loaded = builtin().catalog(&c.id).is_none();
        html! {
            <button type="button" class="catalog-tab" data-catalog={c.id.clone()}
                aria-pressed={if c.id == catalog.id { "true" } else { "false" }}
                onclick={move |_| on_action.emit(ProviderAction::SelectCatalog(id.clone()))}>
                <span class="tab-title">{ c.title.get(lang) }</span>
                if is_loaded { <span class="tag tag-loaded">{ tr(lang, T::TagLoaded) }</span> }
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

    let mut position = 0;
    let mut drawn = Vec::new();
    for &(s, i) in &on_page {
        if drawn.last().is_none_or(|(last, _)| *last != s) {
            drawn.push((s, Vec::new()));
        }
        drawn.last_mut().expect("just pushed").1.push(i);
    }
    let catalog_score = props.summary.catalogs.iter().find(|c| c.catalog_id == catalog.id);
    let sections = drawn.into_iter().map(|(s, items)| {
        let section = &catalog.sections[s];
        let tally = catalog_score.and_then(|c| c.sections.get(s)).map(|s| s.tally).unwrap_or_default();
        let items = items
            .into_iter()
            .map(|i| {
                let item = &section.items[i];
                let n = position;
                position += 1;
                html! {
                    <ChecklistItem key={item.id.clone()} lang={lang} item={source(s, i)}
                        answer={answers.get(&item.id).cloned()}
                        prev={neighbour(n, -1)} next={neighbour(n, 1)}
                        filter={state.filter}
                        out_of_scope={scope.why_not(item)}
                        review={versions::needs_review(answers, item)}
                        on_edit={on_edit.clone()} on_reviewed={on_reviewed.clone()} />
                }
            })
            .collect::<Html>();
        html! {
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
        }
    }).collect::<Html>();
    let out_of_scope = catalog_score.map_or(0, |c| c.tally.out_of_scope);
    let pager = (pages > 1).then(|| {
        let go = |to: usize| {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::SetPage(to)))
        };
        html! {
            <nav class="pager" aria-label={tr(lang, T::PagerLabel)}>
                <button type="button" id="checklist-prev" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ tr(lang, T::PrevPage) }</button>
                <span id="checklist-page">{ trf(lang, T::PageOf, &[("page", &(page + 1).to_string()), ("pages", &pages.to_string()), ("count", &visible.len().to_string())]) }</span>
                <button type="button" id="checklist-next" disabled={page + 1 >= pages} onclick={go(page + 1)}>{ tr(lang, T::NextPage) }</button>
            </nav>
        }
    });

    html! {
        <section class="card checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ tr(lang, T::ChecklistHeading) }</h2>
            <div class="catalog-tabs" role="group" aria-label={tr(lang, T::CatalogTabsLabel)}>{ for tabs }</div>
            <p class="catalog-description">{ catalog.description.get(lang) }</p>
            if out_of_scope > 0 {
                <p class="scope-note" id="scope-note">{ trf(lang, T::ScopeNote, &[("count", &out_of_scope.to_string())]) }</p>
            }
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
            { for pager }
        </section>
    }
}
