use selfcheck_core::{AnswerDetails, Lang};
use yew::prelude::*;

use crate::i18n::{trf, T};

/// "Last changed by …, when", and for an answer carried from an equal item, which:
/// who gave an answer, when and where, wherever it is shown but on its own card (which
/// says where it came from in full: `related_items::carried_from`).
// View functions: drawn once per item card, gap and printed row.
pub fn answered(lang: Lang, details: &AnswerDetails) -> Html {
    if details.carried_from.is_empty() {
        return who_and_when(lang, details);
    }
    html! {
        <>
            { who_and_when(lang, details) }
            <span class="carried-note">{ " " }{ trf(lang, T::CarriedFromShort, &[("item", &details.carried_from)]) }</span>
        </>
    }
}

/// "Last changed by …, when".
pub fn who_and_when(lang: Lang, details: &AnswerDetails) -> Html {
    let who = details.answered_by.trim();
    let when = details.answered_at.as_ref().map(|t| t.wall_clock());
    let text = match (who, when) {
        ("", None) => return html! {},
        ("", Some(when)) => trf(lang, T::AnsweredAt, &[("when", &when)]),
        (who, None) => trf(lang, T::AnsweredBy, &[("who", who)]),
        (who, Some(when)) => trf(lang, T::AnsweredByAt, &[("who", who), ("when", &when)]),
    };
    html! { <span class="answered">{ text }</span> }
}
