//! How domain values are named in the UI.

use selfcheck_core::agency::Verdict;
use selfcheck_core::catalog::ItemKind;
use selfcheck_core::messages::terms;
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::scoring::{OverallStatus, Severity, Tally};
use selfcheck_core::{Lang, Status};

use super::{tr, trf, T};
use crate::state::Filter;
use selfcheck_core::catalog::OutOfScope;

/// A status's name depends on the item: documents are "ready", requirements "met".
/// Worded by the core's table, which exports share.
pub fn status(lang: Lang, kind: ItemKind, status: Status) -> &'static str {
    terms::status(kind, status).text(lang)
}

pub fn severity(lang: Lang, severity: Severity) -> &'static str {
    terms::severity(severity).text(lang)
}

pub fn verdict(lang: Lang, verdict: Verdict) -> &'static str {
    terms::verdict(verdict).text(lang)
}

/// The tier a requirement belongs to (一般要求 / 增强要求).
pub fn tier_requirement(tier: CapabilityTier) -> T {
    match tier {
        CapabilityTier::General => T::TierRequirementGeneral,
        CapabilityTier::Enhanced => T::TierRequirementEnhanced,
    }
}

/// Why an item does not apply to this provider.
pub fn out_of_scope(lang: Lang, why: OutOfScope) -> String {
    match why {
        OutOfScope::EnhancedTier => tr(lang, T::OutOfScopeEnhanced).to_string(),
        OutOfScope::LevelNotSet { from } => trf(lang, T::OutOfScopeLevelNotSet, &[("from", &from.to_string())]),
        OutOfScope::LevelBelow { from, level } => {
            trf(lang, T::OutOfScopeLevelBelow, &[("from", &from.to_string()), ("level", &level.to_string())])
        }
    }
}

pub fn tier(tier: CapabilityTier) -> T {
    match tier {
        CapabilityTier::General => T::TierGeneral,
        CapabilityTier::Enhanced => T::TierEnhanced,
    }
}

pub fn overall(lang: Lang, status: OverallStatus) -> &'static str {
    terms::overall(status).text(lang)
}

/// The status as a headline, leading with the number unanswered (the core's wording).
pub fn status_line(lang: Lang, status: OverallStatus, tally: &Tally) -> String {
    terms::status_headline(status, tally, lang)
}

/// "12.8% (20 of 156 applicable items answered)": coverage with its counts.
pub fn coverage(lang: Lang, tally: &Tally) -> String {
    terms::coverage_text(tally, lang)
}

pub fn filter(filter: Filter) -> T {
    match filter {
        Filter::All => T::FilterAll,
        Filter::Unanswered => T::FilterUnanswered,
        Filter::Gaps => T::FilterGaps,
        Filter::Gating => T::FilterGating,
        Filter::Review => T::FilterReview,
    }
}

/// CSS class suffix for a status.
pub fn status_class(status: Option<Status>) -> &'static str {
    status.map_or("none", Status::code)
}

/// A score as shown (the core's wording, which the CLI shares).
pub use selfcheck_core::scoring::percent;

/// The colon after a label: full width in Chinese.
pub const fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "：",
        Lang::En => ": ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_so_nearly_ready_is_not_shown_as_100() {
        assert_eq!(percent(Some(99.99)), "99.9%");
        assert_eq!(percent(Some(100.0)), "100%");
        assert_eq!(percent(Some(0.68)), "0.6%");
        assert_eq!(percent(Some(0.0)), "0%");
        assert_eq!(percent(Some(12.05)), "12%");
        assert_eq!(percent(Some(50.5)), "50.5%");
        assert_eq!(percent(None), "—");
    }
}
