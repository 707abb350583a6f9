use std::borrow::Borrow;

use selfcheck_core::agency::Workload;
use selfcheck_core::messages::Describe;
use selfcheck_core::report::writable::{check_report_to_save, check_workbook};
use selfcheck_core::report::{draft_agency_report, draft_provider_report, gaps_csv, write_report, Report, Role};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::sheets::{self, Document, DocxKind};
use crate::platform::{clock, download, events, perf, print, signing};
use crate::state::{AgencyState, ProviderState, SigningKey};

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub lang: Lang,
    /// Both roles' work (answers and workloads behind `Rc`: cloned, not copied).
    pub provider: ProviderState,
    pub agency: AgencyState,
    pub today: Date,
    /// This browser's signing key: JSON reports are signed with it unless unticked.
    #[prop_or_default]
    pub signing_key: Option<SigningKey>,
}

/// A report's JSON text saved as `name`, signed first when `sign` says so (`refused`: why
/// nothing was saved; `signing`: a signature being made).
fn save_json(
    name: String,
    text: String,
    sign: bool,
    lang: Lang,
    refused: UseStateHandle<Option<String>>,
    signing: UseStateHandle<bool>,
) {
    signing.set(sign);
    let done = signing.clone();
    signing::save_report_json(name, text, sign, lang, move |saved| {
        done.set(false);
        refused.set(saved.err());
    });
}

/// Where the last download the Excel module writes (a workbook or a Word document) is:
/// being written (the first one also starts the module), or failed and why.
#[derive(Clone, PartialEq)]
enum Written {
    Writing(Document),
    Failed(Document, String),
}

/// A report's text, if this version reads it back (`report::limits`); else why not.
fn checked<W: Borrow<Workload>>(report: &Report<W>, text: String, lang: Lang) -> Result<String, String> {
    check_report_to_save(report, &text).map(|()| text).map_err(|why| why.message(lang))
}

