//! An earlier report beside the current work: the scores then and now (a chart), what
//! improved and regressed, gaps opened and closed, red lines changed; as CSV and print.

use std::rc::Rc;

use selfcheck_core::catalog::{loaded, ItemKind};
use selfcheck_core::messages::Describe;
use selfcheck_core::report::{LoadProblem, ReportInputs, MAX_REPORT_BYTES};
use selfcheck_core::team::compare::{
    compare_agency, compare_provider, AgencyComparison, Comparison, GapChange, ItemChangeKind, ProviderComparison,
};
use selfcheck_core::team::compare_csv::{comparison_csv, gap_change, item_change, status_text, workload_change};
use selfcheck_core::{Date, Lang, Timestamp};
use yew::prelude::*;

use crate::components::change_chart::{Change, ChangeChart};
use crate::components::{scroll_table, Notice, NoticeKind};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::files::{self};
use crate::platform::{download, print};
use crate::state::{Action, AgencyState, CompareState, ProviderState};

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub lang: Lang,
    pub compare: Option<Rc<CompareState>>,
    pub provider: ProviderState,
    pub agency: AgencyState,
    /// Moves whenever the work does: the comparison is recomputed only then.
    pub revision: u64,
    pub today: Date,
    pub on_action: Callback<Action>,
}

/// The earlier report against the work of its own role.
fn comparison_of(before: &ReportInputs, provider: &ProviderState, agency: &AgencyState) -> Option<Comparison> {
    if let Some(earlier) = &before.provider {
        return Some(Comparison::Provider(compare_provider(earlier, &provider.work)));
    }
    before.agency.as_ref().map(|earlier| Comparison::Agency(compare_agency(earlier, &agency.work)))
}

