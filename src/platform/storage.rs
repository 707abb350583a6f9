//! localStorage, under one key prefix. Every failure (storage disabled, quota
//! full, private mode) is reported to the caller, which keeps working in memory.
//!
//! Not gloo-storage: its handle throws where storage is disabled (the app must keep
//! working there), and it stores every value as JSON, which would change the stored
//! language and session texts that earlier versions wrote.

use selfcheck_core::session::{RestoreProblem, Session};
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

fn classify(error: wasm_bindgen::JsValue) -> StorageError {
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

const SESSION_KEY: &str = "session";
/// Set when the latest changes could not be saved: the stored session is older.
const STALE_KEY: &str = "session.stale";

/// The saved session: `Ok(None)` when there is none, `Err` when it cannot be used. An
/// unusable one is copied aside under its own timestamped key, never overwritten.
pub fn load_session() -> Result<Option<Session>, RestoreProblem> {
    let Some(text) = get(SESSION_KEY) else {
        return Ok(None);
    };
    Session::from_json(&text).map(Some).map_err(|problem| {
        let key = format!("session.damaged.{}", js_sys::Date::now() as u64);
        let set_aside = set(&key, &text).is_ok();
        if set_aside {
            remove(SESSION_KEY); // kept once, under its own key: not copied again on every visit
        }
        RestoreProblem { problem, set_aside }
    })
}

/// True when the last attempt to save failed, so the stored session is behind.
pub fn session_is_stale() -> bool {
    get(STALE_KEY).is_some()
}

/// Writes a session's text (`SessionRef::to_json`).
pub fn save_session(json: &str) -> Result<(), StorageError> {
    // Marked stale first (a tiny write), cleared once the session is in: if the session
    // does not fit, the next visit knows the stored one is behind.
    let _ = set(STALE_KEY, "1");
    set(SESSION_KEY, json)?;
    remove(STALE_KEY);
    Ok(())
}

fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Removes everything this app stored in this browser.
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

/// Nothing entered any more: keep nothing (rather than an empty session).
pub fn forget_session() -> Result<(), StorageError> {
    local_storage()?.remove_item(&format!("{PREFIX}{SESSION_KEY}")).map_err(classify)
}

/// The saved session exactly as stored, for the crash panel's download.
pub fn saved_session_text() -> Option<String> {
    get(SESSION_KEY)
}
