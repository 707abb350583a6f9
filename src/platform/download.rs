//! Saving a file to the user's computer: a Blob and an `<a download>`. Nothing is sent
//! anywhere; a `blob:` URL lives only inside this page.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

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
