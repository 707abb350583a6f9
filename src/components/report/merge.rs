//! Merging files answered apart: any number at once (choose or drop), each taken or
//! refused with its reason; conflicts shown side by side, with who and when, for the
//! lead to pick one by one or all at once; then a summary of what was done.

use std::collections::BTreeMap;
use std::rc::Rc;

use selfcheck_core::agency::{classify, Platform, Workload};
use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::messages::Describe;
use selfcheck_core::report::signature::SignatureState;
use selfcheck_core::report::{Role, MAX_REPORT_BYTES};
use selfcheck_core::sheet::is_workbook;
use selfcheck_core::team::incoming::{self, Offered, Refusal};
use selfcheck_core::team::merge::{Candidate, Conflict, Prefer, Side};
use selfcheck_core::{Answer, Lang, Timestamp};
use yew::prelude::*;

use crate::components::answered::answered;
use crate::components::{Notice, NoticeKind};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::files::{self, ChosenFile, ReadError};
use crate::platform::location::go_to_step;
use crate::platform::sheets;
use crate::platform::{clock, download, perf, signing};
use crate::route::Route;
use crate::state::merge::{self, Outcome};
use crate::state::{Action, ConflictKind, MergeState};
use selfcheck_core::sheet::TableKind;

#[derive(Properties, PartialEq)]
pub struct MergePanelProps {
    pub lang: Lang,
    pub merge: Option<Rc<MergeState>>,
    /// The provider's loaded catalogs, for the titles of their items.
    pub catalogs: Rc<Vec<Catalog>>,
    pub on_action: Callback<Action>,
}

fn merge_files(chosen: Vec<ChosenFile>, catalogs: Rc<Vec<Catalog>>, on_action: Callback<Action>) {
    if chosen.is_empty() {
        return;
    }
    files::read_all(chosen, MAX_REPORT_BYTES as u64, move |read| {
        wasm_bindgen_futures::spawn_local(async move {
            let mut offered = Vec::with_capacity(read.len());
            for file in read {
                offered.push((file.name, offer(file.bytes, file.modified).await));
            }
            perf::measure("merge-plan", || {
                on_action.emit(Action::MergeFiles { files: merge::read_files(offered, &catalogs) })
            });
        });
    });
}

/// A file as the merge takes it, with the file's time: a workbook's questionnaire sheet
/// (read by the Excel module), or a JSON file (a report, or a window's saved work).
async fn offer(bytes: Result<Vec<u8>, ReadError>, modified: Option<Timestamp>) -> Result<Offered, Refusal> {
    let bytes = bytes.map_err(|e| Refusal::Load(e.into()))?;
    // A file with no time counts as made now, when the lead loads it.
    let modified = modified.unwrap_or_else(clock::now);
    if !is_workbook(&bytes) {
        let signer = signing::signer_if_signed(&bytes).await.map_err(Refusal::Worded)?;
        return Ok(Offered::Json { bytes, modified, signer });
    }
    let sheet = sheets::read_sheet(&bytes, TableKind::Questionnaire).await.map_err(Refusal::Sheet)?;
    Ok(Offered::Sheet { sheet, modified })
}

fn side_label(lang: Lang, side: Side, files: &[String]) -> String {
    match side {
        Side::Yours => tr(lang, T::MergeYours).to_string(),
        Side::File(n) => files.get(n).cloned().unwrap_or_default(),
    }
}

fn answer_view(lang: Lang, kind: ItemKind, answer: &Answer) -> Html {
    let status = answer.status().map_or_else(|| tr(lang, T::StatusNone), |s| labels::status(lang, kind, s));
    let d = answer.details();
    html! {
        <>
            <strong>{ status }</strong>
            for text in [&d.note, &d.evidence, &d.justification].into_iter().filter(|t| !t.is_empty()) {
                <span>{ " · " }{ text.clone() }</span>
            }
            { " " }{ answered(lang, d) }
        </>
    }
}

