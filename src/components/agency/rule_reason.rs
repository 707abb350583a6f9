use selfcheck_core::agency::rule_texts;
use selfcheck_core::{sources, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RuleReasonProps {
    pub lang: Lang,
    /// A reason or fit-check code; its words and citation come from the rules file.
    pub code: AttrValue,
    /// Extra text after the reason (e.g. a date).
    #[prop_or_default]
    pub detail: Option<AttrValue>,
}

/// One reason with its citation; standards are marked as guidance.
#[function_component]
pub fn RuleReason(props: &RuleReasonProps) -> Html {
    let lang = props.lang;
    let rule = rule_texts(&props.code);
    let source = sources::find(&rule.reference.source);
    let guidance = source.is_some_and(|s| s.guidance);
    html! {
        <li class="reason" data-code={props.code.clone()}>
            <span class="reason-text">{ rule.text.get(lang) }</span>
            if let Some(detail) = &props.detail { { " " }{ detail.clone() } }
            <cite class="reason-ref">
                { source.map(|s| s.short.get(lang).to_string()).unwrap_or_default() }{ " " }{ rule.reference.clause.get(lang) }
            </cite>
            if guidance {
                <span class="tag tag-guidance">{ crate::i18n::tr(lang, crate::i18n::T::FooterGuidance) }</span>
            }
        </li>
    }
}
