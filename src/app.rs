//! The root component: owns the reducer and connects it to the platform
//! (hash routing, persisted language). Rendering is left to `Layout`.

use yew::prelude::*;

use crate::components::Layout;
use crate::platform::{clock, document, location, storage};
use crate::route::Route;
use crate::state::{Action, AppState};

/// How long typing must pause before the session is written to storage.
const AUTOSAVE_DELAY_MS: u64 = 300;

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        AppState::restored(
            storage::load_lang().unwrap_or_default(),
            Route::from_hash(&location::current_hash()),
            storage::load_session(),
            storage::session_is_stale(),
        )
    });

    // Follow the URL hash: links, back/forward, typed addresses. Effects run after
    // the first render is in the DOM, so this is also where the app is ready.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            document::mark_ready();
            let listener = location::on_hash_change(move |hash| {
                if let Some(route) = Route::parse(&hash) {
                    state.dispatch(Action::Navigate(route));
                }
            });
            move || drop(listener)
        });
    }

    // Keep <html lang> right and remember the choice for the next visit.
    {
        let state = state.clone();
        use_effect_with(state.lang, move |&lang| {
            document::set_html_lang(lang);
            if let Err(e) = storage::save_lang(lang) {
                state.dispatch(Action::SaveFailed(e.0));
            }
        });
    }

    // Autosave: every change to what the user entered goes to this browser's storage,
    // once typing pauses (serialising 10,000 workloads on every keystroke would lag).
    {
        let state = state.clone();
        let latest = use_mut_ref(|| 0u64);
        use_effect_with(state.revision, move |&revision| {
            *latest.borrow_mut() = revision;
            if revision > 0 && !state.autosave_paused() {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(AUTOSAVE_DELAY_MS)).await;
                    if *latest.borrow() != revision {
                        return; // a newer change will save
                    }
                    let session = state.session();
                    let saved =
                        if session.is_empty() { storage::forget_session() } else { storage::save_session(&session) };
                    match saved {
                        Ok(()) => state.dispatch(Action::Saved),
                        Err(e) => state.dispatch(Action::SaveFailed(e.0)),
                    }
                });
            }
        });
    }

    // Callbacks built on the reducer's dispatcher stay equal across renders, so
    // components whose data did not change are not re-rendered.
    let dispatcher = state.dispatcher();
    let on_lang_change = use_callback(dispatcher.clone(), |lang, d| d.dispatch(Action::SetLang(lang)));
    let on_provider = use_callback(dispatcher.clone(), |action, d| d.dispatch(Action::Provider(action)));
    let on_agency = use_callback(dispatcher.clone(), |action, d| d.dispatch(Action::Agency(action)));
    // Report page actions; clearing storage is a side effect done here, then reported.
    let on_app = use_callback(dispatcher, |action: Action, d| match action {
        Action::ClearedAll => match storage::clear_all() {
            Ok(()) => d.dispatch(Action::ClearedAll),
            Err(e) => d.dispatch(Action::SaveFailed(e.0)),
        },
        other => d.dispatch(other),
    });

    html! {
        <Layout state={(*state).clone()} today={clock::today()}
            on_lang_change={on_lang_change} on_provider={on_provider} on_agency={on_agency} on_app={on_app} />
    }
}
