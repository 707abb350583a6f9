use selfcheck_core::{sources, Lang};
use yew::prelude::*;

use crate::i18n::{tr, T};

#[derive(Properties, PartialEq)]
pub struct AppFooterProps {
    pub lang: Lang,
}

/// Version and the documents the checks are based on, straight from the core's register.
#[function_component]
pub fn AppFooter(props: &AppFooterProps) -> Html {
    let lang = props.lang;
    html! {
        <footer class="app-footer">
            <h2 class="footer-heading">{ tr(lang, T::FooterSources) }</h2>
            <ul class="sources">
                { for sources::all().iter().map(|doc| html! {
                    <li data-source={doc.id.clone()}>
                        <cite>{ doc.title.get(lang) }</cite>
                        { " · " }{ doc.reference.get(lang) }
                        { for doc.issued.map(|date| html! { <>{ " · " }<time datetime={date.to_string()}>{ date.to_string() }</time></> }) }
                        if doc.guidance {
                            <span class="tag tag-guidance">{ tr(lang, T::FooterGuidance) }</span>
                        }
                    </li>
                }) }
            </ul>
            <p class="disclaimer">{ tr(lang, T::FooterDisclaimer) }</p>
            <p class="version">
                { tr(lang, T::FooterVersion) }{ " " }
                <span id="app-version">{ selfcheck_core::VERSION }</span>
            </p>
        </footer>
    }
}
