use selfcheck_core::agency::inventory_csv;
use selfcheck_core::table::headers;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::{scroll_table, Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::files;
use crate::platform::sheets;
use crate::platform::{download, events, perf};
use crate::state::{read_inventory, AgencyAction, ImportMode, ImportOutcome};
use selfcheck_core::sheet::TableKind;

#[derive(Properties, PartialEq)]
pub struct CsvToolsProps {
    pub lang: Lang,
    pub mode: ImportMode,
    pub outcome: Option<ImportOutcome>,
    /// The CSV text of the current inventory, made on demand.
    pub export: Callback<(), String>,
    pub on_action: Callback<AgencyAction>,
}

/// Import (add or replace, refused whole on any error) and export of the inventory.
#[function_component]
pub fn CsvTools(props: &CsvToolsProps) -> Html {
    let lang = props.lang;
    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen_file(&e) else {
                return;
            };
            let on_action = on_action.clone();
            sheets::read_table(file, TableKind::Inventory, move |result| {
                let action = match result {
                    Ok(table) => AgencyAction::ImportInventory(read_inventory(&table)),
                    Err(error) => AgencyAction::ImportInventory(Err(vec![error.describe::<inventory_csv::Column>()])),
                };
                on_action.emit(action);
                perf::record_wasm_memory();
            });
        })
    };
    let on_export = {
        let export = props.export.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download::save_text("cloud-selfcheck-inventory.csv", "text/csv;charset=utf-8", &export.emit(()));
        })
    };
    let template = |headers: Lang| {
        Callback::from(move |_: MouseEvent| {
            let name = format!("cloud-selfcheck-inventory-template-{}.csv", headers.code());
            let _ = download::save_text(&name, "text/csv;charset=utf-8", &inventory_csv::template(headers));
        })
    };
    // Written by the first-use module; a failure is said beside the buttons.
    let template_problem = use_state(|| None::<String>);
    let xlsx_template = |headers: Lang| {
        let problem = template_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("cloud-selfcheck-inventory-template-{}.xlsx", headers.code());
            let problem = problem.clone();
            sheets::save_template(TableKind::Inventory, headers, name, move |saved| problem.set(saved.err()));
        })
    };
    let mode_radio = |mode: ImportMode, id: &'static str, label: T| {
        let on_action = props.on_action.clone();
        html! {
            <label class="check" for={id}>
                <input type="radio" id={id} name="import-mode" checked={props.mode == mode}
                    onchange={move |e: Event| if events::checked(&e) { on_action.emit(AgencyAction::SetImportMode(mode)) }} />
                { tr(lang, label) }
            </label>
        }
    };
    let dismiss = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::DismissImport))
    };
    html! {
        <div class="csv-tools">
            <fieldset class="field">
                <legend>{ tr(lang, T::ImportModeLabel) }</legend>
                { mode_radio(ImportMode::Add, "import-add", T::ImportModeAdd) }
                { mode_radio(ImportMode::Replace, "import-replace", T::ImportModeReplace) }
            </fieldset>
            <div class="field">
                <label for="csv-file">{ tr(lang, T::ImportCsv) }</label>
                <input id="csv-file" type="file" accept=".csv,text/csv,.xlsx" onchange={on_file} />
            </div>
            <button type="button" id="export-csv" onclick={on_export}>{ tr(lang, T::ExportCsv) }</button>
            <button type="button" id="inventory-template-zh" class="link-btn" onclick={template(Lang::ZhCn)}>{ tr(lang, T::CatalogTemplateZh) }</button>
            <button type="button" id="inventory-template-en" class="link-btn" onclick={template(Lang::En)}>{ tr(lang, T::CatalogTemplateEn) }</button>
            <button type="button" id="inventory-template-xlsx-zh" class="link-btn" onclick={xlsx_template(Lang::ZhCn)}>{ tr(lang, T::XlsxTemplateZh) }</button>
            <button type="button" id="inventory-template-xlsx-en" class="link-btn" onclick={xlsx_template(Lang::En)}>{ tr(lang, T::XlsxTemplateEn) }</button>
            if let Some(detail) = &*template_problem {
                <p class="field-error" id="inventory-template-problem">{ trf(lang, T::TemplateFailed, &[("detail", detail)]) }</p>
            }
            <p class="csv-help">{ tr(lang, T::CsvHelp) }</p>
            { columns_help(lang) }
            { match &props.outcome {
                None => html! {},
                Some(ImportOutcome::Imported { count, mode }) => {
                    let key = if *mode == ImportMode::Replace { T::ImportDoneReplaced } else { T::ImportDone };
                    html! {
                        <Notice kind={NoticeKind::Info}>
                            <span id="import-result">{ trf(lang, key, &[("count", &count.to_string())]) }</span>
                            <button type="button" class="link-btn" onclick={dismiss}>{ tr(lang, T::Dismiss) }</button>
                        </Notice>
                    }
                }
                Some(ImportOutcome::Refused(problems)) => html! {
                    <Notice kind={NoticeKind::Error}>
                        <p>{ tr(lang, T::ImportRefused) }</p>
                        <ul id="import-errors">{ for problems.iter().map(|p| html! { <li>{ p.render(lang) }</li> }) }</ul>
                        <button type="button" class="link-btn" onclick={dismiss}>{ tr(lang, T::Dismiss) }</button>
                    </Notice>
                },
            } }
        </div>
    }
}

/// The inventory's columns, each with both headers and what it holds (the form's label).
fn columns_help(lang: Lang) -> Html {
    use inventory_csv::Column;
    let meaning = |column: Column| match column {
        Column::Name => T::WorkloadName,
        Column::Description => T::WorkloadDescription,
        Column::StateSecret => T::CritStateSecret,
        Column::WorkSecret => T::CritWorkSecret,
        Column::MlpsLevel => T::WorkloadLevel,
        Column::SensitiveData => T::CritSensitive,
        Column::KeyBusiness => T::CritKeyBusiness,
        Column::SevereImpact => T::CritSevere,
        Column::ConfidentialityReview => T::ReviewDone,
        Column::Platform => T::WorkloadPlatform,
        Column::MigrationDate => T::WorkloadMigrationDate,
        Column::EndOfUse => T::WorkloadEndOfUse,
    };
    let (zh, en) = (headers::<inventory_csv::Column>(Lang::ZhCn), headers::<inventory_csv::Column>(Lang::En));
    html! {
        <details class="columns-help" id="inventory-columns">
            <summary>{ tr(lang, T::InventoryColumns) }</summary>
            { scroll_table(tr(lang, T::InventoryColumns), html! {<table class="report-table">
                <thead><tr>
                    <th scope="col">{ tr(lang, T::ColumnChinese) }</th>
                    <th scope="col">{ tr(lang, T::ColumnEnglish) }</th>
                    <th scope="col">{ tr(lang, T::ColumnMeaning) }</th>
                </tr></thead>
                <tbody>
                    { for Column::ALL.iter().zip(zh.iter().zip(&en)).map(|(&column, (zh, en))| html! {
                        <tr><td>{ *zh }</td><td><code>{ *en }</code></td><td>{ tr(lang, meaning(column)) }</td></tr>
                    }) }
                </tbody>
            </table> }) }
        </details>
    }
}
