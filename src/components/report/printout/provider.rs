//! The provider's report after its cover: profile, readiness by catalog and area,
//! deadlines, every gap with its owner and target date, the items declared not
//! applicable with their justification, and the evidence list.

use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::report::{ProviderReport, Report};
use selfcheck_core::{Lang, Status};
use yew::prelude::*;

use super::{dash, evidence_section, separator};
use crate::components::answered::who_and_when;
use crate::components::deadline_panel::alert_text;
use crate::components::scroll_table;
use crate::i18n::{labels, tr, trf, T};

pub fn body(lang: Lang, report: &Report, p: &ProviderReport, catalogs: &[Catalog]) -> Html {
    html! {
        <>
            { profile_section(lang, p) }
            { readiness_section(lang, p, catalogs) }
            { consistency_section(lang, p, catalogs) }
            { deadlines_section(lang, p) }
            { gaps_section(lang, p, catalogs) }
            { not_applicable_section(lang, p, catalogs) }
            { evidence_section(lang, report) }
        </>
    }
}

fn profile_section(lang: Lang, p: &ProviderReport) -> Html {
    let profile = &p.work.profile;
    let models = profile.service_models.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ");
    let tier = profile.tier.map(|t| tr(lang, labels::tier(t)).to_string()).unwrap_or_default();
    let level = profile.mlps_level.map(|l| trf(lang, T::LevelShort, &[("level", &l.to_string())])).unwrap_or_default();
    let customers = [(profile.serves_party_government, T::ProfilePartyGov), (profile.serves_cii, T::ProfileCii)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, key)| tr(lang, key))
        .collect::<Vec<_>>()
        .join(separator(lang));
    let rows = [
        (T::ProfileProvider, dash(&profile.provider)),
        (T::ProfilePlatform, dash(&profile.platform)),
        (T::ProfileServiceModels, dash(&models)),
        (T::ProfileTier, dash(&tier)),
        (T::ProfileMlpsLevel, dash(&level)),
        (T::SummaryDataCentres, dash(&profile.data_centres.join(separator(lang)))),
        (T::ProfileCustomers, dash(&customers)),
    ];
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::ProviderProfileHeading) }</h3>
            <dl class="profile-summary" id="preview-profile">
                { for rows.into_iter().map(|(key, value)| html! { <><dt>{ tr(lang, key) }</dt><dd>{ value }</dd></> }) }
            </dl>
        </section>
    }
}

/// Each catalog, then its areas: readiness, coverage and the readiness of what is answered.
fn readiness_section(lang: Lang, p: &ProviderReport, catalogs: &[Catalog]) -> Html {
    let row = |class: &'static str, title: String, tally: &selfcheck_core::scoring::Tally| {
        html! {
            <tr class={class}>
                <th scope="row">{ title }</th>
                <td class="num">{ labels::percent(tally.score()) }</td>
                <td>{ labels::coverage(lang, tally) }</td>
                <td class="num">{ labels::percent(tally.answered_score()) }</td>
            </tr>
        }
    };
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::ChartCatalogs) }</h3>
            <p id="preview-score">
                <strong>{ labels::percent(p.summary.overall.tally.score()) }</strong>{ " · " }
                <span id="preview-status">{ labels::status_line(lang, p.summary.status, &p.summary.overall.tally) }</span>
            </p>
            { scroll_table(tr(lang, T::ChartCatalogs), html! {<table class="report-table readiness-table" id="preview-readiness">
                <colgroup><col class="w-area" /><col class="w-score" /><col class="w-coverage" /><col class="w-score" /></colgroup>
                <thead><tr>
                    <th scope="col">{ tr(lang, T::ColumnCatalogArea) }</th>
                    <th scope="col">{ tr(lang, T::OverallReadiness) }</th>
                    <th scope="col">{ tr(lang, T::CoverageCaption) }</th>
                    <th scope="col">{ tr(lang, T::AnsweredReadinessCaption) }</th>
                </tr></thead>
                <tbody>
                    { for p.summary.catalogs.iter().map(|c| {
                        let title = loaded::find_catalog(catalogs, &c.catalog_id).map_or_else(|| c.catalog_id.clone(), |k| k.title.get(lang).to_string());
                        html! {
                            <>
                                { row("catalog-row", title, &c.score.tally) }
                                { for c.areas.iter().filter(|a| a.score.tally.applicable() > 0).map(|a| row("area-row", a.title.get(lang).to_string(), &a.score.tally)) }
                            </>
                        }
                    }) }
                </tbody>
            </table> }) }
        </section>
    }
}

