use chrono::NaiveDate;
use selfcheck_core::catalog::Item;
use selfcheck_core::{sources, Answer, Lang, Status};
use yew::prelude::*;

use crate::components::StatusPicker;
use crate::i18n::{labels, tr, trf, T};
use crate::platform::events;
use crate::state::{AnswerField, ProviderAction};

#[derive(Properties, PartialEq)]
pub struct ChecklistItemProps {
    pub lang: Lang,
    pub item: &'static Item,
    pub answer: Option<Answer>,
    /// DOM ids of the neighbouring visible items, for J/K navigation.
    pub prev: Option<AttrValue>,
    pub next: Option<AttrValue>,
    pub on_action: Callback<ProviderAction>,
}

/// The DOM id of an item's card (item ids are ASCII, safe in ids).
pub fn dom_id(item_id: &str) -> String {
    format!("item-{item_id}")
}

fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "：",
        Lang::En => ": ",
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// One question: its answer buttons, and the details behind it.
#[function_component]
pub fn ChecklistItem(props: &ChecklistItemProps) -> Html {
    let lang = props.lang;
    let item = props.item;
    let answer = props.answer.clone().unwrap_or_default();
    let id = item.id.clone();

    let on_pick = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |status| {
            on_action.emit(ProviderAction::ToggleStatus {
                item: id.clone(),
                status,
            })
        })
    };
    let on_key = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        let (prev, next) = (props.prev.clone(), props.next.clone());
        Callback::from(move |e: KeyboardEvent| {
            if events::is_typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let pick = |status| ProviderAction::ToggleStatus {
                item: id.clone(),
                status,
            };
            let action = match e.key().as_str() {
                "1" => Some(pick(Status::Met)),
                "2" => Some(pick(Status::Partial)),
                "3" => Some(pick(Status::NotMet)),
                "4" => Some(pick(Status::NotApplicable)),
                "0" | "Delete" | "Backspace" => {
                    Some(ProviderAction::ClearStatus { item: id.clone() })
                }
                "j" | "J" | "ArrowDown" => {
                    if let Some(next) = &next {
                        events::focus(next);
                    }
                    None
                }
                "k" | "K" | "ArrowUp" => {
                    if let Some(prev) = &prev {
                        events::focus(prev);
                    }
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(action) = action {
                on_action.emit(action);
            }
        })
    };
    let text_input = |field: AnswerField| {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: InputEvent| {
            on_action.emit(ProviderAction::SetText {
                item: id.clone(),
                field,
                value: events::value(&e),
            })
        })
    };
    let on_date = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: Event| {
            on_action.emit(ProviderAction::SetTargetDate {
                item: id.clone(),
                date: parse_date(&events::value(&e)),
            })
        })
    };

    let source = sources::find(&item.reference.source);
    let field_id = |name: &str| format!("{name}-{id}");
    let title_id = field_id("title");
    let date_label = match item.kind {
        selfcheck_core::catalog::ItemKind::Material => T::FieldDueDate,
        selfcheck_core::catalog::ItemKind::Compliance => T::FieldTargetDate,
    };
    html! {
        <article
            class={classes!("item", format!("item-{}", labels::status_class(answer.status)))}
            id={dom_id(&id)}
            tabindex="0"
            data-item-id={id.clone()}
            data-status={labels::status_class(answer.effective_status())}
            aria-labelledby={title_id.clone()}
            onkeydown={on_key}
        >
            <header class="item-head">
                <span class="item-id">{ &item.id }</span>
                <h4 id={title_id}>{ item.title.get(lang) }</h4>
                <span class="item-tags">
                    if item.gating { <span class="tag tag-gating">{ tr(lang, T::TagGating) }</span> }
                    if item.guidance { <span class="tag tag-guidance">{ tr(lang, T::TagGuidance) }</span> }
                    <span class="tag tag-weight">{ trf(lang, T::TagWeight, &[("weight", &item.weight.to_string())]) }</span>
                </span>
            </header>
            <p class="question">{ item.question.get(lang) }</p>
            <StatusPicker lang={lang} kind={item.kind} current={answer.status} on_pick={on_pick} />
            if answer.status == Some(Status::NotApplicable) {
                <div class="field">
                    <label for={field_id("just")}>{ tr(lang, T::FieldJustification) }</label>
                    <textarea id={field_id("just")} rows="2" value={answer.justification.clone()}
                        aria-invalid={answer.lacks_justification().then_some("true")}
                        oninput={text_input(AnswerField::Justification)} />
                    if answer.lacks_justification() {
                        <p class="field-error">{ tr(lang, T::JustificationMissing) }</p>
                    }
                </div>
            }
            <details class="item-details">
                <summary>{ tr(lang, T::ItemDetails) }</summary>
                <div class="field-grid">
                    <div class="field">
                        <label for={field_id("note")}>{ tr(lang, T::FieldNote) }</label>
                        <textarea id={field_id("note")} rows="2" value={answer.note.clone()} oninput={text_input(AnswerField::Note)} />
                    </div>
                    <div class="field">
                        <label for={field_id("evidence")}>{ tr(lang, T::FieldEvidence) }</label>
                        <input id={field_id("evidence")} type="text" value={answer.evidence.clone()} oninput={text_input(AnswerField::Evidence)} />
                    </div>
                    <div class="field">
                        <label for={field_id("owner")}>{ tr(lang, T::FieldOwner) }</label>
                        <input id={field_id("owner")} type="text" value={answer.owner.clone()} oninput={text_input(AnswerField::Owner)} />
                    </div>
                    <div class="field">
                        <label for={field_id("date")}>{ tr(lang, date_label) }</label>
                        <input id={field_id("date")} type="date"
                            value={answer.target_date.map(|d| d.to_string()).unwrap_or_default()} onchange={on_date} />
                    </div>
                </div>
            </details>
            <p class="item-ref">
                <span class="ref-label">{ tr(lang, T::ItemReference) }{ colon(lang) }</span>
                { source.map(|s| s.short.get(lang).to_string()).unwrap_or_default() }{ " " }{ item.reference.clause.get(lang) }
                <span class="ref-sep">{ " · " }</span>
                <span class="ref-label">{ tr(lang, T::ItemEvidence) }{ colon(lang) }</span>{ item.evidence.get(lang) }
            </p>
        </article>
    }
}