/// Each download builds its report from the current inputs at the moment of the click,
/// and saves it only if this version reads it back.
#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let lang = props.lang;
    let written = use_state(|| None::<Written>);
    // Why the last report download saved nothing: it would not read back, or not be signed.
    let refused = use_state(|| None::<String>);
    let signing = use_state(|| false);
    // Whether JSON reports are signed (when there is a key).
    let sign_wanted = use_state(|| true);
    let sign = props.signing_key.is_some() && *sign_wanted;
    // Workbooks and Word documents are written from the report as its JSON, by the Excel
    // module; a report that would not read back gives neither.
    let save = {
        let written = written.clone();
        move |name: String, document: Document, role: Role, checked: Result<String, String>| {
            let text = match checked {
                Ok(text) => text,
                Err(message) => return written.set(Some(Written::Failed(document, message))),
            };
            written.set(Some(Written::Writing(document)));
            let written = written.clone();
            // A workbook an importer reads back keeps within what it reads; nothing reads
            // a Word document back.
            let check = move |len| match document {
                Document::Workbook => check_workbook(role, false, len).map_err(|over| over.message(lang)),
                Document::Docx(_) => Ok(()),
            };
            let done = move |saved: Result<(), String>| written.set(saved.err().map(|e| Written::Failed(document, e)));
            sheets::save(name, text, lang, document, Box::new(check), Box::new(done));
        }
    };
    // The provider's workbook, Word report or plan (named as the gaps' CSV is).
    let provider_document = |document: Document| {
        let (provider, today, save) = (props.provider.clone(), props.today, save.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            let name = match document {
                Document::Docx(DocxKind::Plan) => format!("cloud-selfcheck-plan-{}", report.as_of),
                _ => report.file_name().trim_end_matches(".json").to_string(),
            };
            save(format!("{name}.{}", document.extension()), document, Role::Provider, checked(&report, text, lang));
        })
    };
    let agency_document = |document: Document| {
        let (agency, today, save) = (props.agency.clone(), props.today, save.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_agency_report(&agency.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            let name = report.file_name().trim_end_matches(".json").to_string();
            save(format!("{name}.{}", document.extension()), document, Role::Agency, checked(&report, text, lang));
        })
    };
    let provider_json = {
        let (provider, today, refused, signing) =
            (props.provider.clone(), props.today, refused.clone(), signing.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            match checked(&report, text, lang) {
                Ok(text) => save_json(report.file_name(), text, sign, lang, refused.clone(), signing.clone()),
                Err(message) => refused.set(Some(message)),
            }
        })
    };
    let gaps = {
        let (provider, today) = (props.provider.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            // The gaps only: no digest to compute (that would serialise the whole report).
            let report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            if let Some(provider) = &report.provider {
                let name = format!("cloud-selfcheck-gaps-{today}.csv");
                let _ = download::save_text(&name, "text/csv;charset=utf-8", &gaps_csv::gaps_csv(provider, lang));
            }
        })
    };
    let agency_json = {
        let (agency, today, refused, signing) = (props.agency.clone(), props.today, refused.clone(), signing.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, checked) = perf::measure("report-build", || {
                let mut report = draft_agency_report(&agency.work, &clock::now_rfc3339(), today);
                let text = write_report(&mut report);
                (report.file_name(), checked(&report, text, lang))
            });
            match checked {
                Ok(text) => save_json(name, text, sign, lang, refused.clone(), signing.clone()),
                Err(message) => refused.set(Some(message)),
            }
        })
    };
    let toggle_sign = {
        let sign_wanted = sign_wanted.clone();
        Callback::from(move |e: Event| sign_wanted.set(events::checked(&e)))
    };
    html! {
        <section class="card downloads no-print" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{ tr(lang, T::ReportDownloadHeading) }</h2>
            if props.signing_key.is_some() {
                <p class="sign-choice">
                    <label>
                        <input type="checkbox" id="sign-reports" checked={*sign_wanted} onchange={toggle_sign} />
                        { " " }{ tr(lang, T::SignReports) }
                    </label>
                </p>
            } else {
                <p class="who" id="sign-no-key">{ tr(lang, T::SignReportsNoKey) }</p>
            }
            <div class="button-row">
                <button type="button" id="download-provider" class="primary" onclick={provider_json}>{ tr(lang, T::ReportProviderJson) }</button>
                <button type="button" id="download-gaps" onclick={gaps}>{ tr(lang, T::ReportGapsCsv) }</button>
                <button type="button" id="download-provider-xlsx" onclick={provider_document(Document::Workbook)}>{ tr(lang, T::ReportProviderXlsx) }</button>
                <button type="button" id="download-provider-docx" onclick={provider_document(Document::Docx(DocxKind::Report))}>{ tr(lang, T::ReportProviderDocx) }</button>
                <button type="button" id="download-plan-docx" onclick={provider_document(Document::Docx(DocxKind::Plan))}>{ tr(lang, T::ReportPlanDocx) }</button>
                <button type="button" id="download-agency" class="primary" onclick={agency_json}>{ tr(lang, T::ReportAgencyJson) }</button>
                <button type="button" id="download-agency-xlsx" onclick={agency_document(Document::Workbook)}>{ tr(lang, T::ReportAgencyXlsx) }</button>
                <button type="button" id="download-agency-docx" onclick={agency_document(Document::Docx(DocxKind::Report))}>{ tr(lang, T::ReportAgencyDocx) }</button>
                <button type="button" id="print-report" onclick={|_| print::print()}>{ tr(lang, T::ReportPrint) }</button>
            </div>
            if *signing {
                <p class="who" id="sign-status" data-state="signing">{ tr(lang, T::Signing) }</p>
            }
            if let Some(message) = &*refused {
                <Notice kind={NoticeKind::Error}>
                    <span id="download-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span>
                </Notice>
            }
            { match &*written {
                None => html! {},
                Some(Written::Writing(document)) => html! {
                    <p class="who" id={format!("{}-status", document.extension())} data-state="writing">
                        { tr(lang, if *document == Document::Workbook { T::XlsxWriting } else { T::DocxWriting }) }
                    </p>
                },
                Some(Written::Failed(document, detail)) => html! {
                    <Notice kind={NoticeKind::Error}>
                        <span id={format!("{}-status", document.extension())} data-state="failed">
                            { trf(lang, if *document == Document::Workbook { T::XlsxFailed } else { T::DocxFailed }, &[("detail", detail)]) }
                        </span>
                    </Notice>
                },
            } }
            <p class="who">{ tr(lang, T::ReportPrivacy) }</p>
        </section>
    }
}
