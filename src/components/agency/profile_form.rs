//! Who the agency's assessment is by: the unit, its department, the person to contact
//! and the day, printed on the report's cover and in its workbook.

use selfcheck_core::agency::AgencyProfile;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};
use crate::platform::events;
use crate::state::{AgencyAction, AgencyProfileEdit};

#[derive(Properties, PartialEq)]
pub struct AgencyProfileFormProps {
    pub lang: Lang,
    pub profile: AgencyProfile,
    pub on_action: Callback<AgencyAction>,
}

#[function_component]
pub fn AgencyProfileForm(props: &AgencyProfileFormProps) -> Html {
    let lang = props.lang;
    let p = &props.profile;
    let text = |make: fn(String) -> AgencyProfileEdit| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| on_action.emit(AgencyAction::Profile(make(events::value(&e)))))
    };
    let date = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            on_action.emit(AgencyAction::Profile(AgencyProfileEdit::Date(events::parse_date_input(&events::value(&e)))))
        })
    };
    // Open while the unit is not named (as the provider's profile); then the user decides.
    let initially_open = *use_state(|| p.unit.is_empty());
    html! {
        <details class="card profile" id="agency-profile" tabindex="-1" open={initially_open}>
            <summary><h2>{ tr(lang, T::AgencyProfileHeading) }</h2></summary>
            <p class="who">{ tr(lang, T::AgencyProfileWhy) }</p>
            <div class="field-grid">
                <div class="field">
                    <label for="agency-unit">{ tr(lang, T::AgencyProfileUnit) }</label>
                    <input id="agency-unit" type="text" value={p.unit.clone()} oninput={text(AgencyProfileEdit::Unit)} />
                </div>
                <div class="field">
                    <label for="agency-department">{ tr(lang, T::AgencyProfileDepartment) }</label>
                    <input id="agency-department" type="text" value={p.department.clone()} oninput={text(AgencyProfileEdit::Department)} />
                </div>
                <div class="field">
                    <label for="agency-contact">{ tr(lang, T::AgencyProfileContact) }</label>
                    <input id="agency-contact" type="text" value={p.contact.clone()} oninput={text(AgencyProfileEdit::Contact)} />
                </div>
                <div class="field">
                    <label for="agency-date">{ tr(lang, T::AgencyProfileDate) }</label>
                    <input id="agency-date" type="date" value={p.date.map(|d| d.to_string()).unwrap_or_default()} onchange={date} />
                </div>
            </div>
        </details>
    }
}
