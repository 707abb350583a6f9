//! The URL hash, which carries the current view (see `route.rs`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes (links, back button,
/// edits of the address bar). Listening stops when the returned guard is dropped.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> HashListener {
    let closure = Closure::<dyn Fn()>::new(move || on_change(current_hash()));
    window()
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .expect("listen to hashchange");
    HashListener { closure }
}

pub struct HashListener {
    closure: Closure<dyn Fn()>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        let _ = window().remove_event_listener_with_callback("hashchange", self.closure.as_ref().unchecked_ref());
    }
}
