use selfcheck_core::messages::Describe;
use selfcheck_core::report::{Role, MAX_REPORT_BYTES};
use selfcheck_core::session::{Resumable, Session};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, T};
use crate::platform::files::{self, ChosenFile};
use crate::platform::perf;
use crate::state::{Action, Incoming, ReportImport};

#[derive(Properties, PartialEq)]
pub struct ResumeProps {
    pub lang: Lang,
    pub import: Option<ReportImport>,
    pub on_action: Callback<Action>,
}

/// Reads, checks (size before reading), then hands the outcome to the reducer. An
/// autosave file (what the crash panel offers) is read as a session, with the same checks.
fn load_file(file: ChosenFile, on_action: Callback<Action>) {
    files::read_bytes(file, MAX_REPORT_BYTES as u64, move |result| {
        let action = match result {
            Ok(bytes) => perf::measure("report-load", || match Session::read_resumable(&bytes) {
                Ok(Resumable::Report(loaded)) => Action::ReportLoaded(loaded),
                Ok(Resumable::Session(session)) => Action::SessionLoaded(session),
                Err(problem) => Action::ReportRefused(problem),
            }),
            Err(error) => Action::ReportRefused(error.into()),
        };
        on_action.emit(action);
        perf::record_wasm_memory();
    });
}

/// Load a report by file input or drag-and-drop; refusals and warnings in the user's language.
#[function_component]
pub fn Resume(props: &ResumeProps) -> Html {
    let lang = props.lang;
    let dragging = use_state(|| false);
    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_chosen_file(&e) {
                load_file(file, on_action.clone());
            }
        })
    };
    let on_drop = {
        let (on_action, dragging) = (props.on_action.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = files::dropped_file(&e) {
                load_file(file, on_action.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // allows the drop
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let outcome = match &props.import {
        None => html! {},
        Some(ReportImport::Refused(problem)) => html! {
            <Notice kind={NoticeKind::Error}>
                <p>{ tr(lang, T::ReportRefused) }</p>
                <p id="report-problem">{ problem.message(lang) }</p>
                <button type="button" class="link-btn" onclick={send(Action::DismissReportImport)}>{ tr(lang, T::Dismiss) }</button>
            </Notice>
        },
        Some(ReportImport::Pending { incoming, edited, replaces_work }) => {
            let warnings = match incoming {
                Incoming::Report(loaded) => loaded.warnings.clone(),
                Incoming::Session(_) => Vec::new(),
            };
            html! {
                <Notice kind={NoticeKind::Warning}>
                    if *edited { <p id="report-pending">{ tr(lang, T::ReportEditedWarning) }</p> }
                    if *replaces_work { <p id="report-replaces">{ tr(lang, T::ReportReplacesWork) }</p> }
                    <ul>{ for warnings.iter().map(|w| html! { <li>{ w.message(lang) }</li> }) }</ul>
                    <button type="button" id="report-import-anyway" class="danger" onclick={send(Action::ConfirmReportImport)}>{ tr(lang, T::ReportImportAnyway) }</button>
                    <button type="button" id="report-import-cancel" onclick={send(Action::CancelReportImport)}>{ tr(lang, T::ReportImportCancel) }</button>
                </Notice>
            }
        }
        Some(ReportImport::Done { role, warnings }) => html! {
            <Notice kind={NoticeKind::Info}>
                <p id="report-loaded">{ tr(lang, match role {
                    None => T::ReportLoadedSession,
                    Some(Role::Provider) => T::ReportLoadedProvider,
                    Some(Role::Agency) => T::ReportLoadedAgency,
                }) }</p>
                <ul>{ for warnings.iter().map(|w| html! { <li class="report-warning">{ w.message(lang) }</li> }) }</ul>
                <button type="button" class="link-btn" onclick={send(Action::DismissReportImport)}>{ tr(lang, T::Dismiss) }</button>
            </Notice>
        },
    };
    html! {
        <section class="card resume no-print" aria-labelledby="resume-heading">
            <h2 id="resume-heading">{ tr(lang, T::ReportResumeHeading) }</h2>
            <p>{ tr(lang, T::ReportResumeHelp) }</p>
            <div class={classes!("drop-zone", (*dragging).then_some("dragging"))} id="report-drop"
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="report-file">{ tr(lang, T::ReportChooseFile) }</label>
                <input id="report-file" type="file" accept=".json,application/json" onchange={on_file} />
                <span class="drop-hint">{ tr(lang, T::ReportDropHere) }</span>
            </div>
            { outcome }
        </section>
    }
}
