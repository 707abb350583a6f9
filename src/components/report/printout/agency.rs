//! The agency's report after its cover: the verdicts counted, each workload's verdict
//! with its reasons and platform-fit gaps, the candidate platforms, and the evidence.

use selfcheck_core::agency::rule_texts;
use selfcheck_core::report::{AgencyReport, Report};
use selfcheck_core::Lang;
use yew::prelude::*;

use super::cover::verdict_counts;
use super::{dash, evidence_section};
use crate::components::agency::rule_reason::fit_detail;
use crate::components::agency::verdict_badge::verdict_badge;
use crate::components::scroll_table;
use crate::i18n::{labels, tr, trf, T};

/// Rows drawn; the JSON report always has every workload.
const MAX_ROWS: usize = 200;

pub fn body(lang: Lang, report: &Report, a: &AgencyReport) -> Html {
    html! {
        <>
            <section class="report-part">
                <h3>{ tr(lang, T::PreviewVerdicts) }</h3>
                { verdict_counts(lang, a) }
            </section>
            { workloads_section(lang, a) }
            { platforms_section(lang, a) }
            { evidence_section(lang, report) }
        </>
    }
}

fn workloads_section(lang: Lang, a: &AgencyReport) -> Html {
    if a.workloads.is_empty() {
        return html! {};
    }
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::PreviewAgency) }</h3>
            { scroll_table(tr(lang, T::PreviewAgency), html! {<table class="report-table workloads-table" id="preview-workloads">
                <colgroup><col class="w-workload" /><col class="w-verdict" /><col class="w-reasons" /><col class="w-fit" /></colgroup>
                <thead><tr>
                    <th scope="col">{ tr(lang, T::ColumnWorkload) }</th>
                    <th scope="col">{ tr(lang, T::ColumnVerdict) }</th>
                    <th scope="col">{ tr(lang, T::ColumnReasons) }</th>
                    <th scope="col">{ tr(lang, T::ColumnFit) }</th>
                </tr></thead>
                <tbody>
                    { for a.workloads.iter().take(MAX_ROWS).map(|w| html! {
                        <tr>
                            <td>{ if w.workload.name.trim().is_empty() { tr(lang, T::Unnamed) } else { w.workload.name.as_str() } }</td>
                            <td>{ verdict_badge(lang, Some(w.verdict)) }</td>
                            <td>{ w.reasons.iter().map(|r| rule_texts(r.code()).text.get(lang)).collect::<Vec<_>>().join(" ") }</td>
                            <td class="fit-cell">{ for w.platform_fit.iter().flatten().map(|g| html! {
                                <p class="fit-gap" data-code={g.code.code()}>
                                    { rule_texts(g.code.code()).text.get(lang) }
                                    if let Some(detail) = fit_detail(lang, g) { { " " }{ detail } }
                                </p>
                            }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table> }) }
            if a.workloads.len() > MAX_ROWS {
                <p class="more">{ trf(lang, T::PreviewMoreWorkloads, &[("count", &(a.workloads.len() - MAX_ROWS).to_string())]) }</p>
            }
        </section>
    }
}

/// The platforms the workloads may move to, as recorded.
fn platforms_section(lang: Lang, a: &AgencyReport) -> Html {
    if a.platforms.is_empty() {
        return html! {};
    }
    let in_china = |value: Option<bool>| match value {
        Some(true) => tr(lang, T::InChinaYes),
        Some(false) => tr(lang, T::InChinaNo),
        None => "—",
    };
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::PlatformsHeading) }</h3>
            { scroll_table(tr(lang, T::PlatformsHeading), html! {<table class="report-table platforms-table" id="preview-platforms">
                <thead><tr>
                    <th scope="col">{ tr(lang, T::PlatformName) }</th>
                    <th scope="col">{ tr(lang, T::PlatformProvider) }</th>
                    <th scope="col">{ tr(lang, T::ProfileTier) }</th>
                    <th scope="col">{ tr(lang, T::PlatformLevel) }</th>
                    <th scope="col">{ tr(lang, T::PlatformInChina) }</th>
                    <th scope="col">{ tr(lang, T::PlatformPublished) }</th>
                </tr></thead>
                <tbody>
                    { for a.platforms.iter().map(|p| html! {
                        <tr>
                            <td>{ dash(&p.name) }</td>
                            <td>{ dash(&p.provider) }</td>
                            <td>{ p.tier.map_or("—", |t| tr(lang, labels::tier(t))) }</td>
                            <td>{ p.mlps_level.map_or_else(|| "—".to_string(), |l| trf(lang, T::LevelShort, &[("level", &l.to_string())])) }</td>
                            <td>{ in_china(p.data_centres_in_china) }</td>
                            <td>{ p.result_published.map_or_else(|| "—".to_string(), |d| d.to_string()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table> }) }
        </section>
    }
}
