use selfcheck_core::agency::Verdict;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{labels, tr};

#[derive(Properties, PartialEq)]
pub struct VerdictBadgeProps {
    pub lang: Lang,
    pub verdict: Verdict,
}

#[function_component]
pub fn VerdictBadge(props: &VerdictBadgeProps) -> Html {
    html! {
        <span class={classes!("verdict", format!("verdict-{}", props.verdict.code()))} data-verdict={props.verdict.code()}>
            { tr(props.lang, labels::verdict(props.verdict)) }
        </span>
    }
}
