//! The report as a document to sign, one role at a time: a cover that stands alone
//! (who, what, the status as the headline, the worst gaps, the digest and how to
//! check it), then the body, then the signature and seal. A section with nothing to say
//! is not printed, and nothing meant for the screen is.

mod agency;
mod cover;
mod provider;

use std::rc::Rc;

use selfcheck_core::report::{draft_agency_report, draft_provider_report, write_report, Report, Role};
use selfcheck_core::{Date, Lang};
use yew::prelude::*;

use crate::components::{scroll_table, Notice, NoticeKind};
use crate::i18n::{tr, T};
use crate::platform::{clock, signing};
use crate::state::{AgencyState, ProviderState, SigningKey};

/// The printed report, with the JSON text it would be downloaded as (the cover names
/// its digest; "save the JSON of this printout" saves exactly these bytes).
#[derive(PartialEq)]
struct Printed {
    report: Report,
    json: String,
}

#[derive(Properties, PartialEq)]
pub struct PrintoutProps {
    pub lang: Lang,
    pub provider: ProviderState,
    pub agency: AgencyState,
    pub today: Date,
    /// Changes whenever the inputs do, so the report is rebuilt only then.
    pub revision: u64,
    /// This browser's signing key: the cover prints its fingerprint, and the JSON of the
    /// printout is saved signed with it.
    #[prop_or_default]
    pub signing_key: Option<SigningKey>,
}

/// The role printed first: the one with work, the provider's when both or neither have.
fn first_role(provider: &ProviderState, agency: &AgencyState) -> Role {
    if provider.work.is_empty() && !agency.work.is_empty() {
        Role::Agency
    } else {
        Role::Provider
    }
}

#[function_component]
pub fn Printout(props: &PrintoutProps) -> Html {
    let lang = props.lang;
    let chosen = use_state(|| None::<Role>);
    let role = chosen.unwrap_or_else(|| first_role(&props.provider, &props.agency));
    let printed: Rc<Printed> = {
        let (provider, agency, today) = (props.provider.clone(), props.agency.clone(), props.today);
        use_memo((props.revision, props.today, role), move |(_, _, role)| {
            let now = clock::now_rfc3339();
            let mut report = match role {
                Role::Provider => draft_provider_report(&provider.work, &now, today),
                Role::Agency => draft_agency_report(&agency.work, &now, today).into_owned(),
            };
            let json = write_report(&mut report);
            Printed { report, json }
        })
    };
    // Why the JSON of the printout was not saved: it would not read back.
    let refused = use_state(|| None::<String>);
    let signed = props.signing_key.is_some();
    let save_json = {
        let (printed, refused) = (printed.clone(), refused.clone());
        Callback::from(move |_: MouseEvent| {
            let report = &printed.report;
            if let Err(message) = selfcheck_core::report::writable::check_report_to_save(report, &printed.json) {
                return refused.set(Some(selfcheck_core::messages::Describe::message(&message, lang)));
            }
            // Exactly these bytes, signed: the digest on the cover stays theirs.
            let refused = refused.clone();
            signing::save_report_json(report.file_name(), printed.json.clone(), signed, lang, move |saved| {
                refused.set(saved.err())
            });
        })
    };
    let signer = props.signing_key.as_ref().map(|k| k.fingerprint.as_str());
    let choose = |to: Role| {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(Some(to)))
    };
    let report = &printed.report;
    html! {
        <article class="card preview report-document" aria-labelledby="preview-heading" data-role={role.code()}>
            <h2 id="preview-heading" class="no-print">{ tr(lang, T::PreviewHeading) }</h2>
            <p class="no-print help">{ tr(lang, T::PreviewHelp) }</p>
            <div class="button-row no-print" role="group" aria-label={tr(lang, T::PrintRoleLabel)}>
                <button type="button" id="print-role-provider" aria-pressed={(role == Role::Provider).to_string()}
                    onclick={choose(Role::Provider)}>{ tr(lang, T::PrintRoleProvider) }</button>
                <button type="button" id="print-role-agency" aria-pressed={(role == Role::Agency).to_string()}
                    onclick={choose(Role::Agency)}>{ tr(lang, T::PrintRoleAgency) }</button>
                <button type="button" id="download-printed-json" onclick={save_json}>{ tr(lang, T::PreviewSaveJson) }</button>
            </div>
            if let Some(message) = &*refused {
                <div class="no-print">
                    <Notice kind={NoticeKind::Error}><span id="printed-json-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span></Notice>
                </div>
            }
            { match (role, &report.provider, &report.agency) {
                (Role::Provider, Some(section), _) => html! {
                    <>
                        { cover::provider_cover(lang, report, section, &props.provider.work.catalogs, signer) }
                        { provider::body(lang, report, section, &props.provider.work.catalogs) }
                    </>
                },
                (Role::Agency, _, Some(section)) => html! {
                    <>
                        { cover::agency_cover(lang, report, section, signer) }
                        { agency::body(lang, report, section) }
                    </>
                },
                _ => html! {},
            } }
            <section class="sign-off" id="report-sign-off">
                <h3>{ tr(lang, T::SignOffHeading) }</h3>
                <p>{ tr(lang, T::SignOffStatement) }</p>
                <div class="sign-grid">
                    <p>{ tr(lang, T::SignOffPerson) }<span class="sign-line"></span></p>
                    <p>{ tr(lang, T::SignOffSeal) }<span class="sign-line"></span></p>
                    <p>{ tr(lang, T::SignOffDate) }<span class="sign-line"></span></p>
                </div>
            </section>
        </article>
    }
}

/// The evidence files a report's answers list, with both fingerprints (printed only
/// when there are some).
fn evidence_section(lang: Lang, report: &Report) -> Html {
    use crate::components::evidence_files::size_text;
    use selfcheck_core::catalog::loaded;
    let evidence = report.evidence_files();
    if evidence.is_empty() {
        return html! {};
    }
    html! {
        <section class="report-part">
            <h3>{ tr(lang, T::PreviewEvidence) }</h3>
            { scroll_table(tr(lang, T::PreviewEvidence), html! {<table class="report-table evidence-table" id="preview-evidence">
                <colgroup><col class="w-evidence-item" /><col class="w-evidence-file" /><col class="w-hashes" /></colgroup>
                <thead><tr>
                    <th scope="col">{ tr(lang, T::ColumnItem) }</th>
                    <th scope="col">{ tr(lang, T::ColumnEvidenceFile) }</th>
                    <th scope="col">{ "SHA-256 / SM3" }</th>
                </tr></thead>
                <tbody>
                    { for evidence.iter().map(|(item, f)| html! {
                        <tr>
                            <td>{ loaded::local_id(item) }</td>
                            <td>{ &f.name }<br /><span class="who">{ size_text(f.size) }{ f.modified.as_ref().map(|t| format!(" · {}", t.wall_clock())).unwrap_or_default() }</span></td>
                            <td><code class="digest">{ &f.sha256 }</code><br /><code class="digest">{ &f.sm3 }</code></td>
                        </tr>
                    }) }
                </tbody>
            </table> }) }
        </section>
    }
}

/// "—" for what was not entered.
fn dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "、",
        Lang::En => ", ",
    }
}
