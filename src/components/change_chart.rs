use yew::prelude::*;

use crate::components::bar_chart::fit_label;
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

// Whole viewBox units, as in `bar_chart` (no float printing in the wasm).
const WIDTH: u32 = 420;
const BAR: u32 = 290;
const ROW: u32 = 44;

fn width_of(score: Option<f64>) -> String {
    ((f64::from(BAR) * score.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0).floor() as u32).to_string()
}

/// Each row's score then (thin, grey) above its score now, drawn as SVG by the app.
#[function_component]
pub fn ChangeChart(props: &ChangeChartProps) -> Html {
    let height = ROW * props.rows.len() as u32;
    html! {
        <figure class="chart change-chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg class="bar-chart" viewBox={format!("0 0 {WIDTH} {height}")} preserveAspectRatio="xMinYMin meet"
                width="100%" role="img" aria-label={props.title.clone()}>
                { for props.rows.iter().enumerate().map(|(i, row)| {
                    let y = i as u32 * ROW;
                    let figure = format!("{} → {}", percent(row.before), percent(row.after));
                    let band = match (row.before, row.after) {
                        (Some(b), Some(a)) if a < b => "bar-poor",
                        (_, Some(_)) => "bar-good",
                        _ => "bar-none",
                    };
                    html! {
                        <g class="bar-row" data-label={row.label.clone()}>
                            <title>{ format!("{}: {figure}", row.label) }</title>
                            <text class="bar-label" x="0" y={(y + 12).to_string()}>{ fit_label(&row.label) }</text>
                            <rect class="bar-track" x="0" y={(y + 17).to_string()} width={BAR.to_string()} height="5" rx="2" />
                            <rect class="bar-before" x="0" y={(y + 17).to_string()} width={width_of(row.before)} height="5" rx="2" />
                            <rect class="bar-track" x="0" y={(y + 25).to_string()} width={BAR.to_string()} height="8" rx="4" />
                            <rect class={classes!("bar-value", band)} x="0" y={(y + 25).to_string()} width={width_of(row.after)} height="8" rx="4" />
                            <text class="bar-figure" x={WIDTH.to_string()} y={(y + 33).to_string()} text-anchor="end">{ figure }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
