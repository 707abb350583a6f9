//! Reading a file the user chose. The size is checked *before* reading, so a 100 MB
//! file is refused at once without freezing the tab.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, File, HtmlInputElement};

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge { bytes: u64 },
    Failed(String),
}

/// The file chosen in the `<input type=file>` that fired `event`; the input is reset
/// so choosing the same file again fires again.
pub fn take_chosen_file(event: &Event) -> Option<File> {
    let input: HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// The bytes of `file`, or why not; `on_done` runs once, asynchronously.
pub fn read_bytes(file: File, max_bytes: u64, on_done: impl FnOnce(Result<Vec<u8>, ReadError>) + 'static) {
    let size = file.size() as u64;
    if size > max_bytes {
        on_done(Err(ReadError::TooLarge { bytes: size }));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = JsFuture::from(file.array_buffer())
            .await
            .map(|buffer| Uint8Array::new(&buffer).to_vec())
            .map_err(|e| ReadError::Failed(format!("{e:?}")));
        on_done(result);
    });
}

/// The first file dropped on an element, if any.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<File> {
    event.data_transfer()?.files()?.get(0)
}
