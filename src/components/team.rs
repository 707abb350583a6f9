//! The team: who owns how many items, with what answered and what is a gap; a
//! questionnaire for one owner or for all of them (one file each).

use std::rc::Rc;

use selfcheck_core::messages::Describe;
use selfcheck_core::report::writable::{check_report_to_save, check_workbook};
use selfcheck_core::report::{draft_provider_report, write_report, Role};
use selfcheck_core::team::owners::OwnerTally;
use selfcheck_core::team::questionnaire::{file_name, hand_out, instructed};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::{clock, download, sheets};
use crate::state::{ProviderAction, ProviderState};

#[derive(Properties, PartialEq)]
pub struct TeamPanelProps {
    pub lang: Lang,
    pub owners: Rc<Vec<OwnerTally>>,
    pub provider: ProviderState,
    /// Who hands the questionnaires out.
    pub answerer: String,
    pub today: Date,
    pub on_action: Callback<ProviderAction>,
}

/// `owner`'s questionnaire as its report file: its name, and its text if this version
/// reads it back (else why not, in `lang`); `None` when the owner has no items.
fn questionnaire(
    provider: &ProviderState,
    owner: &str,
    issued_by: &str,
    instructions: &str,
    today: Date,
    lang: Lang,
) -> Option<(String, Result<String, String>)> {
    let inputs = instructed(hand_out(&provider.work, owner, issued_by, clock::now())?, instructions);
    let mut report = draft_provider_report(&inputs, &clock::now_rfc3339(), today);
    let text = write_report(&mut report);
    let checked = check_report_to_save(&report, &text).map(|()| text).map_err(|why| why.message(lang));
    Some((file_name(owner, today, false), checked))
}

/// Downloads `owner`'s questionnaire; why not, if it was not saved.
fn save_questionnaire(
    provider: &ProviderState,
    owner: &str,
    issued_by: &str,
    instructions: &str,
    today: Date,
    lang: Lang,
) -> Option<String> {
    let (name, checked) = questionnaire(provider, owner, issued_by, instructions, today, lang)?;
    checked.and_then(|text| download::save_text(&name, "application/json", &text)).err()
}

/// Downloads `owner`'s questionnaire as a workbook to fill in Excel or WPS; why not, if
/// it cannot be written.
fn save_questionnaire_xlsx(
    provider: &ProviderState,
    owner: &str,
    issued_by: &str,
    instructions: &str,
    today: Date,
    lang: Lang,
) -> Option<String> {
    let (name, checked) = questionnaire(provider, owner, issued_by, instructions, today, lang)?;
    let text = match checked {
        Ok(text) => text,
        Err(message) => return Some(message),
    };
    let name = name.trim_end_matches(".json").to_string() + ".xlsx";
    // A failure leaves the JSON questionnaire, which always works, one click away.
    let check = move |len| check_workbook(Role::Provider, true, len).map_err(|over| over.message(lang));
    sheets::save_workbook(name, text, lang, check, |_| {});
    None
}

