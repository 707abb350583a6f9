use yew::prelude::*;

use crate::i18n::labels::percent;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// 0–100, or `None` when there is nothing to score.
    pub score: Option<f64>,
    /// Extra text after the score, e.g. "12/40 answered".
    pub detail: String,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub title: AttrValue,
    pub bars: Vec<Bar>,
}

const WIDTH: f64 = 600.0;
const ROW: f64 = 40.0;

/// Horizontal bars drawn as SVG by the app itself (no chart library, works offline
/// and in print). Each bar also carries its figures as text for screen readers.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let height = ROW * props.bars.len() as f64;
    html! {
        <figure class="chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg
                class="bar-chart"
                viewBox={format!("0 0 {WIDTH} {height}")}
                width="100%"
                role="img"
                aria-label={props.title.clone()}
            >
                { for props.bars.iter().enumerate().map(|(i, bar)| {
                    let y = i as f64 * ROW;
                    let value = bar.score.unwrap_or(0.0).clamp(0.0, 100.0);
                    let band = match bar.score {
                        None => "bar-none",
                        Some(s) if s >= 80.0 => "bar-good",
                        Some(s) if s >= 50.0 => "bar-fair",
                        Some(_) => "bar-poor",
                    };
                    let figure = format!("{} · {}", percent(bar.score), bar.detail);
                    html! {
                        <g class="bar-row" data-label={bar.label.clone()}>
                            <title>{ format!("{}: {figure}", bar.label) }</title>
                            <text class="bar-label" x="0" y={(y + 14.0).to_string()}>{ bar.label.clone() }</text>
                            <text class="bar-figure" x={WIDTH.to_string()} y={(y + 14.0).to_string()} text-anchor="end">{ figure }</text>
                            <rect class="bar-track" x="0" y={(y + 20.0).to_string()} width={WIDTH.to_string()} height="10" rx="5" />
                            <rect class={classes!("bar-value", band)} x="0" y={(y + 20.0).to_string()}
                                width={(WIDTH * value / 100.0).to_string()} height="10" rx="5" />
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
