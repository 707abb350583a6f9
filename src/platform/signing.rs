//! The signing key: kept in IndexedDB beside the session (one record, `signing-key`;
//! never in localStorage, a report, the session or a log), made, read, exported and used
//! by the first-use module, which holds the SM2 arithmetic (`selfcheck-sign`). Where
//! IndexedDB cannot be opened the key lives only as long as this window.
//!
//! The private key crosses into the app's wasm only on its way between the store and
//! the module; the app's state holds its fingerprint alone (`state::SigningKey`).

use std::cell::RefCell;

use idb::TransactionMode;
use selfcheck_core::messages::{Message, M};
use selfcheck_core::report::SigningReply;
use selfcheck_core::Lang;
use wasm_bindgen::JsValue;

use super::session_store::{finish, idb_error, open_database, STORE};
use super::sheets::{module, SheetsModule};
use super::storage::StorageError;
use crate::state::SigningKey;

/// The record's key in the session's store.
const RECORD: &str = "signing-key";

thread_local! {
    /// The key where IndexedDB cannot be used: this window's only.
    static IN_MEMORY: RefCell<Option<(String, SigningKey)>> = const { RefCell::new(None) };
}

/// The key kept in this browser, if any.
pub async fn stored() -> Option<SigningKey> {
    read().await.map(|(_, key)| key)
}

async fn read() -> Option<(String, SigningKey)> {
    let Ok(database) = open_database().await else { return IN_MEMORY.with(|k| k.borrow().clone()) };
    let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly).ok()?;
    let store = transaction.object_store(STORE).ok()?;
    let record = store.get(JsValue::from_str(RECORD)).ok()?.await.ok()??;
    let field = |name: &str| js_sys::Reflect::get(&record, &name.into()).ok()?.as_string();
    Some((field("pem")?, SigningKey { fingerprint: field("fingerprint")?, created_at: field("created_at")? }))
}

/// Keeps `pem` as this browser's signing key, replacing any other.
pub async fn keep(pem: &str, key: &SigningKey) -> Result<(), StorageError> {
    let Ok(database) = open_database().await else {
        IN_MEMORY.with(|k| *k.borrow_mut() = Some((pem.to_string(), key.clone())));
        return Ok(());
    };
    let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
    let store = transaction.object_store(STORE).map_err(idb_error)?;
    let record = js_sys::Object::new();
    for (name, value) in [("pem", pem), ("fingerprint", &key.fingerprint), ("created_at", &key.created_at)] {
        js_sys::Reflect::set(&record, &name.into(), &JsValue::from_str(value)).map_err(super::storage::classify)?;
    }
    store.put(&record, Some(&JsValue::from_str(RECORD))).map_err(idb_error)?;
    finish(&store, transaction.commit().map_err(idb_error)?.await).await
}

/// Removes the key from this browser.
pub async fn forget() -> Result<(), StorageError> {
    IN_MEMORY.with(|k| *k.borrow_mut() = None);
    let Ok(database) = open_database().await else { return Ok(()) };
    let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite).map_err(idb_error)?;
    let store = transaction.object_store(STORE).map_err(idb_error)?;
    store.delete(JsValue::from_str(RECORD)).map_err(idb_error)?;
    finish(&store, transaction.commit().map_err(idb_error)?.await).await
}

async fn ask(request: impl FnOnce(&SheetsModule) -> String) -> Result<(String, String), Message> {
    let module = module().await.map_err(|detail| Message::new(M::ModuleUnavailable).with("detail", detail))?;
    serde_json::from_str::<SigningReply>(&request(&module))
        .map_err(|e| Message::new(M::ModuleUnavailable).with("detail", e))
        .and_then(SigningReply::into_made)
}

/// Who signed a report file (its bytes), its signature checked in the module: `None`
/// when unsigned; why the file is refused when its signature member could never hold.
async fn signer_of(bytes: &[u8]) -> Result<Option<selfcheck_core::report::Signer>, Message> {
    let module = module().await.map_err(|detail| Message::new(M::ModuleUnavailable).with("detail", detail))?;
    serde_json::from_str::<selfcheck_core::report::signature::SignerReply>(&module.signer(bytes))
        .map_err(|e| Message::new(M::ModuleUnavailable).with("detail", e))
        .and_then(selfcheck_core::report::signature::SignerReply::into_found)
}

/// Who signed a JSON file offered to a merge or opened: only a file with a `signature`
/// member starts the module; one whose member could never hold is refused, worded.
pub async fn signer_if_signed(
    bytes: &[u8],
) -> Result<Option<selfcheck_core::report::Signer>, selfcheck_core::Localized> {
    if !bytes.windows(11).any(|w| w == b"\"signature\"") {
        return Ok(None);
    }
    signer_of(bytes).await.map_err(|m| selfcheck_core::Localized { zh: m.render(Lang::ZhCn), en: m.render(Lang::En) })
}

/// A new key pair from the browser's random source: its PKCS#8 PEM and fingerprint.
pub async fn generate() -> Result<(String, String), Message> {
    ask(|m| m.key_generate()).await
}

/// A key file (PKCS#8 PEM, encrypted with `passphrase` or not) read: its PEM as kept,
/// and its fingerprint.
pub async fn import(text: &str, passphrase: &str) -> Result<(String, String), Message> {
    ask(|m| m.key_import(text, passphrase)).await
}

/// The kept key as a PKCS#8 PEM encrypted with `passphrase` (PBES2: PBKDF2-SHA256 and
/// AES-256-CBC, which OpenSSL reads).
pub async fn export(passphrase: &str) -> Result<String, Message> {
    let (pem, _) = read().await.ok_or_else(|| Message::new(M::SigningNoKey))?;
    ask(|m| m.key_export(&pem, passphrase)).await.map(|(text, _)| text)
}

/// A report's text signed with the kept key at `signed_at`: the same text with its
/// `signature` member last.
pub async fn sign(text: &str, signed_at: &str) -> Result<String, Message> {
    let (pem, _) = read().await.ok_or_else(|| Message::new(M::SigningNoKey))?;
    ask(|m| m.sign_report(text, &pem, signed_at)).await.map(|(text, _)| text)
}

/// Saves a report's JSON `text` (already checked to read back) as `name`: signed first
/// with the kept key when `sign`, plain otherwise. The signed text is what must read
/// back, so the readers' size limit is asked again. `on_done` says why nothing was saved,
/// in `lang`.
pub fn save_report_json(
    name: String,
    text: String,
    sign: bool,
    lang: Lang,
    on_done: impl FnOnce(Result<(), String>) + 'static,
) {
    use selfcheck_core::report::{limits, writable};
    if !sign {
        return on_done(super::download::save_text(&name, "application/json", &text));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let signed = match self::sign(&text, &super::clock::now_rfc3339()).await {
            Ok(signed) => signed,
            Err(message) => return on_done(Err(Message::new(M::SignFailed).message("detail", message).render(lang))),
        };
        let saved = limits::check_bytes(signed.len())
            .map_err(|problem| writable::written_problem(&problem).render(lang))
            .and_then(|()| super::download::save_text(&name, "application/json", &signed));
        on_done(saved);
    });
}
