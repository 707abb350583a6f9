//! All UI state, owned by one reducer (the `function_todomvc` pattern): views read
//! `AppState` and send `Action`s; nothing else mutates state.

mod agency;
pub mod answer_edit;
pub mod catalogs;
pub mod checklist_view;
pub mod compare;
mod keeping;
pub mod merge;
mod provider;
pub mod related;
pub mod window_keeper;

use selfcheck_core::{AgencyWork, ProviderWork};
use std::rc::Rc;

use selfcheck_core::catalog::versions::{self, Upgrade};
use selfcheck_core::report::writable::OverLimit;
use selfcheck_core::report::{LoadProblem, LoadWarning, Loaded, ReportInputs, Role};
use selfcheck_core::session::{RestoreProblem, Session};
use selfcheck_core::team::Prefer;
use selfcheck_core::{Answers, Lang, Timestamp};
use yew::Reducible;

use crate::route::Route;
pub use agency::{
    read_inventory, read_platforms, AgencyAction, AgencyProfileEdit, AgencyState, AgencyView, Entry, ImportMode,
    ImportOutcome, PlatformEdit, PlatformEntry, PlatformImportOutcome, PlatformNameProblem, WorkloadEdit, PAGE_SIZE,
};
pub use answer_edit::{AnswerEdit, AnswerField, Stamp};
pub use catalogs::{CatalogAction, CatalogImport, CatalogRead, CatalogState, NameField};
pub use checklist_view::Filter;
pub use compare::CompareState;
pub use keeping::Keeping;
pub use merge::{ConflictKind, MergeState, MergeSummary};
pub use provider::{Assigned, ProfileEdit, ProviderAction, ProviderState, ProviderView, ITEMS_PER_PAGE};

/// Whether what the user entered is in this browser's storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    #[default]
    Unchanged,
    Saved,
    /// Storage refused: the app keeps working in memory.
    Failed(StorageProblem),
    /// Not saved: the session would pass a limit it is read back with. What is stored
    /// stays as it was; the work is kept in this window.
    Refused(OverLimit),
}

/// Why the browser would not store the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    Full,
    Unavailable,
}

/// A checked file waiting to be restored.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Report(Box<Loaded<ReportInputs>>),
    /// An autosave file (offered by the crash panel): both roles.
    Session(Box<Session>),
}

/// Where loading a report file stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportImport {
    /// Checked; the user must agree before anything changes, because the file was
    /// edited after export, or because it would replace different work now in the app.
    Pending { incoming: Incoming, edited: bool, replaces_work: bool },
    /// `role` is `None` for an autosave file, which restores both roles.
    Done { role: Option<Role>, warnings: Vec<LoadWarning> },
    /// Refused: nothing changed.
    Refused(LoadProblem),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// Who is answering in this browser (a name or department): recorded on every
    /// answer they change, and kept in the browser like the language.
    pub answerer: String,
    pub route: Route,
    pub provider: ProviderState,
    pub agency: AgencyState,
    /// Bumped whenever entered data changes; autosave follows it.
    pub revision: u64,
    /// This window's part in keeping the work.
    pub window: WindowPart,
    pub report_import: Option<ReportImport>,
    /// "Clear all local data" waiting for its confirmation.
    pub confirm_clear: bool,
    /// The first paint is done (the app marked itself ready): what waits for it is drawn.
    pub painted: bool,
    /// Files being merged into the work, or the last merge's outcome. Flows in progress
    /// sit behind `Rc`: a transition copies the state, not a merge plan's files.
    pub merge: Option<Rc<MergeState>>,
    /// An earlier report to compare the work with.
    pub compare: Option<Rc<CompareState>>,
    /// The signing key kept in this browser (its fingerprint; the key itself never
    /// enters the state: `platform/signing.rs`).
    pub signing_key: Option<SigningKey>,
}

/// This browser's signing key, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningKey {
    /// SM3 of the public key, hex in groups of four (`report::signature`).
    pub fingerprint: String,
    /// When it was made or imported here (RFC 3339).
    pub created_at: String,
}

/// This window's part in keeping the work, apart from the work and the view.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowPart {
    /// Whether this window writes the stored work, follows another window, or waits:
    /// the window keeper's decision (`window_keeper.rs`), as its actions told it.
    pub keeping: Keeping,
    pub save: SaveStatus,
    /// Why the saved session could not be restored when the page opened.
    pub restore_problem: Option<RestoreProblem>,
    /// The restored session is older than the last changes (a save had failed).
    pub restored_stale: bool,
}

