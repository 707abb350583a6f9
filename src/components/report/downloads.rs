use std::borrow::Borrow;

use selfcheck_core::agency::Workload;
use selfcheck_core::messages::Describe;
use selfcheck_core::report::writable::{check_report_to_save, check_workbook};
use selfcheck_core::report::{draft_agency_report, draft_provider_report, gaps_csv, write_report, Report, Role};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::{clock, download, perf, print, sheets};
use crate::state::{AgencyState, ProviderState};

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub lang: Lang,
    /// Both roles' work (answers and workloads behind `Rc`: cloned, not copied).
    pub provider: ProviderState,
    pub agency: AgencyState,
    pub today: Date,
}

/// Where an Excel download is: being written (the first one also starts the Excel
/// module), or failed and why.
#[derive(Clone, PartialEq)]
enum Excel {
    Writing,
    Failed(String),
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
    let excel = use_state(|| None::<Excel>);
    // Why the last report download saved nothing: it would not read back.
    let refused = use_state(|| None::<String>);
    // The workbook is written from the report as its JSON, by the Excel module; a report
    // that would not read back gives no workbook either.
    let save_xlsx = {
        let excel = excel.clone();
        move |name: String, role: Role, checked: Result<String, String>| {
            let text = match checked {
                Ok(text) => text,
                Err(message) => return excel.set(Some(Excel::Failed(message))),
            };
            excel.set(Some(Excel::Writing));
            let excel = excel.clone();
            let name = name.trim_end_matches(".json").to_string() + ".xlsx";
            let check = move |len| check_workbook(role, false, len).map_err(|over| over.message(lang));
            sheets::save_workbook(name, text, lang, check, move |saved| excel.set(saved.err().map(Excel::Failed)));
        }
    };
    let provider_xlsx = {
        let (provider, today, save) = (props.provider.clone(), props.today, save_xlsx.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            save(report.file_name(), Role::Provider, checked(&report, text, lang));
        })
    };
    let agency_xlsx = {
        let (agency, today, save) = (props.agency.clone(), props.today, save_xlsx);
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_agency_report(&agency.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            save(report.file_name(), Role::Agency, checked(&report, text, lang));
        })
    };
    let provider_json = {
        let (provider, today, refused) = (props.provider.clone(), props.today, refused.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            refused.set(download::save_report(&report.file_name(), &report, &text, lang).err());
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
        let (agency, today, refused) = (props.agency.clone(), props.today, refused.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, saved) = perf::measure("report-build", || {
                let mut report = draft_agency_report(&agency.work, &clock::now_rfc3339(), today);
                let text = write_report(&mut report);
                (report.file_name(), checked(&report, text, lang))
            });
            refused.set(saved.and_then(|text| download::save_text(&name, "application/json", &text)).err());
        })
    };
    html! {
        <section class="card downloads no-print" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{ tr(lang, T::ReportDownloadHeading) }</h2>
            <div class="button-row">
                <button type="button" id="download-provider" class="primary" onclick={provider_json}>{ tr(lang, T::ReportProviderJson) }</button>
                <button type="button" id="download-gaps" onclick={gaps}>{ tr(lang, T::ReportGapsCsv) }</button>
                <button type="button" id="download-provider-xlsx" onclick={provider_xlsx}>{ tr(lang, T::ReportProviderXlsx) }</button>
                <button type="button" id="download-agency" class="primary" onclick={agency_json}>{ tr(lang, T::ReportAgencyJson) }</button>
                <button type="button" id="download-agency-xlsx" onclick={agency_xlsx}>{ tr(lang, T::ReportAgencyXlsx) }</button>
                <button type="button" id="print-report" onclick={|_| print::print()}>{ tr(lang, T::ReportPrint) }</button>
            </div>
            if let Some(message) = &*refused {
                <Notice kind={NoticeKind::Error}>
                    <span id="download-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span>
                </Notice>
            }
            { match &*excel {
                None => html! {},
                Some(Excel::Writing) => html! { <p class="who" id="xlsx-status" data-xlsx="writing">{ tr(lang, T::XlsxWriting) }</p> },
                Some(Excel::Failed(detail)) => html! {
                    <Notice kind={NoticeKind::Error}>
                        <span id="xlsx-status" data-xlsx="failed">{ trf(lang, T::XlsxFailed, &[("detail", detail)]) }</span>
                    </Notice>
                },
            } }
            <p class="who">{ tr(lang, T::ReportPrivacy) }</p>
        </section>
    }
}
