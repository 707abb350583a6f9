//! On an item's card: the answer carried to it from an equal item, the status its
//! related items' answers propose (a person confirms it), and the related items in other
//! catalogs with their answers, each a click away. View functions: drawn once per card.

use selfcheck_core::catalog::ItemKind;
use selfcheck_core::crosswalk::{Proposal, RelationKind};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{labels, tr, trf, T};
use crate::state::related::RelatedRow;

fn relation(lang: Lang, kind: RelationKind) -> &'static str {
    tr(
        lang,
        match kind {
            RelationKind::Equal => T::RelationEqual,
            RelationKind::Subset => T::RelationSubset,
            RelationKind::Superset => T::RelationSuperset,
            RelationKind::Intersect => T::RelationIntersect,
        },
    )
}

fn go_to(lang: Lang, id: &str, on_show: &Callback<String>) -> Html {
    let (on_show, target) = (on_show.clone(), id.to_string());
    html! {
        <button type="button" class="link-btn show-related" data-item={id.to_string()}
            aria-label={trf(lang, T::ShowRelatedItem, &[("item", id)])}
            onclick={move |_: MouseEvent| on_show.emit(target.clone())}>{ id.to_string() }</button>
    }
}

/// "Answered via …": the item an answer was carried from.
pub fn carried_from(lang: Lang, from: &str, rows: &[RelatedRow], on_show: &Callback<String>) -> Html {
    let catalog = rows.iter().find(|r| r.id == from).map_or("", |r| r.catalog.get(lang));
    let text = trf(lang, T::CarriedFrom, &[("item", from), ("catalog", catalog)]);
    html! {
        <p class="carried-from" data-from={from.to_string()}>
            { text }{ " " }{ go_to(lang, from, on_show) }
        </p>
    }
}

/// The proposal for an unanswered item, with the button that confirms it.
pub fn proposal(
    lang: Lang,
    kind: ItemKind,
    proposal: &Proposal,
    rows: &[RelatedRow],
    on_confirm: Callback<MouseEvent>,
) -> Html {
    let kind_of = |id: &str| rows.iter().find(|r| r.id == id).map(|r| r.item_kind);
    let sources: Vec<String> = proposal
        .from
        .iter()
        .map(|(id, kind, status)| {
            let item_kind = kind_of(id).unwrap_or(ItemKind::Compliance);
            format!("{id} {} ({})", labels::status(lang, item_kind, *status), relation(lang, *kind))
        })
        .collect();
    let status = labels::status(lang, kind, proposal.status);
    html! {
        <p class="proposal" data-proposed={proposal.status.code()}>
            { trf(lang, T::ProposalText, &[("status", status), ("sources", &sources.join(selfcheck_core::messages::list_separator(lang)))]) }
            { " " }
            <button type="button" class="btn btn-small confirm-proposal" onclick={on_confirm}>
                { trf(lang, T::ProposalConfirm, &[("status", status)]) }
            </button>
        </p>
    }
}

/// The related items, behind a disclosure; drawn only once it is opened (a sheet's card
/// may list two dozen, and a page draws 60 cards).
pub fn related_items(
    lang: Lang,
    rows: &[RelatedRow],
    total: usize,
    open: bool,
    on_toggle: Callback<Event>,
    on_show: &Callback<String>,
) -> Html {
    if !open {
        return html! {
            <details class="item-related" ontoggle={on_toggle}>
                <summary>{ trf(lang, T::RelatedCount, &[("count", &total.to_string())]) }</summary>
            </details>
        };
    }
    let items = rows.iter().map(|row| {
        let status = row.status.map_or_else(|| tr(lang, T::RelatedUnanswered), |s| labels::status(lang, row.item_kind, s));
        html! {
            <li data-related={row.id.clone()} data-relation={row.kind.code()}>
                { go_to(lang, &row.id, on_show) }
                <span class="related-title">{ format!(" {} · {}", row.catalog.get(lang), row.title.get(lang)) }</span>
                <span class={classes!("tag", "tag-relation", format!("relation-{}", row.kind.code()))}>{ relation(lang, row.kind) }</span>
                <span class="related-status">{ status }{ if row.carried { [" ", tr(lang, T::RelatedCarried)].concat() } else { String::new() } }</span>
                if let Some(reason) = &row.reason {
                    <span class="related-reason">{ reason.get(lang) }</span>
                }
            </li>
        }
    });
    html! {
        <details class="item-related" open=true ontoggle={on_toggle}>
            <summary>{ trf(lang, T::RelatedCount, &[("count", &total.to_string())]) }</summary>
            <ul>{ for items }</ul>
            if total > rows.len() {
                <p class="more">{ trf(lang, T::RelatedMore, &[("count", &(total - rows.len()).to_string())]) }</p>
            }
        </details>
    }
}
