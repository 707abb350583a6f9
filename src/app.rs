//! The root component: owns the reducer and connects it to the platform
//! (hash routing, persisted language), and picks the view for the route (`Screen`);
//! the rest of the page is `Layout`'s.

use yew::prelude::*;

use crate::autosave::use_autosave;
use crate::components::layout::{Layout, LayoutProps};
use crate::pages::{AgencyPage, ProviderPage, ReportPage};
use crate::platform::clock::{self, timed};
use crate::platform::{document, events, later, location, signing, storage};
use crate::route::Route;
use crate::state::{Action, AgencyAction, AppState, Keeping, ProviderAction};

#[function_component]
pub fn App() -> Html {
    // The place a visit opens at: the address's view and step, else where the last visit was.
    let place = use_memo((), |_| {
        let hash = location::current_hash();
        if Route::parse(&hash).is_some() {
            hash
        } else {
            storage::load_place().filter(|saved| Route::parse(saved).is_some()).unwrap_or_default()
        }
    });
    let state = use_reducer(|| {
        let mut state = AppState::opening(storage::load_lang().unwrap_or_default(), Route::from_hash(&place));
        state.answerer = storage::load_answerer();
        if let Some(tab) = storage::load_catalog_tab() {
            state.provider.view.catalog = tab;
        }
        state
    });

    // Follow the URL hash: links, back/forward, typed addresses. Effects run after
    // the first render is in the DOM, so this is also where the app is ready.
    {
        let (state, place) = (state.clone(), place.clone());
        use_effect_with((), move |_| {
            document::mark_ready();
            state.dispatch(timed(Action::Painted));
            let listener = location::on_hash_change(move |hash| {
                if let Some(route) = Route::parse(&hash) {
                    state.dispatch(timed(Action::Navigate(route)));
                    storage::save_place(&hash);
                    reveal_step(&hash);
                }
            });
            // The remembered place goes in the address (no history entry: the user did not
            // go anywhere).
            if !place.is_empty() {
                storage::save_place(&place);
                if location::current_hash() != *place {
                    location::replace(&place);
                }
            }
            move || drop(listener)
        });
    }

    // The step the visit opened at is shown once the stored work is read: until then the
    // page is inert, and nothing in it can take the focus.
    {
        let opened = state.window.keeping != Keeping::Opening;
        use_effect_with(opened, move |&opened| {
            if opened {
                reveal_step(&place);
            }
        });
    }

    // The catalog tab shown is remembered as the place is.
    {
        use_effect_with(state.provider.view.catalog.clone(), |tab| storage::save_catalog_tab(tab));
    }

    // Keep <html lang> right and remember the choice for the next visit.
    {
        let state = state.clone();
        use_effect_with(state.lang, move |&lang| {
            document::set_html_lang(lang);
            if let Err(e) = storage::save_lang(lang) {
                state.dispatch(timed(Action::SaveFailed(e.into())));
            }
        });
    }

    // Remember who is answering, as the language is remembered.
    {
        let state = state.clone();
        use_effect_with(state.answerer.clone(), move |name| {
            if let Err(e) = storage::save_answerer(name) {
                state.dispatch(timed(Action::SaveFailed(e.into())));
            }
        });
    }

    // The signing key kept in this browser, once the work is read (its fingerprint only).
    {
        let state = state.clone();
        let opened = state.window.keeping != Keeping::Opening;
        use_effect_with(opened, move |&opened| {
            if opened {
                wasm_bindgen_futures::spawn_local(async move {
                    state.dispatch(timed(Action::SigningKey(signing::stored().await)));
                });
            }
        });
    }

    // The stored session: read at start, saved as it changes, shared with other windows.
    let autosave = use_autosave(&state);

    // Callbacks built on the reducer's dispatcher stay equal across renders, so
    // components whose data did not change are not re-rendered.
    let dispatcher = state.dispatcher();
    let on_lang_change = use_callback(dispatcher.clone(), |lang, d| d.dispatch(timed(Action::SetLang(lang))));
    let on_answerer_change = use_callback(dispatcher.clone(), |name, d| d.dispatch(timed(Action::SetAnswerer(name))));
    let on_provider =
        use_callback(dispatcher.clone(), |action: ProviderAction, d| d.dispatch(timed(Action::Provider(action))));
    let on_agency =
        use_callback(dispatcher.clone(), |action: AgencyAction, d| d.dispatch(timed(Action::Agency(action))));
    // Report page actions; clearing storage is a side effect done here, then reported.
    let on_app =
        use_callback((dispatcher, autosave.clear_all.clone()), |action: Action, (d, clear_all)| match action {
            Action::ClearedAll => clear_all.emit(()),
            other => d.dispatch(timed(other)),
        });

    html! {
        <Screen state={(*state).clone()} today={clock::today()} on_ask_to_edit={autosave.ask_to_edit}
            on_lang_change={on_lang_change} on_answerer_change={on_answerer_change} on_provider={on_provider} on_agency={on_agency} on_app={on_app} />
    }
}

/// Scrolls to and focuses the step a hash names, once the page is drawn.
fn reveal_step(hash: &str) {
    if let Some(step) = crate::route::step_of(hash) {
        let step = step.to_string();
        later::soon(move || events::reveal(&step, &step));
    }
}

/// The whole page for a state: the layout around the view its route names. The route
/// switch lives here, as in Yew's `function_router`, so components never import pages.
#[function_component]
pub fn Screen(props: &LayoutProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let page = match state.route {
        Route::Provider => html! {
            <ProviderPage lang={lang} state={state.provider.clone()} today={props.today} painted={state.painted}
                answerer={state.answerer.clone()} signing_key={state.signing_key.clone()} on_action={props.on_provider.clone()} />
        },
        Route::Agency => html! {
            <AgencyPage lang={lang} state={state.agency.clone()} today={props.today} on_action={props.on_agency.clone()} />
        },
        Route::Report => html! {
            <ReportPage lang={lang} provider={state.provider.clone()} agency={state.agency.clone()}
                import={state.report_import.clone()} confirm_clear={state.confirm_clear} revision={state.revision}
                merge={state.merge.clone()} compare={state.compare.clone()} signing_key={state.signing_key.clone()}
                today={props.today} on_action={props.on_app.clone()} />
        },
    };
    let props = LayoutProps { children: page, ..props.clone() };
    html! { <Layout ..props /> }
}
