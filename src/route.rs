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

    /// The view to open at start-up: an unknown or empty hash opens the default view
    /// rather than an error page, so a stale bookmark still lands somewhere useful.
    pub fn from_hash(hash: &str) -> Route {
        Route::parse(hash).unwrap_or_default()
    }
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
}
