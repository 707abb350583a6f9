//! Saving a file to the user's computer: a Blob and an `<a download>`. Nothing is sent
//! anywhere; a `blob:` URL lives only inside this page. A report is saved only if this
//! version reads it back.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use selfcheck_core::agency::Workload;
use selfcheck_core::messages::Describe;
use selfcheck_core::report::writable::check_report_to_save;
use selfcheck_core::report::Report;
use selfcheck_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Saves a report's file, `text` as `write_report` wrote it, only if this version reads
/// it back (`report::limits`); otherwise nothing is saved, and the reason is given in
/// `lang`.
pub fn save_report<W: std::borrow::Borrow<Workload>>(
    file_name: &str,
    report: &Report<W>,
    text: &str,
    lang: Lang,
) -> Result<(), String> {
    check_report_to_save(report, text).map_err(|why| why.message(lang))?;
    save_text(file_name, "application/json", text)
}

pub fn save_text(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    save_blob(file_name, Blob::new_with_options(content, Some(mime)))
}

pub fn save_bytes(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    save_blob(file_name, Blob::new_with_options(content, Some(mime)))
}

fn save_blob(file_name: &str, blob: Blob) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let url = ObjectUrl::from(blob);
    let document = gloo_utils::document();
    let anchor: HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    gloo_utils::body().append_child(&anchor).map_err(err)?;
    anchor.click();
    anchor.remove();
    // The URL is revoked when dropped: later, since some browsers start the download
    // only after the click returns.
    Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}
