//! The root component: owns the reducer and connects it to the platform
//! (hash routing, persisted language). Rendering is left to `Layout`.

use yew::prelude::*;

use crate::components::Layout;
use crate::platform::{clock, document, location, storage};
use crate::route::Route;
use crate::state::{Action, AppState};

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        AppState::new(
            storage::load_lang().unwrap_or_default(),
            Route::from_hash(&location::current_hash()),
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
            if storage::save_lang(lang).is_err() {
                state.dispatch(Action::StorageUnavailable);
            }
        });
    }

    // Callbacks built on the reducer's dispatcher stay equal across renders, so
    // components whose data did not change are not re-rendered.
    let dispatcher = state.dispatcher();
    let on_lang_change = use_callback(dispatcher.clone(), |lang, d| {
        d.dispatch(Action::SetLang(lang))
    });
    let on_provider = use_callback(dispatcher.clone(), |action, d| {
        d.dispatch(Action::Provider(action))
    });
    let on_agency = use_callback(dispatcher, |action, d| d.dispatch(Action::Agency(action)));

    html! {
        <Layout state={(*state).clone()} today={clock::today()}
            on_lang_change={on_lang_change} on_provider={on_provider} on_agency={on_agency} />
    }
}
