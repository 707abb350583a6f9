//! The first-use module's interface to the page (the "Excel module"): workbooks read and
//! written (`selfcheck-sheets`), Word documents written (`selfcheck-docx`) and a provider's
//! report verified for an agency's platform, its signature checked; SM2 keys made, read
//! and exported and reports signed (`selfcheck-sign`): features used after start-up, compiled
//! together on first use. Its functions' data are JSON text and bytes. Built by `cargo
//! xtask dist` with `wasm-bindgen --target no-modules` under the global `selfcheckSheets`;
//! the app reaches it through `src/platform/sheets.rs`, which instantiates it on first use.

use rand_core::OsRng;
use selfcheck_core::agency::provider_report::{read_provider_report, ProviderReportReply};
use selfcheck_core::agency::{inventory_csv, platforms_csv};
use selfcheck_core::catalog::csv_import;
use selfcheck_core::messages::{Describe, Message};
use selfcheck_core::report::{Report, SigningReply};
use selfcheck_core::sheet::{names, SheetProblem, SheetRows, TableKind};
use selfcheck_core::table::headers;
use selfcheck_core::Lang;
use selfcheck_sign::KeyPair;
use wasm_bindgen::prelude::*;

/// The workbook of a report (its JSON, as the app would download it) in `lang`
/// (`zh-CN` or `en`).
#[wasm_bindgen]
pub fn workbook(report_json: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let report: Report = serde_json::from_str(report_json).map_err(|e| JsError::new(&e.to_string()))?;
    let lang = Lang::from_code(lang).unwrap_or_default();
    selfcheck_sheets::workbook(&report, lang).map_err(|e| JsError::new(&e.to_string()))
}

/// The Word document `kind` (`report`: the report of the report's role; `plan`: a
/// provider's remediation plan) of a report (its JSON, as the app would download it) in
/// `lang` (`zh-CN` or `en`). An error's message is in `lang`.
#[wasm_bindgen]
pub fn docx(report_json: &str, kind: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let lang = Lang::from_code(lang).unwrap_or_default();
    document(report_json, kind, lang).map_err(|message| JsError::new(&message))
}

fn document(report_json: &str, kind: &str, lang: Lang) -> Result<Vec<u8>, String> {
    let report: Report = serde_json::from_str(report_json).map_err(|e| e.to_string())?;
    let kind = selfcheck_docx::Kind::from_code(kind).ok_or_else(|| format!("kind {kind:?}"))?;
    selfcheck_docx::docx(&report, kind, lang).map_err(|problem| problem.message(lang))
}

/// The sheet an importer reads (`kind`: `inventory`, `platforms`, `catalog` or `questionnaire`)
/// from a workbook's bytes, as JSON: `{"Ok": SheetRows}` or `{"Err": SheetProblem}`.
#[wasm_bindgen]
pub fn read_sheet(bytes: &[u8], kind: &str) -> String {
    let result: Result<SheetRows, SheetProblem> = selfcheck_sheets::read_sheet(bytes, wanted(kind));
    serde_json::to_string(&result).expect("rows and problems serialise")
}

/// A provider's report (its file's bytes) read and verified as `selfcheck validate`
/// does, and what it gives an agency's platform, as JSON (`ProviderReportReply`). Here,
/// not in the app: the readers of a report's derived parts would cost start-up 18 KB.
#[wasm_bindgen]
pub fn provider_report(bytes: &[u8]) -> String {
    let reply = ProviderReportReply::of(read_provider_report(bytes, &selfcheck_sign::Sm2Checker));
    serde_json::to_string(&reply).expect("a reply serialises")
}

/// A new SM2 key pair from the browser's random source, as JSON (`SigningReply`): its
/// unencrypted PKCS#8 PEM (kept in the browser's IndexedDB) and its fingerprint.
#[wasm_bindgen]
pub fn key_generate() -> String {
    let key = KeyPair::generate(&mut OsRng);
    reply(Ok((key.to_pem(), key.fingerprint())))
}

/// A key file read (`passphrase` empty: not encrypted), as JSON (`SigningReply`): the
/// key as kept, unencrypted, and its fingerprint; or why it is not one.
#[wasm_bindgen]
pub fn key_import(text: &str, passphrase: &str) -> String {
    let passphrase = Some(passphrase).filter(|p| !p.is_empty());
    reply(KeyPair::from_pem(text, passphrase).map(|key| (key.to_pem(), key.fingerprint())).map_err(|p| p.describe()))
}

