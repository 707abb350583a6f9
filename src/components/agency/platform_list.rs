use selfcheck_core::agency::provider_report::{ProviderReportSummary, Trust};
use selfcheck_core::messages::Message;
use selfcheck_core::report::signature::{normalize_fingerprint, SignatureState};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::agency::platform_tools::PlatformTools;
use crate::components::deadline_panel::alert_text;
use crate::components::select::{
    in_china_options, in_china_value, level_options, level_value, parse_in_china, parse_tier, tier_options, tier_value,
    Select,
};
use crate::i18n::{labels, trf};
use crate::i18n::{tr, T};
use crate::platform::events;
use crate::platform::{files, sheets};
use crate::state::{AgencyAction, ImportMode, PlatformEdit, PlatformEntry, PlatformImportOutcome, PlatformNameProblem};

#[derive(Properties, PartialEq)]
pub struct PlatformListProps {
    pub lang: Lang,
    pub platforms: std::rc::Rc<Vec<PlatformEntry>>,
    pub error: Option<(u64, PlatformNameProblem)>,
    #[prop_or_default]
    pub report_problem: Option<(u64, Message)>,
    /// Importing platforms from a file: add (update by name) or replace, and what the
    /// last import did.
    #[prop_or_default]
    pub import_mode: ImportMode,
    #[prop_or_default]
    pub import_outcome: Option<PlatformImportOutcome>,
    pub on_action: Callback<AgencyAction>,
}

