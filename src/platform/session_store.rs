//! The autosaved session: in IndexedDB (it works from `file://`, with quotas in GB,
//! where localStorage stops at about 5 MB), or in localStorage where IndexedDB cannot
//! be opened. A session an earlier version kept in localStorage is moved over once.
//!
//! Every stored session carries a stamp, and a write names the stamp it expects to
//! replace (the one this window last read or wrote): a window never overwrites a save
//! it has not seen. In IndexedDB the check and the write are one transaction.

use std::cell::RefCell;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStore, ObjectStoreParams, TransactionMode, TransactionResult};
use wasm_bindgen::{JsCast, JsValue};

pub use crate::platform::storage::Stored;
use crate::platform::storage::{self, StorageError};

const DATABASE: &str = "cloud-selfcheck";
pub(super) const STORE: &str = "session";
/// The one record holding the session, `{ text, stamp }`.
const CURRENT: &str = "current";

/// Why a session could not be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    Storage(StorageError),
    /// Another window saved since this one last read or wrote: nothing was written.
    Overtaken,
}

impl From<StorageError> for SaveError {
    fn from(error: StorageError) -> Self {
        SaveError::Storage(error)
    }
}

/// What a write may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect<'a> {
    /// This window holds the writers' lock: no other window writes.
    Held,
    /// Only the session with this stamp (`None`: no session stored yet). For browsers
    /// without Web Locks, where every window writes.
    Stamp(Option<&'a str>),
}

#[derive(Clone)]
enum Backend {
    Indexed(Rc<Database>),
    /// IndexedDB could not be opened (disabled, or a browser without it).
    Local,
}

#[derive(Clone)]
pub struct SessionStore {
    backend: Backend,
}

thread_local! {
    /// The session as last read or written, for the crash panel, which cannot wait for
    /// IndexedDB: a Blob, so the copy lives outside the wasm memory.
    static LAST_SAVED: RefCell<Option<web_sys::Blob>> = const { RefCell::new(None) };
}

/// The last stored session as a Blob (the crash panel's download), if there is one.
pub fn last_saved_blob() -> Option<web_sys::Blob> {
    LAST_SAVED.with(|last| last.borrow().clone())
}

fn remember(text: &JsValue) {
    let empty = text.unchecked_ref::<js_sys::JsString>().length() == 0;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let parts = js_sys::Array::of1(text);
    let blob = (!empty).then(|| web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()).flatten();
    LAST_SAVED.with(|last| *last.borrow_mut() = blob);
}

impl SessionStore {
    /// Opens the store, moving a session an earlier version left in localStorage into
    /// IndexedDB (once: it is removed from localStorage only after it is in).
    pub async fn open() -> SessionStore {
        match open_database().await {
            Ok(database) => {
                let store = SessionStore { backend: Backend::Indexed(Rc::new(database)) };
                match store.migrate().await {
                    Ok(()) => store,
                    // The old session could not be moved (quota?): keep using it where it is.
                    Err(_) => SessionStore { backend: Backend::Local },
                }
            }
            Err(_) => SessionStore { backend: Backend::Local },
        }
    }

