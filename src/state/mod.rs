//! All UI state, owned by one reducer (the `function_todomvc` pattern): views read
//! `AppState` and send `Action`s; nothing else mutates state.

mod agency;
mod answer_edit;
mod provider;

use std::rc::Rc;

use selfcheck_core::Lang;
use yew::Reducible;

pub use agency::{
    AgencyAction, AgencyState, Entry, ImportMode, ImportOutcome, PlatformEdit, WorkloadEdit,
    PAGE_SIZE,
};
pub use answer_edit::{AnswerEdit, AnswerField};
pub use provider::{Filter, ProfileEdit, ProviderAction, ProviderState};

use crate::route::Route;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    /// False once the browser refused to store something: the UI then warns that
    /// choices live in memory only.
    pub storage_available: bool,
    pub provider: ProviderState,
    pub agency: AgencyState,
}

impl AppState {
    pub fn new(lang: Lang, route: Route) -> Self {
        AppState {
            lang,
            route,
            storage_available: true,
            provider: ProviderState::default(),
            agency: AgencyState::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Navigate(Route),
    StorageUnavailable,
    Provider(ProviderAction),
    Agency(AgencyAction),
}

impl AppState {
    /// The pure transition, kept apart from `Reducible` so native tests can call it.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::StorageUnavailable => next.storage_available = false,
            Action::Provider(action) => next.provider.apply(action),
            Action::Agency(action) => next.agency.apply(action),
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self // unchanged: keep the same Rc so Yew skips a re-render
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_only_their_own_field() {
        let start = AppState::new(Lang::ZhCn, Route::Provider);
        let english = start.apply(Action::SetLang(Lang::En));
        assert_eq!(
            english,
            AppState {
                lang: Lang::En,
                ..start.clone()
            }
        );
        let report = english.apply(Action::Navigate(Route::Report));
        assert_eq!(
            report,
            AppState {
                route: Route::Report,
                ..english.clone()
            }
        );
        let no_storage = report.apply(Action::StorageUnavailable);
        assert!(!no_storage.storage_available);
        assert_eq!(no_storage.lang, Lang::En);
    }

    #[test]
    fn unchanged_state_keeps_the_same_rc() {
        let state = Rc::new(AppState::new(Lang::ZhCn, Route::Agency));
        let same = state.clone().reduce(Action::Navigate(Route::Agency));
        assert!(Rc::ptr_eq(&state, &same));
    }
}