/// The cloud platforms the unit is considering, with what the fit checks need.
#[function_component]
pub fn PlatformList(props: &PlatformListProps) -> Html {
    let lang = props.lang;
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::AddPlatform))
    };
    html! {
        <section class="card platforms" id="platforms" tabindex="-1" aria-labelledby="platforms-heading">
            <h2 id="platforms-heading">{ tr(lang, T::PlatformsHeading) }</h2>
            <PlatformTools lang={lang} platforms={props.platforms.clone()} mode={props.import_mode}
                outcome={props.import_outcome.clone()} on_action={props.on_action.clone()} />
            if props.platforms.is_empty() {
                <p class="empty">{ tr(lang, T::PlatformsEmpty) }</p>
            }
            { for props.platforms.iter().map(|entry| {
                let error = props.error.filter(|(id, _)| *id == entry.id).map(|(_, problem)| problem);
                let report_problem = props.report_problem.as_ref().filter(|(id, _)| *id == entry.id).map(|(_, m)| m.clone());
                html! { <PlatformEditor key={entry.id} lang={lang} entry={entry.clone()} error={error} report_problem={report_problem} on_action={props.on_action.clone()} /> }
            }) }
            <button type="button" id="add-platform" onclick={add}>{ tr(lang, T::AddPlatform) }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlatformEditorProps {
    lang: Lang,
    entry: PlatformEntry,
    error: Option<PlatformNameProblem>,
    report_problem: Option<Message>,
    on_action: Callback<AgencyAction>,
}

#[function_component]
fn PlatformEditor(props: &PlatformEditorProps) -> Html {
    let lang = props.lang;
    let (id, p) = (props.entry.id, &props.entry.platform);
    let send = |make: fn(String) -> PlatformEdit| {
        let on_action = props.on_action.clone();
        move |value: String| on_action.emit(AgencyAction::EditPlatform { id, edit: make(value) })
    };
    let on_input = |make: fn(String) -> PlatformEdit| {
        let send = send(make);
        Callback::from(move |e: InputEvent| send(events::value(&e)))
    };
    let on_change = |make: fn(String) -> PlatformEdit| {
        let send = send(make);
        Callback::from(move |e: Event| send(events::value(&e)))
    };
    let pick = |make: fn(String) -> PlatformEdit| Callback::from(send(make));
    let delete = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(AgencyAction::DeletePlatform(id)))
    };
    let on_report = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen_file(&e) else { return };
            let on_action = on_action.clone();
            sheets::read_provider_report(file, move |read| {
                on_action.emit(AgencyAction::PlatformFromReport { id, report: read.map(Box::new) });
            });
        })
    };
    // What was typed as the provider's key fingerprint, while it is not one.
    let fingerprint_typed = use_state(|| None::<String>);
    let on_fingerprint = {
        let (on_action, typed) = (props.on_action.clone(), fingerprint_typed.clone());
        Callback::from(move |e: Event| {
            let text = events::value(&e);
            let recorded = match normalize_fingerprint(&text) {
                _ if text.trim().is_empty() => None,
                Some(fingerprint) => Some(fingerprint),
                None => return typed.set(Some(text)),
            };
            typed.set(None);
            on_action.emit(AgencyAction::EditPlatform { id, edit: PlatformEdit::ExpectedFingerprint(recorded) });
        })
    };
    let fid = |name: &str| format!("platform-{id}-{name}");
    let name_error = props.error.map(|problem| match problem {
        PlatformNameProblem::Empty => tr(lang, T::PlatformNameEmpty),
        PlatformNameProblem::Duplicate => tr(lang, T::PlatformNameTaken),
    });
    html! {
        <fieldset class="platform-editor" data-platform-id={id.to_string()}>
            <legend>{ if p.name.trim().is_empty() { tr(lang, T::Unnamed).to_string() } else { p.name.clone() } }</legend>
            <div class="field-grid">
                <div class="field">
                    <label for={fid("name")}>{ tr(lang, T::PlatformName) }</label>
                    // Committed on change: a rename carries its workloads along, and must not
                    // do so for every intermediate spelling typed on the way.
                    <input id={fid("name")} type="text" value={p.name.clone()} onchange={on_change(PlatformEdit::Name)}
                        aria-invalid={name_error.map(|_| "true")} />
                    if let Some(message) = name_error { <p class="field-error">{ message }</p> }
                </div>
                <div class="field">
                    <label for={fid("provider")}>{ tr(lang, T::PlatformProvider) }</label>
                    <input id={fid("provider")} type="text" value={p.provider.clone()} oninput={on_input(PlatformEdit::Provider)} />
                </div>
                <div class="field">
                    <label for={fid("published")}>{ tr(lang, T::PlatformPublished) }</label>
                    <input id={fid("published")} type="date" value={p.result_published.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={on_change(|v| PlatformEdit::ResultPublished(events::parse_date_input(&v)))} />
                </div>
                <div class="field">
                    <label for={fid("tier")}>{ tr(lang, T::PlatformTier) }</label>
                    <Select id={fid("tier")} options={tier_options(lang)} value={tier_value(p.tier)}
                        on_change={pick(|v| PlatformEdit::Tier(parse_tier(&v)))} />
                </div>
                <div class="field">
                    <label for={fid("level")}>{ tr(lang, T::PlatformLevel) }</label>
                    <Select id={fid("level")} options={level_options(lang)} value={level_value(p.mlps_level)}
                        on_change={pick(|v| PlatformEdit::MlpsLevel(v.parse().ok()))} />
                </div>
                <div class="field">
                    <label for={fid("china")}>{ tr(lang, T::PlatformInChina) }</label>
                    <Select id={fid("china")} options={in_china_options(lang)} value={in_china_value(p.data_centres_in_china)}
                        on_change={pick(|v| PlatformEdit::InChina(parse_in_china(&v)))} />
                </div>
            </div>
            <div class="field expected-fingerprint">
                <label for={fid("fingerprint")}>{ tr(lang, T::PlatformExpectedFingerprint) }</label>
                <input id={fid("fingerprint")} type="text" spellcheck="false" autocomplete="off"
                    value={(*fingerprint_typed).clone().or_else(|| p.expected_fingerprint.clone()).unwrap_or_default()}
                    onchange={on_fingerprint} aria-invalid={fingerprint_typed.is_some().then_some("true")}
                    aria-describedby={fid("fingerprint-help")} />
                <p class="help" id={fid("fingerprint-help")}>{ tr(lang, T::PlatformExpectedFingerprintHelp) }</p>
                if fingerprint_typed.is_some() {
                    <p class="field-error" id={fid("fingerprint-problem")}>{ tr(lang, T::PlatformFingerprintInvalid) }</p>
                }
            </div>
            <div class="field provider-report-load">
                <label for={fid("report")}>{ tr(lang, T::PlatformFromReport) }</label>
                <input id={fid("report")} type="file" accept=".json,application/json" onchange={on_report} />
                if let Some(problem) = &props.report_problem {
                    <p class="field-error" id={fid("report-problem")}>{ problem.render(lang) }</p>
                }
            </div>
            if let Some(report) = &p.provider_report {
                { provider_report(lang, id, report, p.data_centres_in_china, p.expected_fingerprint.as_deref()) }
            }
            <button type="button" class="danger" onclick={delete}>{ tr(lang, T::DeletePlatform) }</button>
        </fieldset>
    }
}

