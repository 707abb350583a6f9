use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::LangSwitch;
use crate::i18n::{tr, T};
use crate::platform::events;

/// The product's name is bilingual in both languages: it is a brand, not a sentence.
pub const PRODUCT_NAME: &str = "云评自查 · Cloud Security Self-Check";

/// A padlock drawn inline: emoji fonts are missing on many office machines.
#[function_component]
fn LockIcon() -> Html {
    html! {
        <svg class="lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
            <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    pub lang: Lang,
    pub on_lang_change: Callback<Lang>,
    /// Who answers in this browser: recorded on every answer they change.
    pub answerer: AttrValue,
    pub on_answerer_change: Callback<String>,
}

#[function_component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="app-header">
            <div class="brand">
                <h1 class="product-name">{ PRODUCT_NAME }</h1>
                <p class="tagline">{ tr(lang, T::Tagline) }</p>
            </div>
            <LangSwitch lang={lang} on_change={props.on_lang_change.clone()} />
            <div class="answerer">
                <label for="answerer">{ tr(lang, T::AnswererLabel) }</label>
                <input id="answerer" type="text" autocomplete="name" value={props.answerer.clone()}
                    placeholder={tr(lang, T::AnswererPlaceholder)} oninput={{
                        let on_change = props.on_answerer_change.clone();
                        Callback::from(move |e: InputEvent| on_change.emit(events::value(&e)))
                    }} />
            </div>
            <p class="privacy-note" id="privacy-note">
                <LockIcon />
                { tr(lang, T::PrivacyNote) }
            </p>
        </header>
    }
}
