//! An answer's evidence files: each listed by name, size, time and both fingerprints;
//! more attached from the disk (fingerprinted here, with a progress bar and a cancel),
//! or one removed. The files themselves stay where they are.

use std::cell::Cell;
use std::rc::Rc;

use selfcheck_core::evidence::EvidenceFile;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, trf, T};
use crate::platform::files;
use crate::platform::fingerprint::{self, Outcome, Progress};
use crate::state::AnswerEdit;

#[derive(Properties, PartialEq)]
pub struct EvidenceFilesProps {
    pub lang: Lang,
    /// Unique in the page: the file input's id is made from it.
    pub key_id: AttrValue,
    pub files: Vec<EvidenceFile>,
    pub on_edit: Callback<AnswerEdit>,
}

/// "1.4 MB", "512 B": sizes as people read them.
pub fn size_text(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[function_component]
pub fn EvidenceFiles(props: &EvidenceFilesProps) -> Html {
    let lang = props.lang;
    let progress = use_state(|| None::<Progress>);
    let outcome = use_state(|| None::<Outcome>);
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    let on_choose = {
        let (progress, outcome, cancel, on_edit) =
            (progress.clone(), outcome.clone(), cancel.clone(), props.on_edit.clone());
        Callback::from(move |e: Event| {
            let chosen = files::take_chosen_files(&e);
            if chosen.is_empty() {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *cancel.borrow_mut() = flag.clone();
            outcome.set(None);
            let (shown, ended) = (progress.clone(), progress.clone());
            let (on_edit, outcome) = (on_edit.clone(), outcome.clone());
            fingerprint::fingerprint(
                chosen,
                flag,
                move |p| shown.set(Some(p)),
                move |file| on_edit.emit(AnswerEdit::AddEvidenceFile(file)),
                move |end| {
                    ended.set(None);
                    outcome.set(Some(end));
                },
            );
        })
    };
    let on_cancel = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.borrow().set(true))
    };
    let input_id = format!("evidence-files-{}", props.key_id);
    html! {
        <div class="evidence-files field">
            <span class="label">{ tr(lang, T::EvidenceFiles) }</span>
            if !props.files.is_empty() {
                <ul class="evidence-list">
                    { for props.files.iter().enumerate().map(|(at, f)| {
                        let on_edit = props.on_edit.clone();
                        html! {
                            <li class="evidence-file" data-name={f.name.clone()} data-sha256={f.sha256.clone()} data-sm3={f.sm3.clone()}>
                                <span class="evidence-name">{ &f.name }</span>
                                <span class="evidence-size">{ " · " }{ size_text(f.size) }</span>
                                if let Some(t) = &f.modified {
                                    <span class="evidence-time">{ " · " }{ t.wall_clock() }</span>
                                }
                                <code class="hash" title={f.sha256.clone()}>{ "SHA-256 " }{ &f.sha256[..16.min(f.sha256.len())] }{ "…" }</code>
                                <code class="hash" title={f.sm3.clone()}>{ "SM3 " }{ &f.sm3[..16.min(f.sm3.len())] }{ "…" }</code>
                                <button type="button" class="link-btn evidence-remove"
                                    onclick={move |_| on_edit.emit(AnswerEdit::RemoveEvidenceFile(at))}>{ tr(lang, T::Remove) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(p) = &*progress {
                <div class="evidence-progress" role="status">
                    <progress max={p.total.max(1).to_string()} value={p.done.to_string()} />
                    <span>{ trf(lang, T::EvidenceHashing, &[
                        ("name", &p.name),
                        ("done", &size_text(p.done)),
                        ("total", &size_text(p.total)),
                        ("file", &p.file.to_string()),
                        ("files", &p.files.to_string()),
                    ]) }</span>
                    <button type="button" class="evidence-cancel" onclick={on_cancel}>{ tr(lang, T::Cancel) }</button>
                </div>
            } else {
                <label for={input_id.clone()}>{ tr(lang, T::EvidenceAttach) }</label>
                <input id={input_id} class="evidence-input" type="file" multiple=true onchange={on_choose} />
            }
            { match &*outcome {
                Some(Outcome::Cancelled) => html! { <p class="who evidence-outcome">{ tr(lang, T::EvidenceCancelled) }</p> },
                Some(Outcome::TooLarge { name, bytes }) => html! {
                    <p class="field-error evidence-outcome">{ trf(lang, T::EvidenceTooLarge, &[("name", name), ("size", &size_text(*bytes))]) }</p>
                },
                Some(Outcome::Failed(detail)) => html! {
                    <p class="field-error evidence-outcome">{ trf(lang, T::EvidenceFailed, &[("detail", detail)]) }</p>
                },
                _ => html! {},
            } }
            <p class="help">{ tr(lang, T::EvidenceHelp) }</p>
        </div>
    }
}
