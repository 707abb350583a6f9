use std::rc::Rc;

use selfcheck_core::agency::rule_texts;
use selfcheck_core::catalog::loaded;
use selfcheck_core::report::{draft_agency_report_of, draft_provider_report_of, Report};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::agency::verdict_badge::verdict_badge;
use crate::components::answered::answered;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::deadline_panel::DeadlinePanel;
use crate::components::header::PRODUCT_NAME;
use crate::i18n::{labels, tr, trf, T};
use crate::state::{AgencyState, ProviderState};

/// Rows drawn in the preview; the JSON report always has every workload.
const MAX_ROWS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub lang: Lang,
    pub provider: ProviderState,
    pub agency: AgencyState,
    pub today: Date,
    /// Changes whenever the inputs do, so the reports are rebuilt only then.
    pub revision: u64,
}

/// Who the provider report is about, as entered in the profile.
fn profile_block(lang: Lang, profile: &selfcheck_core::profile::ProviderProfile) -> Html {
    let dash = |text: String| if text.trim().is_empty() { "—".to_string() } else { text };
    let models = profile.service_models.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ");
    let tier = profile.tier.map(|t| tr(lang, labels::tier(t)).to_string()).unwrap_or_default();
    let customers = [(profile.serves_party_government, T::ProfilePartyGov), (profile.serves_cii, T::ProfileCii)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, key)| tr(lang, key))
        .collect::<Vec<_>>()
        .join(lang_separator(lang));
    let rows = [
        (T::ProfileProvider, dash(profile.provider.clone())),
        (T::ProfilePlatform, dash(profile.platform.clone())),
        (T::ProfileServiceModels, dash(models)),
        (T::ProfileTier, dash(tier)),
        (T::SummaryDataCentres, dash(profile.data_centres.join(lang_separator(lang)))),
        (T::ProfileCustomers, dash(customers)),
    ];
    html! {
        <dl class="profile-summary" id="preview-profile">
            { for rows.into_iter().map(|(key, value)| html! { <><dt>{ tr(lang, key) }</dt><dd>{ value }</dd></> }) }
        </dl>
    }
}

fn lang_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "、",
        Lang::En => ", ",
    }
}

/// The report as a document: what the print dialog turns into a PDF.
#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let lang = props.lang;
    let reports: Rc<(Report, Report)> = {
        let (provider, agency, today) = (props.provider.clone(), props.agency.clone(), props.today);
        use_memo((props.revision, props.today), move |_| {
            let platforms: Vec<_> = agency.platforms.iter().map(|e| e.platform.clone()).collect();
            let workloads = agency.workloads.iter().map(|e| &e.workload);
            let agency = draft_agency_report_of(workloads, &platforms, &agency.history, "", today);
            let provider = draft_provider_report_of(provider.parts(), "", today);
            (provider, agency.into_owned())
        })
    };
    let (provider, agency) = (&reports.0, &reports.1);
    let p = provider.provider.as_ref().expect("a provider report has its section");
    let a = agency.agency.as_ref().expect("an agency report has its section");
    let bars: Vec<Bar> = p
        .summary
        .catalogs
        .iter()
        .filter_map(|c| {
            Some(Bar {
                label: loaded::find_catalog(&props.provider.catalogs.loaded, &c.catalog_id)?
                    .title
                    .get(lang)
                    .to_string(),
                score: c.score.tally.score(),
                detail: trf(
                    lang,
                    T::AnsweredOf,
                    &[
                        ("answered", &c.score.tally.answered().to_string()),
                        ("total", &c.score.tally.total().to_string()),
                    ],
                ),
            })
        })
        .collect();
    html! {
        <article class="card preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ tr(lang, T::PreviewHeading) }</h2>
            <p class="print-only print-title">{ PRODUCT_NAME }</p>
            <p>{ trf(lang, T::PreviewGeneratedOn, &[("date", &props.today.to_string())]) }</p>

            <h3>{ tr(lang, T::PreviewProvider) }</h3>
            { profile_block(lang, &props.provider.profile) }
            <DeadlinePanel lang={lang} deadlines={p.deadlines.clone()} />
            <p>
                <strong id="preview-score">{ labels::percent(p.summary.overall.tally.score()) }</strong>{ " · " }
                <span id="preview-status">{ labels::overall(lang, p.summary.status) }</span>
            </p>
            <BarChart title={tr(lang, T::ChartCatalogs)} bars={bars} />
            if p.gaps.is_empty() {
                <p class="empty">{ tr(lang, T::PreviewNoGaps) }</p>
            } else {
                <div class="table-wrap">
                    <table class="report-table" id="preview-gaps">
                        <thead><tr>
                            <th scope="col">{ tr(lang, T::ColumnSeverity) }</th>
                            <th scope="col">{ tr(lang, T::ColumnItem) }</th>
                            <th scope="col">{ tr(lang, T::ColumnStatus) }</th>
                            <th scope="col">{ tr(lang, T::ColumnOwner) }</th>
                            <th scope="col">{ tr(lang, T::ColumnDue) }</th>
                            <th scope="col">{ tr(lang, T::ColumnAnswered) }</th>
                        </tr></thead>
                        <tbody>
                            { for p.gaps.iter().map(|gap| {
                                let kind = loaded::find_item(&props.provider.catalogs.loaded, &gap.item_id).map(|r| r.item.kind).unwrap_or(selfcheck_core::catalog::ItemKind::Compliance);
                                html! {
                                    <tr data-item-id={gap.item_id.clone()}>
                                        <td>{ labels::severity(lang, gap.severity) }</td>
                                        <td><span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>{ " " }{ gap.title.get(lang) }</td>
                                        <td>{ labels::status(lang, kind, gap.status) }</td>
                                        <td>{ &gap.owner }</td>
                                        <td>{ gap.target_date.map(|d| d.to_string()).unwrap_or_default() }</td>
                                        <td>{ props.provider.answers.get(&gap.item_id).map(|a| answered(lang, a.details())).unwrap_or_default() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }

            <h3>{ tr(lang, T::PreviewAgency) }</h3>
            if a.workloads.is_empty() {
                <p class="empty">{ tr(lang, T::PreviewNoWorkloads) }</p>
            } else {
                <div class="table-wrap">
                    <table class="report-table" id="preview-workloads">
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
                                    <td>{ verdict_badge(lang, w.verdict) }</td>
                                    <td>{ w.reasons.iter().map(|r| rule_texts(r.code()).text.get(lang)).collect::<Vec<_>>().join(" ") }</td>
                                    <td>{ w.platform_fit.as_ref().map(|gaps| gaps.iter().map(|g| rule_texts(g.code.code()).text.get(lang)).collect::<Vec<_>>().join(" ")).unwrap_or_default() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if a.workloads.len() > MAX_ROWS {
                    <p class="more">{ trf(lang, T::PreviewMoreWorkloads, &[("count", &(a.workloads.len() - MAX_ROWS).to_string())]) }</p>
                }
            }
        </article>
    }
}
