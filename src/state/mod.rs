//! All UI state, owned by one reducer (the `function_todomvc` pattern): views read
//! `AppState` and send `Action`s; nothing else mutates state.

mod agency;
mod answer_edit;
mod provider;

use std::rc::Rc;

use selfcheck_core::report::{LoadProblem, LoadWarning, Loaded, Report, Role};
use selfcheck_core::session::Session;
use selfcheck_core::Lang;
use yew::Reducible;

pub use agency::{
    AgencyAction, AgencyState, Entry, ImportMode, ImportOutcome, PlatformEdit, PlatformEntry, PlatformNameProblem,
    WorkloadEdit, PAGE_SIZE,
};
pub use answer_edit::{AnswerEdit, AnswerField};
pub use provider::{Filter, ProfileEdit, ProviderAction, ProviderState};

use crate::route::Route;

/// Whether what the user entered is in this browser's storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    #[default]
    Unchanged,
    Saved,
    /// Storage refused (full, disabled): the app keeps working in memory.
    Failed(String),
}

/// Where loading a report file stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportImport {
    /// Checked, with a warning the user must accept before anything changes.
    Pending(Box<Loaded>),
    /// `role` is `None` for an autosave file, which restores both roles.
    Done { role: Option<Role>, warnings: Vec<LoadWarning> },
    /// Refused: nothing changed.
    Refused(LoadProblem),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    pub provider: ProviderState,
    pub agency: AgencyState,
    /// Bumped whenever entered data changes; autosave follows it.
    pub revision: u64,
    pub save: SaveStatus,
    /// Why the saved session could not be restored when the page opened.
    pub restore_problem: Option<String>,
    pub report_import: Option<ReportImport>,
    /// "Clear all local data" waiting for its confirmation.
    pub confirm_clear: bool,
}

impl AppState {
    pub fn new(lang: Lang, route: Route) -> Self {
        AppState {
            lang,
            route,
            provider: ProviderState::default(),
            agency: AgencyState::default(),
            revision: 0,
            save: SaveStatus::Unchanged,
            restore_problem: None,
            report_import: None,
            confirm_clear: false,
        }
    }

    /// Start-up state with a restored session (or the reason it could not be restored).
    pub fn restored(lang: Lang, route: Route, session: Result<Option<Session>, String>) -> Self {
        let mut state = AppState::new(lang, route);
        match session {
            Ok(Some(session)) => {
                state.provider.set_inputs(session.provider);
                state.agency.set_inputs(session.agency);
            }
            Ok(None) => {}
            Err(problem) => state.restore_problem = Some(problem),
        }
        state
    }

    /// Everything entered, for autosave.
    pub fn session(&self) -> Session {
        Session::new(self.provider.inputs(), self.agency.inputs())
    }

