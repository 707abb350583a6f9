use selfcheck_core::agency::Platform;
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, trf, T};
use crate::platform::events;
use crate::state::{AgencyAction, PlatformEdit};

#[derive(Properties, PartialEq)]
pub struct PlatformListProps {
    pub lang: Lang,
    pub platforms: Vec<Platform>,
    pub on_action: Callback<AgencyAction>,
}

/// The cloud platforms the unit is considering, with what the fit checks need.
#[function_component]
pub fn PlatformList(props: &PlatformListProps) -> Html {
    let lang = props.lang;
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::AddPlatform))
    };
    html! {
        <section class="card platforms" aria-labelledby="platforms-heading">
            <h2 id="platforms-heading">{ tr(lang, T::PlatformsHeading) }</h2>
            if props.platforms.is_empty() {
                <p class="empty">{ tr(lang, T::PlatformsEmpty) }</p>
            }
            { for props.platforms.iter().enumerate().map(|(index, p)| platform_editor(lang, index, p, &props.on_action)) }
            <button type="button" id="add-platform" onclick={add}>{ tr(lang, T::AddPlatform) }</button>
        </section>
    }
}

fn platform_editor(
    lang: Lang,
    index: usize,
    p: &Platform,
    on_action: &Callback<AgencyAction>,
) -> Html {
    let input = |make: fn(String) -> PlatformEdit| {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            on_action.emit(AgencyAction::EditPlatform {
                index,
                edit: make(events::value(&e)),
            })
        })
    };
    let change = |make: fn(String) -> PlatformEdit| {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            on_action.emit(AgencyAction::EditPlatform {
                index,
                edit: make(events::value(&e)),
            })
        })
    };
    let in_china = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            on_action.emit(AgencyAction::EditPlatform {
                index,
                edit: PlatformEdit::InChina(events::checked(&e)),
            })
        })
    };
    let delete = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::DeletePlatform(index)))
    };
    let fid = |name: &str| format!("platform-{index}-{name}");
    let tier = match p.tier {
        None => "",
        Some(CapabilityTier::General) => "general",
        Some(CapabilityTier::Enhanced) => "enhanced",
    };
    html! {
        <fieldset class="platform-editor" data-platform-index={index.to_string()}>
            <legend>{ if p.name.trim().is_empty() { tr(lang, T::Unnamed).to_string() } else { p.name.clone() } }</legend>
            <div class="field-grid">
                <div class="field">
                    <label for={fid("name")}>{ tr(lang, T::PlatformName) }</label>
                    <input id={fid("name")} type="text" value={p.name.clone()} oninput={input(PlatformEdit::Name)} />
                </div>
                <div class="field">
                    <label for={fid("provider")}>{ tr(lang, T::PlatformProvider) }</label>
                    <input id={fid("provider")} type="text" value={p.provider.clone()} oninput={input(PlatformEdit::Provider)} />
                </div>
                <div class="field">
                    <label for={fid("published")}>{ tr(lang, T::PlatformPublished) }</label>
                    <input id={fid("published")} type="date" value={p.result_published.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={change(|v| PlatformEdit::ResultPublished(events::parse_date_input(&v)))} />
                </div>
                <div class="field">
                    <label for={fid("tier")}>{ tr(lang, T::PlatformTier) }</label>
                    <select id={fid("tier")} onchange={change(|v| PlatformEdit::Tier(match v.as_str() {
                        "general" => Some(CapabilityTier::General),
                        "enhanced" => Some(CapabilityTier::Enhanced),
                        _ => None,
                    }))}>
                        <option value="" selected={tier.is_empty()}>{ tr(lang, T::TierUnset) }</option>
                        <option value="general" selected={tier == "general"}>{ tr(lang, T::TierGeneral) }</option>
                        <option value="enhanced" selected={tier == "enhanced"}>{ tr(lang, T::TierEnhanced) }</option>
                    </select>
                </div>
                <div class="field">
                    <label for={fid("level")}>{ tr(lang, T::PlatformLevel) }</label>
                    <select id={fid("level")} onchange={change(|v| PlatformEdit::MlpsLevel(v.parse().ok()))}>
                        <option value="" selected={p.mlps_level.is_none()}>{ tr(lang, T::LevelNone) }</option>
                        { for (1..=5u8).map(|l| html! {
                            <option value={l.to_string()} selected={p.mlps_level == Some(l)}>{ trf(lang, T::LevelShort, &[("level", &l.to_string())]) }</option>
                        }) }
                    </select>
                </div>
                <label class="check" for={fid("china")}>
                    <input id={fid("china")} type="checkbox" checked={p.data_centres_in_china} onchange={in_china} />
                    { tr(lang, T::PlatformInChina) }
                </label>
            </div>
            <button type="button" class="danger" onclick={delete}>{ tr(lang, T::DeletePlatform) }</button>
        </fieldset>
    }
}
