use std::rc::Rc;

use selfcheck_core::catalog::{builtin, versions, Scope};
use selfcheck_core::crosswalk;
use selfcheck_core::scoring::Summary;
use selfcheck_core::team::owners::OwnerTally;
use selfcheck_core::{Answers, Lang};
use yew::prelude::*;

use crate::components::checklist_item::{dom_id, ChecklistItem, ItemSource};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::{events, later};
use crate::state::related::related_rows;
use crate::state::{Assigned, Filter, ProviderAction, ProviderState, ITEMS_PER_PAGE};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub lang: Lang,
    pub state: ProviderState,
    pub summary: std::rc::Rc<Summary>,
    /// Every owner's share, for the owner filter.
    #[prop_or_default]
    pub owners: std::rc::Rc<Vec<OwnerTally>>,
    /// False for the first paint: only the first section is drawn.
    #[prop_or(true)]
    pub all_sections: bool,
    pub on_action: Callback<ProviderAction>,
}

/// Catalog tabs, filters, search, then the selected catalog's sections and items, a page
/// at a time.
#[function_component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let loaded = &state.work.catalogs;
    let all = state.all_catalogs();
    let (at, catalog) = all.iter().enumerate().find(|(_, c)| c.id == state.view.catalog).unwrap_or((0, &all[0]));
    let source = |s: usize, i: usize| match at.checked_sub(all.len() - loaded.len()) {
        None => ItemSource::BuiltIn(builtin().catalog(&catalog.id).map(|c| &c.sections[s].items[i]).expect("built in")),
        Some(index) => ItemSource::Loaded { catalogs: loaded.clone(), at: (index, s, i) },
    };
    let scope = Scope::of(&state.work.profile);
    let view = state.shown();
    let on_edit = use_callback(props.on_action.clone(), |(item, edit), on_action| {
        on_action.emit(ProviderAction::Answer { item, edit })
    });
    let on_reviewed =
        use_callback(props.on_action.clone(), |item, on_action| on_action.emit(ProviderAction::MarkReviewed(item)));
    let answers: &Answers = &state.work.answers;
    // The relations hold as long as the loaded catalogs do.
    // Not for the first paint (the relations are read then built: 1–2 ms, four times that
    // on a slow desktop): the cards gain their related items once the page is painted.
    let relations = props.all_sections.then(|| crate::state::related::relations_for(loaded));
    let on_show = use_callback(props.on_action.clone(), |id: String, on_action| {
        on_action.emit(ProviderAction::ShowItem(id.clone()));
        later::soon(move || events::focus(&dom_id(&id)));
    });
    let in_questionnaire = state.work.questionnaire.is_some();

    // Every shown item, in catalog order, as (section, item) positions; the page is a slice.
    let visible: Vec<(usize, usize)> = view.shown_in(catalog);
    let pages = visible.len().div_ceil(ITEMS_PER_PAGE).max(1);
    let page = state.view.page.min(pages - 1);
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

    let tabs = state.work_catalogs().into_iter().map(|c| {
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
                aria-pressed={if filter == state.view.filter { "true" } else { "false" }}
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
                let (related, related_total) =
                    relations.as_ref().map(|relations| related_rows(relations, loaded, answers, &item.id)).unwrap_or_default();
                let proposal = relations
                    .as_ref()
                    .filter(|_| !related.is_empty())
                    .and_then(|relations| crosswalk::propose(relations, answers, &item.id));
                html! {
                    <ChecklistItem key={item.id.clone()} lang={lang} item={source(s, i)}
                        answer={answers.get(&item.id).cloned()}
                        prev={neighbour(n, -1)} next={neighbour(n, 1)}
                        filter={state.view.filter}
                        out_of_scope={scope.why_not(item)}
                        review={versions::needs_review(answers, item)}
                        history={state.work.history.get(&item.id).cloned().unwrap_or_default()}
                        related={Rc::new(related)} related_total={related_total} proposal={proposal} on_show={on_show.clone()}
                        on_edit={on_edit.clone()} on_reviewed={on_reviewed.clone()} />
                }
            })
            .collect::<Html>();
        html! {
            <section class="checklist-section" data-section={section.id.clone()} key={section.id.clone()}>
                <header class="section-head">
                    <h3>{ section.title.get(lang) }</h3>
                    <span class="section-clause">{ section.reference.clause.get(lang) }</span>
                    if in_questionnaire {
                        <span class="section-progress">{ " " }</span>
                    } else {
                        { assign_button(lang, &section.id, state.view.assigning.as_deref() == Some(section.id.as_str()), &props.on_action) }
                    }
                    <span class="section-progress">
                        { trf(lang, T::SectionProgress, &[("answered", &tally.answered().to_string()), ("total", &tally.total().to_string())]) }
                        { " · " }{ labels::percent(tally.score()) }
                    </span>
                </header>
                if !in_questionnaire && state.view.assigning.as_deref() == Some(section.id.as_str()) {
                    { owner_picker(lang, &section.id, &state.view.assignee, &props.owners, &props.on_action) }
                }
                if let Some(done) = state.view.assigned.as_ref().filter(|a| a.section.as_deref() == Some(section.id.as_str())) {
                    <p class="assign-done" role="status">{ assigned_text(lang, done) }</p>
                }
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
        <section class="card checklist" id="checklist" tabindex="-1" aria-labelledby="checklist-heading">
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
                    <input id="item-search" type="search" value={state.view.search.clone()}
                        placeholder={tr(lang, T::SearchPlaceholder)} oninput={on_search} />
                </div>
            </div>
            if !in_questionnaire {
                { owner_tools(lang, state, &props.owners, visible.len(), &props.on_action) }
            }
            <p class="shortcut-hint">{ tr(lang, T::ShortcutHint) }</p>
            if visible.is_empty() {
                <p class="empty">{ tr(lang, T::NoMatchingItems) }</p>
            }
            { sections }
            { for pager }
        </section>
    }
}

