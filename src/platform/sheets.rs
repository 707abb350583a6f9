//! The first-use module (`crates/selfcheck-sheets-web`, "the Excel module"): instantiated
//! the first time a workbook is read or written, a Word document written, a provider's
//! report verified for a platform, or the catalog format's schema downloaded, by the page's `__selfcheckSheets()`
//! (`static/sheets.js`), and reached through the functions it exports. Start-up never
//! loads it.

use js_sys::{Promise, Uint8Array};
use selfcheck_core::agency::provider_report::{ProviderReportReply, ProviderReportTaken};
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::{LoadProblem, MAX_REPORT_BYTES};
use selfcheck_core::sheet::{is_workbook, SheetProblem, SheetRows, TableKind, MAX_WORKBOOK_BYTES};
use selfcheck_core::table::Table;
use selfcheck_core::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::files::{self, ChosenFile, ReadError};

#[wasm_bindgen]
extern "C" {
    /// The module's exports once it is instantiated.
    pub(super) type SheetsModule;

    #[wasm_bindgen(method, catch)]
    fn workbook(this: &SheetsModule, report_json: &str, lang: &str) -> Result<Uint8Array, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn docx(this: &SheetsModule, report_json: &str, kind: &str, lang: &str) -> Result<Uint8Array, JsValue>;

    #[wasm_bindgen(method)]
    fn read_sheet(this: &SheetsModule, bytes: &[u8], kind: &str) -> String;

    #[wasm_bindgen(method)]
    fn provider_report(this: &SheetsModule, bytes: &[u8]) -> String;

    #[wasm_bindgen(method)]
    pub(super) fn key_generate(this: &SheetsModule) -> String;

    #[wasm_bindgen(method)]
    pub(super) fn key_import(this: &SheetsModule, text: &str, passphrase: &str) -> String;

    #[wasm_bindgen(method)]
    pub(super) fn key_export(this: &SheetsModule, pem: &str, passphrase: &str) -> String;

    #[wasm_bindgen(method)]
    pub(super) fn signer(this: &SheetsModule, bytes: &[u8]) -> String;

    #[wasm_bindgen(method)]
    pub(super) fn sign_report(this: &SheetsModule, text: &str, pem: &str, signed_at: &str) -> String;

    #[wasm_bindgen(method)]
    fn catalog_schema(this: &SheetsModule) -> String;

    #[wasm_bindgen(method, catch)]
    fn template(this: &SheetsModule, kind: &str, lang: &str) -> Result<Uint8Array, JsValue>;

    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = __selfcheckSheets)]
    fn load_sheets() -> Result<Promise, JsValue>;
}

fn detail(error: JsValue) -> String {
    error.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{error:?}"), |e| String::from(e.message()))
}

pub(super) async fn module() -> Result<SheetsModule, String> {
    let promise = load_sheets().map_err(detail)?;
    JsFuture::from(promise).await.map(JsCast::unchecked_into).map_err(detail)
}

/// The sheet for `kind` of the workbook `bytes`.
pub async fn read_sheet(bytes: &[u8], kind: TableKind) -> Result<SheetRows, SheetProblem> {
    let sheets = module().await.map_err(|detail| SheetProblem::ModuleUnavailable { detail })?;
    let json = sheets.read_sheet(bytes, kind.code());
    serde_json::from_str::<Result<SheetRows, SheetProblem>>(&json)
        .unwrap_or_else(|e| Err(SheetProblem::ModuleUnavailable { detail: e.to_string() }))
}

/// Which Word document to write of a report (`selfcheck_docx::Kind`, which the app does
/// not link: the module does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocxKind {
    /// The report of the report's role: a provider's self-check or an agency's assessment.
    Report,
    /// A provider's remediation plan.
    Plan,
}

impl DocxKind {
    fn code(self) -> &'static str {
        match self {
            DocxKind::Report => "report",
            DocxKind::Plan => "plan",
        }
    }
}

/// A chosen file read as a provider's report for an agency's platform and verified as
/// `selfcheck validate` does, in the module (`read_provider_report`): what it gives the
/// platform, or why it gives nothing.
pub fn read_provider_report(file: ChosenFile, on_done: impl FnOnce(Result<ProviderReportTaken, Message>) + 'static) {
    files::read_bytes(file, MAX_REPORT_BYTES as u64, move |read| match read {
        Err(error) => on_done(Err(LoadProblem::from(error).describe())),
        Ok(bytes) => wasm_bindgen_futures::spawn_local(async move {
            let unavailable = |detail: String| Message::new(M::ModuleUnavailable).with("detail", detail);
            let read = match module().await {
                Ok(module) => serde_json::from_str::<ProviderReportReply>(&module.provider_report(&bytes))
                    .map_err(|e| unavailable(e.to_string()))
                    .and_then(ProviderReportReply::into_read),
                Err(detail) => Err(unavailable(detail)),
            };
            on_done(read);
        }),
    })
}

