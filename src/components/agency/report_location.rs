use selfcheck_core::agency::provider_report::ProviderReportSummary;
use selfcheck_core::Lang;
use yew::prelude::*;

use crate::i18n::{tr, trf, T};

/// Where a platform's data-centre location came from when it was filled from the
/// provider's report: the items answered, whether it was taken, and the places the
/// provider's profile lists (shown as written, never read as in or out of China).
// A view function, like `verdict_badge`: part of the platform's report summary.
/// `now`: the platform's record as it stands: a record changed since the report filled
/// it (by hand, or by a platforms file) is said to count, not the report.
pub fn report_location(lang: Lang, id: u64, report: &ProviderReportSummary, now: Option<bool>) -> Html {
    let note = match &report.location {
        None => tr(lang, T::ProviderReportLocationUnsettled).to_string(),
        Some(location) => {
            let items = location.items.iter().map(|a| a.item_id.as_str()).collect::<Vec<_>>().join(", ");
            let key = match (location.in_china, location.taken) {
                _ if location.taken && now != Some(location.in_china) => T::ProviderReportLocationChangedSince,
                (true, true) => T::ProviderReportInChina,
                (true, false) => T::ProviderReportInChinaNotTaken,
                (false, _) => T::ProviderReportNotAllInChina,
            };
            trf(lang, key, &[("items", &items)])
        }
    };
    let in_china = report.location.as_ref().map(|l| if l.in_china { "yes" } else { "no" }).unwrap_or("");
    let taken = report.location.as_ref().is_some_and(|l| l.taken);
    html! {
        <div class="report-location" id={format!("platform-{id}-report-location")}
            data-in-china={in_china} data-taken={taken.to_string()}>
            <p class="who">{ note }</p>
            if !report.data_centres.is_empty() {
                <p class="who">{ trf(lang, T::ProviderReportDataCentres, &[("places", &report.data_centres.join(if lang == Lang::En { ", " } else { "、" }))]) }</p>
            }
        </div>
    }
}
