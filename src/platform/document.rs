//! The page around the app: its root element, `<html lang>`, readiness marker.

use selfcheck_core::Lang;
use web_sys::Element;

use gloo_utils::document;

/// The element the app renders into, emptied of the "loading" placeholder the
/// HTML shows until the wasm is running. Created if the page lacks one.
pub fn take_app_root() -> Element {
    let document = document();
    let root = document.get_element_by_id("app").unwrap_or_else(|| {
        let root = document.create_element("div").expect("create div");
        root.set_id("app");
        gloo_utils::body().append_child(&root).expect("append root");
        root
    });
    root.set_text_content(None);
    root
}

/// Tells tests and benchmarks that the app is mounted (a `data-ready` attribute on
/// `<html>` plus a performance mark), without any timing logic inside the app.
pub fn mark_ready() {
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
    crate::platform::perf::mark("app-ready");
}

/// A `data-*` attribute on `<html>`: what tests and support questions read (where
/// the session is stored).
pub fn set_data(name: &str, value: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(&format!("data-{name}"), value);
    }
}

/// Keeps `<html lang>` in step with the UI language (screen readers, fonts, hyphenation).
pub fn set_html_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// The language the page currently declares, for code that runs outside Yew.
pub fn html_lang() -> Lang {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}
