//! Each role's cover: it stands alone. Who and what, the day, the overall status as the
//! headline, the figures behind it, what is most urgent, and the report's digest with
//! how anyone recomputes it (no tool of ours needed).

use selfcheck_core::agency::Verdict;
use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::report::{AgencyReport, ProviderReport, Report};
use selfcheck_core::Lang;
use yew::prelude::*;

use super::dash;
use crate::components::header::PRODUCT_NAME;
use crate::i18n::{labels, tr, trf, T};

/// Gaps named on the cover.
const WORST_GAPS: usize = 5;

pub fn provider_cover(
    lang: Lang,
    report: &Report,
    p: &ProviderReport,
    catalogs: &[Catalog],
    signer: Option<&str>,
) -> Html {
    let profile = &p.work.profile;
    let overall = &p.summary.overall.tally;
    let red_lines = p.gaps.iter().filter(|g| g.gating).count();
    let facts = [
        (tr(lang, T::CoverUnit), dash(&profile.provider)),
        (tr(lang, T::ProfilePlatform), dash(&profile.platform)),
        (tr(lang, T::CoverDate), report.as_of.to_string()),
    ];
    html! {
        <header class="cover" id="report-cover">
            <p class="cover-product">{ PRODUCT_NAME }</p>
            <h2 class="cover-title">{ tr(lang, T::CoverTitle) }</h2>
            { facts_list(&facts) }
            <p class="cover-headline" id="cover-status" data-status={p.summary.status.code()}>
                { labels::status_line(lang, p.summary.status, overall) }
            </p>
            <dl class="cover-figures">
                <dt>{ tr(lang, T::OverallReadiness) }</dt><dd id="cover-readiness">{ labels::percent(overall.score()) }</dd>
                <dt>{ tr(lang, T::CoverageCaption) }</dt><dd id="cover-coverage">{ labels::coverage(lang, overall) }</dd>
                <dt>{ tr(lang, T::AnsweredReadinessCaption) }</dt><dd>{ labels::percent(overall.answered_score()) }</dd>
                <dt>{ tr(lang, T::CoverRedLines) }</dt><dd id="cover-red-lines">{ red_lines }</dd>
            </dl>
            if !p.gaps.is_empty() {
                <h3 class="cover-subhead">{ trf(lang, T::CoverWorstGaps, &[("count", &p.gaps.len().min(WORST_GAPS).to_string())]) }</h3>
                <ol class="cover-gaps" id="cover-gaps">
                    { for p.gaps.iter().take(WORST_GAPS).map(|gap| {
                        let kind = loaded::find_item(catalogs, &gap.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
                        html! {
                            <li>
                                <span class="cover-gap-severity">{ labels::severity(lang, gap.severity) }</span>{ " " }
                                <span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>{ " " }
                                { gap.title.get(lang) }{ " · " }{ labels::status(lang, kind, gap.status) }
                            </li>
                        }
                    }) }
                </ol>
            }
            { digest_block(lang, report, "cover-provider-digest", signer) }
        </header>
    }
}

pub fn agency_cover(lang: Lang, report: &Report, a: &AgencyReport, signer: Option<&str>) -> Html {
    let profile = &a.profile;
    let facts = [
        (tr(lang, T::AgencyProfileUnit), dash(&profile.unit)),
        (tr(lang, T::AgencyProfileDepartment), dash(&profile.department)),
        (tr(lang, T::AgencyProfileContact), dash(&profile.contact)),
        (tr(lang, T::AgencyProfileDate), profile.date.map_or_else(|| "—".to_string(), |d| d.to_string())),
        (tr(lang, T::CoverDate), report.as_of.to_string()),
    ];
    let with_fit_gaps = a.workloads.iter().filter(|w| w.platform_fit.as_ref().is_some_and(|g| !g.is_empty())).count();
    html! {
        <header class="cover" id="report-cover">
            <p class="cover-product">{ PRODUCT_NAME }</p>
            <h2 class="cover-title">{ tr(lang, T::AgencyCoverTitle) }</h2>
            { facts_list(&facts) }
            <p class="cover-headline" id="cover-status">
                { trf(lang, T::CoverWorkloads, &[("count", &a.workloads.len().to_string())]) }
            </p>
            { verdict_counts(lang, a) }
            <dl class="cover-figures">
                <dt>{ tr(lang, T::CoverFitGaps) }</dt><dd id="cover-fit-gaps">{ with_fit_gaps }</dd>
                <dt>{ tr(lang, T::CoverPlatforms) }</dt><dd>{ a.platforms.len() }</dd>
            </dl>
            { digest_block(lang, report, "cover-agency-digest", signer) }
        </header>
    }
}

/// How many workloads have each verdict, most restrictive first.
pub fn verdict_counts(lang: Lang, a: &AgencyReport) -> Html {
    let c = &a.verdict_counts;
    let counts = [
        (Verdict::Prohibited, c.prohibited),
        (Verdict::NotSuitable, c.not_suitable),
        (Verdict::Ungraded, c.ungraded),
        (Verdict::Conditional, c.conditional),
        (Verdict::Eligible, c.eligible),
    ];
    html! {
        <dl class="cover-figures verdict-counts" id="cover-verdicts">
            { for counts.into_iter().map(|(verdict, count)| html! {
                <><dt>{ labels::verdict(lang, verdict) }</dt><dd data-verdict={verdict.code()}>{ count }</dd></>
            }) }
        </dl>
    }
}

fn facts_list(facts: &[(&str, String)]) -> Html {
    html! {
        <dl class="cover-facts">
            { for facts.iter().map(|(label, value)| html! { <><dt>{ *label }</dt><dd>{ value.clone() }</dd></> }) }
        </dl>
    }
}

/// The digest and the signing key's fingerprint where the seal goes, what they prove
/// and how to check them.
fn digest_block(lang: Lang, report: &Report, id: &'static str, signer: Option<&str>) -> Html {
    html! {
        <div class="cover-digest">
            <dl class="cover-facts">
                <dt>{ tr(lang, T::CoverGenerated) }</dt><dd>{ &report.generated_at }</dd>
                <dt>{ tr(lang, T::CoverTool) }</dt><dd>{ &report.tool_version }</dd>
                <dt>{ tr(lang, T::CoverDigest) }</dt><dd><code class="digest" id={id}>{ &report.digest }</code></dd>
                <dt>{ tr(lang, T::CoverSignerFingerprint) }</dt>
                if let Some(fingerprint) = signer {
                    <dd><code class="digest" id="cover-fingerprint">{ fingerprint }</code></dd>
                } else {
                    <dd id="cover-unsigned">{ tr(lang, T::CoverUnsigned) }</dd>
                }
            </dl>
            <p class="cover-note">{ tr(lang, T::CoverDigestNote) }</p>
            <p class="cover-note" id="cover-signature-note">
                { tr(lang, if signer.is_some() { T::CoverSignedNote } else { T::CoverUnsignedNote }) }
            </p>
        </div>
    }
}