/// The kept key (`pem`) encrypted with `passphrase`, as JSON (`SigningReply`).
#[wasm_bindgen]
pub fn key_export(pem: &str, passphrase: &str) -> String {
    reply(
        KeyPair::from_pem(pem, None)
            .map(|key| (key.to_encrypted_pem(passphrase, &mut OsRng), key.fingerprint()))
            .map_err(|p| p.describe()),
    )
}

/// A report's text signed with the kept key (`pem`) at `signed_at`, as JSON
/// (`SigningReply`): the signed text and the key's fingerprint.
#[wasm_bindgen]
pub fn sign_report(text: &str, pem: &str, signed_at: &str) -> String {
    let signed = KeyPair::from_pem(pem, None).map_err(|p| p.describe()).and_then(|key| {
        let signed = selfcheck_sign::sign_report(text, &key, signed_at).map_err(|p| p.describe())?;
        Ok((signed, key.fingerprint()))
    });
    reply(signed)
}

/// Who signed a report file (its bytes), its signature checked, as JSON (`SignerReply`):
/// the signer (none: unsigned), or why the file is refused (a member that could never
/// hold). What a merge says of each file it is offered.
#[wasm_bindgen]
pub fn signer(bytes: &[u8]) -> String {
    use selfcheck_core::report::signature::SignerReply;
    let found = selfcheck_core::team::incoming::signer_of(bytes, &selfcheck_sign::Sm2Checker).map_err(|p| p.describe());
    serde_json::to_string(&SignerReply::of(found)).expect("a reply serialises")
}

fn reply(made: Result<(String, String), Message>) -> String {
    serde_json::to_string(&SigningReply::of(made)).expect("a reply serialises")
}

/// A blank workbook for an importer (`kind`: `inventory`, `platforms` or `catalog`): the
/// sheet it reads, named in `lang`, and its header row in `lang`.
#[wasm_bindgen]
pub fn template(kind: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let lang = Lang::from_code(lang).unwrap_or_default();
    let (headers, names) = match TableKind::from_code(kind) {
        Some(TableKind::Inventory) => (headers::<inventory_csv::Column>(lang), names::INVENTORY),
        Some(TableKind::Platforms) => (headers::<platforms_csv::Column>(lang), names::PLATFORMS),
        Some(TableKind::Catalog) => (headers::<csv_import::CatalogColumn>(lang), names::CATALOG),
        _ => return Err(JsError::new(&format!("no template for {kind}"))),
    };
    let sheet = names::in_lang(names, lang);
    selfcheck_sheets::template(sheet, &headers).map_err(|e| JsError::new(&e.to_string()))
}

/// The catalog format's JSON Schema, as committed (`schemas/`), for teams writing their
/// own catalogs. Here, not in the app: a download few make would cost start-up its text.
#[wasm_bindgen]
pub fn catalog_schema() -> String {
    CATALOG_SCHEMA.to_string()
}

const CATALOG_SCHEMA: &str = include_str!("../../../schemas/catalog.schema.json");

fn wanted(kind: &str) -> &'static [&'static str] {
    TableKind::from_code(kind).map_or(&[], TableKind::sheet_names)
}

#[cfg(test)]
mod tests {
    use selfcheck_core::report::{draft_agency_report, draft_provider_report, write_report};
    use selfcheck_core::{fixtures, Answer, Date, ProviderWork, Status};

    use super::*;

    fn day() -> Date {
        Date::from_ymd(2026, 12, 2).unwrap()
    }

    /// A provider's report as the app hands it over: its JSON text.
    fn provider_json() -> String {
        let mut work = ProviderWork::default();
        work.profile.platform = "示例政务云平台".into();
        work.answers_mut().insert("M19-A3-02-Q1".into(), Answer::with_status(Status::NotMet));
        write_report(&mut draft_provider_report(&work, "2026-12-02T08:00:00Z", day()))
    }

    fn agency_json() -> String {
        write_report(&mut draft_agency_report(&fixtures::agency_work(3), "2026-12-02T08:00:00Z", day()))
    }

    fn is_docx(bytes: &[u8]) -> bool {
        bytes.starts_with(b"PK\x03\x04") && bytes.windows(17).any(|w| w == b"word/document.xml")
    }