/// Writes the blank workbook `kind`'s importer reads, its sheet and headers in `lang`,
/// and saves it as `file_name`; `on_done` says whether it worked.
pub fn save_template(
    kind: TableKind,
    lang: Lang,
    file_name: String,
    on_done: impl FnOnce(Result<(), String>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let written = async { module().await?.template(kind.code(), lang.code()).map_err(detail) }.await;
        on_done(written.and_then(|bytes| super::download::save_bytes(&file_name, XLSX_MIME, &bytes.to_vec())));
    });
}

/// Saves the catalog format's JSON Schema (the module holds its text) as `file_name`;
/// `on_done` says whether it worked.
pub fn save_catalog_schema(file_name: String, on_done: impl FnOnce(Result<(), String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let saved = module()
            .await
            .and_then(|module| super::download::save_text(&file_name, "application/json", &module.catalog_schema()));
        on_done(saved);
    });
}

/// Why a chosen file gave no table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableReadError {
    Read(ReadError),
    Sheet(SheetProblem),
}

impl TableReadError {
    /// What the person is told, worded as the table importers word their problems (`C`:
    /// the importer's columns; these problems name none).
    pub fn describe<C: selfcheck_core::table::Column>(self) -> selfcheck_core::messages::Message {
        use selfcheck_core::messages::Describe;
        use selfcheck_core::table::TableProblem;
        match self {
            TableReadError::Read(ReadError::TooLarge { bytes }) => TableProblem::<C>::TooLarge {
                bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                limit: selfcheck_core::sheet::MAX_WORKBOOK_BYTES,
            }
            .describe(),
            TableReadError::Read(ReadError::Failed(detail)) => TableProblem::<C>::Unreadable { detail }.describe(),
            TableReadError::Sheet(problem) => problem.describe(),
        }
    }
}

/// A chosen file as a table: a workbook (known by its first bytes, whatever its name)
/// read through the Excel module, anything else as CSV bytes for the importer to check.
pub fn read_table(file: ChosenFile, kind: TableKind, on_done: impl FnOnce(Result<Table, TableReadError>) + 'static) {
    // The importers check a CSV's own limit; a workbook is compressed and may be larger.
    files::read_bytes(file, MAX_WORKBOOK_BYTES as u64, move |read| match read {
        Err(error) => on_done(Err(TableReadError::Read(error))),
        Ok(bytes) if is_workbook(&bytes) => wasm_bindgen_futures::spawn_local(async move {
            on_done(read_sheet(&bytes, kind).await.map(Table::Sheet).map_err(TableReadError::Sheet))
        }),
        Ok(bytes) => on_done(Ok(Table::Csv(bytes))),
    })
}

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A document the module writes of a report: its workbook, or one of its Word documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Workbook,
    Docx(DocxKind),
}

impl Document {
    /// Its file name extension, which also names its status line (`xlsx-status`).
    pub fn extension(self) -> &'static str {
        match self {
            Document::Workbook => "xlsx",
            Document::Docx(_) => "docx",
        }
    }
}

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Writes the workbook of a report (its JSON text) and saves it as `file_name` if
/// `check` takes its size (`report::writable::check_workbook`: the message why not);
/// `on_done` says whether it worked.
pub fn save_workbook(
    file_name: String,
    report_json: String,
    lang: Lang,
    check: impl FnOnce(usize) -> Result<(), String> + 'static,
    on_done: impl FnOnce(Result<(), String>) + 'static,
) {
    save(file_name, report_json, lang, Document::Workbook, Box::new(check), Box::new(on_done));
}

/// Writes `document` of a report (its JSON text) in `lang` and saves it as `file_name` if
/// `check` takes its size (the message why not); `on_done` says whether it worked, why
/// not in `lang` (the module's message for a document it refuses).
pub fn save(
    file_name: String,
    report_json: String,
    lang: Lang,
    document: Document,
    check: Box<dyn FnOnce(usize) -> Result<(), String>>,
    on_done: Box<dyn FnOnce(Result<(), String>)>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let written = async {
            let module = module().await?;
            match document {
                Document::Workbook => module.workbook(&report_json, lang.code()),
                Document::Docx(kind) => module.docx(&report_json, kind.code(), lang.code()),
            }
            .map_err(detail)
        };
        let mark = if document == Document::Workbook { "xlsx-write" } else { "docx-write" };
        let saved = super::perf::measure_async(mark, written).await.and_then(|bytes| {
            check(bytes.length() as usize)?;
            let mime = if document == Document::Workbook { XLSX_MIME } else { DOCX_MIME };
            super::download::save_bytes(&file_name, mime, &bytes.to_vec())
        });
        on_done(saved);
    });
}
