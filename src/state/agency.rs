//! The agency's state: its workload inventory, candidate platforms, and how the
//! inventory is viewed (filter, search, page, selection, import outcome).

use selfcheck_core::AgencyWork;
use std::rc::Rc;

use selfcheck_core::agency::inventory_csv::{self};
use selfcheck_core::agency::platforms_csv;
use selfcheck_core::agency::provider_report::{fill, ProviderReportTaken};
use selfcheck_core::agency::{AgencyProfile, Platform, Verdict, Workload};
use selfcheck_core::catalog::{builtin, loaded};
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::profile::CapabilityTier;

use selfcheck_core::table::Table;
use selfcheck_core::{Against, Date};

use serde::Serialize;

use super::answer_edit::{self, AnswerEdit, Stamp};
use super::Context;

/// Workloads per page: 10,000 of them stay usable because only a page is drawn.
pub const PAGE_SIZE: usize = 50;

/// A workload with an id that survives edits, sorting and filtering. Saved and
/// reported as the workload alone: the id lives only in this page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Entry {
    #[serde(skip)]
    pub id: u64,
    pub workload: Workload,
}

impl AsRef<Workload> for Entry {
    fn as_ref(&self) -> &Workload {
        &self.workload
    }
}

/// A candidate platform with an id that survives renames and deletions of others
/// (saved as the platform alone, as `Entry` is).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PlatformEntry {
    #[serde(skip)]
    pub id: u64,
    pub platform: Platform,
}

impl AsRef<Platform> for PlatformEntry {
    fn as_ref(&self) -> &Platform {
        &self.platform
    }
}

/// Why a platform name was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformNameProblem {
    Empty,
    Duplicate,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportMode {
    #[default]
    Add,
    Replace,
}

/// What the last import of platforms did: platforms of a name already in the list are
/// updated, others added; "replace" removes those the file does not name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlatformImportOutcome {
    Imported {
        added: usize,
        updated: usize,
        removed: usize,
        mode: ImportMode,
    },
    /// Refused whole, every problem located (in a workbook: its sheet first); the list
    /// was not touched.
    Refused(Vec<Message>),
}

/// What the last import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported {
        count: usize,
        mode: ImportMode,
    },
    /// Refused whole, every problem located (in a workbook: its sheet first); the
    /// inventory was not touched.
    Refused(Vec<Message>),
}

/// The agency's work as this page holds it: each row beside its id.
pub type AgencyRows = AgencyWork<Entry, PlatformEntry>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyState {
    /// What the agency entered. Its lists are shared until changed (copy-on-write):
    /// actions that only change the view do not copy 10,000 workloads.
    pub work: AgencyRows,
    /// A platform rename that was refused, and why.
    pub platform_error: Option<(u64, PlatformNameProblem)>,
    /// A provider's report that could not fill a platform, and why.
    pub platform_report_problem: Option<(u64, Message)>,
    next_id: u64,
    pub view: AgencyView,
    /// A delete waiting for its confirming second click.
    pub confirm_delete: Option<u64>,
    pub import_mode: ImportMode,
    pub import_outcome: Option<ImportOutcome>,
    /// Importing platforms: add (and update by name) or replace the list.
    pub platform_import_mode: ImportMode,
    pub platform_import_outcome: Option<PlatformImportOutcome>,
}

/// How the inventory is viewed: nothing here is saved or reported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgencyView {
    /// The workload whose detail is open.
    pub selected: Option<u64>,
    pub verdict_filter: Option<Verdict>,
    pub search: String,
    pub page: usize,
}

