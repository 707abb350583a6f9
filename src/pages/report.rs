use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::report::downloads::Downloads;
use crate::components::report::local_data::LocalData;
use crate::components::report::preview::Preview;
use crate::components::report::resume::Resume;
use crate::i18n::{tr, T};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub lang: Lang,
    pub state: AppState,
    pub today: Date,
    pub on_action: Callback<Action>,
}

/// Download, print, resume from a file, manage local data, and preview the report.
#[function_component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let provider = state.provider.inputs();
    let agency = state.agency.inputs();
    html! {
        <div class="page page-report">
            <header class="page-intro no-print">
                <h2 id="page-title">{ tr(lang, T::ReportTitle) }</h2>
                <p class="lead">{ tr(lang, T::ReportIntro) }</p>
            </header>
            <Downloads lang={lang} provider={provider.clone()} agency={agency.clone()} today={props.today} />
            <Resume lang={lang} import={state.report_import.clone()} on_action={props.on_action.clone()} />
            <LocalData lang={lang} confirm_clear={state.confirm_clear} on_action={props.on_action.clone()} />
            <Preview lang={lang} provider={provider} agency={agency} today={props.today} revision={state.revision} />
        </div>
    }
}
