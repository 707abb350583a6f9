//! The respondent's banner: whose questionnaire this is, how far it is answered, and the
//! file to send back.

use selfcheck_core::messages::Describe;
use selfcheck_core::report::writable::check_report_to_save;
use selfcheck_core::report::{draft_provider_report, write_report};
use selfcheck_core::team::questionnaire::file_name;
use selfcheck_core::{Answer, Date, Lang};
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, trf, T};
use crate::platform::{clock, signing};
use crate::state::{ProviderState, SigningKey};

#[derive(Properties, PartialEq)]
pub struct QuestionnaireBannerProps {
    pub lang: Lang,
    pub provider: ProviderState,
    pub today: Date,
    /// The respondent's signing key, if one is kept in this browser: the answered file is
    /// signed with it, so the lead's merge can say who answered.
    #[prop_or_default]
    pub signing_key: Option<SigningKey>,
}

#[function_component]
pub fn QuestionnaireBanner(props: &QuestionnaireBannerProps) -> Html {
    let lang = props.lang;
    let Some(q) = props.provider.work.questionnaire.as_ref() else { return html! {} };
    let answered = q
        .items
        .iter()
        .filter(|id| props.provider.work.answers.get(*id).and_then(Answer::effective_status).is_some())
        .count();
    // Why the answered file was not saved: it would not read back.
    let refused = use_state(|| None::<String>);
    let sign = props.signing_key.is_some();
    let send_back = {
        let (provider, today, refused) = (props.provider.clone(), props.today, refused.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(owner) = provider.work.questionnaire.as_ref().map(|q| q.owner.clone()) else { return };
            let mut report = draft_provider_report(&provider.work, &clock::now_rfc3339(), today);
            let text = write_report(&mut report);
            if let Err(why) = check_report_to_save(&report, &text) {
                return refused.set(Some(why.message(lang)));
            }
            let refused = refused.clone();
            signing::save_report_json(file_name(&owner, today, true), text, sign, lang, move |saved| {
                refused.set(saved.err())
            });
        })
    };
    let issued = trf(
        lang,
        if q.issued_by.is_empty() { T::QuestionnaireIssuedAt } else { T::QuestionnaireIssuedBy },
        &[("by", &q.issued_by), ("when", &q.issued_at.wall_clock())],
    );
    html! {
        <section class="card questionnaire-banner" id="questionnaire-banner" role="region" aria-labelledby="questionnaire-heading">
            <h2 id="questionnaire-heading">{ trf(lang, T::QuestionnaireFor, &[("owner", &q.owner)]) }</h2>
            <p>{ issued }{ " " }{ trf(lang, T::QuestionnaireProgress, &[("answered", &answered.to_string()), ("total", &q.items.len().to_string())]) }</p>
            if !q.instructions.is_empty() {
                <div class="questionnaire-instructions" id="questionnaire-instructions">
                    <h3>{ tr(lang, T::QuestionnaireInstructionsHeading) }</h3>
                    <p>{ q.instructions.clone() }</p>
                </div>
            }
            <p class="help">{ tr(lang, T::QuestionnaireHelp) }</p>
            <button type="button" class="primary" id="download-return" onclick={send_back}>{ tr(lang, T::QuestionnaireReturn) }</button>
            <p class="who" id="return-signing">
                { match &props.signing_key {
                    Some(key) => trf(lang, T::QuestionnaireSignedWith, &[("fingerprint", &key.fingerprint)]),
                    None => tr(lang, T::QuestionnaireUnsigned).to_string(),
                } }
            </p>
            if let Some(message) = &*refused {
                <Notice kind={NoticeKind::Error}><span id="return-refused">{ tr(lang, T::DownloadRefused) }{ " " }{ message.clone() }</span></Notice>
            }
        </section>
    }
}
