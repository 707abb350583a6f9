//! Reading values out of DOM events, so components never cast `web_sys` types themselves.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, KeyboardEvent};

/// The current value of the input, textarea or select that fired `event`.
pub fn value(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox that fired `event` is now checked.
pub fn checked(event: &Event) -> bool {
    event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|input| input.checked())
}

/// True when a key press is typing into a field, which shortcuts must leave alone.
pub fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Brings the element `top_id` to the top of the window and puts the cursor in
/// `field_id` (a form just opened below the button that opened it).
pub fn reveal(top_id: &str, field_id: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(top) = document.as_ref().and_then(|d| d.get_element_by_id(top_id)) {
        top.scroll_into_view();
    }
    focus(field_id);
}

/// The date an `<input type=date>` holds (always `YYYY-MM-DD`, or empty when cleared).
pub fn parse_date_input(text: &str) -> Option<selfcheck_core::Date> {
    selfcheck_core::Date::parse_iso(text)
}

/// Shows `value` as the chosen option of a `<select>`. Needed because browsers ignore
/// later changes to an option's `selected` attribute once the user has picked one.
pub fn set_select_value(node: &yew::NodeRef, value: &str) {
    if let Some(select) = node.cast::<HtmlSelectElement>() {
        if select.value() != value {
            select.set_value(value);
        }
    }
}

/// The id of the element an event happened on (Yew delegates listeners to its root,
/// so `currentTarget` does not name the component's element).
pub fn target_id(event: &web_sys::Event) -> Option<String> {
    event.target()?.dyn_into::<web_sys::Element>().ok().map(|e| e.id())
}

/// Whether the `<details>` that fired a `toggle` event is now open.
pub fn details_is_open(event: &Event) -> bool {
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open())
}