    /// Where sessions go, for the page's `data-storage` (tests, support questions).
    pub fn kind(&self) -> &'static str {
        match self.backend {
            Backend::Indexed(_) => "indexeddb",
            Backend::Local => "localstorage",
        }
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        let Some(legacy) = storage::legacy_session() else { return Ok(()) };
        let Backend::Indexed(database) = &self.backend else { return Ok(()) };
        let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
        let store = transaction.object_store(STORE).map_err(idb_error)?;
        // Another window may have moved it already.
        if read_record(&store).await?.is_none() {
            put_record(&store, &JsValue::from_str(&legacy), &new_stamp())?;
        }
        finish(&store, transaction.commit().map_err(idb_error)?.await).await?;
        storage::forget_legacy_session();
        Ok(())
    }

    /// The stored session, if any.
    pub async fn read(&self) -> Result<Option<Stored>, StorageError> {
        match &self.backend {
            Backend::Indexed(database) => {
                let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly).map_err(idb_error)?;
                let store = transaction.object_store(STORE).map_err(idb_error)?;
                read_record(&store).await
            }
            Backend::Local => {
                let stored = storage::local_session();
                remember(&JsValue::from_str(stored.as_ref().map_or("", |s| s.text.as_str())));
                Ok(stored)
            }
        }
    }

    /// Writes `text` (empty: nothing entered) and returns its new stamp. With
    /// `Expect::Held` at once: the put is issued in this very task, so a write started
    /// as the page goes away still reaches the database.
    pub async fn write(&self, text: &str, expected: Expect<'_>) -> Result<String, SaveError> {
        // A timer or a hidden tab can still run the autosave of a page that panicked.
        if crate::platform::crashed::has_crashed() {
            return Err(SaveError::Overtaken);
        }
        let stamp = new_stamp();
        let value = JsValue::from_str(text);
        match &self.backend {
            Backend::Indexed(database) => {
                let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
                let store = transaction.object_store(STORE).map_err(idb_error)?;
                if let Expect::Stamp(expected) = expected {
                    let current = read_record(&store).await?;
                    if current.as_ref().map(|s| s.stamp.as_str()) != expected {
                        let _ = transaction.abort();
                        return Err(SaveError::Overtaken);
                    }
                }
                storage::mark_stale();
                put_record(&store, &value, &stamp)?;
                finish(&store, transaction.commit().map_err(idb_error)?.await).await?;
            }
            Backend::Local => {
                if let Expect::Stamp(expected) = expected {
                    if storage::local_session().as_ref().map(|s| s.stamp.as_str()) != expected {
                        return Err(SaveError::Overtaken);
                    }
                }
                storage::mark_stale();
                storage::save_local_session(text, &stamp)?;
            }
        }
        storage::clear_stale();
        remember(&value);
        Ok(stamp)
    }

    /// Keeps a session that could not be read under its own timestamped key (never
    /// overwritten) and empties the current one, so it is not copied again on every
    /// visit. The emptied session's stamp, or `None` when it could not be kept.
    pub async fn set_aside(&self, damaged: &Stored) -> Option<String> {
        let key = format!("damaged.{}", js_sys::Date::now() as u64);
        let kept = match &self.backend {
            Backend::Indexed(database) => async {
                let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
                let store = transaction.object_store(STORE).map_err(idb_error)?;
                store.put(&JsValue::from_str(&damaged.text), Some(&JsValue::from_str(&key))).map_err(idb_error)?;
                finish(&store, transaction.commit().map_err(idb_error)?.await).await
            }
            .await
            .is_ok(),
            Backend::Local => storage::set(&format!("session.{key}"), &damaged.text).is_ok(),
        };
        if !kept {
            return None;
        }
        self.write("", Expect::Stamp(Some(&damaged.stamp))).await.ok()
    }

    /// Removes every stored session (current and set aside).
    pub async fn clear(&self) -> Result<(), StorageError> {
        if let Backend::Indexed(database) = &self.backend {
            let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
            let store = transaction.object_store(STORE).map_err(idb_error)?;
            store.clear().map_err(idb_error)?;
            finish(&store, transaction.commit().map_err(idb_error)?.await).await?;
        }
        remember(&JsValue::from_str(""));
        Ok(())
    }
}

/// The app's database (the session's store; the signing key's record sits beside the
/// session, `signing.rs`).
pub(super) async fn open_database() -> Result<Database, idb::Error> {
    let factory = Factory::new()?;
    let mut request = factory.open(DATABASE, Some(1))?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database() {
            let _ = database.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    request.await
}

/// The current record (and, as what is stored now, the crash panel's copy of it).
async fn read_record(store: &ObjectStore) -> Result<Option<Stored>, StorageError> {
    let record = store.get(JsValue::from_str(CURRENT)).map_err(idb_error)?.await.map_err(idb_error)?;
    let field =
        |record: &JsValue, name: &str| js_sys::Reflect::get(record, &name.into()).ok().filter(JsValue::is_string);
    let Some((text, stamp)) = record.and_then(|record| Some((field(&record, "text")?, field(&record, "stamp")?)))
    else {
        return Ok(None);
    };
    remember(&text);
    Ok(Some(Stored { text: text.as_string().unwrap_or_default(), stamp: stamp.as_string().unwrap_or_default() }))
}

fn put_record(store: &ObjectStore, text: &JsValue, stamp: &str) -> Result<(), StorageError> {
    let record = js_sys::Object::new();
    let set = |name: &str, value: &JsValue| js_sys::Reflect::set(&record, &name.into(), value);
    set("text", text).and_then(|_| set("stamp", &JsValue::from_str(stamp))).map_err(storage::classify)?;
    // Not awaited: the transaction's outcome says whether it went in.
    store.put(&record, Some(&JsValue::from_str(CURRENT))).map_err(idb_error)?;
    Ok(())
}

/// A committed transaction, or why not (an aborted one names its error: a full quota).
pub(super) async fn finish(
    store: &ObjectStore,
    result: Result<TransactionResult, idb::Error>,
) -> Result<(), StorageError> {
    match result.map_err(idb_error)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => {
            Err(store.transaction().error().map_or(StorageError::Unavailable, |e| storage::classify(e.into())))
        }
    }
}

pub(super) fn idb_error(error: idb::Error) -> StorageError {
    let value: Option<JsValue> = match error {
        idb::Error::DomException(exception) => Some(exception.into()),
        idb::Error::UpdateFailed(value) | idb::Error::GetFailed(value) | idb::Error::ClearFailed(value) => Some(value),
        idb::Error::TransactionOpenFailed(value) | idb::Error::TransactionCommitError(value) => Some(value),
        _ => None,
    };
    value.filter(|v| v.is_instance_of::<web_sys::DomException>()).map_or(StorageError::Unavailable, storage::classify)
}

/// A stamp no other window will make: the time and a random part.
fn new_stamp() -> String {
    format!("{}-{:08x}", js_sys::Date::now() as u64, (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}
