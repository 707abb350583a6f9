use std::rc::Rc;

use selfcheck_core::catalog::Catalog;
use selfcheck_core::profile::ProviderProfile;
use selfcheck_core::report::{
    draft_agency_report_of, draft_provider_report_of, gaps_csv, provider_catalogs, write_report,
};
use selfcheck_core::{Answers, Date, Lang};
use yew::prelude::*;

use crate::i18n::{tr, T};
use crate::platform::{clock, download, perf, print};
use crate::state::{Entry, PlatformEntry};

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub lang: Lang,
    pub profile: ProviderProfile,
    pub answers: Rc<Answers>,
    /// The catalogs the provider loaded, embedded in its report.
    pub catalogs: Rc<Vec<Catalog>>,
    pub workloads: Rc<Vec<Entry>>,
    pub platforms: Rc<Vec<PlatformEntry>>,
    pub today: Date,
}

/// Each download builds its report from the current inputs at the moment of the click.
#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let lang = props.lang;
    let provider_json = {
        let (profile, answers, today) = (props.profile.clone(), props.answers.clone(), props.today);
        let loaded = props.catalogs.clone();
        Callback::from(move |_: MouseEvent| {
            let catalogs = provider_catalogs(&loaded);
            let mut report = draft_provider_report_of(&profile, &answers, &catalogs, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            let _ = download::save_text(&report.file_name(), "application/json", &text);
        })
    };
    let gaps = {
        let (profile, answers, today) = (props.profile.clone(), props.answers.clone(), props.today);
        let loaded = props.catalogs.clone();
        Callback::from(move |_: MouseEvent| {
            // The gaps only: no digest to compute (that would serialise the whole report).
            let catalogs = provider_catalogs(&loaded);
            let report = draft_provider_report_of(&profile, &answers, &catalogs, &clock::now_rfc3339(), today);
            if let Some(provider) = &report.provider {
                let name = format!("cloud-selfcheck-gaps-{today}.csv");
                let _ = download::save_text(&name, "text/csv;charset=utf-8", &gaps_csv::gaps_csv(provider, lang));
            }
        })
    };
    let agency_json = {
        let (workloads, platforms, today) = (props.workloads.clone(), props.platforms.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let (name, text) = perf::measure("report-build", || {
                let platforms: Vec<_> = platforms.iter().map(|e| e.platform.clone()).collect();
                let workloads = workloads.iter().map(|e| &e.workload);
                let mut report = draft_agency_report_of(workloads, &platforms, &clock::now_rfc3339(), today);
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
                <button type="button" id="download-agency" class="primary" onclick={agency_json}>{ tr(lang, T::ReportAgencyJson) }</button>
                <button type="button" id="print-report" onclick={|_| print::print()}>{ tr(lang, T::ReportPrint) }</button>
            </div>
            <p class="who">{ tr(lang, T::ReportPrivacy) }</p>
        </section>
    }
}