    fn restore_report(&mut self, report: &Report) {
        if let Some(inputs) = report.provider_inputs() {
            self.provider.set_inputs(inputs);
        }
        if let Some(inputs) = report.agency_inputs() {
            self.agency.set_inputs(inputs);
        }
        self.report_import = Some(ReportImport::Done { role: Some(report.role), warnings: Vec::new() });
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Navigate(Route),
    Provider(ProviderAction),
    Agency(AgencyAction),
    Saved,
    SaveFailed(String),
    /// A report file passed every check (it may still carry warnings).
    ReportLoaded(Box<Loaded>),
    ReportRefused(LoadProblem),
    /// An autosave file (offered by the crash panel): restores both roles.
    SessionLoaded(Box<Session>),
    ConfirmReportImport,
    CancelReportImport,
    DismissReportImport,
    RequestClearAll,
    CancelClearAll,
    /// Local storage was cleared: start over with nothing entered.
    ClearedAll,
}

impl AppState {
    /// The pure transition, kept apart from `Reducible` so native tests can call it.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::Provider(action) => next.provider.apply(action),
            Action::Agency(action) => next.agency.apply(action),
            Action::Saved => next.save = SaveStatus::Saved,
            Action::SaveFailed(reason) => next.save = SaveStatus::Failed(reason),
            Action::ReportLoaded(loaded) => {
                if loaded.warnings.contains(&LoadWarning::DigestMismatch) {
                    next.report_import = Some(ReportImport::Pending(loaded));
                } else {
                    next.restore_report(&loaded.report);
                    next.report_import =
                        Some(ReportImport::Done { role: Some(loaded.report.role), warnings: loaded.warnings });
                }
            }
            Action::SessionLoaded(session) => {
                next.provider.set_inputs(session.provider);
                next.agency.set_inputs(session.agency);
                next.report_import = Some(ReportImport::Done { role: None, warnings: Vec::new() });
            }
            Action::ReportRefused(problem) => next.report_import = Some(ReportImport::Refused(problem)),
            Action::ConfirmReportImport => {
                if let Some(ReportImport::Pending(loaded)) = next.report_import.take() {
                    next.restore_report(&loaded.report);
                    next.report_import =
                        Some(ReportImport::Done { role: Some(loaded.report.role), warnings: loaded.warnings });
                }
            }
            Action::CancelReportImport | Action::DismissReportImport => next.report_import = None,
            Action::RequestClearAll => next.confirm_clear = true,
            Action::CancelClearAll => next.confirm_clear = false,
            Action::ClearedAll => {
                next = AppState { revision: self.revision, ..AppState::new(self.lang, self.route) };
            }
        }
        if next.provider.inputs_differ(&self.provider) || next.agency.inputs_differ(&self.agency) {
            next.revision = self.revision + 1;
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
    use selfcheck_core::report::{build_provider_report, load_report, to_canonical_json, ProviderInputs};
    use selfcheck_core::Status;

    fn answered(state: &AppState) -> AppState {
        let item = state.provider.catalog_first_item();
        state.apply(Action::Provider(ProviderAction::Answer { item, edit: AnswerEdit::Toggle(Status::Met) }))
    }

    #[test]
    fn actions_change_only_their_own_field() {
        let start = AppState::new(Lang::ZhCn, Route::Provider);
        let english = start.apply(Action::SetLang(Lang::En));
        assert_eq!(english, AppState { lang: Lang::En, ..start.clone() });
        let report = english.apply(Action::Navigate(Route::Report));
        assert_eq!(report, AppState { route: Route::Report, ..english.clone() });
    }

    #[test]
    fn only_entered_data_bumps_the_revision() {
        let start = AppState::new(Lang::ZhCn, Route::Provider);
        assert_eq!(start.apply(Action::SetLang(Lang::En)).revision, 0);
        assert_eq!(start.apply(Action::Provider(ProviderAction::SetSearch("x".into()))).revision, 0);
        assert_eq!(answered(&start).revision, 1);
    }

    #[test]
    fn unchanged_state_keeps_the_same_rc() {
        let state = Rc::new(AppState::new(Lang::ZhCn, Route::Agency));
        let same = state.clone().reduce(Action::Navigate(Route::Agency));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn a_session_round_trips_through_the_state() {
        let state = answered(&AppState::new(Lang::ZhCn, Route::Provider));
        let restored = AppState::restored(Lang::ZhCn, Route::Provider, Ok(Some(state.session())));
        assert_eq!(restored.session(), state.session());
        let broken = AppState::restored(Lang::ZhCn, Route::Provider, Err("damaged".into()));
        assert_eq!(broken.restore_problem.as_deref(), Some("damaged"));
    }

    #[test]
    fn an_edited_report_waits_for_confirmation_and_cancel_changes_nothing() {
        let source = answered(&AppState::new(Lang::ZhCn, Route::Report));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let text = to_canonical_json(&build_provider_report(&source.provider.inputs(), "2026-11-21T00:00:00Z", day));
        let edited = text.replacen("\"provider\": \"\"", "\"provider\": \"edited\"", 1);
        let loaded = load_report(edited.as_bytes()).unwrap();

        let start = AppState::new(Lang::ZhCn, Route::Report);
        let pending = start.apply(Action::ReportLoaded(Box::new(loaded)));
        assert!(matches!(pending.report_import, Some(ReportImport::Pending(_))));
        assert_eq!(pending.provider.inputs(), ProviderInputs::default(), "nothing restored yet");
        let cancelled = pending.apply(Action::CancelReportImport);
        assert_eq!(cancelled.provider.inputs(), ProviderInputs::default());
        let accepted = pending.apply(Action::ConfirmReportImport);
        assert_eq!(accepted.provider.inputs().profile.provider, "edited");
        assert_eq!(accepted.provider.inputs().answers, source.provider.inputs().answers);
    }

    #[test]
    fn clearing_all_starts_over_but_keeps_language_and_view() {
        let state = answered(&AppState::new(Lang::En, Route::Report)).apply(Action::RequestClearAll);
        let cleared = state.apply(Action::ClearedAll);
        assert_eq!(cleared.session(), Session::new(Default::default(), Default::default()));
        assert_eq!((cleared.lang, cleared.route, cleared.confirm_clear), (Lang::En, Route::Report, false));
    }
}
