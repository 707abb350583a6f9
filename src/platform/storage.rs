//! localStorage, under one key prefix. Every failure (storage disabled, quota
//! full, private mode) is reported to the caller, which keeps working in memory.

use selfcheck_core::session::{RestoreProblem, Session};
use selfcheck_core::Lang;

const PREFIX: &str = "cloud-selfcheck.";
const LANG_KEY: &str = "lang";

/// Why something could not be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError(pub String);

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or_else(|| StorageError("no window".into()))?
        .local_storage()
        .map_err(|e| StorageError(format!("{e:?}")))?
        .ok_or_else(|| StorageError("localStorage is disabled".into()))
}

pub fn get(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(&format!("{PREFIX}{key}")).ok()?
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(&format!("{PREFIX}{key}"), value).map_err(|e| StorageError(format!("{e:?}")))
}

pub fn load_lang() -> Option<Lang> {
    get(LANG_KEY).and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    set(LANG_KEY, lang.code())
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
    Session::from_json(&text).map(Some).map_err(|message| {
        let key = format!("session.damaged.{}", js_sys::Date::now() as u64);
        RestoreProblem { message, set_aside: set(&key, &text).is_ok() }
    })
}

/// True when the last attempt to save failed, so the stored session is behind.
pub fn session_is_stale() -> bool {
    get(STALE_KEY).is_some()
}

pub fn save_session(session: &Session) -> Result<(), StorageError> {
    let saved = set(SESSION_KEY, &session.to_json());
    match &saved {
        Ok(()) => remove(STALE_KEY),
        Err(_) => {
            let _ = set(STALE_KEY, "1"); // a tiny write may still fit when the session did not
        }
    }
    saved
}

fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Removes everything this app stored in this browser.
pub fn clear_all() -> Result<(), StorageError> {
    let storage = local_storage()?;
    let len = storage.length().map_err(|e| StorageError(format!("{e:?}")))?;
    let ours: Vec<String> =
        (0..len).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect();
    for key in ours {
        storage.remove_item(&key).map_err(|e| StorageError(format!("{e:?}")))?;
    }
    Ok(())
}

/// Nothing entered any more: keep nothing (rather than an empty session).
pub fn forget_session() -> Result<(), StorageError> {
    local_storage()?.remove_item(&format!("{PREFIX}{SESSION_KEY}")).map_err(|e| StorageError(format!("{e:?}")))
}

/// The saved session exactly as stored, for the crash panel's download.
pub fn saved_session_text() -> Option<String> {
    get(SESSION_KEY)
}
