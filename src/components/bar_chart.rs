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

// A bar is a small SVG of its own, stretched to the row's width; its label and figure
// are text of the page, so they keep their size on a phone (drawn inside one scaled
// SVG, they shrank to 7 px at 360). Whole units: no float is printed (float printing
// costs the wasm ~15 KB).
pub(crate) const BAR: u32 = 290;

/// How much of a bar `score` fills, in its viewBox units, rounded down like the figure
/// beside it (a nearly full bar is not full).
pub(crate) fn filled(score: Option<f64>) -> u32 {
    (f64::from(BAR) * score.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0).floor() as u32
}

/// One bar: its track and what is filled (`class` colours it), `height` units tall.
pub(crate) fn bar(class: Classes, score: Option<f64>, height: u32) -> Html {
    let radius = (height / 2).to_string();
    html! {
        <svg class="bar" viewBox={format!("0 0 {BAR} {height}")} preserveAspectRatio="none" aria-hidden="true"
            height={height.to_string()}>
            <rect class="bar-track" x="0" y="0" width={BAR.to_string()} height={height.to_string()} rx={radius.clone()} />
            <rect class={class} x="0" y="0" width={filled(score).to_string()} height={height.to_string()} rx={radius} />
        </svg>
    }
}

/// Horizontal bars drawn by the app itself (no chart library, works offline and in
/// print), one list item each: the label, the bar, its figures as text.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    html! {
        <figure class="chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <ul class="bar-chart">
                { for props.bars.iter().map(|b| {
                    let band = match b.score {
                        None => "bar-none",
                        Some(s) if s >= 80.0 => "bar-good",
                        Some(s) if s >= 50.0 => "bar-fair",
                        Some(_) => "bar-poor",
                    };
                    let figure = format!("{} · {}", percent(b.score), b.detail);
                    html! {
                        <li class="bar-row" data-label={b.label.clone()}>
                            <span class="bar-label">{ &b.label }</span>
                            { bar(classes!("bar-value", band), b.score, 8) }
                            <span class="bar-figure">{ figure }</span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
#[cfg(test)]
mod tests {
    use super::{filled, BAR};

    #[test]
    fn a_bar_is_filled_in_proportion_rounded_down_and_never_past_its_track() {
        assert_eq!(
            [Some(50.0), Some(100.0), None, Some(99.9), Some(150.0), Some(-5.0)].map(filled),
            [145, BAR, 0, 289, BAR, 0]
        );
    }
}
