use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, trf, T};
use crate::state::{Action, SigningKey};

#[derive(Properties, PartialEq)]
pub struct LocalDataProps {
    pub lang: Lang,
    pub confirm_clear: bool,
    /// Named in the confirmation: clearing removes it too.
    #[prop_or_default]
    pub signing_key: Option<SigningKey>,
    pub on_action: Callback<Action>,
}

/// Autosave explained, and "clear all local data" behind a confirmation.
#[function_component]
pub fn LocalData(props: &LocalDataProps) -> Html {
    let lang = props.lang;
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    html! {
        <section class="card local-data no-print" aria-labelledby="local-heading">
            <h2 id="local-heading">{ tr(lang, T::LocalDataHeading) }</h2>
            <p>{ tr(lang, T::LocalDataHelp) }</p>
            if props.confirm_clear {
                <div class="confirm" role="alertdialog" aria-labelledby="clear-question">
                    <p id="clear-question">{ tr(lang, T::ClearLocalConfirm) }</p>
                    if let Some(key) = &props.signing_key {
                        <p id="clear-key">{ trf(lang, T::ClearLocalConfirmKey, &[("fingerprint", &key.fingerprint)]) }</p>
                    }
                    <button type="button" id="clear-confirm" class="danger" onclick={send(Action::ClearedAll)}>{ tr(lang, T::ClearLocalYes) }</button>
                    <button type="button" onclick={send(Action::CancelClearAll)}>{ tr(lang, T::CancelDelete) }</button>
                </div>
            } else {
                <button type="button" id="clear-local" class="danger" onclick={send(Action::RequestClearAll)}>{ tr(lang, T::ClearLocalData) }</button>
            }
        </section>
    }
}
