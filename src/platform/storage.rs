//! localStorage, under one key prefix. Every failure (storage disabled, quota
//! full, private mode) is reported to the caller, which keeps working in memory.

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
/// Where a session that could not be read is moved, so it is never overwritten.
const DAMAGED_KEY: &str = "session.damaged";

/// The saved session: `Ok(None)` when there is none, `Err` when it cannot be used
/// (it is then moved aside under another key, not lost).
pub fn load_session() -> Result<Option<selfcheck_core::session::Session>, String> {
    let Some(text) = get(SESSION_KEY) else {
        return Ok(None);
    };
    selfcheck_core::session::Session::from_json(&text).map(Some).inspect_err(|_| {
        let _ = set(DAMAGED_KEY, &text);
    })
}

pub fn save_session(session: &selfcheck_core::session::Session) -> Result<(), StorageError> {
    set(SESSION_KEY, &session.to_json())
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
