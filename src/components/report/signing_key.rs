//! The signing key panel: make a key in this browser or import one, see its fingerprint
//! (what the sealed cover prints), export it encrypted, remove it. The key's arithmetic
//! and files are the first-use module's (`platform/signing.rs`); this view holds only
//! what is being typed and what happened last.

use selfcheck_core::messages::Message;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::files::{self, ChosenFile};
use crate::platform::{clock, download, events, signing};
use crate::state::SigningKey;

/// A key file is a few hundred bytes; anything far larger is not one.
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;
/// The shortest passphrase an export takes: the file may leave this computer.
const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SigningKeyProps {
    pub lang: Lang,
    pub signing_key: Option<SigningKey>,
    /// The key kept now (made, imported or removed).
    pub on_change: Callback<Option<SigningKey>>,
}

/// What the panel is doing or did last.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Working,
    Done(T),
    Failed(String),
}

#[function_component]
pub fn SigningKeyPanel(props: &SigningKeyProps) -> Html {
    let lang = props.lang;
    let step = use_state(|| Step::Idle);
    let import_file = use_state(|| None::<ChosenFile>);
    let import_passphrase = use_state(String::new);
    let export_passphrase = use_state(String::new);
    let export_repeat = use_state(String::new);
    let confirm_remove = use_state(|| false);

    let failed = {
        let step = step.clone();
        move |message: Message| step.set(Step::Failed(message.render(lang)))
    };
    // A key made or read by the module, kept in this browser and then shown.
    let keep = {
        let (step, on_change, failed) = (step.clone(), props.on_change.clone(), failed.clone());
        move |made: Result<(String, String), Message>, done: T| {
            let (step, on_change, failed) = (step.clone(), on_change.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (pem, fingerprint) = match made {
                    Ok(made) => made,
                    Err(message) => return failed(message),
                };
                let key = SigningKey { fingerprint, created_at: clock::now_rfc3339() };
                match signing::keep(&pem, &key).await {
                    Ok(()) => {
                        on_change.emit(Some(key));
                        step.set(Step::Done(done));
                    }
                    Err(_) => step.set(Step::Failed(tr(lang, T::SigningKeyNotKept).to_string())),
                }
            });
        }
    };
    let generate = {
        let (step, keep) = (step.clone(), keep.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(Step::Working);
            let keep = keep.clone();
            wasm_bindgen_futures::spawn_local(async move { keep(signing::generate().await, T::SigningKeyMade) });
        })
    };
    let choose_file = {
        let import_file = import_file.clone();
        Callback::from(move |e: Event| import_file.set(files::take_chosen_file(&e)))
    };
    let import = {
        let (step, keep, file, passphrase) =
            (step.clone(), keep.clone(), import_file.clone(), import_passphrase.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(chosen) = (*file).clone() else {
                return step.set(Step::Failed(tr(lang, T::SigningKeyChooseFile).to_string()));
            };
            step.set(Step::Working);
            let (keep, passphrase, step) = (keep.clone(), (*passphrase).clone(), step.clone());
            files::read_bytes(chosen, MAX_KEY_FILE_BYTES, move |read| {
                let Ok(text) = read.map_err(|_| ()).and_then(|bytes| String::from_utf8(bytes).map_err(|_| ())) else {
                    return step.set(Step::Failed(tr(lang, T::SigningKeyNotAKeyFile).to_string()));
                };
                wasm_bindgen_futures::spawn_local(async move {
                    keep(signing::import(&text, &passphrase).await, T::SigningKeyImported)
                });
            });
        })
    };
    let export = {
        let (step, passphrase, repeat) = (step.clone(), export_passphrase.clone(), export_repeat.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                let min = MIN_PASSPHRASE_CHARS.to_string();
                return step.set(Step::Failed(trf(lang, T::SigningKeyPassphraseShort, &[("min", &min)])));
            }
            if *passphrase != *repeat {
                return step.set(Step::Failed(tr(lang, T::SigningKeyPassphraseDiffers).to_string()));
            }
            step.set(Step::Working);
            let (step, text, repeat) = (step.clone(), (*passphrase).clone(), repeat.clone());
            let passphrase = passphrase.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match signing::export(&text).await {
                    Ok(pem) => {
                        let saved =
                            download::save_text("cloud-selfcheck-signing-key.pem", "application/x-pem-file", &pem);
                        passphrase.set(String::new());
                        repeat.set(String::new());
                        step.set(match saved {
                            Ok(()) => Step::Done(T::SigningKeyExported),
                            Err(detail) => Step::Failed(detail),
                        });
                    }
                    Err(message) => step.set(Step::Failed(message.render(lang))),
                }
            });
        })
    };
    let remove = {
        let (step, on_change, confirm) = (step.clone(), props.on_change.clone(), confirm_remove.clone());
        Callback::from(move |_: MouseEvent| {
            let (step, on_change, confirm) = (step.clone(), on_change.clone(), confirm.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match signing::forget().await {
                    Ok(()) => {
                        on_change.emit(None);
                        confirm.set(false);
                        step.set(Step::Done(T::SigningKeyRemoved));
                    }
                    Err(_) => step.set(Step::Failed(tr(lang, T::SigningKeyNotRemoved).to_string())),
                }
            });
        })
    };
    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(events::value(&e)))
    };
    let working = *step == Step::Working;

    html! {
        <section class="card signing-key no-print" id="signing-key" aria-labelledby="signing-key-heading">
            <h2 id="signing-key-heading">{ tr(lang, T::SigningKeyHeading) }</h2>
            <p class="help">{ tr(lang, T::SigningKeyHelp) }</p>
            { match &props.signing_key {
                Some(key) => html! {
                    <>
                        <dl class="key-facts">
                            <dt>{ tr(lang, T::SigningKeyFingerprint) }</dt>
                            <dd><code class="digest" id="key-fingerprint">{ &key.fingerprint }</code></dd>
                            <dt>{ tr(lang, T::SigningKeySince) }</dt>
                            <dd id="key-since">{ &key.created_at }</dd>
                        </dl>
                        <form class="key-export" onsubmit={export}>
                            <p class="help">{ tr(lang, T::SigningKeyExportHelp) }</p>
                            <label for="key-export-passphrase">{ tr(lang, T::SigningKeyPassphrase) }</label>
                            <input id="key-export-passphrase" type="password" autocomplete="new-password"
                                value={(*export_passphrase).clone()} oninput={text_input(&export_passphrase)} />
                            <label for="key-export-repeat">{ tr(lang, T::SigningKeyPassphraseRepeat) }</label>
                            <input id="key-export-repeat" type="password" autocomplete="new-password"
                                value={(*export_repeat).clone()} oninput={text_input(&export_repeat)} />
                            <button type="submit" id="key-export" disabled={working}>{ tr(lang, T::SigningKeyExport) }</button>
                        </form>
                        if *confirm_remove {
                            <div class="confirm" role="alertdialog" aria-labelledby="key-remove-question">
                                <p id="key-remove-question">
                                    { trf(lang, T::SigningKeyRemoveQuestion, &[("fingerprint", &key.fingerprint)]) }
                                </p>
                                <button type="button" id="key-remove-confirm" class="danger" onclick={remove}>
                                    { tr(lang, T::SigningKeyRemoveYes) }
                                </button>
                                <button type="button" onclick={{ let c = confirm_remove.clone(); move |_| c.set(false) }}>
                                    { tr(lang, T::CancelDelete) }
                                </button>
                            </div>
                        } else {
                            <button type="button" id="key-remove" class="danger"
                                onclick={{ let c = confirm_remove.clone(); move |_| c.set(true) }}>
                                { tr(lang, T::SigningKeyRemove) }
                            </button>
                        }
                    </>
                },
                None => html! {
                    <>
                        <p id="key-none">{ tr(lang, T::SigningKeyNone) }</p>
                        <div class="button-row">
                            <button type="button" id="key-generate" class="primary" onclick={generate} disabled={working}>
                                { tr(lang, T::SigningKeyGenerate) }
                            </button>
                        </div>
                        <form class="key-import" onsubmit={import}>
                            <p class="help">{ tr(lang, T::SigningKeyImportHelp) }</p>
                            <label for="key-import-file">{ tr(lang, T::SigningKeyFile) }</label>
                            <input id="key-import-file" type="file" accept=".pem,.key,.txt" onchange={choose_file} />
                            <label for="key-import-passphrase">{ tr(lang, T::SigningKeyImportPassphrase) }</label>
                            <input id="key-import-passphrase" type="password" autocomplete="off"
                                value={(*import_passphrase).clone()} oninput={text_input(&import_passphrase)} />
                            <button type="submit" id="key-import" disabled={working}>{ tr(lang, T::SigningKeyImport) }</button>
                        </form>
                    </>
                },
            } }
            { match &*step {
                Step::Idle => html! {},
                Step::Working => html! { <p class="who" id="key-status" data-state="working">{ tr(lang, T::SigningKeyWorking) }</p> },
                Step::Done(done) => html! {
                    <p class="who" id="key-status" data-state="done" role="status">{ tr(lang, *done) }</p>
                },
                Step::Failed(message) => html! {
                    <Notice kind={NoticeKind::Error}>
                        <span id="key-status" data-state="failed">{ message.clone() }</span>
                    </Notice>
                },
            } }
        </section>
    }
}
