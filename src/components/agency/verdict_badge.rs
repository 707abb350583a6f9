use selfcheck_core::agency::Verdict;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{labels, tr, T};

/// A workload's verdict as a coloured badge; `None`: not judged yet (it has no name).
// A view function, not a component: drawn once per inventory row.
pub fn verdict_badge(lang: Lang, verdict: Option<Verdict>) -> Html {
    match verdict {
        Some(verdict) => html! {
            <span class={classes!("verdict", format!("verdict-{}", verdict.code()))} data-verdict={verdict.code()}>
                { labels::verdict(lang, verdict) }
            </span>
        },
        None => {
            html! { <span class="verdict verdict-pending" data-verdict="none">{ tr(lang, T::VerdictPending) }</span> }
        }
    }
}
