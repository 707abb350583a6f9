use selfcheck_core::agency::{check_fit, classify, inventory_csv, Classification, Platform, Verdict};
use selfcheck_core::fold::fold;
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::agency::csv_tools::CsvTools;
use crate::components::agency::inventory::{Inventory, Row};
use crate::components::agency::platform_list::PlatformList;
use crate::components::agency::profile_form::AgencyProfileForm;
use crate::components::agency::workload_detail::WorkloadDetail;
use crate::components::step_nav::{Step, StepNav};
use crate::i18n::{tr, T};
use crate::platform::{events, later};
use crate::route::Route;
use crate::state::{AgencyAction, AgencyState, PAGE_SIZE};

#[derive(Properties, PartialEq)]
pub struct AgencyPageProps {
    pub lang: Lang,
    pub state: AgencyState,
    pub today: Date,
    pub on_action: Callback<AgencyAction>,
}

/// Inventory, CSV tools, the selected workload's details, and the candidate platforms.
/// Verdicts and fit gaps are derived here at render, never stored.
#[function_component]
pub fn AgencyPage(props: &AgencyPageProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let classifications: Vec<Classification> = state.work.workloads.iter().map(|e| classify(&e.workload)).collect();
    let platforms: Vec<Platform> = state.work.platforms.iter().map(|e| e.platform.clone()).collect();

    // A workload is judged once it has a name: a row just added is not "可以上云" yet.
    let verdict =
        |i: usize| (!state.work.workloads[i].workload.name.trim().is_empty()).then_some(classifications[i].verdict);
    let mut counts = [0usize; Verdict::ALL.len()];
    for verdict in (0..classifications.len()).filter_map(verdict) {
        counts[Verdict::ALL.iter().position(|v| *v == verdict).unwrap_or(0)] += 1;
    }
    let needle = fold(state.view.search.trim());
    let matching: Vec<usize> = (0..state.work.workloads.len())
        .filter(|&i| state.view.verdict_filter.is_none_or(|v| verdict(i) == Some(v)))
        .filter(|&i| needle.is_empty() || fold(&state.work.workloads[i].workload.name).contains(&needle))
        .collect();
    let pages = matching.len().div_ceil(PAGE_SIZE).max(1);
    let page = state.view.page.min(pages - 1);
    let rows: Vec<Row> = matching
        .iter()
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|&i| {
            let entry = &state.work.workloads[i];
            let fit = check_fit(&entry.workload, &classifications[i], &platforms, props.today);
            Row {
                id: entry.id,
                name: entry.workload.name.clone(),
                verdict: verdict(i),
                level: entry.workload.mlps_level,
                platform: entry.workload.platform.clone(),
                fit_gaps: fit.map(|gaps| gaps.len()),
            }
        })
        .collect();

    let detail = state.view.selected.and_then(|id| {
        let i = state.work.workloads.iter().position(|e| e.id == id)?;
        let entry = &state.work.workloads[i];
        Some(html! {
            <WorkloadDetail key={id} lang={lang} id={id} workload={entry.workload.clone()}
                classification={classifications[i].clone()}
                fit={check_fit(&entry.workload, &classifications[i], &platforms, props.today)}
                platforms={platforms.clone()} on_action={props.on_action.clone()} />
        })
    });
    // Built on a click, from the shared workloads (nothing copied on a render), and equal
    // across renders while the workloads are unchanged, so the CSV tools are not redrawn.
    let export = use_callback(state.work.workloads.clone(), |(), workloads| {
        inventory_csv::export(workloads.iter().map(|e| &e.workload))
    });
    // The new workload's form opens in view, the cursor in its name.
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(AgencyAction::AddWorkload);
            later::soon(|| events::reveal("workload-heading", "workload-name"));
        })
    };

    // Unit → inventory → platforms → verdicts and fit (the open workload's, else the list's).
    let step = |target, label| Step { target, label: tr(lang, label).into() };
    let verdicts = if detail.is_some() { "workload-detail" } else { "inventory" };
    let steps = vec![
        step("agency-profile", T::StepUnit),
        step("inventory", T::StepInventory),
        step("platforms", T::StepPlatforms),
        step(verdicts, T::StepVerdicts),
    ];
    html! {
        <div class="page page-agency">
            <header class="page-intro">
                <h2 id="page-title">{ tr(lang, T::AgencyTitle) }</h2>
                <p class="lead">{ tr(lang, T::AgencyIntro) }</p>
                <p class="who">{ tr(lang, T::AgencyWho) }</p>
            </header>
            <StepNav route={Route::Agency} label={tr(lang, T::StepsLabel)} steps={steps} />
            <AgencyProfileForm lang={lang} profile={state.work.profile.clone()} on_action={props.on_action.clone()} />
            <section class="card" id="inventory" tabindex="-1" aria-labelledby="inventory-heading">
                <div class="detail-head">
                    <h2 id="inventory-heading">{ tr(lang, T::InventoryHeading) }</h2>
                    <button type="button" id="add-workload" class="primary" onclick={add}>{ tr(lang, T::AddWorkload) }</button>
                </div>
                <CsvTools lang={lang} mode={state.import_mode} outcome={state.import_outcome.clone()}
                    export={export} on_action={props.on_action.clone()} />
                <Inventory lang={lang} rows={rows} counts={counts} total={state.work.workloads.len()} matching={matching.len()}
                    page={page} pages={pages} filter={state.view.verdict_filter} search={state.view.search.clone()}
                    selected={state.view.selected} confirm_delete={state.confirm_delete} on_action={props.on_action.clone()} />
            </section>
            { for detail }
            <PlatformList lang={lang} platforms={state.work.platforms.clone()} error={state.platform_error} report_problem={state.platform_report_problem.clone()}
                import_mode={state.platform_import_mode} import_outcome={state.platform_import_outcome.clone()} on_action={props.on_action.clone()} />
        </div>
    }
}
