use selfcheck_core::catalog::{loaded, Catalog};
use selfcheck_core::scoring::Summary;
use selfcheck_core::{Answers, Lang};
use yew::prelude::*;

use crate::components::answered::answered;
use crate::i18n::{labels, tr, trf, T};

#[derive(Properties, PartialEq)]
pub struct GapListProps {
    pub lang: Lang,
    pub summary: std::rc::Rc<Summary>,
    pub answers: std::rc::Rc<Answers>,
    pub catalogs: std::rc::Rc<Vec<Catalog>>,
    /// How many gaps to show before "… more".
    pub limit: usize,
}

/// The most severe gaps first, with who owns them and by when.
#[function_component]
pub fn GapList(props: &GapListProps) -> Html {
    let lang = props.lang;
    let gaps = &props.summary.gaps;
    html! {
        <section class="card gaps" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{ tr(lang, T::GapsHeading) }</h2>
            if gaps.is_empty() {
                <p class="empty">{ tr(lang, T::GapsEmpty) }</p>
            }
            <ol class="gap-list">
                { for gaps.iter().take(props.limit).filter_map(|gap| {
                    let r = loaded::find_item(&props.catalogs, &gap.item_id)?;
                    let answer = props.answers.get(&gap.item_id);
                    let owner = answer.map(|a| a.details().owner.trim()).filter(|o| !o.is_empty());
                    let due = answer.and_then(|a| a.details().target_date);
                    Some(html! {
                        <li class="gap" data-item-id={gap.item_id.clone()} data-severity={gap.severity.code()}>
                            <span class={classes!("tag", format!("sev-{}", gap.severity.code()))}>{ labels::severity(lang, gap.severity) }</span>
                            <span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>
                            <span class="gap-title">{ r.item.title.get(lang) }</span>
                            <span class="gap-status">{ labels::status(lang, r.item.kind, gap.status) }</span>
                            if let Some(owner) = owner { <span class="gap-owner">{ format!("{}: {owner}", tr(lang, T::FieldOwner)) }</span> }
                            if let Some(due) = due { <span class="gap-due">{ format!("{}: {due}", tr(lang, T::FieldTargetDate)) }</span> }
                            { answer.map(|a| answered(lang, a.details())).unwrap_or_default() }
                        </li>
                    })
                }) }
            </ol>
            if gaps.len() > props.limit {
                <p class="more">{ trf(lang, T::GapsMore, &[("count", &(gaps.len() - props.limit).to_string())]) }</p>
            }
        </section>
    }
}
