use std::rc::Rc;

use selfcheck_core::agency::rule_texts;
use selfcheck_core::catalog::loaded;
use selfcheck_core::evidence::EvidenceFile;
use selfcheck_core::report::{draft_agency_report, draft_provider_report, write_report, Report};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::agency::rule_reason::fit_detail;
use crate::components::agency::verdict_badge::verdict_badge;
use crate::components::answered::answered;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::deadline_panel::DeadlinePanel;
use crate::components::evidence_files::size_text;
use crate::components::header::PRODUCT_NAME;
use crate::components::{Notice, NoticeKind};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::{clock, download};
use crate::state::{AgencyState, ProviderState};

/// The two reports the printout shows, with the JSON text each would be downloaded as.
#[derive(PartialEq)]
struct Printed {
    provider: Report,
    agency: Report,
    provider_json: String,
    agency_json: String,
}

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
    // The reports as their JSON files would be now: the printout names their digests, and
    // "download the JSON of this printout" saves exactly these bytes.
    let reports: Rc<Printed> = {
        let (provider, agency, today) = (props.provider.clone(), props.agency.clone(), props.today);
        use_memo((props.revision, props.today), move |_| {
            let now = clock::now_rfc3339();
            let mut agency = draft_agency_report(&agency.work, &now, today).into_owned();
            let mut provider = draft_provider_report(&provider.work, &now, today);
            let provider_json = write_report(&mut provider);
            let agency_json = write_report(&mut agency);
            Printed { provider, agency, provider_json, agency_json }
        })
    };
    let (provider, agency) = (&reports.provider, &reports.agency);
    // Why a report of the printout was not saved: it would not read back.
    let refused = use_state(|| None::<String>);
    let save_json = {
        let (reports, refused) = (reports.clone(), refused.clone());
        Callback::from(move |_: MouseEvent| {
            let mut not_saved = None;
            for (report, text) in [(&reports.provider, &reports.provider_json), (&reports.agency, &reports.agency_json)]
            {
                not_saved = not_saved.or(download::save_report(&report.file_name(), report, text, lang).err());
            }
            refused.set(not_saved);
        })
    };
    let evidence: Vec<(String, &EvidenceFile)> =
        provider.evidence_files().into_iter().chain(agency.evidence_files()).collect();
    let p = provider.provider.as_ref().expect("a provider report has its section");
    let a = agency.agency.as_ref().expect("an agency report has its section");
    let bars: Vec<Bar> = p
        .summary
        .catalogs
        .iter()
        .filter_map(|c| {
            Some(Bar {
                label: loaded::find_catalog(&props.provider.work.catalogs, &c.catalog_id)?.title.get(lang).to_string(),
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
    let profile = &props.provider.work.profile;
    let dash = |text: &str| if text.trim().is_empty() { "—".to_string() } else { text.to_string() };
    html! {
        <article class="card preview report-document" aria-labelledby="preview-heading">
            <h2 id="preview-heading" class="no-print">{ tr(lang, T::PreviewHeading) }</h2>
            <p class="no-print help">{ tr(lang, T::PreviewHelp) }</p>
            <div class="button-row no-print">
                <button type="button" id="download-printed-json" onclick={save_json}>{ tr(lang, T::PreviewSaveJson) }</button>
            </div>
            if let Some(message) = &*refused {
                <div class="no-print">
                    <Notice kind={NoticeKind::Error}><span id="printed-json-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span></Notice>
                </div>
            }

            <header class="cover" id="report-cover">
                <p class="cover-product">{ PRODUCT_NAME }</p>
                <h1 class="cover-title">{ tr(lang, T::CoverTitle) }</h1>
                <dl class="cover-facts">
                    <dt>{ tr(lang, T::CoverUnit) }</dt><dd>{ dash(&profile.provider) }</dd>
                    <dt>{ tr(lang, T::ProfilePlatform) }</dt><dd>{ dash(&profile.platform) }</dd>
                    <dt>{ tr(lang, T::CoverDate) }</dt><dd>{ props.today.to_string() }</dd>
                    <dt>{ tr(lang, T::CoverGenerated) }</dt><dd>{ &provider.generated_at }</dd>
                    <dt>{ tr(lang, T::CoverTool) }</dt><dd>{ &provider.tool_version }</dd>
                    <dt>{ tr(lang, T::CoverProviderDigest) }</dt><dd><code class="digest" id="cover-provider-digest">{ &provider.digest }</code></dd>
                    <dt>{ tr(lang, T::CoverAgencyDigest) }</dt><dd><code class="digest" id="cover-agency-digest">{ &agency.digest }</code></dd>
                </dl>
                <p class="cover-note">{ tr(lang, T::CoverDigestNote) }</p>
            </header>

            <section class="report-part">
                <h3>{ tr(lang, T::PreviewProvider) }</h3>
                { profile_block(lang, profile) }
                <p>
                    <strong id="preview-score">{ labels::percent(p.summary.overall.tally.score()) }</strong>{ " · " }
                    <span id="preview-status">{ labels::overall(lang, p.summary.status) }</span>
                </p>
                <BarChart title={tr(lang, T::ChartCatalogs)} bars={bars} />
                <h4>{ tr(lang, T::PreviewDeadlines) }</h4>
                <DeadlinePanel lang={lang} deadlines={p.deadlines.clone()} />
                <h4>{ tr(lang, T::PreviewGaps) }</h4>
                if p.gaps.is_empty() {
                    <p class="empty">{ tr(lang, T::PreviewNoGaps) }</p>
                } else {
                    <div class="table-wrap"><table class="report-table gaps-table" id="preview-gaps">
                        <colgroup><col class="w-severity" /><col class="w-item" /><col class="w-status" /><col class="w-owner" /><col class="w-answered" /></colgroup>
                        <thead><tr>
                            <th scope="col">{ tr(lang, T::ColumnSeverity) }</th>
                            <th scope="col">{ tr(lang, T::ColumnItem) }</th>
                            <th scope="col">{ tr(lang, T::ColumnStatus) }</th>
                            <th scope="col">{ tr(lang, T::ColumnOwner) }{ " / " }{ tr(lang, T::ColumnDue) }</th>
                            <th scope="col">{ tr(lang, T::ColumnAnswered) }</th>
                        </tr></thead>
                        <tbody>
                            { for p.gaps.iter().map(|gap| {
                                let kind = loaded::find_item(&props.provider.work.catalogs, &gap.item_id).map(|r| r.item.kind).unwrap_or(selfcheck_core::catalog::ItemKind::Compliance);
                                html! {
                                    <tr data-item-id={gap.item_id.clone()}>
                                        <td>{ labels::severity(lang, gap.severity) }</td>
                                        <td>
                                            <span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>{ " " }<strong>{ gap.title.get(lang) }</strong>
                                            <p class="gap-question">{ gap.question.get(lang) }</p>
                                            if !gap.note.is_empty() {
                                                <p class="gap-note">{ tr(lang, T::FieldNote) }{ ": " }{ &gap.note }</p>
                                            }
                                        </td>
                                        <td class="nowrap">{ labels::status(lang, kind, gap.status) }</td>
                                        <td>{ &gap.owner }<br />{ gap.target_date.map(|d| d.to_string()).unwrap_or_default() }</td>
                                        <td>{ props.provider.work.answers.get(&gap.item_id).map(|a| answered(lang, a.details())).unwrap_or_default() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table></div>
                }
            </section>

            <section class="report-part">
                <h3>{ tr(lang, T::PreviewEvidence) }</h3>
                if evidence.is_empty() {
                    <p class="empty">{ tr(lang, T::PreviewNoEvidence) }</p>
                } else {
                    <div class="table-wrap"><table class="report-table evidence-table" id="preview-evidence">
                        <colgroup><col class="w-evidence-item" /><col class="w-evidence-file" /><col class="w-hashes" /></colgroup>
                        <thead><tr>
                            <th scope="col">{ tr(lang, T::ColumnItem) }</th>
                            <th scope="col">{ tr(lang, T::ColumnEvidenceFile) }</th>
                            <th scope="col">{ "SHA-256 / SM3" }</th>
                        </tr></thead>
                        <tbody>
                            { for evidence.iter().map(|(item, f)| html! {
                                <tr>
                                    <td>{ loaded::local_id(item) }</td>
                                    <td>{ &f.name }<br /><span class="who">{ size_text(f.size) }{ f.modified.as_ref().map(|t| format!(" · {}", t.wall_clock())).unwrap_or_default() }</span></td>
                                    <td><code class="digest">{ &f.sha256 }</code><br /><code class="digest">{ &f.sm3 }</code></td>
                                </tr>
                            }) }
                        </tbody>
                    </table></div>
                }
            </section>

            <section class="report-part">
                <h3>{ tr(lang, T::PreviewAgency) }</h3>
                if a.workloads.is_empty() {
                    <p class="empty">{ tr(lang, T::PreviewNoWorkloads) }</p>
                } else {
                    <div class="table-wrap"><table class="report-table workloads-table" id="preview-workloads">
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
                                    <td>{ verdict_badge(lang, w.verdict) }</td>
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
                    </table></div>
                    if a.workloads.len() > MAX_ROWS {
                        <p class="more">{ trf(lang, T::PreviewMoreWorkloads, &[("count", &(a.workloads.len() - MAX_ROWS).to_string())]) }</p>
                    }
                }
            </section>

            <section class="sign-off" id="report-sign-off">
                <h3>{ tr(lang, T::SignOffHeading) }</h3>
                <p>{ tr(lang, T::SignOffStatement) }</p>
                <div class="sign-grid">
                    <p>{ tr(lang, T::SignOffPerson) }<span class="sign-line"></span></p>
                    <p>{ tr(lang, T::SignOffSeal) }<span class="sign-line"></span></p>
                    <p>{ tr(lang, T::SignOffDate) }<span class="sign-line"></span></p>
                </div>
            </section>
        </article>
    }
}
