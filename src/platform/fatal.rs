//! Last line of defence: a panic must never leave a blank page. The hook draws a
//! plain-DOM error panel (Yew is unusable after a panic) in the page's language.

use gloo_events::EventListener;
use gloo_file::{Blob, ObjectUrl};

use crate::i18n::{tr, T};
use crate::platform::document::html_lang;

pub const PANEL_ID: &str = "fatal-error";
/// The name an autosaved session is downloaded under (the report page loads it back).
pub const AUTOSAVE_FILE: &str = "cloud-selfcheck-autosave.json";

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        crate::platform::crashed::mark_crashed();
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        crate::platform::windows::let_go_after_crash();
        show_fatal_error(&detail);
    }));
}

/// Replaces the app with a readable error panel. Safe to call more than once.
/// All text goes in through `textContent`, so nothing in `detail` can run.
pub fn show_fatal_error(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if let Some(old) = document.get_element_by_id(PANEL_ID) {
        old.remove();
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
    let lang = html_lang();
    let make = |tag: &str, text: Option<&str>| {
        let element = document.create_element(tag).expect("create element");
        element.set_text_content(text);
        element
    };

    let panel = make("section", None);
    panel.set_id(PANEL_ID);
    panel.set_class_name("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.append_child(&make("h2", Some(tr(lang, T::FatalTitle))));
    let _ = panel.append_child(&make("p", Some(tr(lang, T::FatalBody))));

    let details = make("details", None);
    let _ = details.append_child(&make("summary", Some(tr(lang, T::FatalDetails))));
    let _ = details.append_child(&make("pre", Some(detail)));
    let _ = panel.append_child(&details);

    let reload = make("button", Some(tr(lang, T::FatalReload)));
    let _ = reload.set_attribute("type", "button");
    EventListener::new(&reload, "click", |_| {
        let _ = gloo_utils::window().location().reload();
    })
    .forget(); // the panel lives until the page is reloaded
    let _ = panel.append_child(&reload);

    // The last autosaved session, as a file to keep: a plain link to a Blob, so it
    // works even though the app itself has stopped. The report page loads it back.
    if let Some(link) = autosave_link(&document, lang) {
        let _ = panel.append_child(&make("p", Some(tr(lang, T::FatalAutosaveHelp))));
        let _ = panel.append_child(&link);
    }

    let _ = body.prepend_with_node_1(&panel);
}

fn autosave_link(document: &web_sys::Document, lang: selfcheck_core::Lang) -> Option<web_sys::Element> {
    let url = ObjectUrl::from(Blob::from(crate::platform::session_store::last_saved_blob()?));
    let link = document.create_element("a").ok()?;
    link.set_id("fatal-autosave");
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", AUTOSAVE_FILE);
    link.set_text_content(Some(tr(lang, T::FatalAutosave)));
    std::mem::forget(url); // the link must keep working until the page is reloaded
    Some(link)
}
