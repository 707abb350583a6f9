use std::rc::Rc;

use selfcheck_core::catalog::csv_import;
use selfcheck_core::catalog::loaded::{self, LoadedProblem};
use selfcheck_core::catalog::Catalog;
use selfcheck_core::messages::Describe;
use selfcheck_core::sheet::{is_workbook, MAX_WORKBOOK_BYTES};
use selfcheck_core::table::TableProblem;
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::files::{self, ChosenFile, ReadError};
use crate::platform::sheets;
use crate::platform::{download, events, later, perf};
use crate::state::{CatalogAction, CatalogImport, CatalogRead, CatalogState, NameField, ProviderAction};
use selfcheck_core::sheet::TableKind;

#[derive(Properties, PartialEq)]
pub struct CatalogManagerProps {
    pub lang: Lang,
    pub state: CatalogState,
    /// The catalogs loaded (part of the work).
    pub loaded: Rc<Vec<Catalog>>,
    pub today: Date,
    pub on_action: Callback<ProviderAction>,
}

fn send(on_action: &Callback<ProviderAction>, action: CatalogAction) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |_: MouseEvent| on_action.emit(ProviderAction::Catalog(action.clone())))
}

/// Reads a chosen or dropped file (size first) and hands it to the reducer.
fn read(file: ChosenFile, today: Date, on_action: Callback<ProviderAction>) {
    let name = file.name();
    let refused = |problem| CatalogRead::Refused(vec![problem]);
    files::read_bytes(file, MAX_WORKBOOK_BYTES as u64, move |result| {
        let emit = move |name, read| on_action.emit(ProviderAction::Catalog(CatalogAction::Read { name, read }));
        match result {
            Ok(bytes) if is_workbook(&bytes) => {
                wasm_bindgen_futures::spawn_local(async move {
                    let read = match sheets::read_sheet(&bytes, TableKind::Catalog).await {
                        Ok(sheet) => CatalogRead::sheet(&name, sheet, today),
                        Err(problem) => refused(LoadedProblem::Sheet(problem)),
                    };
                    emit(name, read);
                });
            }
            Ok(bytes) if bytes.len() > loaded::MAX_BYTES => {
                emit(name, refused(LoadedProblem::TooLarge { bytes: bytes.len() }))
            }
            // Read and checked before it is dispatched: what the measure times.
            Ok(bytes) => {
                perf::measure("catalog-import", || emit(name.clone(), CatalogRead::file(&name, &bytes, today)))
            }
            Err(ReadError::TooLarge { bytes }) => {
                emit(name, refused(LoadedProblem::TooLarge { bytes: usize::try_from(bytes).unwrap_or(usize::MAX) }))
            }
            Err(ReadError::Failed(detail)) => {
                emit(name, refused(LoadedProblem::Table(TableProblem::Unreadable { detail })))
            }
        }
    });
}

fn problem_list(lang: Lang, problems: &[LoadedProblem]) -> Html {
    html! {
        <ul id="catalog-problems">{ for problems.iter().map(|p| html! { <li>{ p.message(lang) }</li> }) }</ul>
    }
}

fn item_count(catalog: &Catalog) -> usize {
    catalog.sections.iter().map(|s| s.items.len()).sum()
}