impl Default for WindowPart {
    fn default() -> Self {
        WindowPart {
            keeping: Keeping::Writer,
            save: SaveStatus::Unchanged,
            restore_problem: None,
            restored_stale: false,
        }
    }
}

impl AppState {
    pub fn new(lang: Lang, route: Route) -> Self {
        AppState {
            lang,
            answerer: String::new(),
            route,
            provider: ProviderState::default(),
            agency: AgencyState::default(),
            revision: 0,
            window: WindowPart::default(),
            report_import: None,
            confirm_clear: false,
            painted: false,
            merge: None,
            compare: None,
            signing_key: None,
        }
    }

    /// The state a page opens with, before the storage is read.
    pub fn opening(lang: Lang, route: Route) -> Self {
        let window = WindowPart { keeping: Keeping::Opening, ..WindowPart::default() };
        AppState { window, ..AppState::new(lang, route) }
    }

    /// Start-up state with a restored session (or the reason it could not be restored).
    pub fn restored(lang: Lang, route: Route, session: Result<Option<Session>, RestoreProblem>, stale: bool) -> Self {
        AppState::opening(lang, route).apply(Action::Opened {
            session: Box::new(session),
            stale,
            keeping: Keeping::Writer,
        })
    }

    /// What the storage holds replaces the work (it is what this window would save).
    fn take_stored(&mut self, session: Option<Session>) {
        let session = session.unwrap_or_else(|| Session::new(ProviderWork::default(), AgencyWork::default()));
        self.provider.set_work(session.provider);
        self.agency.set_work(session.agency);
    }

    /// Autosave must not overwrite a stored session that could neither be read nor set aside.
    pub fn autosave_paused(&self) -> bool {
        self.window.restore_problem.as_ref().is_some_and(|p| !p.set_aside)
    }

    /// Everything entered, as autosave writes it: the work is shared, not copied.
    pub fn session(&self) -> Session<Entry, PlatformEntry> {
        Session::new(self.provider.work.clone(), self.agency.work.clone())
    }

    /// Would restoring this replace work that is in the app now and differs from it?
    fn replaces_work(&self, incoming: &Incoming) -> bool {
        let provider = |inputs: Option<ProviderWork>| {
            let now = &self.provider.work;
            !now.is_empty() && inputs.is_some_and(|i| i != *now)
        };
        let agency = |inputs: Option<AgencyWork>| {
            let now = &self.agency.work;
            !now.is_empty() && inputs.is_some_and(|i| !now.holds_the_same_as(&i))
        };
        match incoming {
            Incoming::Report(loaded) => provider(loaded.report.provider_work()) || agency(loaded.report.agency_work()),
            Incoming::Session(session) => {
                provider(Some(session.provider.clone())) || agency(Some(session.agency.clone()))
            }
        }
    }

    /// Checked files arrive here: restored at once, or held for the user's consent.
    fn receive(&mut self, incoming: Incoming) {
        let edited = matches!(&incoming, Incoming::Report(l) if l.warnings.contains(&LoadWarning::DigestMismatch));
        let replaces_work = self.replaces_work(&incoming);
        if edited || replaces_work {
            self.report_import = Some(ReportImport::Pending { incoming, edited, replaces_work });
        } else {
            self.restore(incoming);
        }
    }

    /// Applies the merge waiting in `self.merge` (every conflict decided, every history
    /// file it needs saved) to the work; one that would pass a limit after all is not
    /// applied, and its outcome says why.
    fn apply_merge(&mut self, at: Option<&Timestamp>) {
        let Some(merge) = self.merge.as_mut().map(Rc::make_mut) else { return };
        // A merge read without the clock (tests) records the epoch as its time.
        let at = at.cloned().unwrap_or_else(|| Timestamp::from_unix_seconds(0).expect("the epoch"));
        let (provider, agency) = (self.provider.work.clone(), self.agency.work.to_owned_work());
        let Some(work) = merge.take(&provider, &agency, &at) else { return };
        // A role no file was of changes only if its history moved out.
        if merge.merges(Role::Provider) || work.provider != provider {
            self.provider.set_work(work.provider);
        }
        if merge.merges(Role::Agency) || work.agency != agency {
            self.agency.set_work(work.agency);
        }
    }

    /// Says what the merge waiting would leave, once every conflict is decided.
    fn prepare_merge(&mut self) {
        let (provider, agency) = (self.provider.work.clone(), self.agency.work.to_owned_work());
        if let Some(merge) = self.merge.as_mut().map(Rc::make_mut).filter(|m| !m.done) {
            merge.prepare(&provider, &agency);
        }
    }