fn provider_view(lang: Lang, c: &ProviderComparison, provider: &ProviderState) -> Html {
    let catalogs = &provider.work.catalogs;
    let rows: Vec<Change> = c
        .scores
        .iter()
        .filter(|s| s.section_id.is_none())
        .map(|s| Change { label: s.title.get(lang).to_string(), before: s.score.before, after: s.score.after })
        .collect();
    let counts = [
        (ItemChangeKind::Improved, c.count(ItemChangeKind::Improved)),
        (ItemChangeKind::Regressed, c.count(ItemChangeKind::Regressed)),
        (ItemChangeKind::Answered, c.count(ItemChangeKind::Answered)),
        (ItemChangeKind::Withdrawn, c.count(ItemChangeKind::Withdrawn)),
    ];
    let areas = c.scores.iter().filter(|s| s.section_id.is_some() && s.score.changed()).map(|s| {
        html! {
            <tr>
                <td>{ s.title.get(lang) }</td>
                <td>{ labels::percent(s.score.before) }</td>
                <td>{ labels::percent(s.score.after) }</td>
            </tr>
        }
    });
    let items = c.items.iter().map(|i| {
        let kind = loaded::find_item(catalogs, &i.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
        html! {
            <tr data-item={i.item_id.clone()} data-change={i.kind.code()}>
                <td>{ item_change(i.kind).text(lang) }</td>
                <td><span class="item-id">{ loaded::local_id(&i.item_id) }</span>{ " " }{ i.title.get(lang) }
                    if i.gating { { " " }<span class="tag tag-gating">{ tr(lang, T::TagGating) }</span> }</td>
                <td>{ status_text(kind, i.status.before, lang) }</td>
                <td>{ status_text(kind, i.status.after, lang) }
                    if !i.carried_from.is_empty() {
                        <span class="carried-note">{ " " }{ trf(lang, T::CarriedFromShort, &[("item", &i.carried_from)]) }</span>
                    }</td>
                <td>{ i.gap.map_or("", |g| gap_change(g).text(lang)) }</td>
            </tr>
        }
    });
    let red_lines = c.red_lines().count();
    html! {
        <>
            <p id="compare-status">
                { trf(lang, T::CompareStatus, &[("before", labels::overall(lang, c.status.before)), ("after", labels::overall(lang, c.status.after))]) }
            </p>
            <p id="compare-overall">
                { trf(lang, T::CompareOverall, &[("before", &labels::percent(c.overall.before)), ("after", &labels::percent(c.overall.after))]) }
            </p>
            <ChangeChart title={tr(lang, T::CompareChart)} rows={rows} />
            <ul class="compare-counts" id="compare-counts">
                { for counts.iter().map(|(kind, n)| html! { <li data-count={kind.code()}>{ item_change(*kind).text(lang) }{ ": " }{ n }</li> }) }
                <li data-count="gap_opened">{ gap_change(GapChange::Opened).text(lang) }{ ": " }{ c.gaps(GapChange::Opened) }</li>
                <li data-count="gap_closed">{ gap_change(GapChange::Closed).text(lang) }{ ": " }{ c.gaps(GapChange::Closed) }</li>
                <li data-count="red_lines">{ tr(lang, T::CompareRedLines) }{ ": " }{ red_lines }</li>
            </ul>
            if c.scores.iter().any(|s| s.section_id.is_some() && s.score.changed()) {
                { scroll_table(tr(lang, T::CompareAreasTable), html! {
                    <table class="report-table" id="compare-areas">
                        <thead><tr><th>{ tr(lang, T::CompareArea) }</th><th>{ tr(lang, T::CompareBefore) }</th><th>{ tr(lang, T::CompareAfter) }</th></tr></thead>
                        <tbody>{ for areas }</tbody>
                    </table> }) }
            }
            if !c.items.is_empty() {
                { scroll_table(tr(lang, T::CompareItemsTable), html! {
                    <table class="report-table" id="compare-items">
                        <thead><tr>
                            <th>{ tr(lang, T::CompareChange) }</th><th>{ tr(lang, T::ColumnItem) }</th>
                            <th>{ tr(lang, T::CompareBefore) }</th><th>{ tr(lang, T::CompareAfter) }</th><th>{ tr(lang, T::CompareGap) }</th>
                        </tr></thead>
                        <tbody>{ for items }</tbody>
                    </table> }) }
            }
        </>
    }
}

fn agency_view(lang: Lang, c: &AgencyComparison) -> Html {
    let counts = |v: &selfcheck_core::report::VerdictCounts| {
        format!("{} / {} / {} / {} / {}", v.prohibited, v.not_suitable, v.ungraded, v.conditional, v.eligible)
    };
    let verdict = |v: Option<selfcheck_core::agency::Verdict>| v.map_or("—", |v| labels::verdict(lang, v));
    let rows = c.workloads.iter().map(|w| {
        let fields: Vec<&str> = w.fields.iter().map(|f| f.code()).collect();
        html! {
            <tr data-workload={w.name.clone()}>
                <td>{ workload_change(w.kind).text(lang) }</td>
                <td>{ w.name.clone() }</td>
                <td>{ verdict(w.verdict.before) }</td>
                <td>{ verdict(w.verdict.after) }</td>
                <td>{ fields.join(", ") }</td>
            </tr>
        }
    });
    html! {
        <>
            <p id="compare-verdicts">{ trf(lang, T::CompareVerdicts, &[("before", &counts(&c.counts.before)), ("after", &counts(&c.counts.after))]) }</p>
            { scroll_table(tr(lang, T::CompareWorkloadsTable), html! {
                <table class="report-table" id="compare-workloads">
                    <thead><tr>
                        <th>{ tr(lang, T::CompareChange) }</th><th>{ tr(lang, T::ColumnWorkload) }</th>
                        <th>{ tr(lang, T::CompareBefore) }</th><th>{ tr(lang, T::CompareAfter) }</th><th>{ tr(lang, T::CompareFields) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table> }) }
            if !c.platforms.is_empty() {
                <ul id="compare-platforms">
                    { for c.platforms.iter().map(|(name, kind)| html! { <li>{ workload_change(*kind).text(lang) }{ ": " }{ name.clone() }</li> }) }
                </ul>
            }
        </>
    }
}

#[function_component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let lang = props.lang;
    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen_file(&e) else { return };
            let (name, on_action) = (file.name(), on_action.clone());
            files::read_bytes(file, MAX_REPORT_BYTES as u64, move |read| {
                let bytes = read.map_err(LoadProblem::from);
                // Read before it is dispatched: the reducer only keeps what was read.
                on_action.emit(Action::Compare(Box::new(CompareState::read(name, bytes))));
            });
        })
    };
    let before = match props.compare.as_deref() {
        Some(CompareState::Loaded { before, .. }) => Some(before.clone()),
        _ => None,
    };
    let comparison = {
        let (provider, agency) = (props.provider.clone(), props.agency.clone());
        let key = (props.revision, before.as_ref().map(|b| Rc::as_ptr(b) as usize));
        use_memo(key, move |_| before.as_ref().and_then(|b| comparison_of(b, &provider, &agency)))
    };
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let body = match (props.compare.as_deref(), comparison.as_ref()) {
        (Some(CompareState::Refused { name, refusal }), _) => html! {
            <Notice kind={NoticeKind::Error}>
                <p>{ trf(lang, T::CompareRefused, &[("file", name)]) }</p>
                <p id="compare-problem">{ refusal.message(lang) }</p>
                <button type="button" class="link-btn" onclick={send(Action::DismissCompare)}>{ tr(lang, T::Dismiss) }</button>
            </Notice>
        },
        (Some(CompareState::Loaded { name, before }), Some(comparison)) => {
            let csv = {
                let (comparison, today) = (comparison.clone(), props.today);
                Callback::from(move |_: MouseEvent| {
                    let name = format!("cloud-selfcheck-comparison-{today}.csv");
                    let _ = download::save_text(&name, "text/csv;charset=utf-8", &comparison_csv(&comparison, lang));
                })
            };
            let made = Timestamp::parse(&before.generated_at).map(|t| t.wall_clock()).unwrap_or_default();
            html! {
                <div class="compare-result" id="compare-result">
                    <p class="compare-with">{ trf(lang, T::CompareWith, &[("file", name), ("when", &made)]) }</p>
                    <div class="button-row no-print">
                        <button type="button" id="compare-csv" onclick={csv}>{ tr(lang, T::CompareCsv) }</button>
                        <button type="button" id="compare-print" onclick={|_| print::print_part("compare")}>{ tr(lang, T::ComparePrint) }</button>
                        <button type="button" class="link-btn" onclick={send(Action::DismissCompare)}>{ tr(lang, T::CompareClose) }</button>
                    </div>
                    if comparison.is_empty() {
                        <p id="compare-none">{ tr(lang, T::CompareNone) }</p>
                    } else {
                        { match comparison {
                            Comparison::Provider(c) => provider_view(lang, c, &props.provider),
                            Comparison::Agency(c) => agency_view(lang, c),
                        } }
                    }
                </div>
            }
        }
        _ => html! {},
    };
    html! {
        <section class="card compare" id="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ tr(lang, T::CompareHeading) }</h2>
            <div class="no-print">
                <p>{ tr(lang, T::CompareHelp) }</p>
                <label for="compare-file">{ tr(lang, T::CompareChooseFile) }</label>
                <input id="compare-file" type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}
