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

// Geometry in viewBox units. A narrow box keeps text legible when the chart is
// scaled down to a phone; the figure sits beside the bar, the label above it.
// Whole units, so no float is ever printed (float printing costs the wasm ~15 KB).
const WIDTH: u32 = 420;
const BAR: u32 = 290;
const ROW: u32 = 36;
const LABEL_FONT: f64 = 10.0;

/// Shortens a label to fit the chart's width, estimating CJK glyphs as 1 em and
/// others as 0.55 em, and marks the cut with an ellipsis.
pub fn fit_label(label: &str) -> String {
    let width = |c: char| if c.is_ascii() { 0.55 } else { 1.0 } * LABEL_FONT;
    let total: f64 = label.chars().map(width).sum();
    if total <= f64::from(WIDTH) {
        return label.to_string();
    }
    let mut used = width('…');
    let mut out = String::new();
    for c in label.chars() {
        used += width(c);
        if used > f64::from(WIDTH) {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_string() + "…"
}

/// Horizontal bars drawn as SVG by the app itself (no chart library, works offline
/// and in print). Each bar also carries its figures as text for screen readers.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let height = ROW * props.bars.len() as u32;
    html! {
        <figure class="chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg
                class="bar-chart"
                viewBox={format!("0 0 {WIDTH} {height}")}
                preserveAspectRatio="xMinYMin meet"
                width="100%"
                role="img"
                aria-label={props.title.clone()}
            >
                { for props.bars.iter().enumerate().map(|(i, bar)| {
                    let y = i as u32 * ROW;
                    // Rounded down, like the figure beside it: a nearly full bar is not full.
                    let filled = (f64::from(BAR) * bar.score.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0).floor() as u32;
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
                            <text class="bar-label" x="0" y={(y + 12).to_string()}>{ fit_label(&bar.label) }</text>
                            <rect class="bar-track" x="0" y={(y + 17).to_string()} width={BAR.to_string()} height="8" rx="4" />
                            <rect class={classes!("bar-value", band)} x="0" y={(y + 17).to_string()}
                                width={filled.to_string()} height="8" rx="4" />
                            <text class="bar-figure" x={WIDTH.to_string()} y={(y + 25).to_string()} text-anchor="end">{ figure }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::fit_label;

    #[test]
    fn short_labels_are_kept_and_long_ones_elided() {
        assert_eq!(fit_label("供应链安全"), "供应链安全");
        let long = "Self-check for cloud platforms serving Party and government departments (2014 Opinion)";
        let fitted = fit_label(long);
        assert!(fitted.ends_with('…') && fitted.len() < long.len(), "{fitted}");
        assert_eq!(fit_label(&"云".repeat(60)).chars().count(), 42);
    }
}
