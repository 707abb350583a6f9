//! localStorage, under one key prefix: the language, who answers, and the session
//! where IndexedDB cannot be used (`session_store`). Every failure (storage disabled,
//! quota full, private mode) is reported to the caller, which keeps working in memory.
//!
//! Not gloo-storage: its handle throws where storage is disabled (the app must keep
//! working there), and it stores every value as JSON, which would change the stored
//! language and session texts that earlier versions wrote.

use selfcheck_core::Lang;

const PREFIX: &str = "cloud-selfcheck.";
const LANG_KEY: &str = "lang";

/// Why something could not be stored, as the user needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's quota for this page is used up.
    Full,
    /// Storage is disabled or unavailable (private mode, policy).
    Unavailable,
}

pub fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => StorageError::Full,
        _ => StorageError::Unavailable,
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    gloo_utils::window().local_storage().map_err(classify)?.ok_or(StorageError::Unavailable)
}

pub fn get(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(&format!("{PREFIX}{key}")).ok()?
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(&format!("{PREFIX}{key}"), value).map_err(classify)
}

pub fn load_lang() -> Option<Lang> {
    get(LANG_KEY).and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    set(LANG_KEY, lang.code())
}

const ANSWERER_KEY: &str = "answerer";

/// Who answers in this browser, as set in the header.
pub fn load_answerer() -> String {
    get(ANSWERER_KEY).unwrap_or_default()
}

pub fn save_answerer(name: &str) -> Result<(), StorageError> {
    if name.trim().is_empty() {
        remove(ANSWERER_KEY);
        Ok(())
    } else {
        set(ANSWERER_KEY, name)
    }
}

const PLACE_KEY: &str = "place";
const CATALOG_TAB_KEY: &str = "catalog-tab";

/// Where the user was (the view and step, as its hash), to open there next time.
pub fn load_place() -> Option<String> {
    get(PLACE_KEY)
}

/// Not worth a warning when it fails: the page opens at its first view instead.
pub fn save_place(hash: &str) {
    let _ = set(PLACE_KEY, hash);
}

/// The checklist's catalog tab shown last.
pub fn load_catalog_tab() -> Option<String> {
    get(CATALOG_TAB_KEY)
}

pub fn save_catalog_tab(id: &str) {
    let _ = set(CATALOG_TAB_KEY, id);
}

const SESSION_KEY: &str = "session";
const STAMP_KEY: &str = "session.stamp";
/// Set when the latest changes could not be saved: the stored session is older.
/// Marked first (a tiny write), cleared once the session is in: if the session does
/// not fit, the next visit knows the stored one is behind.
const STALE_KEY: &str = "session.stale";

/// The session an earlier version kept here, which `session_store` moves to IndexedDB.
pub fn legacy_session() -> Option<String> {
    get(SESSION_KEY).filter(|_| get(STAMP_KEY).is_none())
}

pub fn forget_legacy_session() {
    remove(SESSION_KEY);
}

/// A stored session: its text (empty when nothing is entered) and its stamp. Kept by
/// `session_store.rs` in IndexedDB, or here where IndexedDB cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub text: String,
    pub stamp: String,
}

/// The session kept here where IndexedDB cannot be used (an earlier version's has no
/// stamp yet: it counts as stamped "").
pub fn local_session() -> Option<Stored> {
    let text = get(SESSION_KEY)?;
    Some(Stored { text, stamp: get(STAMP_KEY).unwrap_or_default() })
}

pub fn save_local_session(text: &str, stamp: &str) -> Result<(), StorageError> {
    set(SESSION_KEY, text)?;
    set(STAMP_KEY, stamp)
}

pub fn mark_stale() {
    let _ = set(STALE_KEY, "1");
}

pub fn clear_stale() {
    remove(STALE_KEY);
}

/// True when the last attempt to save failed, so the stored session is behind.
pub fn session_is_stale() -> bool {
    get(STALE_KEY).is_some()
}

fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Removes everything this app stored in this browser's localStorage.
pub fn clear_all() -> Result<(), StorageError> {
    let storage = local_storage()?;
    let len = storage.length().map_err(classify)?;
    let ours: Vec<String> =
        (0..len).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect();
    for key in ours {
        storage.remove_item(&key).map_err(classify)?;
    }
    Ok(())
}
