use selfcheck_core::deadlines::{DeadlineAlert, Deadlines};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, trf, T};

#[derive(Properties, PartialEq)]
pub struct DeadlinePanelProps {
    pub lang: Lang,
    pub deadlines: Deadlines,
}

pub fn alert_text(lang: Lang, alert: &DeadlineAlert) -> (String, &'static str) {
    let date = |d: &selfcheck_core::Date| d.to_string();
    match alert {
        DeadlineAlert::Expired { expired_on } => {
            (trf(lang, T::AlertExpired, &[("date", &date(expired_on))]), "alert-critical")
        }
        DeadlineAlert::ReassessmentOverdue { apply_by } => {
            (trf(lang, T::AlertReassessmentOverdue, &[("date", &date(apply_by))]), "alert-critical")
        }
        DeadlineAlert::ReassessmentSoon { apply_by, days_left } => (
            trf(lang, T::AlertReassessmentSoon, &[("date", &date(apply_by)), ("days", &days_left.to_string())]),
            "alert-warning",
        ),
        DeadlineAlert::NewAssessmentRequired { change_on } => {
            (trf(lang, T::AlertNewAssessment, &[("date", &date(change_on))]), "alert-critical")
        }
        DeadlineAlert::ExitNoticeOverdue { notify_by } => {
            (trf(lang, T::AlertExitOverdue, &[("date", &date(notify_by))]), "alert-critical")
        }
        DeadlineAlert::ExitNoticeSoon { notify_by, days_left } => (
            trf(lang, T::AlertExitSoon, &[("date", &date(notify_by)), ("days", &days_left.to_string())]),
            "alert-warning",
        ),
    }
}

/// The dates that follow from the profile (Measures Arts. 12 and 14), and warnings.
#[function_component]
pub fn DeadlinePanel(props: &DeadlinePanelProps) -> Html {
    let lang = props.lang;
    let d = &props.deadlines;
    let lines = [
        (d.expires_on, T::DeadlineExpires, "deadline-expires"),
        (d.reassessment_apply_by, T::DeadlineReapply, "deadline-reapply"),
        (d.exit_notice_by, T::DeadlineExitNotice, "deadline-exit"),
    ];
    let any = lines.iter().any(|(date, _, _)| date.is_some());
    html! {
        <section class="card deadlines" aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">{ tr(lang, T::DeadlinesHeading) }</h2>
            if !any {
                <p class="empty">{ tr(lang, T::DeadlinesEmpty) }</p>
            }
            <ul class="deadline-list">
                { for lines.iter().filter_map(|(date, key, id)| date.map(|date| html! {
                    <li id={*id}>{ trf(lang, *key, &[("date", &date.to_string())]) }</li>
                })) }
            </ul>
            { for d.alerts.iter().map(|alert| {
                let (text, class) = alert_text(lang, alert);
                html! { <p class={classes!("deadline-alert", class)} role="status">{ text }</p> }
            }) }
        </section>
    }
}
