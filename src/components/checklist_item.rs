use std::rc::Rc;

use selfcheck_core::catalog::{loaded, Catalog, Item, OutOfScope};
use selfcheck_core::team::Superseded;
use selfcheck_core::{sources, Answer, Answers, Lang, Status};
use yew::prelude::*;

use crate::components::answered::{answered, who_and_when};
use crate::components::evidence_files::EvidenceFiles;
use crate::components::related_items::{carried_from, proposal, related_items};
use crate::components::status_picker;
use crate::i18n::labels::colon;
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::answer_edit::preview;
use crate::state::related::RelatedRow;
use crate::state::{AnswerEdit, AnswerField, Filter};
use selfcheck_core::crosswalk::Proposal;

/// Where a card's item is: compared cheaply (a built-in item by address, a loaded one by
/// its catalogs' `Rc` and position), so unchanged cards are not redrawn.
#[derive(Clone, Debug)]
pub enum ItemSource {
    BuiltIn(&'static Item),
    Loaded { catalogs: Rc<Vec<Catalog>>, at: (usize, usize, usize) },
}

impl ItemSource {
    pub fn item(&self) -> &Item {
        match self {
            ItemSource::BuiltIn(item) => item,
            ItemSource::Loaded { catalogs, at: (c, s, i) } => &catalogs[*c].sections[*s].items[*i],
        }
    }
}

impl PartialEq for ItemSource {
    fn eq(&self, other: &ItemSource) -> bool {
        match (self, other) {
            (ItemSource::BuiltIn(a), ItemSource::BuiltIn(b)) => std::ptr::eq(*a, *b),
            (ItemSource::Loaded { catalogs: a, at: x }, ItemSource::Loaded { catalogs: b, at: y }) => {
                Rc::ptr_eq(a, b) && x == y
            }
            _ => false,
        }
    }
}

impl From<&'static Item> for ItemSource {
    fn from(item: &'static Item) -> ItemSource {
        ItemSource::BuiltIn(item)
    }
}

#[derive(Properties, PartialEq)]
pub struct ChecklistItemProps {
    pub lang: Lang,
    pub item: ItemSource,
    pub answer: Option<Answer>,
    /// DOM ids of the neighbouring visible items, for J/K navigation.
    pub prev: Option<AttrValue>,
    pub next: Option<AttrValue>,
    /// The checklist's filter: an answer that takes the item out of view moves focus on.
    #[prop_or_default]
    pub filter: Filter,
    /// Why the item does not apply to this provider (by tier or level), if it does not.
    #[prop_or_default]
    pub out_of_scope: Option<OutOfScope>,
    /// The item changed since it was answered.
    #[prop_or_default]
    pub review: bool,
    /// Answers merges set aside for this item, oldest first.
    #[prop_or_default]
    pub history: Vec<Superseded<Answer>>,
    /// (item id, edit): one shared callback, so unchanged items are not re-rendered.
    pub on_edit: Callback<(String, AnswerEdit)>,
    /// The answer was looked at again and stands.
    #[prop_or_default]
    pub on_reviewed: Callback<String>,
    /// The item's related items in other catalogs (`crosswalk`), with their answers.
    #[prop_or_default]
    pub related: Rc<Vec<RelatedRow>>,
    /// How many related items there are (`related` lists at most `related::SHOWN`).
    #[prop_or_default]
    pub related_total: usize,
    /// What the related items' answers propose, while no one has answered this item.
    #[prop_or_default]
    pub proposal: Option<Proposal>,
    /// Shows another item (a related one).
    #[prop_or_default]
    pub on_show: Callback<String>,
}

/// An item id as it can stand in a DOM id and a CSS selector: ASCII letters, digits and
/// '-' kept, anything else (a loaded catalog's ':', '.', '_') as `_` and its hex code.
pub fn dom_key(item_id: &str) -> String {
    let mut key = String::with_capacity(item_id.len());
    for c in item_id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            key.push(c);
        } else {
            key.push_str(&format!("_{:x}", u32::from(c)));
        }
    }
    key
}

