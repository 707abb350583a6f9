use selfcheck_core::messages::Describe;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::open_file::OpenFile;
use crate::components::{AppFooter, AppHeader, KeepingNotice, MainNav, Notice, NoticeKind};
use crate::i18n::{tr, T};
use crate::platform::fatal::AUTOSAVE_FILE;
use crate::platform::{download, events, location};
use crate::state::{Action, AgencyAction, AppState, Keeping, ProviderAction, SaveStatus, StorageProblem};

#[derive(Properties, PartialEq, Clone)]
pub struct LayoutProps {
    pub state: AppState,
    pub today: selfcheck_core::Date,
    pub on_lang_change: Callback<Lang>,
    pub on_answerer_change: Callback<String>,
    pub on_provider: Callback<ProviderAction>,
    pub on_agency: Callback<AgencyAction>,
    pub on_app: Callback<Action>,
    /// A read-only window asks the window that edits to hand over.
    pub on_ask_to_edit: Callback<()>,
    /// The current view, chosen by the app's route switch (`app::Screen`).
    #[prop_or_default]
    pub children: Html,
}

/// Around the current view (its children): header, navigation, notices, footer.
#[function_component]
pub fn Layout(props: &LayoutProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    // Serialised only when asked: a window that stopped saving keeps its work this way.
    let download_work = {
        let state = state.clone();
        Callback::from(move |()| {
            let _ = download::save_text(AUTOSAVE_FILE, "application/json", &state.session().to_json());
        })
    };
    html! {
        <div class="layout">
            // Focus moves to the content without touching the URL hash, which holds the view.
            <a class="skip-link" href="#main" onclick={|e: MouseEvent| { e.prevent_default(); events::focus("main"); }}>
                { tr(lang, T::SkipToContent) }
            </a>
            <AppHeader lang={lang} on_lang_change={props.on_lang_change.clone()}
                answerer={state.answerer.clone()} on_answerer_change={props.on_answerer_change.clone()} />
            <MainNav lang={lang} current={state.route} />
            // The one way in for any file, on every page (and a file dropped anywhere).
            if state.window.keeping.may_edit() {
                <OpenFile lang={lang} today={props.today} provider_empty={state.provider.work.is_empty()}
                    catalogs={state.provider.work.catalogs.clone()} on_action={props.on_app.clone()} />
            }
            if let SaveStatus::Failed(problem) = &state.window.save {
                <Notice kind={NoticeKind::Warning}>
                    { tr(lang, if *problem == StorageProblem::Full { T::StorageFull } else { T::StorageUnavailable }) }
                </Notice>
            }
            if let SaveStatus::Refused(over) = &state.window.save {
                <Notice kind={NoticeKind::Warning}>
                    <span id="save-refused">{ tr(lang, T::SaveRefused) }</span>{ " " }
                    <span class="detail">{ over.message(lang) }</span>
                </Notice>
            }
            if let Some(problem) = &state.window.restore_problem {
                <Notice kind={NoticeKind::Warning}>
                    { tr(lang, if problem.set_aside { T::RestoreFailed } else { T::RestoreFailedPaused }) }{ " " }
                    <span class="detail">{ problem.problem.message(lang) }</span>
                </Notice>
            }
            if state.window.restored_stale {
                <Notice kind={NoticeKind::Warning}>{ tr(lang, T::RestoredStale) }</Notice>
            }
            <p class="save-status" id="save-status" role="status" data-save={match state.window.save {
                SaveStatus::Unchanged => "unchanged", SaveStatus::Saved => "saved", SaveStatus::Failed(_) => "failed",
                SaveStatus::Refused(_) => "refused" }}>
                if state.window.save == SaveStatus::Saved { { tr(lang, T::SavedInBrowser) } }
            </p>
            <KeepingNotice lang={lang} keeping={state.window.keeping} on_ask_to_edit={props.on_ask_to_edit.clone()}
                on_download_work={download_work} on_reload={Callback::from(|()| location::reload())} />
            // Only the window that keeps the work can change it: elsewhere it is read-only.
            <main id="main" tabindex="-1" data-route={state.route.hash()} data-keeping={state.window.keeping.code()}
                inert={!state.window.keeping.may_edit()} aria-busy={(state.window.keeping == Keeping::Opening).then_some("true")}>
                { props.children.clone() }
            </main>
            <AppFooter lang={lang} />
        </div>
    }
}