#[function_component]
pub fn TeamPanel(props: &TeamPanelProps) -> Html {
    let lang = props.lang;
    let owned: Vec<&OwnerTally> = props.owners.iter().filter(|t| !t.owner.is_empty()).collect();
    let unowned = props.owners.iter().find(|t| t.owner.is_empty());
    let show = |owner: Option<String>| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::SetOwnerFilter(owner.clone())))
    };
    // Why the last questionnaire was not saved: it would not read back.
    let refused = use_state(|| None::<String>);
    // What every questionnaire asks of the person answering: the standard words in the
    // page's language until the lead writes their own.
    let typed = use_state(|| None::<String>);
    let instructions = typed.as_deref().unwrap_or(tr(lang, T::QuestionnaireInstructionsDefault)).to_string();
    let on_instructions = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(Some(crate::platform::events::value(&e))))
    };
    let hand_out_one = |owner: &str| {
        let (provider, owner, by, today) =
            (props.provider.clone(), owner.to_string(), props.answerer.clone(), props.today);
        let (refused, text) = (refused.clone(), instructions.clone());
        Callback::from(move |_: MouseEvent| refused.set(save_questionnaire(&provider, &owner, &by, &text, today, lang)))
    };
    let hand_out_xlsx = |owner: &str| {
        let (provider, owner, by, today) =
            (props.provider.clone(), owner.to_string(), props.answerer.clone(), props.today);
        let (refused, text) = (refused.clone(), instructions.clone());
        Callback::from(move |_: MouseEvent| {
            refused.set(save_questionnaire_xlsx(&provider, &owner, &by, &text, today, lang))
        })
    };
    let hand_out_all = {
        let (provider, by, today) = (props.provider.clone(), props.answerer.clone(), props.today);
        let owners: Vec<String> = owned.iter().map(|t| t.owner.clone()).collect();
        let (refused, text) = (refused.clone(), instructions.clone());
        Callback::from(move |_: MouseEvent| {
            let not_saved: Vec<String> = owners
                .iter()
                .filter_map(|owner| save_questionnaire(&provider, owner, &by, &text, today, lang))
                .collect();
            refused.set(not_saved.into_iter().next());
        })
    };
    let rows = owned.iter().map(|t| {
        html! {
            <tr data-owner={t.owner.clone()}>
                <th scope="row">{ t.owner.clone() }</th>
                <td data-label={tr(lang, T::OwnerItems)}>{ t.items }</td>
                <td data-label={tr(lang, T::OwnerAnswered)}>{ t.answered }</td>
                <td data-label={tr(lang, T::OwnerGaps)}>{ t.gaps }</td>
                <td class="actions">
                    <button type="button" class="link-btn owner-show" onclick={show(Some(t.owner.clone()))}>{ tr(lang, T::OwnerShow) }</button>
                    <button type="button" class="link-btn owner-hand-out" onclick={hand_out_one(&t.owner)}>{ tr(lang, T::OwnerHandOut) }</button>
                    <button type="button" class="link-btn owner-hand-out-xlsx" onclick={hand_out_xlsx(&t.owner)}>{ tr(lang, T::OwnerHandOutXlsx) }</button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="card team no-print" id="team" tabindex="-1" aria-labelledby="team-heading">
            <h2 id="team-heading">{ tr(lang, T::TeamHeading) }</h2>
            <p class="help">{ tr(lang, T::TeamHelp) }</p>
            if let Some(message) = &*refused {
                <Notice kind={NoticeKind::Error}><span id="questionnaire-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span></Notice>
            }
            if owned.is_empty() {
                <p class="empty" id="team-empty">{ tr(lang, T::TeamEmpty) }</p>
            } else {
                <table class="owners">
                    <thead><tr>
                        <th scope="col">{ tr(lang, T::OwnerColumn) }</th>
                        <th scope="col">{ tr(lang, T::OwnerItems) }</th>
                        <th scope="col">{ tr(lang, T::OwnerAnswered) }</th>
                        <th scope="col">{ tr(lang, T::OwnerGaps) }</th>
                        <th scope="col"><span class="visually-hidden">{ tr(lang, T::OwnerActions) }</span></th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
                <div class="field instructions-field">
                    <label for="hand-out-instructions">{ tr(lang, T::QuestionnaireInstructionsLabel) }</label>
                    <textarea id="hand-out-instructions" rows="3" value={instructions.clone()} oninput={on_instructions} />
                </div>
                <div class="button-row">
                    <button type="button" id="hand-out-all" onclick={hand_out_all}>
                        { trf(lang, T::HandOutAll, &[("count", &owned.len().to_string())]) }
                    </button>
                    if let Some(t) = unowned {
                        <button type="button" class="link-btn" id="show-unowned" onclick={show(Some(String::new()))}>
                            { trf(lang, T::ShowUnowned, &[("count", &t.items.to_string())]) }
                        </button>
                    }
                </div>
            }
        </section>
    }
}
