use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, T};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MainNavProps {
    pub lang: Lang,
    pub current: Route,
}

pub fn route_label(route: Route) -> T {
    match route {
        Route::Provider => T::NavProvider,
        Route::Agency => T::NavAgency,
        Route::Report => T::NavReport,
    }
}

/// Plain links to hash routes: the browser handles clicks, keyboard and history;
/// the app follows `hashchange`.
#[function_component]
pub fn MainNav(props: &MainNavProps) -> Html {
    html! {
        <nav class="main-nav" aria-label={tr(props.lang, T::NavLabel)}>
            <ul>
                { for Route::ALL.into_iter().map(|route| html! {
                    <li>
                        <a
                            href={route.hash()}
                            aria-current={(route == props.current).then_some("page")}
                        >
                            { tr(props.lang, route_label(route)) }
                        </a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
