use selfcheck_core::catalog::ScopeChange;
use selfcheck_core::profile::{ProviderProfile, ServiceModel};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::select::{level_options, level_value, parse_tier, tier_options, tier_value, Select};
use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::events;
use crate::state::{ProfileEdit, ProviderAction};

#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    pub lang: Lang,
    pub profile: ProviderProfile,
    /// A questionnaire's profile is the lead's: shown, not edited.
    #[prop_or_default]
    pub read_only: bool,
    /// What the last change of tier or level did to the work.
    #[prop_or_default]
    pub scope_change: Option<ScopeChange>,
    pub on_action: Callback<ProviderAction>,
}

fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Who applies, for which platform and customers, and the dates deadlines follow from.
#[function_component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let lang = props.lang;
    let p = &props.profile;
    let emit = |make: fn(String) -> ProfileEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(ProviderAction::Profile(make(events::value(&e)))))
    };
    let on_change = |make: fn(String) -> ProfileEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| on_action.emit(ProviderAction::Profile(make(events::value(&e)))))
    };
    let on_check = |make: fn(bool) -> ProfileEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| on_action.emit(ProviderAction::Profile(make(events::checked(&e)))))
    };
    // Open at first for a new profile; after that only the user opens or closes it
    // (tying it to the data would snap it shut on the first character typed).
    let initially_open = *use_state(|| p.provider.is_empty());
    html! {
        <details class="card profile" id="profile" tabindex="-1" open={initially_open}>
            <summary><h2>{ tr(lang, T::ProviderProfileHeading) }</h2></summary>
            <fieldset class="profile-fields" disabled={props.read_only}>
            <div class="field-grid">
                <div class="field">
                    <label for="profile-provider">{ tr(lang, T::ProfileProvider) }</label>
                    <input id="profile-provider" type="text" value={p.provider.clone()} oninput={emit(ProfileEdit::Provider)} />
                </div>
                <div class="field">
                    <label for="profile-platform">{ tr(lang, T::ProfilePlatform) }</label>
                    <input id="profile-platform" type="text" value={p.platform.clone()} oninput={emit(ProfileEdit::Platform)} />
                </div>
                <fieldset class="field">
                    <legend>{ tr(lang, T::ProfileServiceModels) }</legend>
                    { for ServiceModel::ALL.into_iter().map(|model| {
                        let on_action = props.on_action.clone();
                        let id = format!("model-{}", model.label().to_ascii_lowercase());
                        html! {
                            <label class="check" for={id.clone()}>
                                <input id={id} type="checkbox" checked={p.service_models.contains(&model)}
                                    onchange={move |_| on_action.emit(ProviderAction::Profile(ProfileEdit::ToggleServiceModel(model)))} />
                                { model.label() }
                            </label>
                        }
                    }) }
                </fieldset>
                <div class="field">
                    <label for="profile-tier">{ tr(lang, T::ProfileTier) }</label>
                    <Select id="profile-tier" options={tier_options(lang)} value={tier_value(p.tier)} on_change={{
                        let on_action = props.on_action.clone();
                        Callback::from(move |v: String| on_action.emit(ProviderAction::Profile(ProfileEdit::Tier(parse_tier(&v)))))
                    }} />
                </div>
                <div class="field">
                    <label for="profile-level">{ tr(lang, T::ProfileMlpsLevel) }</label>
                    <Select id="profile-level" options={level_options(lang)} value={level_value(p.mlps_level)} on_change={{
                        let on_action = props.on_action.clone();
                        Callback::from(move |v: String| on_action.emit(ProviderAction::Profile(ProfileEdit::MlpsLevel(v.parse().ok()))))
                    }} />
                </div>
                if let Some(change) = props.scope_change {
                    // Said where the choice was made: the checklist below grew or shrank.
                    <div class="field scope-change">
                        <Notice kind={NoticeKind::Info}>
                            <span id="scope-change">{ trf(lang, T::ScopeChanged, &[
                                ("added", &change.added.to_string()),
                                ("removed", &change.removed.to_string()),
                                ("applicable", &change.applicable.to_string()),
                            ]) }</span>
                            <button type="button" class="link-btn" onclick={{
                                let on_action = props.on_action.clone();
                                Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::DismissScopeChange))
                            }}>{ tr(lang, T::Dismiss) }</button>
                        </Notice>
                    </div>
                }
                <div class="field">
                    <label for="profile-dcs">{ tr(lang, T::ProfileDataCentres) }</label>
                    // onchange, not oninput: the text is normalised (blank lines dropped), which
                    // would fight the user's typing if applied on every key.
                    <textarea id="profile-dcs" rows="3" value={p.data_centres.join("\n")} onchange={on_change(ProfileEdit::DataCentres)} />
                </div>
                <fieldset class="field">
                    <legend>{ tr(lang, T::ProfileCustomers) }</legend>
                    <label class="check" for="customers-gov">
                        <input id="customers-gov" type="checkbox" checked={p.serves_party_government} onchange={on_check(ProfileEdit::ServesPartyGovernment)} />
                        { tr(lang, T::ProfilePartyGov) }
                    </label>
                    <label class="check" for="customers-cii">
                        <input id="customers-cii" type="checkbox" checked={p.serves_cii} onchange={on_check(ProfileEdit::ServesCii)} />
                        { tr(lang, T::ProfileCii) }
                    </label>
                </fieldset>
            </div>
            <fieldset class="field dates">
                <legend>{ tr(lang, T::ProfileDates) }</legend>
                <div class="field-grid">
                    <div class="field">
                        <label for="date-published">{ tr(lang, T::ProfilePublished) }</label>
                        <input id="date-published" type="date" value={date_text(p.dates.result_published)}
                            onchange={on_change(|v| ProfileEdit::ResultPublished(events::parse_date_input(&v)))} />
                    </div>
                    <div class="field">
                        <label for="date-control">{ tr(lang, T::ProfileControlChange) }</label>
                        <input id="date-control" type="date" value={date_text(p.dates.planned_control_change)}
                            onchange={on_change(|v| ProfileEdit::PlannedControlChange(events::parse_date_input(&v)))} />
                    </div>
                    <div class="field">
                        <label for="date-end">{ tr(lang, T::ProfileEndOfService) }</label>
                        <input id="date-end" type="date" value={date_text(p.dates.planned_end_of_service)}
                            onchange={on_change(|v| ProfileEdit::PlannedEndOfService(events::parse_date_input(&v)))} />
                    </div>
                </div>
            </fieldset>
            </fieldset>
        </details>
    }
}