fn workload_view(lang: Lang, w: &Workload) -> Html {
    let level = w.mlps_level.map_or("—".to_string(), |l| l.to_string());
    let flags: Vec<&str> = [
        (w.state_secret, T::CritStateSecret),
        (w.work_secret, T::CritWorkSecret),
        (w.sensitive_data, T::CritSensitive),
        (w.key_business, T::CritKeyBusiness),
        (w.severe_impact, T::CritSevere),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, key)| tr(lang, key))
    .collect();
    html! {
        <>
            <strong>{ labels::verdict(lang, classify(w).verdict) }</strong>
            { " · " }{ trf(lang, T::MergeLevel, &[("level", &level)]) }
            if let Some(platform) = &w.platform { { " · " }{ platform.clone() } }
            if !flags.is_empty() { { " · " }{ flags.join(", ") } }
            if !w.obligations.is_empty() { { " · " }{ trf(lang, T::MergeObligations, &[("count", &w.obligations.len().to_string())]) } }
        </>
    }
}

fn platform_view(lang: Lang, p: &Platform) -> Html {
    let level = p.mlps_level.map_or("—".to_string(), |l| l.to_string());
    html! {
        <>
            <strong>{ p.provider.clone() }</strong>
            { " · " }{ trf(lang, T::MergeLevel, &[("level", &level)]) }
            if let Some(tier) = p.tier { { " · " }{ tr(lang, labels::tier(tier)) } }
            if let Some(date) = p.result_published { { " · " }{ date.to_string() } }
        </>
    }
}

/// What every conflict is drawn with.
struct Conflicts<'a> {
    lang: Lang,
    choices: &'a BTreeMap<(ConflictKind, String), usize>,
    on_action: &'a Callback<Action>,
}

impl Conflicts<'_> {
    /// One conflict: every candidate, the chosen one marked.
    fn view<T>(
        &self,
        kind: ConflictKind,
        title: Html,
        conflict: &Conflict<T>,
        files: &[String],
        value: impl Fn(&Candidate<T>) -> Html,
    ) -> Html {
        let chosen = self.choices.get(&(kind, conflict.key.clone())).copied();
        let name = format!("conflict-{kind:?}-{}", conflict.key);
        let options = conflict.candidates.iter().enumerate().map(|(at, candidate)| {
            let on_action = self.on_action.clone();
            let key = conflict.key.clone();
            let pick = Callback::from(move |_: Event| {
                on_action.emit(Action::MergeChoose { kind, key: key.clone(), candidate: at })
            });
            let side = match candidate.side {
                Side::Yours => "yours".to_string(),
                Side::File(n) => n.to_string(),
            };
            html! {
                <label class="candidate">
                    <input type="radio" name={name.clone()} checked={chosen == Some(at)} onchange={pick} data-side={side} />
                    <span class="candidate-from">{ side_label(self.lang, candidate.side, files) }</span>
                    <span class="candidate-value">{ value(candidate) }</span>
                </label>
            }
        });
        html! {
            <fieldset class="conflict" data-conflict={conflict.key.clone()}>
                <legend>{ title }</legend>
                { for options }
            </fieldset>
        }
    }
}