    fn restore(&mut self, incoming: Incoming) {
        match incoming {
            Incoming::Report(loaded) => {
                // Answers to items a newer catalog version changed keep the old version's
                // digest, so they stay flagged for review until looked at again.
                let upgrades: Vec<Upgrade> = loaded
                    .warnings
                    .iter()
                    .filter_map(|w| match w {
                        LoadWarning::CatalogUpgraded(upgrade) => Some(upgrade.clone()),
                        _ => None,
                    })
                    .collect();
                let pin = |answers: &mut Answers| {
                    for upgrade in &upgrades {
                        if let Some(old) = loaded.report.catalogs.iter().find(|c| c.id == upgrade.catalog) {
                            versions::pin(answers, upgrade, &old.items);
                        }
                    }
                };
                if let Some(mut work) = loaded.report.provider_work() {
                    pin(work.answers_mut());
                    self.provider.set_work(work);
                    self.provider.catalogs.upgrades = upgrades.clone();
                }
                if let Some(mut work) = loaded.report.agency_work() {
                    work.workloads_mut().iter_mut().for_each(|w| pin(&mut w.obligations));
                    self.agency.set_work(work);
                }
                self.report_import =
                    Some(ReportImport::Done { role: Some(loaded.report.role), warnings: loaded.warnings });
            }
            Incoming::Session(session) => {
                self.provider.set_work(session.provider);
                self.agency.set_work(session.agency);
                self.report_import = Some(ReportImport::Done { role: None, warnings: Vec::new() });
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetAnswerer(String),
    /// The first paint is done.
    Painted,
    Navigate(Route),
    Provider(ProviderAction),
    Agency(AgencyAction),
    Saved,
    SaveFailed(StorageProblem),
    /// The work was not saved: it would not read back (`report::limits`).
    SaveRefused(OverLimit),
    /// A report file passed every check (it may still carry warnings).
    ReportLoaded(Box<Loaded<ReportInputs>>),
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
    /// The signing key kept in this browser was read, made, imported or removed.
    SigningKey(Option<SigningKey>),
    /// Files to merge into the work, read before they are dispatched (`merge::read_files`;
    /// a merge records its `Context`'s time).
    MergeFiles {
        files: Vec<merge::ReadFile>,
    },
    /// The candidate taken for one conflict.
    MergeChoose {
        kind: ConflictKind,
        key: String,
        candidate: usize,
    },
    MergeChooseAll(Prefer),
    /// The lead saved the merge's n-th history file (`merge::Outcome::Moved`).
    MergeHistorySaved(usize),
    ApplyMerge,
    DismissMerge,
    /// An earlier report to compare with, read before it is dispatched (`CompareState::read`).
    Compare(Box<CompareState>),
    DismissCompare,
    /// The storage was read as the page opened: the session (or why it could not be
    /// restored), whether it is behind, and this window's part.
    Opened {
        session: Box<Result<Option<Session>, RestoreProblem>>,
        stale: bool,
        keeping: Keeping,
    },
    /// Another window saved: what it saved (this window follows it).
    Followed(Option<Box<Session>>),
    /// This window now writes, starting from what is stored.
    BecameWriter(Option<Box<Session>>),
    /// This window's part, as the window keeper (`window_keeper.rs`) decided it: asked
    /// to edit, handed over, overtaken by another window's save.
    Keeping(Keeping),
}

impl Action {
    /// Actions that put into the work what storage holds: they neither count as a
    /// change to save nor wait for this window to be allowed to edit.
    fn puts_stored_work(&self) -> bool {
        matches!(self, Action::Opened { .. } | Action::Followed(_) | Action::BecameWriter(_))
    }
}

/// An action with the time it was made. The clock is read where actions are
/// dispatched (`app.rs`, through `platform/clock`), so every transition stays pure.
#[derive(Clone, Debug, PartialEq)]
pub struct Timed {
    pub action: Action,
    pub at: Timestamp,
}

/// What a transition is told besides its action: when it happens (`None`: untimed, as
/// in tests), and who acts (recorded on the answers they change).
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    pub now: Option<&'a Timestamp>,
    pub answerer: &'a str,
}

impl AppState {
    /// `apply_at` without a time (tests, and actions that record none).
    pub fn apply(&self, action: Action) -> AppState {
        self.apply_at(action, None)
    }

    /// The pure transition, kept apart from `Reducible` so native tests can call it.
    pub fn apply_at(&self, action: Action, now: Option<&Timestamp>) -> AppState {
        let cx = Context { now, answerer: &self.answerer };
        let mut next = self.clone();
        let from_storage = action.puts_stored_work();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetAnswerer(name) => next.answerer = name,
            Action::Painted => next.painted = true,
            Action::Navigate(route) => next.route = route,
            Action::Provider(action) => next.provider.apply(action, cx),
            Action::Agency(action) => next.agency.apply(action, cx),
            Action::Saved => next.window.save = SaveStatus::Saved,
            Action::SaveFailed(reason) => next.window.save = SaveStatus::Failed(reason),
            Action::SaveRefused(over) => next.window.save = SaveStatus::Refused(over),
            Action::ReportLoaded(loaded) => next.receive(Incoming::Report(loaded)),
            Action::SessionLoaded(session) => next.receive(Incoming::Session(session)),
            Action::ReportRefused(problem) => next.report_import = Some(ReportImport::Refused(problem)),
            Action::ConfirmReportImport => {
                if let Some(ReportImport::Pending { incoming, .. }) = next.report_import.take() {
                    next.restore(incoming);
                }
            }
            Action::CancelReportImport | Action::DismissReportImport => next.report_import = None,
            Action::RequestClearAll => next.confirm_clear = true,
            Action::CancelClearAll => next.confirm_clear = false,
            Action::SigningKey(key) => next.signing_key = key,
            // Clearing the browser's data removes the key too (it sits beside the session).
            Action::ClearedAll => {
                next = AppState {
                    revision: self.revision,
                    painted: true,
                    window: WindowPart { keeping: self.window.keeping, ..WindowPart::default() },
                    ..AppState::new(self.lang, self.route)
                };
            }
            Action::MergeFiles { files } => {
                let mut merge = MergeState::plan(files, &self.provider.work, &self.agency.work.to_owned_work());
                merge.offered_at = now.cloned();
                next.merge = Some(Rc::new(merge));
                next.prepare_merge();
                // Nothing to decide and nothing to save first: applied at once, and the
                // summary says what it did.
                // (Unless it offers to open a questionnaire to answer instead: the user chooses.)
                if next.merge.as_deref().is_some_and(|m| m.ready() && !m.offers_answering()) {
                    next.apply_merge(now);
                }
            }
            Action::MergeChoose { kind, key, candidate } => {
                if let Some(merge) = next.merge.as_mut().map(Rc::make_mut).filter(|m| !m.done) {
                    merge.choose(kind, key, candidate);
                }
                next.prepare_merge();
            }
            Action::MergeChooseAll(prefer) => {
                if let Some(merge) = next.merge.as_mut().map(Rc::make_mut).filter(|m| !m.done) {
                    merge.choose_all(prefer);
                }
                next.prepare_merge();
            }
            Action::MergeHistorySaved(n) => {
                if let Some(merge) = next.merge.as_mut().map(Rc::make_mut).filter(|m| !m.done) {
                    merge.saved.insert(n);
                }
            }
            Action::ApplyMerge => {
                if next.merge.as_ref().is_some_and(|m| !m.done && m.ready()) {
                    next.apply_merge(now);
                }
            }
            Action::DismissMerge => next.merge = None,
            Action::Compare(compare) => next.compare = Some(Rc::from(compare)),
            Action::DismissCompare => next.compare = None,
            Action::Opened { session, stale, keeping } => {
                next.window.keeping = keeping;
                match *session {
                    Ok(session) => {
                        next.window.restored_stale = stale && session.is_some();
                        next.take_stored(session);
                    }
                    Err(problem) => next.window.restore_problem = Some(problem),
                }
            }
            Action::Followed(session) => next.take_stored(session.map(|s| *s)),
            Action::BecameWriter(session) => {
                next.window.keeping = Keeping::Writer;
                next.take_stored(session.map(|s| *s));
            }
            Action::Keeping(keeping) => next.window.keeping = keeping,
        }
        let changed = next.provider.work != self.provider.work || next.agency.work != self.agency.work;
        if changed && !from_storage {
            if !self.window.keeping.may_edit() {
                return self.clone(); // another window keeps the work: nothing changes here
            }
            next.revision = self.revision + 1;
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Timed;

    fn reduce(self: Rc<Self>, Timed { action, at }: Timed) -> Rc<Self> {
        let next = self.apply_at(action, Some(&at));
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
    use selfcheck_core::report::{build_provider_report, load_inputs, to_canonical_json};
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
    fn an_answer_records_the_answerer_and_the_time_the_app_gave_it() {
        let at = selfcheck_core::Timestamp::parse("2026-12-01T16:15:00+08:00").unwrap();
        let state = AppState::new(Lang::ZhCn, Route::Provider).apply(Action::SetAnswerer("供应链部 王五".into()));
        assert_eq!(state.revision, 0, "the answerer is a preference, not entered data");
        let item = state.provider.catalog_first_item();
        let action = ProviderAction::Answer { item: item.clone(), edit: AnswerEdit::Toggle(Status::Met) };
        let answered = state.apply_at(Action::Provider(action), Some(&at));
        let details = answered.provider.work.answers[&item].details();
        assert_eq!((details.answered_by.as_str(), details.answered_at.as_ref()), ("供应链部 王五", Some(&at)));
        let cleared = answered.apply(Action::ClearedAll);
        assert_eq!(cleared.answerer, "", "clearing all local data forgets the name too");
    }

    #[test]
    fn unchanged_state_keeps_the_same_rc() {
        let state = Rc::new(AppState::new(Lang::ZhCn, Route::Agency));
        let same = state.clone().reduce(Timed {
            action: Action::Navigate(Route::Agency),
            at: Timestamp::parse("2026-12-01T00:00:00Z").unwrap(),
        });
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn a_session_round_trips_through_the_state() {
        let state = answered(&AppState::new(Lang::ZhCn, Route::Provider));
        let saved = Session::from_json(&state.session().to_json()).unwrap();
        let restored = AppState::restored(Lang::ZhCn, Route::Provider, Ok(Some(saved)), false);
        assert_eq!(restored.session().to_json(), state.session().to_json());
        let problem = RestoreProblem { problem: selfcheck_core::report::LoadProblem::BadVersion, set_aside: false };
        let broken = AppState::restored(Lang::ZhCn, Route::Provider, Err(problem), false);
        assert!(broken.autosave_paused(), "what could not be set aside must not be overwritten");
    }

    #[test]
    fn an_edited_report_waits_for_confirmation_and_cancel_changes_nothing() {
        let source = answered(&AppState::new(Lang::ZhCn, Route::Report));
        let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
        let text =
            to_canonical_json(&build_provider_report(&source.provider.work.clone(), "2026-11-21T00:00:00Z", day));
        let edited = text.replacen("\"provider\":\"\"", "\"provider\":\"edited\"", 1);
        assert_ne!(edited, text);
        let loaded = load_inputs(edited.as_bytes()).unwrap();

        let start = AppState::new(Lang::ZhCn, Route::Report);
        let pending = start.apply(Action::ReportLoaded(Box::new(loaded)));
        assert!(matches!(
            pending.report_import,
            Some(ReportImport::Pending { edited: true, replaces_work: false, .. })
        ));
        assert_eq!(pending.provider.work.clone(), ProviderWork::default(), "nothing restored yet");
        let cancelled = pending.apply(Action::CancelReportImport);
        assert_eq!(cancelled.provider.work.clone(), ProviderWork::default());
        let accepted = pending.apply(Action::ConfirmReportImport);
        assert_eq!(accepted.provider.work.clone().profile.provider, "edited");
        assert_eq!(accepted.provider.work.clone().answers, source.provider.work.clone().answers);
    }

    #[test]
    fn loading_over_different_work_asks_first_and_same_work_does_not() {
        let ours = answered(&AppState::new(Lang::ZhCn, Route::Report));
        let day = selfcheck_core::Date::from_ymd(2026, 11, 21).unwrap();
        let report = |inputs: &ProviderWork| {
            let text = to_canonical_json(&build_provider_report(inputs, "2026-11-21T00:00:00Z", day));
            Box::new(load_inputs(text.as_bytes()).unwrap())
        };
        let same = ours.apply(Action::ReportLoaded(report(&ours.provider.work.clone())));
        assert!(matches!(same.report_import, Some(ReportImport::Done { .. })), "nothing would be lost");

        let mut other = ours.provider.work.clone();
        other.profile.provider = "别的云".into();
        let pending = ours.apply(Action::ReportLoaded(report(&other)));
        assert!(matches!(
            pending.report_import,
            Some(ReportImport::Pending { edited: false, replaces_work: true, .. })
        ));
        assert_eq!(pending.provider.work.clone(), ours.provider.work.clone(), "nothing replaced before consent");
        assert_eq!(pending.apply(Action::ConfirmReportImport).provider.work.clone(), other);

        let session = Session::new(other.clone(), Default::default());
        let held = ours.apply(Action::SessionLoaded(Box::new(session)));
        assert!(matches!(held.report_import, Some(ReportImport::Pending { replaces_work: true, .. })));
    }

    #[test]
    fn clearing_all_starts_over_but_keeps_language_and_view() {
        let state = answered(&AppState::new(Lang::En, Route::Report)).apply(Action::RequestClearAll);
        let cleared = state.apply(Action::ClearedAll);
        assert!(cleared.session().is_empty());
        assert_eq!((cleared.lang, cleared.route, cleared.confirm_clear), (Lang::En, Route::Report, false));
    }
}
