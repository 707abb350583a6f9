use selfcheck_core::agency::Verdict;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::agency::verdict_badge::verdict_badge;
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::AgencyAction;

/// One line of the inventory, already classified.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub id: u64,
    pub name: String,
    /// `None` until the workload has a name.
    pub verdict: Option<Verdict>,
    pub level: Option<u8>,
    pub platform: Option<String>,
    /// `None` when no platform is assigned.
    pub fit_gaps: Option<usize>,
}

#[derive(Properties, PartialEq)]
pub struct InventoryProps {
    pub lang: Lang,
    /// The rows of the current page.
    pub rows: Vec<Row>,
    /// Number of workloads per verdict, in `Verdict::ALL` order, and in all.
    pub counts: [usize; Verdict::ALL.len()],
    pub total: usize,
    /// How many pass the filter and search (all pages).
    pub matching: usize,
    pub page: usize,
    pub pages: usize,
    pub filter: Option<Verdict>,
    pub search: AttrValue,
    pub selected: Option<u64>,
    pub confirm_delete: Option<u64>,
    pub on_action: Callback<AgencyAction>,
}

/// The workload list: verdict filter, search, one page of rows, pager.
#[function_component]
pub fn Inventory(props: &InventoryProps) -> Html {
    let lang = props.lang;
    let act = |action: AgencyAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_search = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(AgencyAction::SetSearch(events::value(&e))))
    };
    let filter_button = |filter: Option<Verdict>, label: String| {
        html! {
            <button type="button" class="filter-btn" data-verdict-filter={filter.map_or("all", |v| v.code())}
                aria-pressed={if props.filter == filter { "true" } else { "false" }}
                onclick={act(AgencyAction::SetVerdictFilter(filter))}>{ label }</button>
        }
    };
    html! {
        <div class="inventory">
            <div class="toolbar">
                <div class="filters" role="group" aria-label={tr(lang, T::VerdictFilterLabel)}>
                    { filter_button(None, trf(lang, T::VerdictAll, &[("count", &props.total.to_string())])) }
                    { for Verdict::ALL.into_iter().zip(props.counts).map(|(verdict, count)|
                        filter_button(Some(verdict), format!("{} {count}", labels::verdict(lang, verdict)))) }
                </div>
                <div class="search">
                    <label for="workload-search">{ tr(lang, T::InventorySearchLabel) }</label>
                    <input id="workload-search" type="search" value={props.search.clone()} oninput={on_search} />
                </div>
            </div>
            if props.total == 0 {
                <p class="empty">{ tr(lang, T::InventoryEmpty) }</p>
            }
            <ul class="workload-list">
                { for props.rows.iter().map(|row| {
                    let name = if row.name.trim().is_empty() { tr(lang, T::Unnamed).to_string() } else { row.name.clone() };
                    let level = row.level.map_or_else(|| tr(lang, T::NotGradedShort).to_string(),
                        |l| trf(lang, T::LevelShort, &[("level", &l.to_string())]));
                    let selected = props.selected == Some(row.id);
                    html! {
                        <li key={row.id} class={classes!("workload-row", selected.then_some("selected"))} data-workload-id={row.id.to_string()}>
                            <div class="workload-main">
                                <span class="workload-name">{ name }</span>
                                { verdict_badge(lang, row.verdict) }
                                <span class="workload-meta">{ level }</span>
                                if let Some(platform) = &row.platform { <span class="workload-meta">{ platform }</span> }
                                if let Some(gaps) = row.fit_gaps.filter(|g| *g > 0) {
                                    <span class="workload-meta fit-warning">{ trf(lang, T::FitGapsCount, &[("count", &gaps.to_string())]) }</span>
                                }
                            </div>
                            <div class="workload-actions">
                                <button type="button" class="open-btn" aria-pressed={if selected { "true" } else { "false" }}
                                    onclick={act(AgencyAction::Select(Some(row.id)))}>{ tr(lang, T::EditWorkload) }</button>
                                <button type="button" onclick={act(AgencyAction::Duplicate(row.id))}>{ tr(lang, T::DuplicateWorkload) }</button>
                                if props.confirm_delete == Some(row.id) {
                                    <button type="button" class="danger" onclick={act(AgencyAction::ConfirmDelete(row.id))}>{ tr(lang, T::ConfirmDelete) }</button>
                                    <button type="button" onclick={act(AgencyAction::CancelDelete)}>{ tr(lang, T::CancelDelete) }</button>
                                } else {
                                    <button type="button" onclick={act(AgencyAction::RequestDelete(row.id))}>{ tr(lang, T::DeleteWorkload) }</button>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
            if props.pages > 1 {
                <nav class="pager" aria-label={tr(lang, T::PagerLabel)}>
                    <button type="button" disabled={props.page == 0}
                        onclick={act(AgencyAction::SetPage(props.page.saturating_sub(1)))}>{ tr(lang, T::PrevPage) }</button>
                    <span id="page-status">{ trf(lang, T::PageOf, &[
                        ("page", &(props.page + 1).to_string()), ("pages", &props.pages.to_string()), ("count", &props.matching.to_string())]) }</span>
                    <button type="button" disabled={props.page + 1 >= props.pages}
                        onclick={act(AgencyAction::SetPage(props.page + 1))}>{ tr(lang, T::NextPage) }</button>
                </nav>
            }
        </div>
    }
}
