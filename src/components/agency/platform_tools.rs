//! Importing the candidate platforms from a CSV file or a workbook, exporting them as
//! CSV, and the blank templates: the inventory's tools (`csv_tools.rs`) for platforms.

use std::rc::Rc;

use selfcheck_core::agency::platforms_csv;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::files;
use crate::platform::sheets;
use crate::platform::{download, events};
use crate::state::{read_platforms, AgencyAction, ImportMode, PlatformEntry, PlatformImportOutcome};
use selfcheck_core::sheet::TableKind;

const CSV_MIME: &str = "text/csv;charset=utf-8";

#[derive(Properties, PartialEq)]
pub struct PlatformToolsProps {
    pub lang: Lang,
    pub platforms: Rc<Vec<PlatformEntry>>,
    pub mode: ImportMode,
    pub outcome: Option<PlatformImportOutcome>,
    pub on_action: Callback<AgencyAction>,
}

/// Import (update by name and add, or replace; refused whole on any error), export and
/// the templates of the candidate platforms.
#[function_component]
pub fn PlatformTools(props: &PlatformToolsProps) -> Html {
    let lang = props.lang;
    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen_file(&e) else { return };
            let on_action = on_action.clone();
            sheets::read_table(file, TableKind::Platforms, move |result| {
                on_action.emit(match result {
                    Ok(table) => AgencyAction::ImportPlatforms(read_platforms(&table)),
                    Err(error) => AgencyAction::ImportPlatforms(Err(vec![error.describe::<platforms_csv::Column>()])),
                });
            });
        })
    };
    let on_export = {
        let platforms = props.platforms.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = platforms_csv::export(platforms.iter().map(|e| &e.platform));
            let _ = download::save_text("cloud-selfcheck-platforms.csv", CSV_MIME, &csv);
        })
    };
    let template = |headers: Lang| {
        Callback::from(move |_: MouseEvent| {
            let name = format!("cloud-selfcheck-platforms-template-{}.csv", headers.code());
            let _ = download::save_text(&name, CSV_MIME, &platforms_csv::template(headers));
        })
    };
    let mode_radio = |mode: ImportMode, id: &'static str, label: T| {
        let on_action = props.on_action.clone();
        html! {
            <label class="check" for={id}>
                <input type="radio" id={id} name="platforms-import-mode" checked={props.mode == mode}
                    onchange={move |e: Event| if events::checked(&e) { on_action.emit(AgencyAction::SetPlatformImportMode(mode)) }} />
                { tr(lang, label) }
            </label>
        }
    };
    let dismiss = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::DismissPlatformImport))
    };
    html! {
        <div class="csv-tools platform-tools">
            <fieldset class="field">
                <legend>{ tr(lang, T::ImportModeLabel) }</legend>
                { mode_radio(ImportMode::Add, "platforms-import-add", T::PlatformsImportModeAdd) }
                { mode_radio(ImportMode::Replace, "platforms-import-replace", T::PlatformsImportModeReplace) }
            </fieldset>
            <div class="field">
                <label for="platforms-file">{ tr(lang, T::PlatformsImportFile) }</label>
                <input id="platforms-file" type="file" accept=".csv,text/csv,.xlsx" onchange={on_file} />
            </div>
            <button type="button" id="export-platforms" onclick={on_export}>{ tr(lang, T::PlatformsExport) }</button>
            <button type="button" id="platforms-template-zh" class="link-btn" onclick={template(Lang::ZhCn)}>{ tr(lang, T::CatalogTemplateZh) }</button>
            <button type="button" id="platforms-template-en" class="link-btn" onclick={template(Lang::En)}>{ tr(lang, T::CatalogTemplateEn) }</button>
            <p class="csv-help">{ tr(lang, T::PlatformsCsvHelp) }</p>
            { match &props.outcome {
                None => html! {},
                Some(PlatformImportOutcome::Imported { added, updated, removed, mode }) => {
                    let (added, updated, removed) = (added.to_string(), updated.to_string(), removed.to_string());
                    let key = if *mode == ImportMode::Replace { T::PlatformsImportedReplaced } else { T::PlatformsImported };
                    let text = trf(lang, key, &[("added", &added), ("updated", &updated), ("removed", &removed)]);
                    html! {
                        <Notice kind={NoticeKind::Info}>
                            <span id="platforms-import-result">{ text }</span>
                            <button type="button" class="link-btn" onclick={dismiss}>{ tr(lang, T::Dismiss) }</button>
                        </Notice>
                    }
                }
                Some(PlatformImportOutcome::Refused(problems)) => html! {
                    <Notice kind={NoticeKind::Error}>
                        <p>{ tr(lang, T::PlatformsImportRefused) }</p>
                        <ul id="platforms-import-errors">{ for problems.iter().map(|p| html! { <li>{ p.render(lang) }</li> }) }</ul>
                        <button type="button" class="link-btn" onclick={dismiss}>{ tr(lang, T::Dismiss) }</button>
                    </Notice>
                },
            } }
        </div>
    }
}