#[function_component]
pub fn MergePanel(props: &MergePanelProps) -> Html {
    let lang = props.lang;
    let on_action = &props.on_action;
    let dragging = use_state(|| false);
    let on_file = {
        let (on_action, catalogs) = (on_action.clone(), props.catalogs.clone());
        Callback::from(move |e: Event| merge_files(files::take_chosen_files(&e), catalogs.clone(), on_action.clone()))
    };
    let on_drop = {
        let (on_action, catalogs, dragging) = (on_action.clone(), props.catalogs.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            merge_files(files::dropped_files(&e), catalogs.clone(), on_action.clone());
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let send = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let outcome = props.merge.as_ref().map(|merge| {
        let files = merge.files.iter().map(|file| {
            let status = match &file.taken {
                Ok(taken) => {
                    let what = match (&taken.questionnaire, taken.role) {
                        (Some(owner), _) => trf(lang, T::MergeTakenQuestionnaire, &[("owner", owner)]),
                        (None, Role::Provider) => tr(lang, T::MergeTakenProvider).to_string(),
                        (None, Role::Agency) => tr(lang, T::MergeTakenAgency).to_string(),
                    };
                    let signer = incoming::signer_message(&file.name, taken.signer.as_ref()).render(lang);
                    let signed = match &taken.signer {
                        None => "unsigned",
                        Some(s) if s.state == SignatureState::Valid => "valid",
                        Some(_) => "does-not-match",
                    };
                    html! {
                        <span class="merge-taken">{ what }
                            if taken.edited { <span class="merge-edited">{ " · " }{ tr(lang, T::MergeEdited) }</span> }
                            <br /><span class="merge-signer" data-signed={signed}>{ signer }</span>
                        </span>
                    }
                }
                Err(refusal) => html! { <span class="merge-refused">{ refusal.message(lang) }</span> },
            };
            html! {
                <li data-file={file.name.clone()} class={if file.taken.is_ok() { "taken" } else { "refused" }}>
                    <span class="merge-file-name">{ file.name.clone() }</span>{ ": " }{ status }
                </li>
            }
        });
        // A questionnaire offered to an empty workspace was most likely handed to this
        // person: merging it would apply nothing, so opening it to answer comes first.
        let answer_instead = merge.files.iter().filter(|_| !merge.done).find_map(|file| {
            let loaded = file.taken.as_ref().ok()?.to_answer.clone()?;
            let on_action = on_action.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::DismissMerge);
                on_action.emit(Action::ReportLoaded(Box::new((*loaded).clone())));
                go_to_step(Route::Provider, "questionnaire-banner");
            });
            Some(html! {
                <Notice kind={NoticeKind::Info}>
                    <p id="merge-answer-help">{ trf(lang, T::MergeAnswerInstead, &[("file", &file.name)]) }</p>
                    <button type="button" id="merge-answer-instead" class="primary" {onclick}>{ tr(lang, T::OpenAnswer) }</button>
                </Notice>
            })
        });
        let summary = merge.summary();
        let undecided = merge.undecided();
        let drawn = Conflicts { lang, choices: &merge.choices, on_action };
        let mut conflicts: Vec<Html> = Vec::new();
        if !merge.done {
            if let Some(p) = &merge.provider {
                for c in &p.plan.answers.conflicts {
                    let found = loaded::find_item(&props.catalogs, &c.key);
                    let kind = found.as_ref().map_or(ItemKind::Compliance, |r| r.item.kind);
                    let title = html! {
                        <>
                            <span class="item-id">{ c.key.clone() }</span>{ " " }
                            { found.map(|r| r.item.title.get(lang).to_string()).unwrap_or_default() }
                        </>
                    };
                    let view = |candidate: &Candidate<Answer>| answer_view(lang, kind, &candidate.value);
                    conflicts.push(drawn.view(ConflictKind::Answer, title, c, &p.files, view));
                }
            }
            if let Some(a) = &merge.agency {
                for c in &a.plan.workloads.conflicts {
                    let title = html! { <>{ tr(lang, T::MergeWorkload) }{ " " }<strong>{ c.key.clone() }</strong></> };
                    let view = |candidate: &Candidate<Workload>| workload_view(lang, &candidate.value);
                    conflicts.push(drawn.view(ConflictKind::Workload, title, c, &a.files, view));
                }
                for c in &a.plan.platforms.conflicts {
                    let title = html! { <>{ tr(lang, T::MergePlatform) }{ " " }<strong>{ c.key.clone() }</strong></> };
                    let view = |candidate: &Candidate<Platform>| platform_view(lang, &candidate.value);
                    conflicts.push(drawn.view(ConflictKind::Platform, title, c, &a.files, view));
                }
            }
        }
        // Before anything applies: what the merge would leave, if it passes a limit.
        let limit = match merge.outcome.as_deref().filter(|_| !merge.done) {
            Some(Outcome::Moved { files, moved, .. }) => {
                let saves = files.iter().enumerate().map(|(n, file)| {
                    let name = merge.history_file_name(n).unwrap_or_default();
                    let saved = merge.saved.contains(&n);
                    let save = {
                        let (outcome, on_action, name) = (merge.outcome.clone(), on_action.clone(), name.clone());
                        Callback::from(move |_: MouseEvent| {
                            let Some(Outcome::Moved { files, .. }) = outcome.as_deref() else { return };
                            if download::save_text(&name, "application/json", &files[n].text).is_ok() {
                                on_action.emit(Action::MergeHistorySaved(n));
                            }
                        })
                    };
                    html! {
                        <li data-history-file={n.to_string()} class={if saved { "saved" } else { "unsaved" }}>
                            <button type="button" class={classes!("history-save", (!saved).then_some("primary"))} onclick={save}>
                                { trf(lang, T::MergeSaveHistory, &[("name", &name), ("count", &file.entries.to_string())]) }
                            </button>
                            if saved { { " " }<span class="merge-saved">{ tr(lang, T::MergeHistorySaved) }</span> }
                        </li>
                    }
                });
                html! {
                    <Notice kind={NoticeKind::Warning}>
                        <p id="merge-history-moves">{ moved.message(lang) }</p>
                        <p>{ tr(lang, T::MergeHistoryHelp) }</p>
                        <ul id="merge-history-files">{ for saves }</ul>
                    </Notice>
                }
            }
            Some(Outcome::Refused(over)) => html! {
                <Notice kind={NoticeKind::Error}>
                    <p id="merge-over-limit">{ over.message(lang) }{ " " }{ tr(lang, T::MergeNotApplied) }</p>
                </Notice>
            },
            Some(Outcome::Fits) | None => html! {},
        };
        let apply_label = if undecided > 0 {
            trf(lang, T::MergeUndecided, &[("count", &undecided.to_string())])
        } else if matches!(merge.outcome.as_deref(), Some(Outcome::Moved { .. })) && !merge.ready() {
            tr(lang, T::MergeSaveHistoryFirst).to_string()
        } else {
            tr(lang, T::MergeApply).to_string()
        };
        let figures = [
            ("files", summary.files),
            ("refused", summary.refused),
            ("applied", summary.applied),
            ("conflicts", summary.conflicts),
            ("unknown", summary.unknown),
            ("catalogs", summary.catalogs),
        ]
        .map(|(name, n)| (name, n.to_string()));
        let figures: Vec<(&str, &str)> = figures.iter().map(|(name, n)| (*name, n.as_str())).collect();
        html! {
            <div class="merge-outcome">
                <ul id="merge-files">{ for files }</ul>
                { for answer_instead }
                <p id="merge-summary">{ trf(lang, T::MergeSummary, &figures) }</p>
                if merge.done {
                    <Notice kind={NoticeKind::Info}>
                        <p id="merge-done">{ tr(lang, if summary.conflicts > 0 { T::MergeDoneKept } else { T::MergeDone }) }</p>
                        <button type="button" class="link-btn" onclick={send(Action::DismissMerge)}>{ tr(lang, T::Dismiss) }</button>
                    </Notice>
                } else {
                    <div class="conflicts" id="merge-conflicts">
                        if summary.conflicts > 0 {
                            <p>{ tr(lang, T::MergeConflictsHelp) }</p>
                            <div class="button-row">
                                <button type="button" id="merge-newest" onclick={send(Action::MergeChooseAll(Prefer::Newest))}>{ tr(lang, T::MergeNewestAll) }</button>
                                <button type="button" id="merge-yours" onclick={send(Action::MergeChooseAll(Prefer::Yours))}>{ tr(lang, T::MergeYoursAll) }</button>
                            </div>
                        }
                        { for conflicts }
                        { limit }
                        <div class="button-row">
                            <button type="button" id="merge-apply" class="primary" disabled={!merge.ready()}
                                onclick={send(Action::ApplyMerge)}>
                                { apply_label }
                            </button>
                            <button type="button" id="merge-cancel" onclick={send(Action::DismissMerge)}>{ tr(lang, T::MergeCancel) }</button>
                        </div>
                    </div>
                }
            </div>
        }
    });
    html! {
        <section class="card merge no-print" id="merge" aria-labelledby="merge-heading">
            <h2 id="merge-heading">{ tr(lang, T::MergeHeading) }</h2>
            <p>{ tr(lang, T::MergeHelp) }</p>
            <div class={classes!("drop-zone", (*dragging).then_some("dragging"))} id="merge-drop"
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="merge-file">{ tr(lang, T::MergeChooseFiles) }</label>
                <input id="merge-file" type="file" multiple=true accept=".json,.xlsx,application/json" onchange={on_file} />
                <span class="drop-hint">{ tr(lang, T::ReportDropHere) }</span>
            </div>
            { for outcome }
        </section>
    }
}
