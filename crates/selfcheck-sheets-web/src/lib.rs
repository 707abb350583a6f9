//! The first-use module's interface to the page (the "Excel module": workbooks read and
//! written, and a provider's report verified for an agency's platform): its functions'
//! data as JSON text and bytes. Built by `cargo xtask dist` with `wasm-bindgen --target no-modules`
//! under the global `selfcheckSheets`; the app reaches it through
//! `src/platform/sheets.rs`, which instantiates it on first use.

use selfcheck_core::agency::provider_report::{read_provider_report, ProviderReportReply};
use selfcheck_core::report::Report;
use selfcheck_core::sheet::{names, SheetProblem, SheetRows};
use selfcheck_core::Lang;
use wasm_bindgen::prelude::*;

/// The workbook of a report (its JSON, as the app would download it) in `lang`
/// (`zh-CN` or `en`).
#[wasm_bindgen]
pub fn workbook(report_json: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let report: Report = serde_json::from_str(report_json).map_err(|e| JsError::new(&e.to_string()))?;
    let lang = Lang::from_code(lang).unwrap_or_default();
    selfcheck_sheets::workbook(&report, lang).map_err(|e| JsError::new(&e.to_string()))
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
    let reply = ProviderReportReply::of(read_provider_report(bytes));
    serde_json::to_string(&reply).expect("a reply serialises")
}

fn wanted(kind: &str) -> &'static [&'static str] {
    match kind {
        "inventory" => names::INVENTORY,
        "platforms" => names::PLATFORMS,
        "catalog" => names::CATALOG,
        "questionnaire" => names::QUESTIONNAIRE,
        _ => &[],
    }
}
