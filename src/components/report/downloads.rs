use selfcheck_core::report::{draft_agency_report_of, draft_provider_report_of, gaps_csv, write_report};
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

/// Each download builds its report from the current inputs at the moment of the click.
#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let lang = props.lang;
    let excel = use_state(|| None::<Excel>);
    // The workbook is written from the report as its JSON, by the Excel module.
    let save_xlsx = {
        let excel = excel.clone();
        move |name: String, text: String| {
            excel.set(Some(Excel::Writing));
            let excel = excel.clone();
            let name = name.trim_end_matches(".json").to_string() + ".xlsx";
            sheets::save_workbook(name, text, lang, move |saved| excel.set(saved.err().map(Excel::Failed)));
        }
    };
    let provider_xlsx = {
        let (provider, today, save) = (props.provider.clone(), props.today, save_xlsx.clone());
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report_of(provider.parts(), &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            save(report.file_name(), text);
        })
    };
    let agency_xlsx = {
        let (agency, today, save) = (props.agency.clone(), props.today, save_xlsx);
        Callback::from(move |_: MouseEvent| {
            let platforms: Vec<_> = agency.platforms.iter().map(|e| e.platform.clone()).collect();
            let workloads = agency.workloads.iter().map(|e| &e.workload);
            let mut report =
                draft_agency_report_of(workloads, &platforms, &agency.history, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            save(report.file_name(), text);
        })
    };
    let provider_json = {
        let (provider, today) = (props.provider.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let mut report = draft_provider_report_of(provider.parts(), &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            let _ = download::save_text(&report.file_name(), "application/json", &text);
        })
    };
    let gaps = {
        let (provider, today) = (props.provider.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            // The gaps only: no digest to compute (that would serialise the whole report).
            let report = draft_provider_report_of(provider.parts(), &clock::now_rfc3339(), today);
            if let Some(provider) = &report.provider {
                let name = format!("cloud-selfcheck-gaps-{today}.csv");
                let _ = download::save_text(&name, "text/csv;charset=utf-8", &gaps_csv::gaps_csv(provider, lang));
            }
        })
    };
    let agency_json = {
        let (agency, today) = (props.agency.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let (name, text) = perf::measure("report-build", || {
                let platforms: Vec<_> = agency.platforms.iter().map(|e| e.platform.clone()).collect();
                let workloads = agency.workloads.iter().map(|e| &e.workload);
                let mut report =
                    draft_agency_report_of(workloads, &platforms, &agency.history, &clock::now_rfc3339(), today);
                let text = write_report(&mut report);
                (report.file_name(), text)
            });
            let _ = download::save_text(&name, "application/json", &text);
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
