//! Saving a file to the user's computer: a Blob and an `<a download>`. Nothing is sent
//! anywhere; a `blob:` URL lives only inside this page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

pub fn save_text(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(err)?;
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let anchor: HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    document.body().ok_or("no body")?.append_child(&anchor).map_err(err)?;
    anchor.click();
    anchor.remove();
    // Revoke later: some browsers start the download only after the click returns.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000).map_err(err)?;
    Ok(())
}
