use selfcheck_core::catalog::ItemKind;
use selfcheck_core::{Lang, Status};
use yew::prelude::*;

use crate::i18n::{labels, tr, T};

#[derive(Properties, PartialEq)]
pub struct StatusPickerProps {
    pub lang: Lang,
    pub kind: ItemKind,
    pub current: Option<Status>,
    pub on_pick: Callback<Status>,
}

/// One click per answer. The number is the keyboard shortcut for the same choice.
#[function_component]
pub fn StatusPicker(props: &StatusPickerProps) -> Html {
    html! {
        <div class="status-picker" role="group" aria-label={tr(props.lang, T::AnswerLabel)}>
            { for Status::ALL.into_iter().enumerate().map(|(n, status)| {
                let on_pick = props.on_pick.clone();
                let pressed = props.current == Some(status);
                html! {
                    <button
                        type="button"
                        class={classes!("status-btn", format!("status-{}", status.code()))}
                        data-status={status.code()}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        onclick={move |_| on_pick.emit(status)}
                    >
                        <kbd aria-hidden="true">{ n + 1 }</kbd>
                        { tr(props.lang, labels::status(props.kind, status)) }
                    </button>
                }
            }) }
        </div>
    }
}
