use selfcheck_core::agency::{rule_texts, FitGap};
use selfcheck_core::{sources, Lang};
use yew::prelude::*;

/// One reason with its citation; standards are marked as guidance. `code` is a reason or
/// fit-check code (its words and citation come from the rules file); `detail` is extra
/// text after the reason (e.g. a date).
// A view function, not a component: drawn once per reason in a list.
pub fn rule_reason(lang: Lang, code: &'static str, detail: Option<String>) -> Html {
    let rule = rule_texts(code);
    let source = sources::find(&rule.reference.source);
    let guidance = source.is_some_and(|s| s.guidance);
    html! {
        <li class="reason" data-code={code}>
            <span class="reason-text">{ rule.text.get(lang) }</span>
            if let Some(detail) = detail { { " " }{ detail } }
            <cite class="reason-ref">
                { source.map(|s| s.short.get(lang).to_string()).unwrap_or_default() }{ " " }{ rule.reference.clause.get(lang) }
            </cite>
            if guidance {
                <span class="tag tag-guidance">{ crate::i18n::tr(lang, crate::i18n::T::FooterGuidance) }</span>
            }
        </li>
    }
}

/// What a fit gap says beyond its reason: the date a dated gap names (when the platform's
/// result lapses), or the provider's items it cites.
pub fn fit_detail(lang: Lang, gap: &FitGap) -> Option<String> {
    use crate::i18n::{trf, T};
    gap.date.map(|d| trf(lang, T::FitExpiredOn, &[("date", &d.to_string())])).or_else(|| {
        (!gap.items.is_empty()).then(|| trf(lang, T::FitProviderItems, &[("items", &gap.items.join(", "))]))
    })
}
