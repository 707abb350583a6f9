use selfcheck_core::agency::classify::confidentiality_review_answered;
use selfcheck_core::agency::{Classification, FitGap, Platform, Workload};
use selfcheck_core::catalog::{builtin, Audience};
use selfcheck_core::{Lang, Status};
use yew::prelude::*;

use crate::components::agency::rule_reason::{fit_detail, rule_reason};
use crate::components::agency::verdict_badge::verdict_badge;
use crate::components::checklist_item::{ChecklistItem, ItemSource};
use crate::components::select::{level_options, level_value, Select};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::{AgencyAction, WorkloadEdit};

#[derive(Properties, PartialEq)]
pub struct WorkloadDetailProps {
    pub lang: Lang,
    pub id: u64,
    pub workload: Workload,
    pub classification: Classification,
    /// `None` when no platform is assigned.
    pub fit: Option<Vec<FitGap>>,
    pub platforms: Vec<Platform>,
    pub on_action: Callback<AgencyAction>,
}

/// Edit one workload and see, at once, its verdict, platform fit and obligations.
#[function_component]
pub fn WorkloadDetail(props: &WorkloadDetailProps) -> Html {
    let lang = props.lang;
    let w = &props.workload;
    let id = props.id;
    let edit = |make: fn(String) -> WorkloadEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(AgencyAction::Edit { id, edit: make(events::value(&e)) }))
    };
    let change = |make: fn(String) -> WorkloadEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| on_action.emit(AgencyAction::Edit { id, edit: make(events::value(&e)) }))
    };
    let check = |make: fn(bool) -> WorkloadEdit, field: &'static str, checked: bool, label: T| {
        let on_action = props.on_action.clone();
        let dom_id = format!("crit-{field}");
        html! {
            <label class="check" for={dom_id.clone()}>
                <input type="checkbox" id={dom_id} checked={checked}
                    onchange={move |e: Event| on_action.emit(AgencyAction::Edit { id, edit: make(events::checked(&e)) })} />
                { tr(lang, label) }
            </label>
        }
    };
    let select_edit = |make: fn(String) -> WorkloadEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |v: String| on_action.emit(AgencyAction::Edit { id, edit: make(v) }))
    };
    let mut platform_options: Vec<(AttrValue, AttrValue)> = vec![("".into(), tr(lang, T::PlatformNone).into())];
    platform_options.extend(
        props
            .platforms
            .iter()
            .filter(|p| !p.name.trim().is_empty())
            .map(|p| (AttrValue::from(p.name.clone()), AttrValue::from(p.name.clone()))),
    );
    if let Some(name) = w.platform.as_ref().filter(|n| !props.platforms.iter().any(|p| &p.name == *n)) {
        platform_options.push((name.clone().into(), name.clone().into()));
    }
    let on_obligation = use_callback((props.on_action.clone(), id), |(item, edit), (on_action, id)| {
        on_action.emit(AgencyAction::Obligation { id: *id, item, edit })
    });
    let close = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::Select(None)))
    };

    let classification = &props.classification;
    // Judged once it has a name (a workload just added has none).
    let named = !w.name.trim().is_empty();
    // Recorded as done by the §6 obligation rather than by the box.
    let review_answered = confidentiality_review_answered(w);
    let obligations = builtin().for_audience(Audience::Agency);
    let obligation_items: Vec<_> = obligations.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items).collect();
    let met = obligation_items
        .iter()
        .filter(|i| w.obligations.get(&i.id).and_then(|a| a.effective_status()) == Some(Status::Met))
        .count();

    html! {
        <section class="card workload-detail" id="workload-detail" tabindex="-1" aria-labelledby="workload-heading" data-workload-id={id.to_string()}>
            <div class="detail-head">
                <h2 id="workload-heading">{ tr(lang, T::WorkloadHeading) }</h2>
                <button type="button" onclick={close}>{ tr(lang, T::CloseDetails) }</button>
            </div>
            <div class="field-grid">
                <div class="field">
                    <label for="workload-name">{ tr(lang, T::WorkloadName) }</label>
                    <input id="workload-name" type="text" value={w.name.clone()} oninput={edit(WorkloadEdit::Name)} />
                </div>
                <div class="field">
                    <label for="workload-description">{ tr(lang, T::WorkloadDescription) }</label>
                    <input id="workload-description" type="text" value={w.description.clone()} oninput={edit(WorkloadEdit::Description)} />
                </div>
                <div class="field">
                    <label for="workload-level">{ tr(lang, T::WorkloadLevel) }</label>
                    <Select id="workload-level" options={level_options(lang)} value={level_value(w.mlps_level)}
                        on_change={select_edit(|v| WorkloadEdit::MlpsLevel(v.parse().ok()))} />
                </div>
                <div class="field">
                    <label for="workload-platform">{ tr(lang, T::WorkloadPlatform) }</label>
                    <Select id="workload-platform" options={platform_options} value={AttrValue::from(w.platform.clone().unwrap_or_default())}
                        on_change={select_edit(|v| WorkloadEdit::Platform(Some(v)))} />
                </div>
                <div class="field">
                    <label for="workload-date">{ tr(lang, T::WorkloadMigrationDate) }</label>
                    <input id="workload-date" type="date" value={w.migration_date.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={change(|v| WorkloadEdit::MigrationDate(events::parse_date_input(&v)))} />
                </div>
                <div class="field">
                    <label for="workload-end">{ tr(lang, T::WorkloadEndOfUse) }</label>
                    <input id="workload-end" type="date" value={w.end_of_use.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={change(|v| WorkloadEdit::EndOfUse(events::parse_date_input(&v)))} />
                </div>
            </div>
            <fieldset class="field criteria">
                <legend>{ tr(lang, T::WorkloadCriteria) }</legend>
                { check(WorkloadEdit::StateSecret, "state-secret", w.state_secret, T::CritStateSecret) }
                { check(WorkloadEdit::WorkSecret, "work-secret", w.work_secret, T::CritWorkSecret) }
                { check(WorkloadEdit::SensitiveData, "sensitive", w.sensitive_data, T::CritSensitive) }
                { check(WorkloadEdit::KeyBusiness, "key-business", w.key_business, T::CritKeyBusiness) }
                { check(WorkloadEdit::SevereImpact, "severe", w.severe_impact, T::CritSevere) }
            </fieldset>
            <fieldset class="field criteria review">
                <legend>{ tr(lang, T::ReviewLegend) }</legend>
                { check(WorkloadEdit::ConfidentialityReview, "review", w.confidentiality_review, T::ReviewDone) }
                if !w.confidentiality_review && review_answered {
                    <p class="scope-note" id="review-by-obligation">{ tr(lang, T::ReviewByObligation) }</p>
                }
            </fieldset>

            <h3>{ tr(lang, T::VerdictHeading) }</h3>
            if !named {
                <p id="detail-verdict">{ verdict_badge(lang, None) }</p>
                <p class="empty" id="verdict-after-name">{ tr(lang, T::VerdictAfterName) }</p>
            } else {
                <p id="detail-verdict">{ verdict_badge(lang, Some(classification.verdict)) }</p>
                <ul class="reasons" id="detail-reasons">
                    { for classification.reasons.iter().map(|r| rule_reason(lang, r.code(), None)) }
                </ul>
            }
            if let Some(tier) = classification.recommended_tier.filter(|_| named) {
                <p class="recommended-tier">
                    { trf(lang, T::RecommendedTier, &[("tier", tr(lang, labels::tier(tier)))]) }
                </p>
                <ul class="reasons">
                    { rule_reason(lang, if tier == selfcheck_core::profile::CapabilityTier::Enhanced { "tier_enhanced" } else { "tier_general" }, None) }
                </ul>
            }

            <h3>{ tr(lang, T::FitHeading) }</h3>
            { match &props.fit {
                None => html! { <p class="empty">{ tr(lang, T::FitNoPlatform) }</p> },
                Some(gaps) if gaps.is_empty() => html! { <p class="fit-ok" id="fit-ok">{ tr(lang, T::FitOk) }</p> },
                Some(gaps) => html! {
                    <ul class="reasons fit-gaps" id="fit-gaps">
                        { for gaps.iter().map(|gap| rule_reason(lang, gap.code.code(), fit_detail(lang, gap))) }
                    </ul>
                },
            } }

            <h3>{ tr(lang, T::ObligationsHeading) }</h3>
            if classification.verdict.may_move() {
                <p class="obligations-progress">
                    { trf(lang, T::ObligationsProgress, &[("met", &met.to_string()), ("total", &obligation_items.len().to_string())]) }
                </p>
                <div class="obligations">
                    { for obligation_items.iter().map(|item| html! {
                        <ChecklistItem key={item.id.clone()} lang={lang} item={ItemSource::BuiltIn(item)}
                            answer={w.obligations.get(&item.id).cloned()} prev={None::<AttrValue>} next={None::<AttrValue>}
                            on_edit={on_obligation.clone()} />
                    }) }
                </div>
            } else {
                <p class="empty">{ tr(lang, T::ObligationsBarred) }</p>
            }
        </section>
    }
}
