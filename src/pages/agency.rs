use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};

#[derive(Properties, PartialEq)]
pub struct AgencyPageProps {
    pub lang: Lang,
}

#[function_component]
pub fn AgencyPage(props: &AgencyPageProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="page page-agency" aria-labelledby="page-title">
            <h2 id="page-title">{ tr(lang, T::AgencyTitle) }</h2>
            <p class="lead">{ tr(lang, T::AgencyIntro) }</p>
            <p class="who">{ tr(lang, T::AgencyWho) }</p>
        </section>
    }
}
