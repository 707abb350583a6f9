use selfcheck_core::catalog::ItemKind;
use selfcheck_core::{Lang, Status};
use yew::prelude::*;

use crate::i18n::{labels, tr, T};

/// One click per answer. The number is the keyboard shortcut for the same choice.
// A view function, not a component: it is drawn once per checklist item, whose own
// component (`ChecklistItem`) already skips unchanged renders, and each extra
// component would cost a mount (scope, scheduler runs) and ~1.7 KB of wasm.
/// `disabled`: the item does not apply (by tier or level) and takes no answer.
pub fn status_picker(
    lang: Lang,
    kind: ItemKind,
    current: Option<Status>,
    disabled: bool,
    on_pick: &Callback<Status>,
) -> Html {
    html! {
        <div class="status-picker" role="group" aria-label={tr(lang, T::AnswerLabel)}>
            { for Status::ALL.into_iter().enumerate().map(|(n, status)| {
                let on_pick = on_pick.clone();
                let pressed = current == Some(status);
                html! {
                    <button
                        type="button"
                        class={classes!("status-btn", format!("status-{}", status.code()))}
                        data-status={status.code()}
                        aria-pressed={if pressed { "true" } else { "false" }}
                        disabled={disabled}
                        onclick={move |_| on_pick.emit(status)}
                    >
                        <kbd aria-hidden="true">{ n + 1 }</kbd>
                        { labels::status(lang, kind, status) }
                    </button>
                }
            }) }
        </div>
    }
}
