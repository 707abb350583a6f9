//! The one "Open a file" entry, on every page, and a file dropped anywhere on the page:
//! the file is read and recognised by its content (`selfcheck_core::opened`), the app says
//! what it is, and only then offers what can be done with it, each choice handed to the
//! flow that does it (resume, compare, merge, the inventory's, platforms' and catalogs'
//! imports), on the page that shows its outcome.

use std::rc::Rc;

use selfcheck_core::catalog::Catalog;
use selfcheck_core::messages::{Describe, Message};
use selfcheck_core::opened::{header_and_rows, recognise, table_kind_of_header, JsonKind, TableKind};
use selfcheck_core::report::{LoadProblem, Role, Signer, MAX_REPORT_BYTES};
use selfcheck_core::session::{Resumable, Session};
use selfcheck_core::sheet::{is_workbook, MAX_WORKBOOK_BYTES};
use selfcheck_core::table::Table;
use selfcheck_core::team::incoming::{Offered, Refusal};
use selfcheck_core::{Date, Lang, Timestamp};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::files::{self, ChosenFile};
use crate::platform::location::go_to_step;
use crate::platform::sheets;
use crate::platform::{clock, events, later, signing};
use crate::route::Route;
use crate::state::{
    merge, read_inventory, read_platforms, Action, AgencyAction, CatalogAction, CatalogRead, CompareState, ImportMode,
    ProviderAction,
};

/// A file being opened, as far as it got.
enum Opening {
    Reading(String),
    Refused {
        name: String,
        problem: Message,
    },
    Json {
        file: FileRead,
        read: Resumable,
        kind: JsonKind,
        /// Who signed it, checked as it was opened (`None`: unsigned).
        signer: Option<Signer>,
    },
    /// A table, with the number of rows under its header.
    Table {
        file: FileRead,
        table: Table,
        kind: TableKind,
        rows: usize,
    },
}

/// The file itself, kept until the user chooses (a merge or a comparison reads it again
/// as those flows read any file).
struct FileRead {
    name: String,
    modified: Timestamp,
    bytes: Vec<u8>,
}

/// A workbook's sheet, its kind and its rows: the first sheet named as some importer's,
/// else the first sheet, recognised by its header.
async fn read_workbook(bytes: &[u8]) -> Result<(Table, TableKind, usize), Message> {
    let mut first = None;
    for kind in TableKind::ALL {
        let table = Table::Sheet(sheets::read_sheet(bytes, kind).await.map_err(|p| p.describe())?);
        if table.sheet().is_some_and(|name| kind.names_sheet(name)) {
            // Its own importer says precisely what is wrong with a named sheet.
            let (found, rows) = match header_and_rows(&table) {
                Ok((header, rows)) => (table_kind_of_header(&header).unwrap_or(kind), rows),
                Err(_) => (kind, 0),
            };
            return Ok((table, found, rows));
        }
        first.get_or_insert(table);
    }
    let table = first.ok_or_else(|| selfcheck_core::sheet::SheetProblem::NoSheet.describe())?;
    let (kind, rows) = recognise(&table)?;
    Ok((table, kind, rows))
}

/// Reads and recognises `file`; `done` gets what it is.
fn open(file: ChosenFile, done: Callback<Opening>) {
    let (name, modified) = (file.name(), file.modified().unwrap_or_else(clock::now));
    done.emit(Opening::Reading(name.clone()));
    let limit = MAX_REPORT_BYTES.max(MAX_WORKBOOK_BYTES) as u64;
    files::read_bytes(file, limit, move |read| {
        let bytes = match read {
            Ok(bytes) => bytes,
            Err(error) => return done.emit(Opening::Refused { name, problem: LoadProblem::from(error).describe() }),
        };
        let file = FileRead { name: name.clone(), modified, bytes };
        if is_workbook(&file.bytes) {
            wasm_bindgen_futures::spawn_local(async move {
                done.emit(match read_workbook(&file.bytes).await {
                    Ok((table, kind, rows)) => Opening::Table { file, table, kind, rows },
                    Err(problem) => Opening::Refused { name, problem },
                })
            });
        } else if looks_like_json(&file.bytes) {
            let read = match Session::read_resumable(&file.bytes) {
                Ok(read) => read,
                Err(problem) => return done.emit(Opening::Refused { name, problem: problem.describe() }),
            };
            // A signed report is checked now: the panel says who signed it, and a merge keeps it.
            wasm_bindgen_futures::spawn_local(async move {
                done.emit(match signing::signer_if_signed(&file.bytes).await {
                    Ok(signer) => Opening::Json { kind: JsonKind::of(&read), file, read, signer },
                    Err(problem) => Opening::Refused { name, problem: Refusal::Worded(problem).describe() },
                })
            });
        } else {
            let table = Table::Csv(file.bytes.clone());
            done.emit(match recognise(&table) {
                Ok((kind, rows)) => Opening::Table { file, table, kind, rows },
                Err(problem) => Opening::Refused { name, problem },
            });
        }
    });
}