/// The dates that follow from the profile, and their warnings; nothing when none does.
fn deadlines_section(lang: Lang, p: &ProviderReport) -> Html {
    let d = &p.deadlines;
    let lines: Vec<String> = [
        (d.expires_on, T::DeadlineExpires),
        (d.reassessment_apply_by, T::DeadlineReapply),
        (d.exit_notice_by, T::DeadlineExitNotice),
    ]
    .into_iter()
    .filter_map(|(date, key)| date.map(|date| trf(lang, key, &[("date", &date.to_string())])))
    .collect();
    if lines.is_empty() && d.alerts.is_empty() {
        return html! {};
    }
    html! {
        <section class="report-part" id="preview-deadlines">
            <h3>{ tr(lang, T::DeadlinesHeading) }</h3>
            <ul class="deadline-list">{ for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            { for d.alerts.iter().map(|alert| {
                let (text, class) = alert_text(lang, alert);
                html! { <p class={classes!("deadline-alert", class)}>{ text }</p> }
            }) }
        </section>
    }
}

fn gaps_section(lang: Lang, p: &ProviderReport, catalogs: &[Catalog]) -> Html {
    if p.gaps.is_empty() {
        return html! {};
    }
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::PreviewGaps) }</h3>
            { scroll_table(tr(lang, T::PreviewGaps), html! {<table class="report-table gaps-table" id="preview-gaps">
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
                        let kind = loaded::find_item(catalogs, &gap.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
                        html! {
                            <tr data-item-id={gap.item_id.clone()}>
                                <td>{ labels::severity(lang, gap.severity) }</td>
                                <td>
                                    <span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>{ " " }<strong>{ gap.title.get(lang) }</strong>
                                    <p class="gap-question">{ gap.question.get(lang) }</p>
                                    if !gap.note.is_empty() {
                                        <p class="gap-note">{ tr(lang, T::FieldNote) }{ ": " }{ &gap.note }</p>
                                    }
                                    if !gap.carried_from.is_empty() {
                                        <p class="gap-carried">{ trf(lang, T::CarriedFromShort, &[("item", &gap.carried_from)]) }</p>
                                    }
                                </td>
                                <td class="nowrap">{ labels::status(lang, kind, gap.status) }</td>
                                <td>{ dash(&gap.owner) }<br />{ gap.target_date.map(|d| d.to_string()).unwrap_or_default() }</td>
                                <td>{ p.work.answers.get(&gap.item_id).map(|a| who_and_when(lang, a.details())).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table> }) }
        </section>
    }
}

/// The answers that contradict each other (the report's `consistency`), or that none do.
fn consistency_section(lang: Lang, p: &ProviderReport, catalogs: &[Catalog]) -> Html {
    let side = |side: &selfcheck_core::crosswalk::Side| {
        let title = loaded::find_item(catalogs, &side.item).map(|r| r.item.title.get(lang)).unwrap_or_default();
        let who = [side.answered_by.clone(), side.answered_at.as_ref().map(|t| t.wall_clock()).unwrap_or_default()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let carried = if side.carried_from.is_empty() {
            String::new()
        } else {
            format!(" {}", trf(lang, T::CarriedFromShort, &[("item", &side.carried_from)]))
        };
        let status = labels::status(lang, ItemKind::Compliance, side.status);
        let who = if who.is_empty() { String::new() } else { format!(" ({who})") };
        format!("{} {title}{}{status}{who}{carried}", loaded::local_id(&side.item), labels::colon(lang))
    };
    html! {
        <section class="report-part" id="preview-consistency">
            <h3>{ tr(lang, T::ConsistencyHeading) }</h3>
            if p.consistency.is_empty() {
                <p>{ tr(lang, T::ConsistencyNone) }</p>
            } else {
                <p>{ trf(lang, T::ConsistencyIntro, &[("count", &p.consistency.len().to_string())]) }</p>
                <ul class="contradictions">
                    { for p.consistency.iter().map(|c| {
                        let kind = match c.kind {
                            selfcheck_core::crosswalk::ContradictionKind::EqualDiffers => T::ConsistencyEqualDiffers,
                            selfcheck_core::crosswalk::ContradictionKind::SupersetMet => T::ConsistencySupersetMet,
                        };
                        html! { <li class="contradiction"><strong>{ tr(lang, kind) }</strong>{ format!(" {} ≠ {}", side(&c.first), side(&c.second)) }</li> }
                    }) }
                </ul>
            }
        </section>
    }
}

/// Items declared not applicable, each with the justification that makes it count.
fn not_applicable_section(lang: Lang, p: &ProviderReport, catalogs: &[Catalog]) -> Html {
    let items: Vec<_> = p
        .work
        .answers
        .iter()
        .filter(|(_, a)| a.effective_status() == Some(Status::NotApplicable))
        .filter_map(|(id, a)| Some((id, loaded::find_item(catalogs, id)?, a)))
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::PreviewNotApplicable) }</h3>
            { scroll_table(tr(lang, T::PreviewNotApplicable), html! {<table class="report-table na-table" id="preview-not-applicable">
                <thead><tr>
                    <th scope="col">{ tr(lang, T::ColumnItem) }</th>
                    <th scope="col">{ tr(lang, T::ColumnJustification) }</th>
                </tr></thead>
                <tbody>
                    { for items.into_iter().map(|(id, found, answer)| html! {
                        <tr data-item-id={id.clone()}>
                            <td><span class="gap-id">{ loaded::local_id(id) }</span>{ " " }{ found.item.title.get(lang) }</td>
                            <td>{ &answer.details().justification }</td>
                        </tr>
                    }) }
                </tbody>
            </table> }) }
        </section>
    }
}
