use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

/// Two toggle buttons, each labelled in its own language so a user who cannot read
/// the current one still finds theirs.
#[function_component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let label = tr(props.lang, T::LanguageLabel);
    html! {
        <div class="lang-switch" role="group" aria-label={label}>
            { for Lang::ALL.into_iter().map(|lang| {
                let on_change = props.on_change.clone();
                let pressed = lang == props.lang;
                html! {
                    <button
                        type="button"
                        lang={lang.code()}
                        data-lang={lang.code()}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={move |_| on_change.emit(lang)}
                    >
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