/// JSON starts with `{` (after a byte-order mark or blanks); a CSV file never does.
fn looks_like_json(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    pub lang: Lang,
    pub today: Date,
    /// Nothing entered as a provider yet: a questionnaire is then most likely to be answered.
    pub provider_empty: bool,
    /// The provider's loaded catalogs, which a filled questionnaire sheet is read against.
    pub catalogs: Rc<Vec<Catalog>>,
    pub on_action: Callback<Action>,
}

/// What a choice does.
#[derive(Clone, Copy, PartialEq)]
enum What {
    Resume,
    Compare,
    Merge,
    Inventory(ImportMode),
    Platforms(ImportMode),
    Catalog,
}

/// A button: what it does, and the view (and the part of it) that shows the outcome.
struct Choice {
    id: &'static str,
    label: T,
    primary: bool,
    what: What,
    to: (Route, &'static str),
}

/// The choices `opening` offers, the first the likeliest.
fn choices(opening: &Opening, provider_empty: bool) -> Vec<Choice> {
    let choice = |id, label, what, to| Choice { id, label, primary: false, what, to };
    let primary = |choice: Choice| Choice { primary: true, ..choice };
    let merge = || choice("open-merge", T::OpenMerge, What::Merge, (Route::Report, "merge"));
    let compare = || choice("open-compare", T::OpenCompare, What::Compare, (Route::Report, "compare"));
    match opening {
        Opening::Json { kind: JsonKind::Questionnaire { .. }, .. } => {
            let answer = choice("open-answer", T::OpenAnswer, What::Resume, (Route::Provider, "questionnaire-banner"));
            // An empty workspace most likely belongs to the person it was handed to.
            if provider_empty {
                vec![primary(answer), merge()]
            } else {
                vec![primary(merge()), answer]
            }
        }
        Opening::Json { kind: JsonKind::Report(role), .. } => {
            let view = if *role == Role::Provider { Route::Provider } else { Route::Agency };
            vec![primary(choice("open-resume", T::OpenResume, What::Resume, (view, "main"))), compare(), merge()]
        }
        Opening::Json { kind: JsonKind::Session { .. }, .. } => {
            vec![primary(merge()), choice("open-resume", T::OpenResume, What::Resume, (Route::Report, "resume"))]
        }
        Opening::Table { kind: TableKind::Inventory, .. } => vec![
            primary(choice(
                "open-add",
                T::OpenAddInventory,
                What::Inventory(ImportMode::Add),
                (Route::Agency, "inventory"),
            )),
            choice(
                "open-replace",
                T::OpenReplaceInventory,
                What::Inventory(ImportMode::Replace),
                (Route::Agency, "inventory"),
            ),
        ],
        Opening::Table { kind: TableKind::Platforms, .. } => vec![
            primary(choice(
                "open-add",
                T::OpenAddPlatforms,
                What::Platforms(ImportMode::Add),
                (Route::Agency, "platforms"),
            )),
            choice(
                "open-replace",
                T::OpenReplacePlatforms,
                What::Platforms(ImportMode::Replace),
                (Route::Agency, "platforms"),
            ),
        ],
        Opening::Table { kind: TableKind::Catalog, .. } => {
            vec![primary(choice("open-catalog", T::OpenLoadCatalog, What::Catalog, (Route::Provider, "catalogs")))]
        }
        Opening::Table { kind: TableKind::Questionnaire, .. } => vec![primary(merge())],
        Opening::Reading(_) | Opening::Refused { .. } => Vec::new(),
    }
}

/// The actions `what` dispatches for `opening`, each file read by its flow's own reader
/// (only when chosen: a report of 10,000 workloads is not read for choices not taken).
fn actions(what: What, opening: &Opening, catalogs: &[Catalog], today: Date) -> Vec<Action> {
    let merged = |name: &str, offered| Action::MergeFiles {
        files: merge::read_files(vec![(name.to_string(), Ok(offered))], catalogs),
    };
    match (what, opening) {
        (What::Resume, Opening::Json { read: Resumable::Report(loaded), .. }) => {
            vec![Action::ReportLoaded(loaded.clone())]
        }
        (What::Resume, Opening::Json { read: Resumable::Session(session), .. }) => {
            vec![Action::SessionLoaded(session.clone())]
        }
        (What::Compare, Opening::Json { file, .. }) => {
            vec![Action::Compare(Box::new(CompareState::read(file.name.clone(), Ok(file.bytes.clone()))))]
        }
        (What::Merge, Opening::Json { file, signer, .. }) => {
            let (bytes, modified, signer) = (file.bytes.clone(), file.modified.clone(), signer.clone());
            vec![merged(&file.name, Offered::Json { bytes, modified, signer })]
        }
        (What::Merge, Opening::Table { file, table: Table::Sheet(sheet), .. }) => {
            vec![merged(&file.name, Offered::Sheet { sheet: sheet.clone(), modified: file.modified.clone() })]
        }
        (What::Inventory(mode), Opening::Table { table, .. }) => vec![
            Action::Agency(AgencyAction::SetImportMode(mode)),
            Action::Agency(AgencyAction::ImportInventory(read_inventory(table))),
        ],
        (What::Platforms(mode), Opening::Table { table, .. }) => vec![
            Action::Agency(AgencyAction::SetPlatformImportMode(mode)),
            Action::Agency(AgencyAction::ImportPlatforms(read_platforms(table))),
        ],
        (What::Catalog, Opening::Table { file, table, .. }) => {
            let read = match table {
                Table::Sheet(sheet) => CatalogRead::sheet(&file.name, sheet.clone(), today),
                Table::Csv(bytes) => CatalogRead::file(&file.name, bytes, today),
            };
            vec![Action::Provider(ProviderAction::Catalog(CatalogAction::Read { name: file.name.clone(), read }))]
        }
        _ => Vec::new(),
    }
}

/// What the file is, in a sentence or two.
fn description(lang: Lang, opening: &Opening) -> Html {
    match opening {
        Opening::Json { read, kind, signer, file } => {
            // Who signed a report (a session is never signed).
            let signed = matches!(read, Resumable::Report(_)).then(|| {
                let line = selfcheck_core::team::incoming::signer_message(&file.name, signer.as_ref()).render(lang);
                html! { <p id="opened-signer">{ line }</p> }
            });
            let made = match read {
                Resumable::Report(loaded) => {
                    Timestamp::parse(&loaded.report.generated_at).map(|t| t.wall_clock()).unwrap_or_default()
                }
                Resumable::Session(_) => String::new(),
            };
            let what = match kind {
                JsonKind::Report(Role::Provider) => {
                    html! { <p>{ trf(lang, T::OpenedProviderReport, &[("when", &made)]) }</p> }
                }
                JsonKind::Report(Role::Agency) => {
                    html! { <p>{ trf(lang, T::OpenedAgencyReport, &[("when", &made)]) }</p> }
                }
                JsonKind::Questionnaire { owner, issued_by, items, answered } => html! {
                    <>
                        <p>
                            { trf(lang, T::OpenedQuestionnaire, &[("owner", owner), ("items", &items.to_string()), ("answered", &answered.to_string())]) }
                            if !issued_by.is_empty() { { " " }{ trf(lang, T::OpenedQuestionnaireFrom, &[("by", issued_by)]) } }
                        </p>
                        <ul>
                            <li>{ tr(lang, T::OpenedQuestionnaireAnswer) }</li>
                            <li>{ tr(lang, T::OpenedQuestionnaireMerge) }</li>
                        </ul>
                    </>
                },
                JsonKind::Session { provider, agency } => {
                    let parts = match (provider, agency) {
                        (true, false) => tr(lang, T::OpenedSessionProvider),
                        (false, true) => tr(lang, T::OpenedSessionAgency),
                        _ => tr(lang, T::OpenedSessionBoth),
                    };
                    html! { <p>{ trf(lang, T::OpenedSession, &[("parts", parts)]) }</p> }
                }
            };
            html! { <>{ what }{ for signed }</> }
        }
        Opening::Table { table, kind, rows, .. } => {
            let rows = rows.to_string();
            let text = match kind {
                TableKind::Inventory => trf(lang, T::OpenedInventory, &[("rows", &rows)]),
                TableKind::Platforms => trf(lang, T::OpenedPlatforms, &[("rows", &rows)]),
                TableKind::Catalog => trf(lang, T::OpenedCatalog, &[("rows", &rows)]),
                TableKind::Questionnaire => trf(
                    lang,
                    T::OpenedQuestionnaireSheet,
                    &[("sheet", table.sheet().unwrap_or_default()), ("rows", &rows)],
                ),
            };
            html! { <p>{ text }</p> }
        }
        Opening::Reading(_) | Opening::Refused { .. } => html! {},
    }
}

/// The entry (a button for the file chooser), and the opened file's panel below it.
#[function_component]
pub fn OpenFile(props: &OpenFileProps) -> Html {
    let lang = props.lang;
    let opening = use_state(|| None::<Rc<Opening>>);
    let done = {
        let opening = opening.clone();
        Callback::from(move |found: Opening| {
            let settled = !matches!(found, Opening::Reading(_));
            opening.set(Some(Rc::new(found)));
            if settled {
                later::soon(|| events::focus("opened"));
            }
        })
    };
    // A file dropped anywhere the page has no drop zone of its own for.
    {
        let done = done.clone();
        use_effect_with((), move |_| {
            let listeners = files::on_page_drop(move |file| open(file, done.clone()));
            move || drop(listeners)
        });
    }
    let on_file = {
        let done = done.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_chosen_file(&e) {
                open(file, done.clone());
            }
        })
    };
    let close = {
        let opening = opening.clone();
        Callback::from(move |_: MouseEvent| opening.set(None))
    };
    let panel = opening.as_deref().map(|found| {
        let name = match found {
            Opening::Reading(name) | Opening::Refused { name, .. } => name,
            Opening::Json { file, .. } | Opening::Table { file, .. } => &file.name,
        };
        let body = match found {
            Opening::Reading(_) => html! { <p role="status">{ trf(lang, T::OpenedReading, &[("file", name)]) }</p> },
            Opening::Refused { problem, .. } => html! {
                <Notice kind={NoticeKind::Error}>
                    <p>{ tr(lang, T::OpenedRefused) }</p>
                    <p id="opened-problem">{ problem.render(lang) }</p>
                </Notice>
            },
            _ => {
                let buttons = choices(found, props.provider_empty).into_iter().map(|c| {
                    let (on_action, opening) = (props.on_action.clone(), opening.clone());
                    let (catalogs, today) = (props.catalogs.clone(), props.today);
                    let (what, (route, part)) = (c.what, c.to);
                    let onclick = Callback::from(move |_: MouseEvent| {
                        if let Some(found) = opening.as_deref() {
                            for action in actions(what, found, &catalogs, today) {
                                on_action.emit(action);
                            }
                        }
                        opening.set(None);
                        // To the view that shows the outcome, and to its part there.
                        go_to_step(route, part);
                    });
                    let label = tr(lang, c.label);
                    html! { <button type="button" id={c.id} class={classes!(c.primary.then_some("primary"))} {onclick}>{ label }</button> }
                });
                html! {
                    <>
                        { description(lang, found) }
                        <p class="opened-choose">{ tr(lang, T::OpenedChoose) }</p>
                        <div class="opened-actions">{ for buttons }</div>
                    </>
                }
            }
        };
        html! {
            <section class="card opened no-print" id="opened" tabindex="-1" aria-labelledby="opened-heading">
                <h2 id="opened-heading">{ trf(lang, T::OpenedHeading, &[("file", name)]) }</h2>
                { body }
                if !matches!(found, Opening::Reading(_)) {
                    <button type="button" id="opened-close" class="link-btn" onclick={close}>{ tr(lang, T::OpenCancel) }</button>
                }
            </section>
        }
    });
    html! {
        <section class="open-file no-print" aria-label={tr(lang, T::OpenFileRegion)}>
            <span class="open-file-entry">
                <label for="open-file">{ tr(lang, T::OpenFileLabel) }</label>
                <input id="open-file" type="file" class="visually-hidden"
                    accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    onchange={on_file} />
            </span>
            <span class="open-file-hint">{ tr(lang, T::OpenFileHint) }</span>
            { for panel }
        </section>
    }
}