/// The built-in and loaded catalogs; loading one (JSON, or a CSV sheet named here),
/// replacing it by a new version, removing it; the blank template and the schema.
#[function_component]
pub fn CatalogManager(props: &CatalogManagerProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let on_action = &props.on_action;
    let on_file = {
        let (on_action, today) = (on_action.clone(), props.today);
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_chosen_file(&e) {
                read(file, today, on_action.clone());
            }
        })
    };
    let on_drop = {
        let (on_action, today) = (on_action.clone(), props.today);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = files::dropped_file(&e) {
                read(file, today, on_action.clone());
            }
        })
    };
    let field = |field: NameField| {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            on_action.emit(ProviderAction::Catalog(CatalogAction::Name(field, events::value(&e))))
        })
    };
    let template = |lang_of_headers: Lang| {
        Callback::from(move |_: MouseEvent| {
            let name = format!("cloud-selfcheck-catalog-template-{}.csv", lang_of_headers.code());
            let _ = download::save_text(&name, "text/csv;charset=utf-8", &csv_import::template(lang_of_headers));
        })
    };
    // The catalog format's JSON Schema, for teams writing their own: the Excel module
    // holds its text (start-up need not carry it).
    let schema_problem = use_state(|| None::<String>);
    let schema = {
        let problem = schema_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let problem = problem.clone();
            sheets::save_catalog_schema("catalog.schema.json".into(), move |saved| problem.set(saved.err()));
        })
    };

    let outcome = match &state.import {
        None => html! {},
        Some(CatalogImport::Naming { file_name, sections, head, problems }) => {
            let items: usize = sections.iter().map(|s| s.items.len()).sum();
            html! {
                <form class="catalog-naming" id="catalog-naming" onsubmit={{
                    let on_action = on_action.clone();
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        on_action.emit(ProviderAction::Catalog(CatalogAction::ConfirmImport));
                    })
                }}>
                    <p>{ trf(lang, T::CatalogSheetRead, &[("file", file_name), ("sections", &sections.len().to_string()), ("items", &items.to_string())]) }</p>
                    <div class="field-grid">
                        <div class="field">
                            <label for="catalog-id">{ tr(lang, T::CatalogIdLabel) }</label>
                            <input id="catalog-id" type="text" value={head.id.clone()} oninput={field(NameField::Id)} />
                        </div>
                        <div class="field">
                            <label for="catalog-title">{ tr(lang, T::CatalogTitleLabel) }</label>
                            <input id="catalog-title" type="text" value={head.title.clone()} oninput={field(NameField::Title)} />
                        </div>
                        <div class="field">
                            <label for="catalog-version">{ tr(lang, T::CatalogVersionLabel) }</label>
                            <input id="catalog-version" type="text" value={head.version.clone()} oninput={field(NameField::Version)} />
                        </div>
                    </div>
                    if !problems.is_empty() { { problem_list(lang, problems) } }
                    <div class="button-row">
                        <button type="submit" id="catalog-import" class="primary">{ tr(lang, T::CatalogImportButton) }</button>
                        <button type="button" onclick={send(on_action, CatalogAction::DismissImport)}>{ tr(lang, T::ReportImportCancel) }</button>
                    </div>
                </form>
            }
        }
        Some(CatalogImport::Refused { file_name, problems }) => html! {
            <Notice kind={NoticeKind::Error}>
                <p id="catalog-refused">{ trf(lang, T::CatalogRefused, &[("file", file_name)]) }</p>
                { problem_list(lang, problems) }
                <button type="button" class="link-btn" onclick={send(on_action, CatalogAction::DismissImport)}>{ tr(lang, T::Dismiss) }</button>
            </Notice>
        },
        Some(CatalogImport::Loaded { id, items, replaced }) => html! {
            <Notice kind={NoticeKind::Info}>
                <p id="catalog-loaded">{ trf(lang, if *replaced { T::CatalogReplaced } else { T::CatalogAdded }, &[("id", id), ("items", &items.to_string())]) }</p>
                <button type="button" class="link-btn" onclick={send(on_action, CatalogAction::DismissImport)}>{ tr(lang, T::Dismiss) }</button>
            </Notice>
        },
    };

    // Hashing a 5,000-item catalog takes over 100 ms in the browser: done once per list,
    // just after the checklist is drawn, not on the click that loads it.
    let fingerprints = use_state(|| (Rc::new(Vec::<Catalog>::new()), Vec::<String>::new()));
    {
        let fingerprints = fingerprints.clone();
        use_effect_with(props.loaded.clone(), move |loaded| {
            let loaded = loaded.clone();
            later::soon(move || {
                let shas = loaded.iter().map(loaded::fingerprint).collect();
                fingerprints.set((loaded, shas));
            });
        });
    }
    let sha_of = |at: usize| Rc::ptr_eq(&fingerprints.0, &props.loaded).then(|| fingerprints.1.get(at)).flatten();
    let loaded_list = props.loaded.iter().enumerate().map(|(at, c)| {
        let sha = sha_of(at).map_or_else(|| "…".to_string(), |sha| format!("{}…", &sha[..16]));
        let title = sha_of(at).cloned().unwrap_or_default();
        let export = {
            let loaded = props.loaded.clone();
            Callback::from(move |_: MouseEvent| {
                let catalog = &loaded[at];
                let text = loaded::export_json(catalog);
                let _ = download::save_text(&format!("{}.json", catalog.id), "application/json", &text);
            })
        };
        let confirming = state.confirm_remove.as_deref() == Some(c.id.as_str());
        html! {
            <li data-catalog-entry={c.id.clone()} class="loaded-catalog">
                <span class="catalog-name">{ c.title.get(lang) }</span>
                <span class="catalog-meta">{ format!("{} · ", c.id) }{ trf(lang, T::CatalogMeta, &[("version", &c.version), ("items", &item_count(c).to_string())]) }</span>
                <span class="tag tag-loaded">{ tr(lang, T::TagLoaded) }</span>
                <span class="catalog-sha" title={title}>{ format!("SHA-256 {sha}") }</span>
                <button type="button" class="link-btn catalog-export" onclick={export}>{ tr(lang, T::CatalogExport) }</button>
                if confirming {
                    // One question at a time (one catalog's removal is asked), so one id.
                    <span class="confirm" role="alertdialog" aria-labelledby="catalog-remove-question">
                        <span id="catalog-remove-question">{ tr(lang, T::CatalogRemoveConfirm) }</span>{ " " }
                        <button type="button" class="danger catalog-remove-confirm" onclick={send(on_action, CatalogAction::ConfirmRemove(c.id.clone()))}>{ tr(lang, T::CatalogRemoveYes) }</button>
                        <button type="button" onclick={send(on_action, CatalogAction::CancelRemove)}>{ tr(lang, T::CancelDelete) }</button>
                    </span>
                } else {
                    <button type="button" class="link-btn catalog-remove" onclick={send(on_action, CatalogAction::RequestRemove(c.id.clone()))}>{ tr(lang, T::CatalogRemove) }</button>
                }
            </li>
        }
    });
    let open = !props.loaded.is_empty() || state.import.is_some();
    html! {
        <>
            { upgrades(lang, state, on_action) }
            <details class="card catalogs" id="catalogs" open={open}>
                <summary><h2>{ tr(lang, T::CatalogsHeading) }</h2></summary>
                <p>{ tr(lang, T::CatalogsHelp) }</p>
                if !props.loaded.is_empty() {
                    <ul class="catalog-list">{ for loaded_list }</ul>
                }
                <div class="drop-zone" id="catalog-drop" ondragover={|e: DragEvent| e.prevent_default()} ondrop={on_drop}>
                    <label for="catalog-file">{ tr(lang, T::CatalogChooseFile) }</label>
                    <input id="catalog-file" type="file" accept=".csv,.json,.xlsx,text/csv,application/json" onchange={on_file} />
                    <span class="drop-hint">{ tr(lang, T::CatalogDropHere) }</span>
                </div>
                { outcome }
                <p class="catalog-downloads">
                    <button type="button" id="catalog-template-zh" class="link-btn" onclick={template(Lang::ZhCn)}>{ tr(lang, T::CatalogTemplateZh) }</button>
                    <button type="button" id="catalog-template-en" class="link-btn" onclick={template(Lang::En)}>{ tr(lang, T::CatalogTemplateEn) }</button>
                    <button type="button" id="catalog-schema" class="link-btn" onclick={schema}>{ tr(lang, T::CatalogSchema) }</button>
                </p>
                if let Some(detail) = &*schema_problem {
                    <p class="field-error" id="catalog-schema-problem">{ trf(lang, T::SchemaFailed, &[("detail", detail)]) }</p>
                }
                <p class="who">{ tr(lang, T::CatalogFormatHelp) }</p>
            </details>
        </>
    }
}