/// Show one owner's items; give the shown items (or a section, from its header) to an owner.
fn owner_tools(
    lang: Lang,
    state: &ProviderState,
    owners: &[OwnerTally],
    shown: usize,
    on_action: &Callback<ProviderAction>,
) -> Html {
    let on_owner = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let value = events::value(&e);
            let owner = match value.as_str() {
                "*" => None,
                "-" => Some(String::new()),
                name => Some(name.strip_prefix('=').unwrap_or(name).to_string()),
            };
            on_action.emit(ProviderAction::SetOwnerFilter(owner))
        })
    };
    let selected = match state.view.owner.as_deref() {
        None => "*".to_string(),
        Some("") => "-".to_string(),
        Some(name) => format!("={name}"),
    };
    let on_assignee = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(ProviderAction::SetAssignee(events::value(&e))))
    };
    let assign = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::AssignShown))
    };
    let options = owners.iter().filter(|t| !t.owner.is_empty()).map(|t| {
        let value = format!("={}", t.owner);
        html! { <option value={value.clone()} selected={selected == value}>{ format!("{} ({})", t.owner, t.items) }</option> }
    });
    let assignee = state.view.assignee.trim();
    html! {
        <div class="toolbar owner-tools">
            <div class="field-inline">
                <label for="owner-filter">{ tr(lang, T::OwnerFilterLabel) }</label>
                <select id="owner-filter" onchange={on_owner}>
                    <option value="*" selected={selected == "*"}>{ tr(lang, T::OwnerFilterAll) }</option>
                    <option value="-" selected={selected == "-"}>{ tr(lang, T::OwnerFilterNobody) }</option>
                    { for options }
                </select>
            </div>
            <div class="field-inline">
                <label for="assignee">{ tr(lang, T::AssigneeLabel) }</label>
                <input id="assignee" type="text" list="owner-names" value={state.view.assignee.clone()}
                    placeholder={tr(lang, T::AssigneePlaceholder)} oninput={on_assignee} />
                <datalist id="owner-names">
                    { for owners.iter().filter(|t| !t.owner.is_empty()).map(|t| html! { <option value={t.owner.clone()} /> }) }
                </datalist>
                <button type="button" id="assign-shown" disabled={assignee.is_empty() || shown == 0} onclick={assign}>
                    { trf(lang, T::AssignShown, &[("count", &shown.to_string()), ("owner", assignee)]) }
                </button>
                if let Some(done) = state.view.assigned.as_ref().filter(|a| a.section.is_none()) {
                    <span class="assign-done" role="status" id="assign-shown-done">{ assigned_text(lang, done) }</span>
                }
            </div>
        </div>
    }
}

/// A section's "assign" button: it opens (or closes) the owner picker below the heading.
fn assign_button(lang: Lang, section: &str, open: bool, on_action: &Callback<ProviderAction>) -> Html {
    let (on_action, id) = (on_action.clone(), section.to_string());
    let toggle = Callback::from(move |_: MouseEvent| {
        on_action.emit(ProviderAction::OpenAssign(if open { None } else { Some(id.clone()) }))
    });
    html! {
        <button type="button" class="assign-section" data-assign-section={section.to_string()}
            aria-expanded={if open { "true" } else { "false" }} onclick={toggle}>{ tr(lang, T::AssignSection) }</button>
    }
}

/// Who gets a section's items: an owner already named, or a new one typed here.
fn owner_picker(
    lang: Lang,
    section: &str,
    typed: &str,
    owners: &[OwnerTally],
    on_action: &Callback<ProviderAction>,
) -> Html {
    let give = |owner: String| {
        let (on_action, section) = (on_action.clone(), section.to_string());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(ProviderAction::AssignSection { section: section.clone(), owner: owner.clone() })
        })
    };
    let on_typed = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(ProviderAction::SetAssignee(events::value(&e))))
    };
    let close = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::OpenAssign(None)))
    };
    let new_id = format!("new-owner-{section}");
    html! {
        <div class="owner-picker" role="group" aria-label={tr(lang, T::AssignSection)} data-picker-for={section.to_string()}>
            { for owners.iter().filter(|t| !t.owner.is_empty()).map(|t| html! {
                <button type="button" class="owner-choice" data-owner={t.owner.clone()} onclick={give(t.owner.clone())}>
                    { format!("{} ({})", t.owner, t.items) }
                </button>
            }) }
            <span class="field-inline">
                <label for={new_id.clone()}>{ tr(lang, T::NewOwnerLabel) }</label>
                <input id={new_id} type="text" value={typed.to_string()} placeholder={tr(lang, T::AssigneePlaceholder)} oninput={on_typed} />
                <button type="button" class="owner-new" disabled={typed.trim().is_empty()} onclick={give(typed.trim().to_string())}>
                    { tr(lang, T::AssignToNew) }
                </button>
            </span>
            <button type="button" class="link-btn" onclick={close}>{ tr(lang, T::CancelDelete) }</button>
        </div>
    }
}

/// "8 items given to 运维部", said where it was done.
fn assigned_text(lang: Lang, done: &Assigned) -> String {
    trf(lang, T::AssignedTo, &[("count", &done.count.to_string()), ("owner", &done.owner)])
}
