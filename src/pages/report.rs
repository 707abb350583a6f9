use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub lang: Lang,
}

#[function_component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="page page-report" aria-labelledby="page-title">
            <h2 id="page-title">{ tr(lang, T::ReportTitle) }</h2>
            <p class="lead">{ tr(lang, T::ReportIntro) }</p>
            <p class="who">{ tr(lang, T::ReportPrivacy) }</p>
        </section>
    }
}
