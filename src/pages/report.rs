use std::rc::Rc;

use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::report::compare::ComparePanel;
use crate::components::report::downloads::Downloads;
use crate::components::report::local_data::LocalData;
use crate::components::report::merge::MergePanel;
use crate::components::report::printout::Printout;
use crate::components::report::resume::Resume;
use crate::components::report::signing_key::SigningKeyPanel;
use crate::i18n::{tr, T};
use crate::state::{Action, AgencyState, CompareState, MergeState, ProviderState, ReportImport, SigningKey};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub lang: Lang,
    /// Both roles' state, shared (their answers and workloads are behind `Rc`): the
    /// reports are built from them when needed, never copied on a render.
    pub provider: ProviderState,
    pub agency: AgencyState,
    pub import: Option<ReportImport>,
    pub confirm_clear: bool,
    pub revision: u64,
    #[prop_or_default]
    pub merge: Option<Rc<MergeState>>,
    #[prop_or_default]
    pub compare: Option<Rc<CompareState>>,
    pub today: Date,
    /// This browser's signing key (its fingerprint).
    #[prop_or_default]
    pub signing_key: Option<SigningKey>,
    pub on_action: Callback<Action>,
}

/// Download, print, resume from a file, manage local data, and preview the report.
#[function_component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let lang = props.lang;
    let (provider, agency) = (&props.provider, &props.agency);
    html! {
        <div class="page page-report">
            <header class="page-intro no-print">
                <h2 id="page-title">{ tr(lang, T::ReportTitle) }</h2>
                <p class="lead">{ tr(lang, T::ReportIntro) }</p>
            </header>
            <Downloads lang={lang} provider={provider.clone()} agency={agency.clone()} today={props.today}
                signing_key={props.signing_key.clone()} />
            <SigningKeyPanel lang={lang} signing_key={props.signing_key.clone()}
                on_change={props.on_action.reform(Action::SigningKey)} />
            <Resume lang={lang} import={props.import.clone()} on_action={props.on_action.clone()} />
            <MergePanel lang={lang} merge={props.merge.clone()} catalogs={provider.work.catalogs.clone()}
                on_action={props.on_action.clone()} />
            <ComparePanel lang={lang} compare={props.compare.clone()} provider={provider.clone()} agency={agency.clone()}
                revision={props.revision} today={props.today} on_action={props.on_action.clone()} />
            <LocalData lang={lang} confirm_clear={props.confirm_clear} signing_key={props.signing_key.clone()}
                on_action={props.on_action.clone()} />
            <Printout lang={lang} provider={provider.clone()} agency={agency.clone()}
                today={props.today} revision={props.revision} signing_key={props.signing_key.clone()} />
        </div>
    }
}