/// Who signed the provider's report, and whether that is the key recorded.
fn signer_line(lang: Lang, id: u64, report: &ProviderReportSummary, expected: Option<&str>) -> Html {
    let (state, class, text) = match &report.signer {
        None => ("unsigned", "trust-bad", tr(lang, T::ProviderReportUnsigned).to_string()),
        Some(s) if s.state != SignatureState::Valid => {
            ("does-not-match", "trust-bad", tr(lang, T::ProviderReportSignatureBroken).to_string())
        }
        Some(s) => {
            let (state, class, key) = match expected {
                None => ("not-recorded", "trust-warn", T::ProviderReportSignerNotRecorded),
                Some(e) if s.is_key(e) => ("recorded", "trust-ok", T::ProviderReportSignerRecorded),
                Some(_) => ("other-key", "trust-bad", T::ProviderReportSignerOther),
            };
            (state, class, trf(lang, key, &[("fingerprint", &s.fingerprint), ("when", &s.signed_at)]))
        }
    };
    html! {
        <p class={classes!("signer", class)} id={format!("platform-{id}-signer")} data-signer={state}>{ text }</p>
    }
}

/// What the provider's report said, and whether it can be relied on.
/// `in_china`: the platform's record as it stands now.
fn provider_report(
    lang: Lang,
    id: u64,
    report: &ProviderReportSummary,
    in_china: Option<bool>,
    expected: Option<&str>,
) -> Html {
    let (trust_class, trust_text) = match report.trust {
        Trust::Consistent => ("trust-ok", tr(lang, T::ProviderReportConsistent)),
        Trust::Edited => ("trust-bad", tr(lang, T::ProviderReportEdited)),
        Trust::Inconsistent => ("trust-bad", tr(lang, T::ProviderReportInconsistent)),
    };
    html! {
        <div class="provider-report" id={format!("platform-{id}-provider-report")} data-trust={format!("{:?}", report.trust).to_lowercase()}>
            <p><strong>{ tr(lang, T::ProviderReportHeading) }</strong>{ " " }
                <span class={classes!("trust", trust_class)}>{ trust_text }</span></p>
            <p class="who report-made">{ trf(lang, T::ProviderReportMade, &[("when", &report.generated_at), ("digest", &report.digest)]) }</p>
            { signer_line(lang, id, report, expected) }
            <p class="provider-status" data-status={report.status.code()}>{ labels::overall(lang, report.status) }</p>
            if !report.open_red_lines.is_empty() {
                <p>{ tr(lang, T::ProviderReportRedLines) }</p>
                <ul class="provider-red-lines">
                    { for report.open_red_lines.iter().map(|r| html! {
                        <li data-item-id={r.item_id.clone()}><span class="gap-id">{ &r.item_id }</span>{ " " }{ r.title.get(lang) }</li>
                    }) }
                </ul>
            }
            if let Some(expires) = report.expires_on {
                <p class="who">{ trf(lang, T::ProviderReportExpires, &[("date", &expires.to_string())]) }</p>
            }
            { crate::components::agency::report_location::report_location(lang, id, report, in_china) }
            { for report.alerts.iter().map(|a| html! { <p class="field-error">{ alert_text(lang, a).0 }</p> }) }
        </div>
    }
}