/// What a new version of a catalog changed: answers kept and flagged, removed items'
/// answers kept and listed, new items unanswered.
fn upgrades(lang: Lang, state: &CatalogState, on_action: &Callback<ProviderAction>) -> Html {
    if state.upgrades.is_empty() {
        return html! {};
    }
    let list = |ids: &[String]| ids.iter().map(|id| loaded::local_id(id).to_string()).collect::<Vec<_>>().join(", ");
    html! {
        <Notice kind={NoticeKind::Warning}>
            <div id="catalog-upgrades">
                <h3>{ tr(lang, T::UpgradeHeading) }</h3>
                { for state.upgrades.iter().map(|u| html! {
                    <div class="upgrade" data-catalog={u.catalog.clone()}>
                        <p>{ trf(lang, T::UpgradeSummary, &[("id", &u.catalog), ("from", &u.from_version), ("to", &u.to_version)]) }</p>
                        <ul>
                            if !u.changed.is_empty() { <li class="upgrade-changed">{ trf(lang, T::UpgradeChanged, &[("count", &u.changed.len().to_string()), ("ids", &list(&u.changed))]) }</li> }
                            if !u.removed.is_empty() { <li class="upgrade-removed">{ trf(lang, T::UpgradeRemoved, &[("count", &u.removed.len().to_string()), ("ids", &list(&u.removed))]) }</li> }
                            if !u.added.is_empty() { <li class="upgrade-added">{ trf(lang, T::UpgradeAdded, &[("count", &u.added.len().to_string()), ("ids", &list(&u.added))]) }</li> }
                        </ul>
                    </div>
                }) }
                <button type="button" class="link-btn" onclick={send(on_action, CatalogAction::DismissUpgrades)}>{ tr(lang, T::Dismiss) }</button>
            </div>
        </Notice>
    }
}
