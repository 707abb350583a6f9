//! The page going away (closed, reloaded, or hidden on a phone): the last chance to
//! save. `pagehide` covers closing and reloading; `visibilitychange` to hidden covers
//! tab switches and mobile browsers that never fire `pagehide`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub struct HideListener {
    closure: Closure<dyn Fn()>,
}

pub fn on_hide(callback: impl Fn() + 'static) -> HideListener {
    let closure = Closure::<dyn Fn()>::new(move || {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            callback();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("pagehide", closure.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref());
        }
    }
    HideListener { closure }
}

impl Drop for HideListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let f = self.closure.as_ref().unchecked_ref();
            let _ = window.remove_event_listener_with_callback("pagehide", f);
            if let Some(document) = window.document() {
                let _ = document.remove_event_listener_with_callback("visibilitychange", f);
            }
        }
    }
}
