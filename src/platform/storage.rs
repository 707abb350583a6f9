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
    local_storage()
        .ok()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()?
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|e| StorageError(format!("{e:?}")))
}

pub fn load_lang() -> Option<Lang> {
    get(LANG_KEY).and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    set(LANG_KEY, lang.code())
}