    #[test]
    fn each_document_of_each_role_is_written_from_the_reports_json() {
        for (json, kind) in [(provider_json(), "report"), (provider_json(), "plan"), (agency_json(), "report")] {
            for lang in [Lang::ZhCn, Lang::En] {
                let bytes = document(&json, kind, lang).unwrap_or_else(|e| panic!("{kind} {lang:?}: {e}"));
                assert!(is_docx(&bytes), "{kind} {lang:?}: a zip holding word/document.xml");
            }
        }
    }

    #[test]
    fn the_catalog_schema_is_the_committed_one_and_describes_a_catalog() {
        assert_eq!(catalog_schema(), selfcheck_core::schema::catalog_schema(), "as `schemas/` holds it, fresh");
        let schema: serde_json::Value = serde_json::from_str(&catalog_schema()).expect("JSON");
        assert_eq!(schema["title"], "Catalog");
    }

    #[test]
    fn a_refusal_is_worded_in_the_users_language() {
        for lang in [Lang::ZhCn, Lang::En] {
            let refused = document(&agency_json(), "plan", lang).unwrap_err();
            assert_eq!(refused, selfcheck_docx::DocxProblem::PlanOfAgency.message(lang));
        }
        assert!(document(&provider_json(), "memo", Lang::En).unwrap_err().contains("memo"));
        assert!(document("{", "report", Lang::En).is_err(), "not a report");
    }

    #[test]
    fn a_key_made_here_signs_a_report_that_an_agency_then_finds_signed_by_it() {
        let made: SigningReply = serde_json::from_str(&key_generate()).unwrap();
        let (pem, fingerprint) = made.into_made().unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"), "kept unencrypted in the browser");
        let signed: SigningReply =
            serde_json::from_str(&sign_report(&provider_json(), &pem, "2026-12-07T08:00:00Z")).unwrap();
        let (signed, signer) = signed.into_made().unwrap();
        assert_eq!(signer, fingerprint);
        let reply: ProviderReportReply = serde_json::from_str(&provider_report(signed.as_bytes())).unwrap();
        let summary = reply.into_read().unwrap().summary;
        let signer = summary.signer.unwrap();
        assert_eq!(
            (signer.fingerprint.as_str(), signer.state),
            (fingerprint.as_str(), selfcheck_core::report::signature::SignatureState::Valid)
        );

        // What a merge is told of the file: who signed it; of an unsigned one, no one.
        let found = |bytes: &[u8]| {
            serde_json::from_str::<selfcheck_core::report::signature::SignerReply>(&super::signer(bytes))
                .unwrap()
                .into_found()
        };
        assert_eq!(found(signed.as_bytes()).unwrap().unwrap().fingerprint, fingerprint);
        assert_eq!(found(provider_json().as_bytes()).unwrap(), None);
        assert!(found(signed.replace("SM2-SM3", "MD5").as_bytes()).is_err(), "a member that could never hold");

        // Exported encrypted, read back only with its passphrase.
        let exported: SigningReply = serde_json::from_str(&key_export(&pem, "correct horse")).unwrap();
        let (encrypted, _) = exported.into_made().unwrap();
        assert!(encrypted.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        let back: SigningReply = serde_json::from_str(&key_import(&encrypted, "correct horse")).unwrap();
        assert_eq!(back.into_made().unwrap().1, fingerprint);
        let wrong: SigningReply = serde_json::from_str(&key_import(&encrypted, "wrong horse")).unwrap();
        assert!(wrong.into_made().is_err());

        // Edited after signing (its digest recomputed): the platform is told.
        let mut edited: Report = serde_json::from_str(&signed.replacen("示例政务云平台", "另一个平台", 1)).unwrap();
        let resealed = selfcheck_core::report::write_report(&mut edited);
        let original: serde_json::Value = serde_json::from_str(&signed).unwrap();
        let moved = selfcheck_core::report::add_signature(
            &resealed,
            &serde_json::from_value(original["signature"].clone()).unwrap(),
        )
        .unwrap();
        let reply: ProviderReportReply = serde_json::from_str(&provider_report(moved.as_bytes())).unwrap();
        let signer = reply.into_read().unwrap().summary.signer.unwrap();
        assert_eq!(signer.state, selfcheck_core::report::signature::SignatureState::DoesNotMatch);
    }
}
