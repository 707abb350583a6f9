use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::select::{level_options, level_value, parse_tier, tier_options, tier_value, Select};
use crate::i18n::{tr, T};
use crate::platform::events;
use crate::state::{AgencyAction, PlatformEdit, PlatformEntry, PlatformNameProblem};

#[derive(Properties, PartialEq)]
pub struct PlatformListProps {
    pub lang: Lang,
    pub platforms: std::rc::Rc<Vec<PlatformEntry>>,
    pub error: Option<(u64, PlatformNameProblem)>,
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
            { for props.platforms.iter().map(|entry| {
                let error = props.error.filter(|(id, _)| *id == entry.id).map(|(_, problem)| problem);
                html! { <PlatformEditor key={entry.id} lang={lang} entry={entry.clone()} error={error} on_action={props.on_action.clone()} /> }
            }) }
            <button type="button" id="add-platform" onclick={add}>{ tr(lang, T::AddPlatform) }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlatformEditorProps {
    lang: Lang,
    entry: PlatformEntry,
    error: Option<PlatformNameProblem>,
    on_action: Callback<AgencyAction>,
}

#[function_component]
fn PlatformEditor(props: &PlatformEditorProps) -> Html {
    let lang = props.lang;
    let (id, p) = (props.entry.id, &props.entry.platform);
    let send = |make: fn(String) -> PlatformEdit| {
        let on_action = props.on_action.clone();
        move |value: String| on_action.emit(AgencyAction::EditPlatform { id, edit: make(value) })
    };
    let on_input = |make: fn(String) -> PlatformEdit| {
        let send = send(make);
        Callback::from(move |e: InputEvent| send(events::value(&e)))
    };
    let on_change = |make: fn(String) -> PlatformEdit| {
        let send = send(make);
        Callback::from(move |e: Event| send(events::value(&e)))
    };
    let pick = |make: fn(String) -> PlatformEdit| Callback::from(send(make));
    let in_china = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            on_action.emit(AgencyAction::EditPlatform { id, edit: PlatformEdit::InChina(events::checked(&e)) })
        })
    };
    let delete = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::DeletePlatform(id)))
    };
    let fid = |name: &str| format!("platform-{id}-{name}");
    let name_error = props.error.map(|problem| match problem {
        PlatformNameProblem::Empty => tr(lang, T::PlatformNameEmpty),
        PlatformNameProblem::Duplicate => tr(lang, T::PlatformNameTaken),
    });
    html! {
        <fieldset class="platform-editor" data-platform-id={id.to_string()}>
            <legend>{ if p.name.trim().is_empty() { tr(lang, T::Unnamed).to_string() } else { p.name.clone() } }</legend>
            <div class="field-grid">
                <div class="field">
                    <label for={fid("name")}>{ tr(lang, T::PlatformName) }</label>
                    // Committed on change: a rename carries its workloads along, and must not
                    // do so for every intermediate spelling typed on the way.
                    <input id={fid("name")} type="text" value={p.name.clone()} onchange={on_change(PlatformEdit::Name)}
                        aria-invalid={name_error.map(|_| "true")} />
                    if let Some(message) = name_error { <p class="field-error">{ message }</p> }
                </div>
                <div class="field">
                    <label for={fid("provider")}>{ tr(lang, T::PlatformProvider) }</label>
                    <input id={fid("provider")} type="text" value={p.provider.clone()} oninput={on_input(PlatformEdit::Provider)} />
                </div>
                <div class="field">
                    <label for={fid("published")}>{ tr(lang, T::PlatformPublished) }</label>
                    <input id={fid("published")} type="date" value={p.result_published.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={on_change(|v| PlatformEdit::ResultPublished(events::parse_date_input(&v)))} />
                </div>
                <div class="field">
                    <label for={fid("tier")}>{ tr(lang, T::PlatformTier) }</label>
                    <Select id={fid("tier")} options={tier_options(lang)} value={tier_value(p.tier)}
                        on_change={pick(|v| PlatformEdit::Tier(parse_tier(&v)))} />
                </div>
                <div class="field">
                    <label for={fid("level")}>{ tr(lang, T::PlatformLevel) }</label>
                    <Select id={fid("level")} options={level_options(lang)} value={level_value(p.mlps_level)}
                        on_change={pick(|v| PlatformEdit::MlpsLevel(v.parse().ok()))} />
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