impl Default for AgencyState {
    fn default() -> Self {
        AgencyState {
            work: AgencyRows::empty(),
            platform_error: None,
            platform_report_problem: None,
            next_id: 0,
            view: AgencyView::default(),
            confirm_delete: None,
            import_mode: ImportMode::default(),
            import_outcome: None,
            platform_import_mode: ImportMode::default(),
            platform_import_outcome: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkloadEdit {
    Name(String),
    Description(String),
    StateSecret(bool),
    WorkSecret(bool),
    MlpsLevel(Option<u8>),
    SensitiveData(bool),
    KeyBusiness(bool),
    SevereImpact(bool),
    Platform(Option<String>),
    MigrationDate(Option<Date>),
    EndOfUse(Option<Date>),
    /// The §6 confidentiality review is done.
    ConfidentialityReview(bool),
}

/// A field of the agency's profile (who the assessment is by).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgencyProfileEdit {
    Unit(String),
    Department(String),
    Contact(String),
    Date(Option<Date>),
}

impl AgencyProfileEdit {
    fn apply(self, profile: &mut AgencyProfile) {
        match self {
            AgencyProfileEdit::Unit(v) => profile.unit = v,
            AgencyProfileEdit::Department(v) => profile.department = v,
            AgencyProfileEdit::Contact(v) => profile.contact = v,
            AgencyProfileEdit::Date(v) => profile.date = v,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlatformEdit {
    Name(String),
    Provider(String),
    ResultPublished(Option<Date>),
    Tier(Option<CapabilityTier>),
    MlpsLevel(Option<u8>),
    /// All data centres in China: yes, not all, or not recorded.
    InChina(Option<bool>),
    /// The fingerprint of the provider's signing key, as typed from the sealed cover
    /// (already in its written form; `None`: not recorded).
    ExpectedFingerprint(Option<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum AgencyAction {
    Profile(AgencyProfileEdit),
    AddWorkload,
    Duplicate(u64),
    RequestDelete(u64),
    ConfirmDelete(u64),
    CancelDelete,
    Select(Option<u64>),
    Edit {
        id: u64,
        edit: WorkloadEdit,
    },
    /// Recorded with who and when from the transition's `Context`.
    Obligation {
        id: u64,
        item: String,
        edit: AnswerEdit,
    },
    AddPlatform,
    EditPlatform {
        id: u64,
        edit: PlatformEdit,
    },
    DeletePlatform(u64),
    SetVerdictFilter(Option<Verdict>),
    SetSearch(String),
    SetPage(usize),
    SetImportMode(ImportMode),
    /// An inventory file, read before it is dispatched (`read_inventory`): imported
    /// whole, or refused whole with every problem located.
    ImportInventory(Result<Vec<Workload>, Vec<Message>>),
    /// A provider's report file loaded on a platform, read and verified before it is
    /// dispatched (in the first-use module: `platform::sheets::read_provider_report`).
    PlatformFromReport {
        id: u64,
        report: Result<Box<ProviderReportTaken>, Message>,
    },
    DismissImport,
    SetPlatformImportMode(ImportMode),
    /// A platforms file, read before it is dispatched (`read_platforms`): taken whole,
    /// or refused whole with every problem located.
    ImportPlatforms(Result<Vec<Platform>, Vec<Message>>),
    DismissPlatformImport,
}

/// An inventory file read into workloads, before it is dispatched: its rows, or every
/// problem located (in a workbook: its sheet first).
pub fn read_inventory(table: &Table) -> Result<Vec<Workload>, Vec<Message>> {
    inventory_csv::import_table(table).map_err(|problems| located(table, &problems))
}

/// A platforms file read, as `read_inventory`.
pub fn read_platforms(table: &Table) -> Result<Vec<Platform>, Vec<Message>> {
    platforms_csv::import_table(table).map_err(|problems| located(table, &problems))
}

fn located<P: Describe>(table: &Table, problems: &[P]) -> Vec<Message> {
    let sheet = table.sheet().map(selfcheck_core::sheet::in_sheet);
    sheet.into_iter().chain(problems.iter().map(Describe::describe)).collect()
}

impl AgencyState {
    fn push(&mut self, workload: Workload) -> u64 {
        let id = self.fresh_id();
        self.work.workloads_mut().push(Entry { id, workload });
        id
    }

    fn entry_mut(&mut self, id: u64) -> Option<&mut Workload> {
        self.work.workloads_mut().iter_mut().find(|e| e.id == id).map(|e| &mut e.workload)
    }

    pub fn entry(&self, id: u64) -> Option<&Workload> {
        self.work.workloads.iter().find(|e| e.id == id).map(|e| &e.workload)
    }

    /// `cx`: who is answering and when, recorded on the obligations they change.
    pub fn apply(&mut self, action: AgencyAction, cx: Context<'_>) {
        match action {
            AgencyAction::Profile(edit) => edit.apply(&mut self.work.profile),
            AgencyAction::AddWorkload => {
                let id = self.push(Workload::default());
                self.view.selected = Some(id);
            }
            AgencyAction::Duplicate(id) => {
                if let Some(original) = self.entry(id).cloned() {
                    let at = self.work.workloads.iter().position(|e| e.id == id).unwrap_or(self.work.workloads.len());
                    let copy_id = self.push(original);
                    let copy = self.work.workloads_mut().pop().expect("just pushed");
                    self.work.workloads_mut().insert(at + 1, copy);
                    self.view.selected = Some(copy_id);
                }
            }
            AgencyAction::RequestDelete(id) => self.confirm_delete = Some(id),
            AgencyAction::CancelDelete => self.confirm_delete = None,
            AgencyAction::ConfirmDelete(id) => {
                if self.confirm_delete == Some(id) {
                    self.work.workloads_mut().retain(|e| e.id != id);
                    if self.view.selected == Some(id) {
                        self.view.selected = None;
                    }
                }
                self.confirm_delete = None;
            }
            AgencyAction::Select(id) => self.view.selected = id,
            AgencyAction::Edit { id, edit } => {
                if let Some(w) = self.entry_mut(id) {
                    apply_workload_edit(w, edit);
                }
            }
            AgencyAction::Obligation { id, item, edit } => {
                if let Some(w) = self.entry_mut(id) {
                    let against =
                        builtin().item(&item).map(|r| (r.catalog.version.clone(), loaded::item_digest(r.item)));
                    let against = against.as_ref().map(|(version, digest)| Against { version, item_digest: digest });
                    let stamp = Stamp { by: cx.answerer, at: cx.now, against };
                    answer_edit::apply(&mut w.obligations, &item, edit, stamp);
                }
            }
            AgencyAction::AddPlatform => {
                let id = self.fresh_id();
                self.work.platforms_mut().push(PlatformEntry { id, platform: Platform::default() });
            }
            AgencyAction::EditPlatform { id, edit } => self.edit_platform(id, edit),
            AgencyAction::DeletePlatform(id) => self.work.platforms_mut().retain(|e| e.id != id),
            AgencyAction::SetVerdictFilter(filter) => {
                self.view.verdict_filter = filter;
                self.view.page = 0;
            }
            AgencyAction::SetSearch(search) => {
                self.view.search = search;
                self.view.page = 0;
            }
            AgencyAction::SetPage(page) => self.view.page = page,
            AgencyAction::SetImportMode(mode) => self.import_mode = mode,
            AgencyAction::ImportInventory(read) => self.import(read),
            AgencyAction::DismissImport => self.import_outcome = None,
            AgencyAction::PlatformFromReport { id, report } => self.fill_platform(id, report),
            AgencyAction::SetPlatformImportMode(mode) => self.platform_import_mode = mode,
            AgencyAction::ImportPlatforms(read) => self.import_platforms(read),
            AgencyAction::DismissPlatformImport => self.platform_import_outcome = None,
        }
    }

    /// Takes the platforms of a file, or says why not (the list untouched). A platform
    /// of a name already listed is updated in place, keeping its id (its form) and the
    /// provider's report loaded on it, which the file has no column for; one of a new
    /// name is added. On "replace", the list becomes the file's, in its order: a
    /// platform it does not name is removed (its workloads then name an unknown
    /// platform, which their fit says). Workloads are never touched.
    fn import_platforms(&mut self, read: Result<Vec<Platform>, Vec<Message>>) {
        let imported = match read {
            Ok(imported) => imported,
            Err(messages) => {
                self.platform_import_outcome = Some(PlatformImportOutcome::Refused(messages));
                return;
            }
        };
        let replace = self.platform_import_mode == ImportMode::Replace;
        let named = |p: &Platform| p.name.trim().to_string();
        let mut current: Vec<PlatformEntry> = if replace { Vec::new() } else { (*self.work.platforms).clone() };
        let mut earlier: std::collections::HashMap<String, PlatformEntry> =
            self.work.platforms.iter().map(|e| (named(&e.platform), e.clone())).collect();
        let (mut added, mut updated) = (0, 0);
        for platform in imported {
            let report = |e: &PlatformEntry| e.platform.provider_report.clone();
            if let Some(entry) = current.iter_mut().find(|e| named(&e.platform) == named(&platform)) {
                entry.platform = Platform { provider_report: report(entry), ..platform };
                updated += 1;
            } else if let Some(entry) = earlier.remove(&named(&platform)).filter(|_| replace) {
                current.push(PlatformEntry {
                    id: entry.id,
                    platform: Platform { provider_report: report(&entry), ..platform },
                });
                updated += 1;
            } else {
                let id = self.fresh_id();
                current.push(PlatformEntry { id, platform });
                added += 1;
            }
        }
        if current.len() > platforms_csv::MAX_ROWS {
            let problem =
                Message::new(M::PlatformsOverLimit).with("count", current.len()).with("limit", platforms_csv::MAX_ROWS);
            self.platform_import_outcome = Some(PlatformImportOutcome::Refused(vec![problem]));
            return;
        }
        let removed = self.work.platforms.len() + added - current.len();
        self.work.platforms = Rc::new(current);
        self.platform_error = None;
        self.platform_report_problem = None;
        self.platform_import_outcome =
            Some(PlatformImportOutcome::Imported { added, updated, removed, mode: self.platform_import_mode });
        self.platform_import_mode = ImportMode::Add; // as for the inventory: "replace" is a one-off choice
    }

    /// Fills a platform from a provider's report, verified as `selfcheck validate` does:
    /// its details from the report's profile (a new name renames the platform, with its
    /// workloads, unless another platform has it) and what the report says. A file that
    /// is no provider report changes nothing and says why.
    fn fill_platform(&mut self, id: u64, report: Result<Box<ProviderReportTaken>, Message>) {
        let Some(current) = self.work.platforms.iter().find(|e| e.id == id).map(|e| e.platform.clone()) else { return };
        let filled = match report.map(|taken| fill(&current, &taken)) {
            Ok(filled) => filled,
            Err(message) => {
                self.platform_report_problem = Some((id, message));
                return;
            }
        };
        self.platform_report_problem = None;
        if filled.name.trim() != current.name.trim() {
            self.edit_platform(id, PlatformEdit::Name(filled.name.clone()));
        }
        if let Some(entry) = self.work.platforms_mut().iter_mut().find(|e| e.id == id) {
            let name = entry.platform.name.clone(); // renamed, or kept when the rename was refused
            entry.platform = Platform { name, ..filled };
        }
    }

    /// Takes an inventory as read, or says why not.
    fn import(&mut self, read: Result<Vec<Workload>, Vec<Message>>) {
        match read {
            Ok(workloads) => {
                let count = workloads.len();
                // CSV has no column for obligation answers: on replace, a workload keeps
                // the answers of the workload of the same name it replaces.
                let mut kept = std::collections::HashMap::new();
                if self.import_mode == ImportMode::Replace {
                    for entry in self.work.workloads_mut().drain(..) {
                        kept.entry(entry.workload.name.clone()).or_insert(entry.workload.obligations);
                    }
                    self.view.selected = None;
                }
                for mut workload in workloads {
                    if let Some(obligations) = kept.remove(&workload.name) {
                        workload.obligations = obligations;
                    }
                    self.push(workload);
                }
                self.view.page = 0;
                self.import_outcome = Some(ImportOutcome::Imported { count, mode: self.import_mode });
                self.import_mode = ImportMode::Add; // "replace" is a one-off choice, never a trap for the next file
            }
            Err(messages) => {
                self.import_outcome = Some(ImportOutcome::Refused(messages));
            }
        }
    }

    /// A rename is applied when committed (on `change`, not per keystroke), refused when
    /// empty or taken by another platform, and carries its workloads along.
    fn edit_platform(&mut self, id: u64, edit: PlatformEdit) {
        if let PlatformEdit::Name(name) = &edit {
            let name = name.trim().to_string();
            let taken = self.work.platforms.iter().any(|e| e.id != id && e.platform.name.trim() == name);
            let problem = if name.is_empty() {
                Some(PlatformNameProblem::Empty)
            } else if taken {
                Some(PlatformNameProblem::Duplicate)
            } else {
                None
            };
            if let Some(problem) = problem {
                self.platform_error = Some((id, problem));
                return;
            }
            self.platform_error = None;
            let Some(entry) = self.work.platforms_mut().iter_mut().find(|e| e.id == id) else {
                return;
            };
            let old = std::mem::replace(&mut entry.platform.name, name.clone());
            if !old.trim().is_empty() {
                for workload in self.work.workloads_mut().iter_mut().map(|e| &mut e.workload) {
                    if workload.platform.as_deref().map(str::trim) == Some(old.trim()) {
                        workload.platform = Some(name.clone());
                    }
                }
            }
            return;
        }
        let Some(platform) = self.work.platforms_mut().iter_mut().find(|e| e.id == id).map(|e| &mut e.platform) else {
            return;
        };
        match edit {
            PlatformEdit::Name(_) => unreachable!("handled above"),
            PlatformEdit::Provider(v) => platform.provider = v,
            PlatformEdit::ResultPublished(d) => platform.result_published = d,
            PlatformEdit::Tier(t) => platform.tier = t,
            PlatformEdit::MlpsLevel(l) => platform.mlps_level = l,
            PlatformEdit::InChina(v) => platform.data_centres_in_china = v,
            PlatformEdit::ExpectedFingerprint(f) => platform.expected_fingerprint = f,
        }
    }

    fn fresh_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }
}

fn apply_workload_edit(w: &mut Workload, edit: WorkloadEdit) {
    match edit {
        WorkloadEdit::Name(v) => w.name = v,
        WorkloadEdit::Description(v) => w.description = v,
        WorkloadEdit::StateSecret(v) => w.state_secret = v,
        WorkloadEdit::WorkSecret(v) => w.work_secret = v,
        WorkloadEdit::MlpsLevel(v) => w.mlps_level = v,
        WorkloadEdit::SensitiveData(v) => w.sensitive_data = v,
        WorkloadEdit::KeyBusiness(v) => w.key_business = v,
        WorkloadEdit::SevereImpact(v) => w.severe_impact = v,
        WorkloadEdit::Platform(v) => w.platform = v.filter(|p| !p.trim().is_empty()),
        WorkloadEdit::MigrationDate(v) => w.migration_date = v,
        WorkloadEdit::EndOfUse(v) => w.end_of_use = v,
        WorkloadEdit::ConfidentialityReview(v) => w.confidentiality_review = v,
    }
}

impl AgencyState {
    /// Replaces what was entered; the view (filter, page, selection) starts afresh.
    pub fn set_work(&mut self, work: AgencyWork) {
        let next_id = self.next_id;
        *self = AgencyState { next_id, ..AgencyState::default() };
        self.work.history = work.history;
        for platform in work.platforms.iter().cloned() {
            let id = self.fresh_id();
            self.work.platforms_mut().push(PlatformEntry { id, platform });
        }
        for workload in work.workloads.iter().cloned() {
            self.push(workload);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use selfcheck_core::ProviderWork;

    const CSV: &str = "name,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact\nA,no,no,2,no,no,no\nB,yes,no,3,no,no,no\n";

    #[test]
    fn import_adds_or_replaces_and_a_refused_file_changes_nothing() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddWorkload, Context::default());
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv(CSV.as_bytes().to_vec()))),
            Context::default(),
        );
        assert_eq!(state.work.workloads.len(), 3);
        assert_eq!(state.import_outcome, Some(ImportOutcome::Imported { count: 2, mode: ImportMode::Add }));

        let before = state.work.workloads.clone();
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv("name\n".as_bytes().to_vec()))),
            Context::default(),
        );
        assert_eq!(state.work.workloads, before, "a refused file leaves the inventory as it was");
        assert!(matches!(state.import_outcome, Some(ImportOutcome::Refused(_))));

        state.apply(AgencyAction::SetImportMode(ImportMode::Replace), Context::default());
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv(CSV.as_bytes().to_vec()))),
            Context::default(),
        );
        assert_eq!(state.work.workloads.len(), 2);
        let ids: Vec<u64> = state.work.workloads.iter().map(|e| e.id).collect();
        assert!(ids.iter().all(|id| !before.iter().any(|e| e.id == *id)), "ids are never reused");
    }

    #[test]
    fn replacing_from_csv_keeps_obligation_answers_by_name() {
        let mut state = AgencyState::default();
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv(CSV.as_bytes().to_vec()))),
            Context::default(),
        );
        let a = state.work.workloads[0].id;
        let item = "O14A-S5-Q1".to_string();
        let met = AnswerEdit::Toggle(selfcheck_core::Status::Met);
        state.apply(AgencyAction::Obligation { id: a, item: item.clone(), edit: met }, Context::default());
        state.apply(AgencyAction::SetImportMode(ImportMode::Replace), Context::default());
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv(CSV.as_bytes().to_vec()))),
            Context::default(),
        );
        assert_eq!(state.work.workloads[0].workload.obligations[&item].status(), Some(selfcheck_core::Status::Met));
        assert!(state.work.workloads[1].workload.obligations.is_empty());
    }

    #[test]
    fn delete_needs_a_confirming_second_step() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddWorkload, Context::default());
        let id = state.work.workloads[0].id;
        state.apply(AgencyAction::ConfirmDelete(id), Context::default());
        assert_eq!(state.work.workloads.len(), 1, "no request, no delete");
        state.apply(AgencyAction::RequestDelete(id), Context::default());
        state.apply(AgencyAction::ConfirmDelete(id), Context::default());
        assert!(state.work.workloads.is_empty());
        assert_eq!(state.view.selected, None);
    }

    #[test]
    fn duplicate_inserts_a_copy_after_the_original_and_selects_it() {
        let mut state = AgencyState::default();
        state.apply(
            AgencyAction::ImportInventory(read_inventory(&Table::Csv(CSV.as_bytes().to_vec()))),
            Context::default(),
        );
        let first = state.work.workloads[0].id;
        state.apply(AgencyAction::Duplicate(first), Context::default());
        let names: Vec<&str> = state.work.workloads.iter().map(|e| e.workload.name.as_str()).collect();
        assert_eq!(names, ["A", "A", "B"]);
        assert_eq!(state.view.selected, Some(state.work.workloads[1].id));
    }

    fn with_platforms(names: &[&str]) -> AgencyState {
        let mut state = AgencyState::default();
        for name in names {
            state.apply(AgencyAction::AddPlatform, Context::default());
            let id = state.work.platforms.last().unwrap().id;
            state
                .apply(AgencyAction::EditPlatform { id, edit: PlatformEdit::Name((*name).into()) }, Context::default());
        }
        state
    }

    /// A file read as the first-use module reads it.
    fn read_report(bytes: Result<Vec<u8>, ()>) -> Result<Box<ProviderReportTaken>, Message> {
        selfcheck_core::agency::provider_report::read_provider_report(
            &bytes.unwrap(),
            &selfcheck_core::report::signature::NotChecked,
        )
        .map(Box::new)
    }

    fn provider_report(platform: &str) -> Vec<u8> {
        use selfcheck_core::report::{build_provider_report, to_canonical_json};
        let mut inputs = ProviderWork::default();
        inputs.profile.platform = platform.into();
        inputs.profile.provider = "示例云".into();
        let day = Date::from_ymd(2026, 12, 2).unwrap();
        to_canonical_json(&build_provider_report(&inputs, "2026-12-02T08:00:00Z", day)).into_bytes()
    }

    #[test]
    fn a_providers_report_fills_its_platform_renaming_it_with_its_workloads() {
        let mut state = with_platforms(&["云A", "云B"]);
        let (a, b) = (state.work.platforms[0].id, state.work.platforms[1].id);
        state.apply(AgencyAction::AddWorkload, Context::default());
        let id = state.work.workloads[0].id;
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::Platform(Some("云A".into())) }, Context::default());
        state.apply(
            AgencyAction::PlatformFromReport { id: a, report: read_report(Ok(provider_report("示例政务云"))) },
            Context::default(),
        );
        let filled = &state.work.platforms[0].platform;
        assert_eq!((filled.name.as_str(), filled.provider.as_str()), ("示例政务云", "示例云"));
        assert!(filled.provider_report.is_some());
        assert_eq!(state.work.workloads[0].workload.platform.as_deref(), Some("示例政务云"));
        // A report naming another platform's name fills the details but keeps the name.
        state.apply(
            AgencyAction::PlatformFromReport { id: b, report: read_report(Ok(provider_report("示例政务云"))) },
            Context::default(),
        );
        assert_eq!(state.work.platforms[1].platform.name, "云B");
        assert_eq!(state.platform_error, Some((b, PlatformNameProblem::Duplicate)));
        // Not a report: nothing changes, and the platform says why.
        let before = state.work.platforms.clone();
        state.apply(
            AgencyAction::PlatformFromReport { id: a, report: read_report(Ok(b"{".to_vec())) },
            Context::default(),
        );
        assert_eq!(state.work.platforms, before);
        assert!(matches!(&state.platform_report_problem, Some((id, _)) if *id == a));
    }

    const PLATFORMS: &str = "name,provider,result_date,tier,mlps_level,data_centres_in_china\n云A,甲,2024-02-29,enhanced,3,yes\n云C,丙,,,,\n";

    fn import_platforms(state: &mut AgencyState, text: &str) {
        state.apply(
            AgencyAction::ImportPlatforms(read_platforms(&Table::Csv(text.as_bytes().to_vec()))),
            Context::default(),
        );
    }

    #[test]
    fn importing_platforms_updates_by_name_and_adds_keeping_ids_and_the_providers_report() {
        let mut state = with_platforms(&["云A", "云B"]);
        let (a, b) = (state.work.platforms[0].id, state.work.platforms[1].id);
        state.apply(
            AgencyAction::PlatformFromReport { id: a, report: read_report(Ok(provider_report("云A"))) },
            Context::default(),
        );
        assert!(state.work.platforms[0].platform.provider_report.is_some());
        import_platforms(&mut state, PLATFORMS);
        assert_eq!(
            state.platform_import_outcome,
            Some(PlatformImportOutcome::Imported { added: 1, updated: 1, removed: 0, mode: ImportMode::Add })
        );
        let listed: Vec<(u64, &str)> = state.work.platforms.iter().map(|e| (e.id, e.platform.name.as_str())).collect();
        assert_eq!(listed[..2], [(a, "云A"), (b, "云B")], "the same forms, in their order");
        assert_eq!(listed[2].1, "云C");
        let updated = &state.work.platforms[0].platform;
        assert_eq!((updated.provider.as_str(), updated.mlps_level), ("甲", Some(3)), "the file's details");
        assert_eq!(updated.data_centres_in_china, Some(true));
        assert!(updated.provider_report.is_some(), "the provider's report stays on its platform");
        assert_eq!(state.work.platforms[2].platform.data_centres_in_china, None, "a blank cell is not recorded");
    }

    #[test]
    fn replacing_the_platforms_removes_those_the_file_does_not_name_and_leaves_workloads() {
        let mut state = with_platforms(&["云B", "云A"]);
        let a = state.work.platforms[1].id;
        state.apply(
            AgencyAction::PlatformFromReport { id: a, report: read_report(Ok(provider_report("云A"))) },
            Context::default(),
        );
        state.apply(AgencyAction::AddWorkload, Context::default());
        let w = state.work.workloads[0].id;
        state.apply(AgencyAction::Edit { id: w, edit: WorkloadEdit::Platform(Some("云B".into())) }, Context::default());
        state.apply(AgencyAction::SetPlatformImportMode(ImportMode::Replace), Context::default());
        import_platforms(&mut state, PLATFORMS);
        assert_eq!(
            state.platform_import_outcome,
            Some(PlatformImportOutcome::Imported { added: 1, updated: 1, removed: 1, mode: ImportMode::Replace })
        );
        let names: Vec<&str> = state.work.platforms.iter().map(|e| e.platform.name.as_str()).collect();
        assert_eq!(names, ["云A", "云C"], "the file's list, in its order");
        assert_eq!(state.work.platforms[0].id, a);
        assert!(state.work.platforms[0].platform.provider_report.is_some());
        assert_eq!(state.work.workloads[0].workload.platform.as_deref(), Some("云B"), "workloads are not touched");
        assert_eq!(state.platform_import_mode, ImportMode::Add, "replace is a one-off choice");
    }

    #[test]
    fn a_refused_platforms_file_leaves_the_list_as_it_was_and_says_where() {
        let mut state = with_platforms(&["云A"]);
        state.apply(AgencyAction::SetPlatformImportMode(ImportMode::Replace), Context::default());
        let before = state.work.platforms.clone();
        import_platforms(&mut state, "name,mlps_level\n云X,9\n云X,2\n");
        assert_eq!(state.work.platforms, before);
        let Some(PlatformImportOutcome::Refused(problems)) = &state.platform_import_outcome else {
            panic!("refused: {:?}", state.platform_import_outcome)
        };
        let texts: Vec<String> = problems.iter().map(|m| m.render(selfcheck_core::Lang::En)).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Line 2, column mlps_level: \"9\""), "{texts:?}");
        assert!(texts[1].starts_with("Line 3, column name: the name \"云X\" is already used on line 2"), "{texts:?}");
        assert_eq!(state.platform_import_mode, ImportMode::Replace, "the choice stays for the corrected file");

        // A workbook's sheet is named before its problems.
        let sheet = selfcheck_core::sheet::SheetRows {
            sheet: "候选平台".into(),
            rows: vec![selfcheck_core::csv::Record { line: 1, fields: vec!["colour".into()], quoted: vec![false] }],
        };
        state.apply(AgencyAction::ImportPlatforms(read_platforms(&Table::Sheet(sheet))), Context::default());
        let Some(PlatformImportOutcome::Refused(problems)) = &state.platform_import_outcome else { panic!() };
        assert_eq!(problems[0].render(selfcheck_core::Lang::En), "Sheet \"候选平台\":");
        assert_eq!(state.work.platforms, before);
    }

    #[test]
    fn adding_platforms_past_the_limit_is_refused_whole() {
        let mut state = AgencyState::default();
        let rows: String = (0..platforms_csv::MAX_ROWS).map(|i| format!("P{i}\n")).collect();
        import_platforms(&mut state, &format!("name\n{rows}"));
        assert_eq!(state.work.platforms.len(), platforms_csv::MAX_ROWS);
        import_platforms(&mut state, "name\nP0\n");
        assert!(matches!(state.platform_import_outcome, Some(PlatformImportOutcome::Imported { updated: 1, .. })));
        import_platforms(&mut state, "name\nnew\n");
        assert!(matches!(state.platform_import_outcome, Some(PlatformImportOutcome::Refused(_))));
        assert_eq!(state.work.platforms.len(), platforms_csv::MAX_ROWS);
        state.apply(AgencyAction::SetPlatformImportMode(ImportMode::Replace), Context::default());
        import_platforms(&mut state, "name\nnew\n");
        assert_eq!(state.work.platforms.len(), 1, "replacing is not adding");
    }

    #[test]
    fn renaming_a_platform_keeps_its_workloads_assigned() {
        let mut state = with_platforms(&["云A"]);
        let platform = state.work.platforms[0].id;
        state.apply(AgencyAction::AddWorkload, Context::default());
        let id = state.work.workloads[0].id;
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::Platform(Some("云A".into())) }, Context::default());
        state.apply(
            AgencyAction::EditPlatform { id: platform, edit: PlatformEdit::Name("云A2".into()) },
            Context::default(),
        );
        assert_eq!(state.work.workloads[0].workload.platform.as_deref(), Some("云A2"));
    }

    #[test]
    fn a_rename_to_an_empty_or_taken_name_is_refused_and_moves_nothing() {
        let mut state = with_platforms(&["云A", "云AB"]);
        let ab = state.work.platforms[1].id;
        state.apply(AgencyAction::AddWorkload, Context::default());
        let id = state.work.workloads[0].id;
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::Platform(Some("云AB".into())) }, Context::default());

        state.apply(AgencyAction::EditPlatform { id: ab, edit: PlatformEdit::Name("云A".into()) }, Context::default());
        assert_eq!(state.platform_error, Some((ab, PlatformNameProblem::Duplicate)));
        state.apply(AgencyAction::EditPlatform { id: ab, edit: PlatformEdit::Name("  ".into()) }, Context::default());
        assert_eq!(state.platform_error, Some((ab, PlatformNameProblem::Empty)));
        assert_eq!(state.work.platforms[1].platform.name, "云AB");
        assert_eq!(
            state.work.workloads[0].workload.platform.as_deref(),
            Some("云AB"),
            "not moved to the other platform"
        );

        state.apply(AgencyAction::EditPlatform { id: ab, edit: PlatformEdit::Name("云C".into()) }, Context::default());
        assert_eq!(state.platform_error, None);
        assert_eq!(state.work.workloads[0].workload.platform.as_deref(), Some("云C"));
    }

    #[test]
    fn deleting_a_platform_leaves_the_others_and_their_ids() {
        let mut state = with_platforms(&["一", "二", "三"]);
        let ids: Vec<u64> = state.work.platforms.iter().map(|e| e.id).collect();
        state.apply(AgencyAction::DeletePlatform(ids[1]), Context::default());
        let left: Vec<(u64, &str)> = state.work.platforms.iter().map(|e| (e.id, e.platform.name.as_str())).collect();
        assert_eq!(left, [(ids[0], "一"), (ids[2], "三")]);
    }

    #[test]
    fn the_profile_is_part_of_the_work_and_its_report() {
        let mut state = AgencyState::default();
        state
            .apply(AgencyAction::Profile(AgencyProfileEdit::Unit("某市政务服务数据管理局".into())), Context::default());
        state.apply(AgencyAction::Profile(AgencyProfileEdit::Date(Date::from_ymd(2026, 12, 6))), Context::default());
        assert_eq!(state.work.profile.unit, "某市政务服务数据管理局");
        assert!(!state.work.is_empty(), "a named unit is work to keep");
        let report = selfcheck_core::report::draft_agency_report(
            &state.work,
            "2026-12-06T08:00:00Z",
            Date::from_ymd(2026, 12, 6).unwrap(),
        );
        assert_eq!(report.agency.unwrap().profile.date, Date::from_ymd(2026, 12, 6));
    }

    #[test]
    fn ticking_the_review_makes_an_unrestricted_workload_eligible_and_an_end_of_use_dates_the_lapse() {
        use selfcheck_core::agency::{check_fit, classify, FitCode, Platform};
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddWorkload, Context::default());
        let id = state.work.workloads[0].id;
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::MlpsLevel(Some(2)) }, Context::default());
        let verdict = |state: &AgencyState| classify(&state.work.workloads[0].workload).verdict;
        assert_eq!(verdict(&state), Verdict::Conditional, "no review recorded");
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::ConfidentialityReview(true) }, Context::default());
        assert_eq!(verdict(&state), Verdict::Eligible);
        state.apply(AgencyAction::Edit { id, edit: WorkloadEdit::ConfidentialityReview(false) }, Context::default());
        assert_eq!(verdict(&state), Verdict::Conditional);

        let platform = Platform {
            name: "云A".into(),
            result_published: Date::from_ymd(2024, 1, 10),
            mlps_level: Some(3),
            data_centres_in_china: Some(true),
            ..Platform::default()
        };
        for edit in [
            WorkloadEdit::Platform(Some("云A".into())),
            WorkloadEdit::MigrationDate(Date::from_ymd(2025, 1, 1)),
            WorkloadEdit::EndOfUse(Date::from_ymd(2028, 12, 31)),
        ] {
            state.apply(AgencyAction::Edit { id, edit }, Context::default());
        }
        let w = &state.work.workloads[0].workload;
        assert_eq!(w.end_of_use, Date::from_ymd(2028, 12, 31));
        let gaps = check_fit(w, &classify(w), &[platform], Date::from_ymd(2025, 1, 1).unwrap()).unwrap();
        assert_eq!(
            gaps.iter().map(|g| (g.code, g.date)).collect::<Vec<_>>(),
            [(FitCode::AssessmentExpiresDuringUse, Date::from_ymd(2027, 1, 10))]
        );
    }

    #[test]
    fn filtering_or_searching_goes_back_to_the_first_page() {
        let mut state = AgencyState { view: AgencyView { page: 3, ..AgencyView::default() }, ..AgencyState::default() };
        state.apply(AgencyAction::SetSearch("x".into()), Context::default());
        assert_eq!(state.view.page, 0);
        state.view.page = 2;
        state.apply(AgencyAction::SetVerdictFilter(Some(Verdict::Eligible)), Context::default());
        assert_eq!(state.view.page, 0);
    }
}
