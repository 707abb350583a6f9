//! The answers that cannot all be true (`crosswalk::contradictions`): each pair with
//! both answers, who gave them and when, and a click to either item.

use std::rc::Rc;

use selfcheck_core::catalog::{Catalog, ItemKind};
use selfcheck_core::crosswalk::{Contradiction, ContradictionKind, Side};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{labels, tr, trf, T};
use crate::state::related::named;

/// At most this many pairs in the panel; the report and the printout list them all.
const SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct ConsistencyProps {
    pub lang: Lang,
    pub contradictions: Rc<Vec<Contradiction>>,
    /// The loaded catalogs, to name their items.
    pub loaded: Rc<Vec<Catalog>>,
    pub on_show: Callback<String>,
}

#[function_component]
pub fn ConsistencyPanel(props: &ConsistencyProps) -> Html {
    let lang = props.lang;
    let side = |side: &Side| {
        let (title, kind) = named(&props.loaded, &side.item).unwrap_or((Default::default(), ItemKind::Compliance));
        let (on_show, target) = (props.on_show.clone(), side.item.clone());
        let (title, status) = (title.get(lang).to_string(), labels::status(lang, kind, side.status));
        let who = [side.answered_by.clone(), side.answered_at.as_ref().map(|t| t.wall_clock()).unwrap_or_default()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <span class="consistency-side" data-item={side.item.clone()} data-status={side.status.code()}>
                <button type="button" class="link-btn show-related"
                    aria-label={trf(lang, T::ShowRelatedItem, &[("item", &side.item)])}
                    onclick={move |_: MouseEvent| on_show.emit(target.clone())}>{ side.item.clone() }</button>
                { format!(" {title}{}{status}", labels::colon(lang)) }
                if !who.is_empty() { <span class="answered">{ format!(" ({who})") }</span> }
                if !side.carried_from.is_empty() {
                    <span class="carried-note">{ " " }{ trf(lang, T::CarriedFromShort, &[("item", &side.carried_from)]) }</span>
                }
            </span>
        }
    };
    let rows = props.contradictions.iter().take(SHOWN).map(|c| {
        let kind = match c.kind {
            ContradictionKind::EqualDiffers => T::ConsistencyEqualDiffers,
            ContradictionKind::SupersetMet => T::ConsistencySupersetMet,
        };
        html! {
            <li class="contradiction" data-kind={c.kind.code()}>
                <strong>{ tr(lang, kind) }</strong>{ " " }
                { side(&c.first) }{ " ≠ " }{ side(&c.second) }
            </li>
        }
    });
    html! {
        <section class="card consistency" id="consistency" aria-labelledby="consistency-heading">
            <h2 id="consistency-heading">{ tr(lang, T::ConsistencyHeading) }</h2>
            if props.contradictions.is_empty() {
                <p class="consistency-none">{ tr(lang, T::ConsistencyNone) }</p>
            } else {
                <p class="consistency-intro" role="status">
                    { trf(lang, T::ConsistencyIntro, &[("count", &props.contradictions.len().to_string())]) }
                </p>
                <ul class="contradictions">{ for rows }</ul>
                if props.contradictions.len() > SHOWN {
                    <p class="more">{ trf(lang, T::ConsistencyMore, &[("count", &(props.contradictions.len() - SHOWN).to_string())]) }</p>
                }
            }
        </section>
    }
}
