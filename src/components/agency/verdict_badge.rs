use selfcheck_core::agency::Verdict;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::labels;

/// A workload's verdict as a coloured badge.
// A view function, not a component: drawn once per inventory row.
pub fn verdict_badge(lang: Lang, verdict: Verdict) -> Html {
    html! {
        <span class={classes!("verdict", format!("verdict-{}", verdict.code()))} data-verdict={verdict.code()}>
            { labels::verdict(lang, verdict) }
        </span>
    }
}
