//! The URL hash, which carries the current view (see `route.rs`).

use gloo_events::EventListener;

use crate::route::Route;

pub fn current_hash() -> String {
    gloo_utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes (links, back button,
/// edits of the address bar). Listening stops when the returned listener is dropped.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo_utils::window(), "hashchange", move |_| on_change(current_hash()))
}

/// Loads the page again (what the storage holds then is what it shows).
pub fn reload() {
    let _ = gloo_utils::window().location().reload();
}

/// Puts `hash` in the address without a history entry (the place a visit opens at).
pub fn replace(hash: &str) {
    let _ = gloo_utils::window().location().replace(hash);
}

/// Takes the person to `step` of `route`, as a link would: the address changes (a
/// history entry) and the hash listener (`app.rs`) shows the view and the step; when the
/// address is there already, nothing changes, so the step is shown here.
pub fn go_to_step(route: Route, step: &str) {
    let hash = route.step_hash(step);
    if current_hash() == hash {
        super::events::reveal(step, step);
    } else {
        go(&hash);
    }
}

/// Goes to `hash` (a view's, `route.rs`): the hash listener then tells the app, as a
/// link would.
pub fn go(hash: &str) {
    let _ = gloo_utils::window().location().set_hash(hash);
}
