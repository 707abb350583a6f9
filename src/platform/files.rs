//! Reading a file the user chose or dropped. The size is checked *before* reading, so a
//! 100 MB file is refused at once without freezing the tab.

use selfcheck_core::report::LoadProblem;
use selfcheck_core::Timestamp;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Event, HtmlInputElement};

/// A file the user gave the page (views hold it without knowing the browser's type).
#[derive(Clone)]
pub struct ChosenFile(gloo_file::File);

impl ChosenFile {
    pub fn name(&self) -> String {
        self.0.name()
    }

    pub fn size(&self) -> u64 {
        self.0.size()
    }

    /// When the file was last changed, as the system says.
    pub fn modified(&self) -> Option<Timestamp> {
        let since = self.0.last_modified_time().duration_since(std::time::UNIX_EPOCH).ok()?;
        Timestamp::from_unix_seconds(since.as_secs() as i64)
    }

    pub(super) fn file(&self) -> &gloo_file::File {
        &self.0
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge { bytes: u64 },
    Failed(String),
}

/// A file the browser would not read, as a report reader states it (the one mapping:
/// reports, files offered to a merge, earlier reports to compare, a provider's report).
impl From<ReadError> for LoadProblem {
    fn from(error: ReadError) -> LoadProblem {
        match error {
            ReadError::TooLarge { bytes } => {
                LoadProblem::TooLarge { bytes: usize::try_from(bytes).unwrap_or(usize::MAX) }
            }
            ReadError::Failed(detail) => LoadProblem::Unreadable { detail },
        }
    }
}

/// The files chosen in the `<input type=file>` that fired `event`; the input is reset
/// so choosing the same file again fires again.
pub fn take_chosen_files(event: &Event) -> Vec<ChosenFile> {
    let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(gloo_file::FileList::from).map(|list| list.to_vec()).unwrap_or_default();
    input.set_value("");
    files.into_iter().map(ChosenFile).collect()
}

/// The first file chosen in the input that fired `event`.
pub fn take_chosen_file(event: &Event) -> Option<ChosenFile> {
    take_chosen_files(event).into_iter().next()
}

/// The files dropped on an element.
pub fn dropped_files(event: &DragEvent) -> Vec<ChosenFile> {
    let list = event.data_transfer().and_then(|t| t.files()).map(gloo_file::FileList::from);
    list.map(|list| list.to_vec()).unwrap_or_default().into_iter().map(ChosenFile).collect()
}

/// The first file dropped on an element, if any.
pub fn dropped_file(event: &DragEvent) -> Option<ChosenFile> {
    dropped_files(event).into_iter().next()
}

/// The bytes of `file`, or why not; `on_done` runs once, asynchronously.
pub fn read_bytes(file: ChosenFile, max_bytes: u64, on_done: impl FnOnce(Result<Vec<u8>, ReadError>) + 'static) {
    let size = file.size();
    if size > max_bytes {
        on_done(Err(ReadError::TooLarge { bytes: size }));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let read = gloo_file::futures::read_as_bytes(&file.0).await;
        on_done(read.map_err(|e| ReadError::Failed(e.to_string())));
    });
}

/// One of several files read: its name, when it was last changed, its bytes or why not.
pub struct ReadFile {
    pub name: String,
    pub modified: Option<Timestamp>,
    pub bytes: Result<Vec<u8>, ReadError>,
}

/// Each of `files` (in order), read; `on_done` runs once, when all are read.
pub fn read_all(files: Vec<ChosenFile>, max_bytes: u64, on_done: impl FnOnce(Vec<ReadFile>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let bytes = if file.size() > max_bytes {
                Err(ReadError::TooLarge { bytes: file.size() })
            } else {
                gloo_file::futures::read_as_bytes(&file.0).await.map_err(|e| ReadError::Failed(e.to_string()))
            };
            read.push(ReadFile { name: file.name(), modified: file.modified(), bytes });
        }
        on_done(read);
    });
}

/// Files dropped anywhere on the page and not taken by a drop zone of their own (which
/// prevents the default): the first one goes to `on_drop`. While listening, the page
/// accepts files dragged over it, where the browser would otherwise open them and leave
/// the app. Listening stops when the returned listeners are dropped.
pub fn on_page_drop(on_drop: impl Fn(ChosenFile) + 'static) -> [gloo_events::EventListener; 2] {
    use gloo_events::{EventListener, EventListenerOptions};
    let document = gloo_utils::document();
    let carries_files = |event: &DragEvent| {
        event.data_transfer().is_some_and(|t| t.types().iter().any(|kind| kind.as_string().as_deref() == Some("Files")))
    };
    let options = EventListenerOptions::enable_prevent_default();
    let over = EventListener::new_with_options(&document, "dragover", options, move |event| {
        if let Some(event) = event.dyn_ref::<DragEvent>() {
            if carries_files(event) {
                event.prevent_default();
            }
        }
    });
    let drop = EventListener::new_with_options(&document, "drop", options, move |event| {
        let Some(event) = event.dyn_ref::<DragEvent>() else { return };
        if event.default_prevented() {
            return; // a drop zone took it
        }
        event.prevent_default();
        if let Some(file) = dropped_file(event) {
            on_drop(file);
        }
    });
    [over, drop]
}
