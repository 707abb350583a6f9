use std::rc::Rc;

use selfcheck_core::catalog::Scope;
use selfcheck_core::deadlines;
use selfcheck_core::report::provider_catalogs;
use selfcheck_core::scoring::summarize;
use selfcheck_core::team::owners;
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::catalogs::CatalogManager;
use crate::components::checklist::Checklist;
use crate::components::checklist_item::dom_id;
use crate::components::consistency::ConsistencyPanel;
use crate::components::deadline_panel::DeadlinePanel;
use crate::components::gap_list::GapList;
use crate::components::profile_form::ProfileForm;
use crate::components::questionnaire_banner::QuestionnaireBanner;
use crate::components::readiness::Readiness;
use crate::components::step_nav::{Step, StepNav};
use crate::components::team::TeamPanel;
use crate::i18n::{tr, T};
use crate::platform::{events, later};
use crate::route::Route;
use crate::state::{ProviderAction, ProviderState};

#[derive(Properties, PartialEq)]
pub struct ProviderPageProps {
    pub lang: Lang,
    pub state: ProviderState,
    /// Today's date, for deadline warnings (passed in: pages do not read clocks).
    pub today: Date,
    /// The first paint is done: the whole checklist may be drawn.
    #[prop_or(true)]
    pub painted: bool,
    /// Who is answering in this browser: who hands questionnaires out.
    #[prop_or_default]
    pub answerer: String,
    /// This browser's signing key: a respondent's answered questionnaire is signed with it.
    #[prop_or_default]
    pub signing_key: Option<crate::state::SigningKey>,
    pub on_action: Callback<ProviderAction>,
}

/// Profile, readiness dashboard, deadlines, gaps, then the checklists themselves.
/// Scores are derived at render time from the answers, never stored.
#[function_component]
pub fn ProviderPage(props: &ProviderPageProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let scope = Scope::of(&state.work.profile);
    let summary =
        use_memo((state.work.answers.clone(), state.work.catalogs.clone(), scope), |(answers, loaded, scope)| {
            summarize(&provider_catalogs(loaded), answers, scope)
        });
    let summary: Rc<_> = summary;
    let contradictions = use_memo((state.work.answers.clone(), state.work.catalogs.clone()), |(answers, loaded)| {
        selfcheck_core::crosswalk::contradictions(&crate::state::related::relations_for(loaded), answers)
    });
    let owners =
        use_memo((state.work.answers.clone(), state.work.catalogs.clone(), scope), |(answers, loaded, scope)| {
            owners::tallies(&provider_catalogs(loaded), answers, scope)
        });
    let in_questionnaire = state.work.questionnaire.is_some();
    let deadlines = deadlines::compute(&state.work.profile.dates, props.today);
    // A gap leads to its item: shown in the checklist, then focused once drawn.
    let show_item = {
        let on_action = props.on_action.clone();
        Callback::from(move |id: String| {
            on_action.emit(ProviderAction::ShowItem(id.clone()));
            later::soon(move || events::focus(&dom_id(&id)));
        })
    };
    // Profile → checklists → team → readiness and gaps (a respondent has no team step).
    let step = |target, label| Step { target, label: tr(lang, label).into() };
    let mut steps = vec![step("profile", T::StepProfile), step("checklist", T::StepChecklists)];
    if !in_questionnaire {
        steps.push(step("team", T::StepTeam));
    }
    steps.push(step("readiness", T::StepReadiness));
    html! {
        <div class="page page-provider">
            <header class="page-intro">
                <h2 id="page-title">{ tr(lang, T::ProviderTitle) }</h2>
                <p class="lead">{ tr(lang, T::ProviderIntro) }</p>
                <p class="who">{ tr(lang, T::ProviderWho) }</p>
            </header>
            <QuestionnaireBanner lang={lang} provider={state.clone()} today={props.today}
                signing_key={props.signing_key.clone()} />
            <StepNav route={Route::Provider} label={tr(lang, T::StepsLabel)} steps={steps} />
            <ProfileForm lang={lang} profile={state.work.profile.clone()} read_only={in_questionnaire}
                scope_change={state.view.scope_change} on_action={props.on_action.clone()} />
            <Checklist lang={lang} state={state.clone()} summary={summary.clone()} owners={owners.clone()} all_sections={props.painted}
                on_action={props.on_action.clone()} />
            // Below the first screen: drawn once the first paint is done, as the checklist's
            // other sections are, so the first screen is usable sooner.
            if props.painted && !in_questionnaire {
                <CatalogManager lang={lang} state={state.catalogs.clone()} loaded={state.work.catalogs.clone()} today={props.today} on_action={props.on_action.clone()} />
                <TeamPanel lang={lang} owners={owners} provider={state.clone()} answerer={props.answerer.clone()}
                    today={props.today} on_action={props.on_action.clone()} />
            }
            <div class="dashboard" id="readiness" tabindex="-1">
                if props.painted {
                    <Readiness lang={lang} summary={summary.clone()} catalog={state.view.catalog.clone()} catalogs={state.work.catalogs.clone()} />
                    <div class="dashboard-side">
                        <DeadlinePanel lang={lang} deadlines={deadlines} />
                        <ConsistencyPanel lang={lang} contradictions={contradictions} loaded={state.work.catalogs.clone()}
                            on_show={show_item.clone()} />
                        <GapList lang={lang} summary={summary} answers={state.work.answers.clone()}
                            catalogs={state.work.catalogs.clone()} limit={8} on_show={show_item} />
                    </div>
                }
            </div>
        </div>
    }
}
