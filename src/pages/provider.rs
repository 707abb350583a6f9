use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};

#[derive(Properties, PartialEq)]
pub struct ProviderPageProps {
    pub lang: Lang,
}

#[function_component]
pub fn ProviderPage(props: &ProviderPageProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="page page-provider" aria-labelledby="page-title">
            <h2 id="page-title">{ tr(lang, T::ProviderTitle) }</h2>
            <p class="lead">{ tr(lang, T::ProviderIntro) }</p>
            <p class="who">{ tr(lang, T::ProviderWho) }</p>
        </section>
    }
}
