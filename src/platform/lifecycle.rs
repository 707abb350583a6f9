//! The page going away (closed, reloaded, or hidden on a phone): the last chance to
//! save. `pagehide` fires on closing and reloading (before the page counts as hidden,
//! so it must not wait for that); `visibilitychange` to hidden covers tab switches and
//! mobile browsers that never fire `pagehide`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub struct HideListener {
    on_pagehide: Closure<dyn Fn()>,
    on_visibility: Closure<dyn Fn()>,
}

pub fn on_hide(callback: impl Fn() + 'static) -> HideListener {
    let callback = std::rc::Rc::new(callback);
    let always = callback.clone();
    let on_pagehide = Closure::<dyn Fn()>::new(move || always());
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            callback();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ =
                document.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
        }
    }
    HideListener { on_pagehide, on_visibility }
}

impl Drop for HideListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("pagehide", self.on_pagehide.as_ref().unchecked_ref());
            if let Some(document) = window.document() {
                let _ = document.remove_event_listener_with_callback(
                    "visibilitychange",
                    self.on_visibility.as_ref().unchecked_ref(),
                );
            }
        }
    }
}
