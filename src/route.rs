//! The three views, addressed by URL hash (`#/provider`, …): path routes cannot work
//! from `file://`, hash routes can, and they keep the back button meaningful.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    /// A cloud service provider checks itself (2019 Measures, 2023 Convention).
    #[default]
    Provider,
    /// A Party/government unit classifies workloads before migration (2014 Opinion).
    Agency,
    /// The JSON gap report: review, download, resume.
    Report,
}

impl Route {
    pub const ALL: [Route; 3] = [Route::Provider, Route::Agency, Route::Report];

    /// The hash this view lives at, including the leading `#`.
    pub const fn hash(self) -> &'static str {
        match self {
            Route::Provider => "#/provider",
            Route::Agency => "#/agency",
            Route::Report => "#/report",
        }
    }

    /// Reads a `location.hash`; `None` when it names no view. In-page anchors such as
    /// the skip link's `#main` are not routes, so a hash change to them keeps the view.
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or_default();
        Route::ALL.into_iter().find(|route| route.hash().trim_start_matches("#/") == first)
    }

    /// The hash of one step of this view (`#/provider/checklist`): the step is the id of
    /// its part of the page.
    pub fn step_hash(self, step: &str) -> String {
        format!("{}/{step}", self.hash())
    }

    /// The view to open at start-up: an unknown or empty hash opens the default view
    /// rather than an error page, so a stale bookmark still lands somewhere useful.
    pub fn from_hash(hash: &str) -> Route {
        Route::parse(hash).unwrap_or_default()
    }
}

/// The step a hash names after its view (`#/provider/checklist` → `checklist`): an
/// element id, so letters, digits and hyphens only; anything else names no step.
pub fn step_of(hash: &str) -> Option<&str> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let step = path.split('?').next()?.split('/').nth(1)?;
    let plain = !step.is_empty() && step.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    plain.then_some(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for route in Route::ALL {
            assert_eq!(Route::from_hash(route.hash()), route);
        }
    }

    #[test]
    fn tolerant_of_missing_slash_and_trailing_parts() {
        assert_eq!(Route::from_hash("#agency"), Route::Agency);
        assert_eq!(Route::from_hash("#/report/"), Route::Report);
        assert_eq!(Route::from_hash("#/report?x=1"), Route::Report);
    }

    #[test]
    fn in_page_anchors_are_not_routes() {
        assert_eq!(Route::parse("#main"), None);
        assert_eq!(Route::parse("#/agency"), Some(Route::Agency));
    }

    #[test]
    fn unknown_or_empty_hash_opens_the_provider_view() {
        assert_eq!(Route::from_hash(""), Route::Provider);
        assert_eq!(Route::from_hash("#"), Route::Provider);
        assert_eq!(Route::from_hash("#/nope"), Route::Provider);
    }

    #[test]
    fn a_step_is_the_part_after_the_view() {
        assert_eq!(step_of(&Route::Provider.step_hash("checklist")), Some("checklist"));
        assert_eq!(Route::from_hash("#/agency/platforms"), Route::Agency, "still the view");
        assert_eq!(step_of("#/agency/agency-profile?x=1"), Some("agency-profile"));
        for none in ["#/agency", "#/agency/", "#main", "#/report/<b>", "#/report/a b", ""] {
            assert_eq!(step_of(none), None, "{none}");
        }
    }
}
