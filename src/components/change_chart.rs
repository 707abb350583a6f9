use yew::prelude::*;

use crate::components::bar_chart::bar;
use crate::i18n::labels::percent;

/// One row: a score before and after.
#[derive(Clone, PartialEq)]
pub struct Change {
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

#[derive(Properties, PartialEq)]
pub struct ChangeChartProps {
    pub title: AttrValue,
    pub rows: Vec<Change>,
}

/// Each row's score then (thin, grey) above its score now, drawn as `bar_chart` draws.
#[function_component]
pub fn ChangeChart(props: &ChangeChartProps) -> Html {
    html! {
        <figure class="chart change-chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <ul class="bar-chart">
                { for props.rows.iter().map(|row| {
                    let figure = format!("{} → {}", percent(row.before), percent(row.after));
                    let band = match (row.before, row.after) {
                        (Some(b), Some(a)) if a < b => "bar-poor",
                        (_, Some(_)) => "bar-good",
                        _ => "bar-none",
                    };
                    html! {
                        <li class="bar-row" data-label={row.label.clone()}>
                            <span class="bar-label">{ &row.label }</span>
                            <span class="bar-pair">
                                { bar(classes!("bar-before"), row.before, 5) }
                                { bar(classes!("bar-value", band), row.after, 8) }
                            </span>
                            <span class="bar-figure">{ figure }</span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
