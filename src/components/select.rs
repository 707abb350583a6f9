use yew::prelude::*;

use crate::platform::events;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    /// (value, label) of each option, in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The value shown as chosen; always follows the state, never the DOM's memory.
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

/// A `<select>` whose shown value always follows the state it is given.
#[function_component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        // Options can change while the value stays (a platform deleted): follow both.
        use_effect_with((props.value.clone(), props.options.clone()), move |(value, _)| {
            events::set_select_value(&node, value)
        });
    }
    let on_change = props.on_change.clone();
    html! {
        <select id={props.id.clone()} ref={node} onchange={move |e: Event| on_change.emit(events::value(&e))}>
            { for props.options.iter().map(|(value, label)| html! {
                <option value={value.clone()} selected={*value == props.value}>{ label.clone() }</option>
            }) }
        </select>
    }
}

/// "Not yet graded" and levels 1–5, as a select's options.
pub fn level_options(lang: selfcheck_core::Lang) -> Vec<(AttrValue, AttrValue)> {
    use crate::i18n::{tr, trf, T};
    let mut options = vec![(AttrValue::from(""), AttrValue::from(tr(lang, T::LevelNone)))];
    options.extend(selfcheck_core::agency::workload::MLPS_LEVELS.map(|l| {
        (AttrValue::from(l.to_string()), AttrValue::from(trf(lang, T::LevelShort, &[("level", &l.to_string())])))
    }));
    options
}

pub fn level_value(level: Option<u8>) -> AttrValue {
    level.map(|l| AttrValue::from(l.to_string())).unwrap_or_default()
}

/// "Not chosen", general, enhanced.
pub fn tier_options(lang: selfcheck_core::Lang) -> Vec<(AttrValue, AttrValue)> {
    use crate::i18n::{tr, T};
    vec![
        ("".into(), tr(lang, T::TierUnset).into()),
        ("general".into(), tr(lang, T::TierGeneral).into()),
        ("enhanced".into(), tr(lang, T::TierEnhanced).into()),
    ]
}

pub fn tier_value(tier: Option<selfcheck_core::profile::CapabilityTier>) -> AttrValue {
    use selfcheck_core::profile::CapabilityTier;
    match tier {
        None => "".into(),
        Some(CapabilityTier::General) => "general".into(),
        Some(CapabilityTier::Enhanced) => "enhanced".into(),
    }
}

pub fn parse_tier(value: &str) -> Option<selfcheck_core::profile::CapabilityTier> {
    use selfcheck_core::profile::CapabilityTier;
    match value {
        "general" => Some(CapabilityTier::General),
        "enhanced" => Some(CapabilityTier::Enhanced),
        _ => None,
    }
}

/// Whether all data centres are in China: not recorded, yes, not all.
pub fn in_china_options(lang: selfcheck_core::Lang) -> Vec<(AttrValue, AttrValue)> {
    use crate::i18n::{tr, T};
    vec![
        ("".into(), tr(lang, T::InChinaUnrecorded).into()),
        ("yes".into(), tr(lang, T::InChinaYes).into()),
        ("no".into(), tr(lang, T::InChinaNo).into()),
    ]
}

pub fn in_china_value(in_china: Option<bool>) -> AttrValue {
    match in_china {
        None => "".into(),
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
    }
}

pub fn parse_in_china(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}
