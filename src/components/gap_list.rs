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
    /// A gap was chosen: its item is brought into the checklist.
    pub on_show: Callback<String>,
}

/// The most severe gaps first, each with who owns it and by when (or that nobody does
/// yet), leading to its item.
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
                    let show = {
                        let (on_show, id) = (props.on_show.clone(), gap.item_id.clone());
                        Callback::from(move |_: MouseEvent| on_show.emit(id.clone()))
                    };
                    Some(html! {
                        <li class="gap" data-item-id={gap.item_id.clone()} data-severity={gap.severity.code()}>
                            <span class={classes!("tag", format!("sev-{}", gap.severity.code()))}>{ labels::severity(lang, gap.severity) }</span>
                            <button type="button" class="link-btn gap-link" onclick={show}
                                title={tr(lang, T::GapShowItem)}>
                                <span class="gap-id">{ loaded::local_id(&gap.item_id) }</span>{ " " }
                                <span class="gap-title">{ r.item.title.get(lang) }</span>
                            </button>
                            <span class="gap-status">{ labels::status(lang, r.item.kind, gap.status) }</span>
                            <span class={classes!("gap-owner", owner.is_none().then_some("unset"))}>
                                { tr(lang, T::FieldOwner) }{ ": " }{ owner.unwrap_or(tr(lang, T::GapNoOwner)) }
                            </span>
                            <span class={classes!("gap-due", due.is_none().then_some("unset"))}>
                                { tr(lang, T::FieldTargetDate) }{ ": " }{ due.map_or_else(|| tr(lang, T::GapNoDate).to_string(), |d| d.to_string()) }
                            </span>
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
