use selfcheck_core::catalog::{loaded, Catalog};
use selfcheck_core::scoring::{OverallStatus, Summary};
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::bar_chart::{Bar, BarChart};
use crate::i18n::{labels, tr, trf, T};
use crate::platform::later;

#[derive(Properties, PartialEq)]
pub struct ReadinessProps {
    pub lang: Lang,
    pub summary: std::rc::Rc<Summary>,
    /// The catalog whose areas are charted.
    pub catalog: AttrValue,
    /// The catalogs the provider loaded (their titles).
    pub catalogs: std::rc::Rc<Vec<Catalog>>,
}

fn answered_of(lang: Lang, answered: u32, total: u32) -> String {
    trf(lang, T::AnsweredOf, &[("answered", &answered.to_string()), ("total", &total.to_string())])
}

/// Overall status and score, then bar charts by catalog and by area.
#[function_component]
pub fn Readiness(props: &ReadinessProps) -> Html {
    let lang = props.lang;
    let summary = &props.summary;
    let status_class = match summary.status {
        OverallStatus::NotReady => "status-not-ready",
        OverallStatus::Incomplete => "status-incomplete",
        OverallStatus::GapsRemaining => "status-gaps",
        OverallStatus::Ready => "status-ready",
    };
    let catalog_bars: Vec<Bar> = summary
        .catalogs
        .iter()
        .filter_map(|score| {
            let catalog = loaded::find_catalog(&props.catalogs, &score.catalog_id)?;
            Some(Bar {
                label: catalog.title.get(lang).to_string(),
                score: score.tally.score(),
                detail: answered_of(lang, score.tally.answered(), score.tally.total()),
            })
        })
        .collect();
    // The areas of the catalog just chosen are charted a frame after its checklist is
    // drawn: a loaded catalog of 100 sections draws 100 bars (10–13 ms), which the person
    // who asked for the checklist should not wait for.
    let charted = use_state(|| props.catalog.clone());
    {
        let charted = charted.clone();
        use_effect_with(props.catalog.clone(), move |catalog| {
            if *charted != *catalog {
                let catalog = catalog.clone();
                later::soon(move || charted.set(catalog));
            }
        });
    }
    let selected = loaded::find_catalog(&props.catalogs, &charted);
    let area_bars: Vec<Bar> = summary
        .catalogs
        .iter()
        .filter(|c| c.catalog_id == charted.as_str())
        .flat_map(|c| &c.sections)
        .filter_map(|score| {
            let section = selected?.sections.iter().find(|s| s.id == score.section_id)?;
            Some(Bar {
                label: section.title.get(lang).to_string(),
                score: score.tally.score(),
                detail: answered_of(lang, score.tally.answered(), score.tally.total()),
            })
        })
        .collect();
    let overall = summary.overall;
    html! {
        <section class="card readiness" aria-labelledby="readiness-heading">
            <h2 id="readiness-heading">{ tr(lang, T::DashboardHeading) }</h2>
            <div class="readiness-head">
                <div class="big-score">
                    <span class="big-figure" id="overall-score">{ labels::percent(overall.score()) }</span>
                    <span class="big-caption">{ tr(lang, T::OverallReadiness) }</span>
                </div>
                <div class="big-score">
                    <span class="big-figure" id="overall-coverage">{ labels::percent(overall.coverage()) }</span>
                    <span class="big-caption">{ tr(lang, T::CoverageCaption) }</span>
                </div>
                <div class="big-score">
                    <span class="big-figure" id="answered-score">{ labels::percent(overall.answered_score()) }</span>
                    <span class="big-caption">{ tr(lang, T::AnsweredReadinessCaption) }</span>
                </div>
                <div>
                    <p class={classes!("overall-status", status_class)} id="overall-status" data-status={summary.status.code()}>
                        { labels::status_line(lang, summary.status, &overall) }
                    </p>
                    <p class="overall-counts">
                        { answered_of(lang, overall.answered(), overall.total()) }{ " · " }
                        <span id="unanswered-count">{ trf(lang, T::UnansweredCount, &[("count", &overall.unanswered.to_string())]) }</span>
                    </p>
                </div>
            </div>
            <BarChart title={tr(lang, T::ChartCatalogs)} bars={catalog_bars} />
            if let Some(catalog) = selected {
                <BarChart title={trf(lang, T::ChartAreas, &[("catalog", catalog.title.get(lang))])} bars={area_bars} />
            }
            <p class="scoring-rule">{ tr(lang, T::ScoringRule) }</p>
        </section>
    }
}