/// The DOM id of an item's card.
pub fn dom_id(item_id: &str) -> String {
    format!("item-{}", dom_key(item_id))
}

/// One question: its answer buttons, and the details behind it.
#[function_component]
pub fn ChecklistItem(props: &ChecklistItemProps) -> Html {
    let lang = props.lang;
    // Borrowed, not copied: the closures below hold the cheap `ItemSource`.
    let item = props.item.item();
    let answer = props.answer.clone().unwrap_or_default();
    let id = item.id.clone();

    let edit = {
        let (on_edit, id) = (props.on_edit.clone(), id.clone());
        move |edit: AnswerEdit| on_edit.emit((id.clone(), edit))
    };
    // Whether an edit takes this item out of the filtered list (so focus must move on).
    let leaves = {
        let (answer, filter, source) = (props.answer.clone(), props.filter, props.item.clone());
        move |change: &AnswerEdit| {
            let item = source.item();
            let after: Answers =
                preview(answer.as_ref(), change.clone()).map(|a| (item.id.clone(), a)).into_iter().collect();
            !filter.passes(item, &after)
        }
    };
    let on_pick = {
        let (edit, leaves) = (edit.clone(), leaves.clone());
        let (prev, next) = (props.prev.clone(), props.next.clone());
        Callback::from(move |status| {
            let change = AnswerEdit::Toggle(status);
            if leaves(&change) {
                if let Some(target) = next.clone().or_else(|| prev.clone()) {
                    events::focus(&target);
                }
            }
            edit(change)
        })
    };
    let on_key = {
        let edit = edit.clone();
        let (prev, next) = (props.prev.clone(), props.next.clone());
        let leaves = leaves.clone();
        let card_id = dom_id(&id);
        Callback::from(move |e: KeyboardEvent| {
            if events::is_typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let (answer, focus) = match e.key().as_str() {
                "1" => (Some(AnswerEdit::Toggle(Status::Met)), None),
                "2" => (Some(AnswerEdit::Toggle(Status::Partial)), None),
                "3" => (Some(AnswerEdit::Toggle(Status::NotMet)), None),
                "4" => (Some(AnswerEdit::Toggle(Status::NotApplicable)), None),
                "0" => (Some(AnswerEdit::Clear), None),
                // Only on the card itself: on a button or summary inside it, these keys are not ours.
                "Delete" | "Backspace" if events::target_id(&e).as_deref() == Some(card_id.as_str()) => {
                    (Some(AnswerEdit::Clear), None)
                }
                "j" | "J" | "ArrowDown" => (None, next.clone()),
                "k" | "K" | "ArrowUp" => (None, prev.clone()),
                _ => return,
            };
            if answer.is_none() && focus.is_none() {
                return; // nothing to do here: leave the key to the page (scrolling)
            }
            e.prevent_default();
            // Under a filter that hides answered items, move on before this one disappears.
            let focus = match &answer {
                Some(change) if leaves(change) => next.clone().or_else(|| prev.clone()),
                _ => focus,
            };
            if let Some(answer) = answer {
                edit(answer);
            }
            if let Some(target) = focus {
                events::focus(&target);
            }
        })
    };
    let details_open = use_state(|| false);
    let related_open = use_state(|| false);
    let on_related_toggle = {
        let related_open = related_open.clone();
        Callback::from(move |e: Event| related_open.set(events::details_is_open(&e)))
    };
    let on_toggle = {
        let details_open = details_open.clone();
        Callback::from(move |e: Event| details_open.set(events::details_is_open(&e)))
    };
    let text_input = |field: AnswerField| {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| edit(AnswerEdit::Text(field, events::value(&e))))
    };
    let on_date = {
        let edit = edit.clone();
        Callback::from(move |e: Event| edit(AnswerEdit::TargetDate(events::parse_date_input(&events::value(&e)))))
    };
    let edit_evidence = {
        let edit = edit.clone();
        Callback::from(move |e: AnswerEdit| edit(e))
    };

    let source = sources::find(&item.reference.source);
    let key = dom_key(&id);
    let field_id = |name: &str| format!("{name}-{key}");
    let title_id = field_id("title");
    let date_label = match item.kind {
        selfcheck_core::catalog::ItemKind::Material => T::FieldDueDate,
        selfcheck_core::catalog::ItemKind::Compliance => T::FieldTargetDate,
    };
    html! {
        <article
            class={classes!("item", format!("item-{}", labels::status_class(answer.status())), props.out_of_scope.map(|_| "out-of-scope"))}
            id={dom_id(&id)}
            tabindex="0"
            data-item-id={id.clone()}
            data-status={labels::status_class(answer.effective_status())}
            aria-labelledby={title_id.clone()}
            onkeydown={on_key}
        >
            <header class="item-head">
                <span class="item-id">{ loaded::local_id(&item.id) }</span>
                <h4 id={title_id}>{ item.title.get(lang) }</h4>
                <span class="item-tags">
                    if item.gating { <span class="tag tag-gating">{ tr(lang, T::TagGating) }</span> }
                    if item.guidance { <span class="tag tag-guidance">{ tr(lang, T::TagGuidance) }</span> }
                    if let Some(tier) = item.tier { <span class="tag tag-tier">{ tr(lang, labels::tier_requirement(tier)) }</span> }
                    if let Some(level) = item.level { <span class="tag tag-level">{ trf(lang, T::TagFromLevel, &[("level", &level.to_string())]) }</span> }
                    <span class="tag tag-weight">{ trf(lang, T::TagWeight, &[("weight", &item.weight.to_string())]) }</span>
                    // Who answers it, seen on the card without opening its details.
                    if !answer.details().owner.trim().is_empty() {
                        <span class="tag tag-owner">{ trf(lang, T::OwnerOnCard, &[("owner", answer.details().owner.trim())]) }</span>
                    }
                </span>
            </header>
            <p class="question">{ item.question.get(lang) }</p>
            if let Some(basis) = item.gating_basis.as_ref().filter(|_| item.gating) {
                <p class="gating-basis">{ tr(lang, T::GatingBasis) }{ colon(lang) }{ basis.get(lang) }</p>
            }
            if let Some(why) = props.out_of_scope {
                <p class="scope-reason">{ labels::out_of_scope(lang, why) }</p>
            }
            if props.review {
                <p class="review-note" role="status">
                    { tr(lang, T::ReviewNote) }{ " " }
                    <button type="button" class="link-btn mark-reviewed" onclick={{
                        let (on_reviewed, id) = (props.on_reviewed.clone(), id.clone());
                        Callback::from(move |_: MouseEvent| on_reviewed.emit(id.clone()))
                    }}>{ tr(lang, T::MarkReviewed) }</button>
                </p>
            }
            { status_picker(lang, item.kind, answer.status(), props.out_of_scope.is_some(), &on_pick) }
            { who_and_when(lang, answer.details()) }
            if let Some(from) = answer.carried_from() {
                { carried_from(lang, from, &props.related, &props.on_show) }
            }
            if let Some(proposed) = &props.proposal {
                { proposal(lang, item.kind, proposed, &props.related, {
                    let (on_pick, status) = (on_pick.clone(), proposed.status);
                    Callback::from(move |_: MouseEvent| on_pick.emit(status))
                }) }
            }
            if answer.status() == Some(Status::NotApplicable) {
                <div class="field">
                    <label for={field_id("just")}>{ tr(lang, T::FieldJustification) }</label>
                    <textarea id={field_id("just")} rows="2" value={answer.details().justification.clone()}
                        aria-invalid={answer.lacks_justification().then_some("true")}
                        oninput={text_input(AnswerField::Justification)} />
                    if answer.lacks_justification() {
                        <p class="field-error">{ tr(lang, T::JustificationMissing) }</p>
                    }
                </div>
            }
            <details class="item-details" open={*details_open} ontoggle={on_toggle}>
                <summary>{ tr(lang, T::ItemDetails) }</summary>
                // Drawn only when opened: 40 closed forms would cost the first paint dearly.
                if *details_open {
                    <div class="field-grid">
                        <div class="field">
                            <label for={field_id("note")}>{ tr(lang, T::FieldNote) }</label>
                            <textarea id={field_id("note")} rows="2" value={answer.details().note.clone()} oninput={text_input(AnswerField::Note)} />
                        </div>
                        <div class="field">
                            <label for={field_id("evidence")}>{ tr(lang, T::FieldEvidence) }</label>
                            <input id={field_id("evidence")} type="text" value={answer.details().evidence.clone()} oninput={text_input(AnswerField::Evidence)} />
                        </div>
                        <div class="field">
                            <label for={field_id("owner")}>{ tr(lang, T::FieldOwner) }</label>
                            <input id={field_id("owner")} type="text" value={answer.details().owner.clone()} oninput={text_input(AnswerField::Owner)} />
                        </div>
                        <div class="field">
                            <label for={field_id("date")}>{ tr(lang, date_label) }</label>
                            <input id={field_id("date")} type="date"
                                value={answer.details().target_date.map(|d| d.to_string()).unwrap_or_default()} onchange={on_date} />
                        </div>
                    </div>
                    <EvidenceFiles lang={lang} key_id={AttrValue::from(key.clone())}
                        files={answer.details().evidence_files.clone()} on_edit={edit_evidence} />
                }
            </details>
            if !props.history.is_empty() {
                { history(lang, item.kind, &props.history) }
            }
            if !props.related.is_empty() {
                { related_items(lang, &props.related, props.related_total, *related_open, on_related_toggle, &props.on_show) }
            }
            <p class="item-ref">
                // One text node per run of text: each node is a DOM call per card drawn.
                <span class="ref-label">{ [tr(lang, T::ItemReference), colon(lang)].concat() }</span>
                { format!("{} {}", source.map_or("", |s| s.short.get(lang)), item.reference.clause.get(lang)) }
                <span class="ref-sep">{ " · " }</span>
                <span class="ref-label">{ [tr(lang, T::ItemEvidence), colon(lang)].concat() }</span>{ item.evidence.get(lang) }
            </p>
        </article>
    }
}

/// What merges set aside for the item: kept, and shown, so a merge loses nothing.
fn history(lang: Lang, kind: selfcheck_core::catalog::ItemKind, entries: &[Superseded<Answer>]) -> Html {
    let rows = entries.iter().map(|entry| {
        let status = entry.value.status().map_or_else(|| tr(lang, T::StatusNone), |s| labels::status(lang, kind, s));
        let d = entry.value.details();
        let from = if entry.from.is_empty() { tr(lang, T::HistoryFromYours).to_string() } else { entry.from.clone() };
        html! {
            <li>
                <span class="history-status">{ status }</span>
                for text in [&d.note, &d.evidence, &d.justification].into_iter().filter(|t| !t.is_empty()) {
                    <span class="history-text">{ " · " }{ text.clone() }</span>
                }
                { " " }{ answered(lang, d) }
                <span class="history-from">{ trf(lang, T::HistoryFrom, &[("from", &from), ("when", &entry.merged_at.wall_clock())]) }</span>
            </li>
        }
    });
    html! {
        <details class="item-history">
            <summary>{ trf(lang, T::HistoryCount, &[("count", &entries.len().to_string())]) }</summary>
            <ul>{ for rows }</ul>
        </details>
    }
}
