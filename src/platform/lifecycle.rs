//! The page going away (closed, reloaded, or hidden on a phone): the last chance to
//! save. `pagehide` fires on closing and reloading (before the page counts as hidden,
//! so it must not wait for that); `visibilitychange` to hidden covers tab switches and
//! mobile browsers that never fire `pagehide`.

use std::rc::Rc;

use gloo_events::EventListener;

/// Listening stops when this is dropped.
pub struct HideListener {
    _on_pagehide: EventListener,
    _on_visibility: EventListener,
}

pub fn on_hide(callback: impl Fn() + 'static) -> HideListener {
    let callback = Rc::new(callback);
    let always = callback.clone();
    let on_pagehide = EventListener::new(&gloo_utils::window(), "pagehide", move |_| always());
    let document = gloo_utils::document();
    let on_visibility = EventListener::new(&document.clone(), "visibilitychange", move |_| {
        if document.visibility_state() == web_sys::VisibilityState::Hidden {
            callback();
        }
    });
    HideListener { _on_pagehide: on_pagehide, _on_visibility: on_visibility }
}
