use selfcheck_core::{AnswerDetails, Lang};
use yew::prelude::*;

use crate::i18n::{trf, T};

/// "Last changed by …, when": who gave an answer and when, wherever it is shown.
// A view function: it is drawn once per item card, gap and printed row.
pub fn answered(lang: Lang, details: &AnswerDetails) -> Html {
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
