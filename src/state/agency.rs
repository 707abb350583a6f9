//! The agency's state: its workload inventory, candidate platforms, and how the
//! inventory is viewed (filter, search, page, selection, import outcome).

use chrono::NaiveDate;
use selfcheck_core::agency::inventory_csv::{self, CsvProblem};
use selfcheck_core::agency::{Platform, Verdict, Workload};
use selfcheck_core::profile::CapabilityTier;

use super::answer_edit::{self, AnswerEdit};

/// Workloads per page: 10,000 of them stay usable because only a page is drawn.
pub const PAGE_SIZE: usize = 50;

/// A workload with an id that survives edits, sorting and filtering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: u64,
    pub workload: Workload,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportMode {
    #[default]
    Add,
    Replace,
}

/// What the last import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported {
        count: usize,
        mode: ImportMode,
    },
    /// Refused whole: the inventory was not touched.
    Refused(Vec<CsvProblem>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgencyState {
    pub workloads: Vec<Entry>,
    pub platforms: Vec<Platform>,
    next_id: u64,
    pub selected: Option<u64>,
    pub verdict_filter: Option<Verdict>,
    pub search: String,
    pub page: usize,
    /// A delete waiting for its confirming second click.
    pub confirm_delete: Option<u64>,
    pub import_mode: ImportMode,
    pub import_outcome: Option<ImportOutcome>,
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
    MigrationDate(Option<NaiveDate>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlatformEdit {
    Name(String),
    Provider(String),
    ResultPublished(Option<NaiveDate>),
    Tier(Option<CapabilityTier>),
    MlpsLevel(Option<u8>),
    InChina(bool),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgencyAction {
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
    Obligation {
        id: u64,
        item: String,
        edit: AnswerEdit,
    },
    AddPlatform,
    EditPlatform {
        index: usize,
        edit: PlatformEdit,
    },
    DeletePlatform(usize),
    SetVerdictFilter(Option<Verdict>),
    SetSearch(String),
    SetPage(usize),
    SetImportMode(ImportMode),
    /// A CSV file's text: imported whole, or refused whole with every problem.
    ImportCsv(String),
    /// Refused before reading (too large, not text).
    ImportRefused(Vec<CsvProblem>),
    DismissImport,
}

impl AgencyState {
    fn push(&mut self, workload: Workload) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        self.workloads.push(Entry { id, workload });
        id
    }

    fn entry_mut(&mut self, id: u64) -> Option<&mut Workload> {
        self.workloads
            .iter_mut()
            .find(|e| e.id == id)
            .map(|e| &mut e.workload)
    }

    pub fn entry(&self, id: u64) -> Option<&Workload> {
        self.workloads
            .iter()
            .find(|e| e.id == id)
            .map(|e| &e.workload)
    }

    pub fn apply(&mut self, action: AgencyAction) {
        match action {
            AgencyAction::AddWorkload => {
                let id = self.push(Workload::default());
                self.selected = Some(id);
            }
            AgencyAction::Duplicate(id) => {
                if let Some(original) = self.entry(id).cloned() {
                    let at = self
                        .workloads
                        .iter()
                        .position(|e| e.id == id)
                        .unwrap_or(self.workloads.len());
                    let copy_id = self.push(original);
                    let copy = self.workloads.pop().expect("just pushed");
                    self.workloads.insert(at + 1, copy);
                    self.selected = Some(copy_id);
                }
            }
            AgencyAction::RequestDelete(id) => self.confirm_delete = Some(id),
            AgencyAction::CancelDelete => self.confirm_delete = None,
            AgencyAction::ConfirmDelete(id) => {
                if self.confirm_delete == Some(id) {
                    self.workloads.retain(|e| e.id != id);
                    if self.selected == Some(id) {
                        self.selected = None;
                    }
                }
                self.confirm_delete = None;
            }
            AgencyAction::Select(id) => self.selected = id,
            AgencyAction::Edit { id, edit } => {
                if let Some(w) = self.entry_mut(id) {
                    apply_workload_edit(w, edit);
                }
            }
            AgencyAction::Obligation { id, item, edit } => {
                if let Some(w) = self.entry_mut(id) {
                    answer_edit::apply(&mut w.obligations, &item, edit);
                }
            }
            AgencyAction::AddPlatform => self.platforms.push(Platform::default()),
            AgencyAction::EditPlatform { index, edit } => self.edit_platform(index, edit),
            AgencyAction::DeletePlatform(index) => {
                if index < self.platforms.len() {
                    self.platforms.remove(index);
                }
            }
            AgencyAction::SetVerdictFilter(filter) => {
                self.verdict_filter = filter;
                self.page = 0;
            }
            AgencyAction::SetSearch(search) => {
                self.search = search;
                self.page = 0;
            }
            AgencyAction::SetPage(page) => self.page = page,
            AgencyAction::SetImportMode(mode) => self.import_mode = mode,
            AgencyAction::ImportCsv(text) => match inventory_csv::import(&text) {
                Ok(workloads) => {
                    let count = workloads.len();
                    if self.import_mode == ImportMode::Replace {
                        self.workloads.clear();
                        self.selected = None;
                    }
                    for workload in workloads {
                        self.push(workload);
                    }
                    self.page = 0;
                    self.import_outcome = Some(ImportOutcome::Imported {
                        count,
                        mode: self.import_mode,
                    });
                }
                Err(problems) => self.import_outcome = Some(ImportOutcome::Refused(problems)),
            },
            AgencyAction::ImportRefused(problems) => {
                self.import_outcome = Some(ImportOutcome::Refused(problems))
            }
            AgencyAction::DismissImport => self.import_outcome = None,
        }
    }

    /// Renaming a platform carries its workloads along, so they stay assigned to it.
    fn edit_platform(&mut self, index: usize, edit: PlatformEdit) {
        let Some(platform) = self.platforms.get_mut(index) else {
            return;
        };
        match edit {
            PlatformEdit::Name(name) => {
                let old = std::mem::replace(&mut platform.name, name.clone());
                let other_has_old = self.platforms.iter().any(|p| p.name == old);
                if !old.trim().is_empty() && !other_has_old {
                    for entry in &mut self.workloads {
                        if entry.workload.platform.as_deref() == Some(old.as_str()) {
                            entry.workload.platform = Some(name.clone());
                        }
                    }
                }
            }
            PlatformEdit::Provider(v) => platform.provider = v,
            PlatformEdit::ResultPublished(d) => platform.result_published = d,
            PlatformEdit::Tier(t) => platform.tier = t,
            PlatformEdit::MlpsLevel(l) => platform.mlps_level = l,
            PlatformEdit::InChina(v) => platform.data_centres_in_china = v,
        }
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
    }
}

impl AgencyState {
    /// What the agency entered, without the UI's ids.
    pub fn inputs(&self) -> selfcheck_core::report::AgencyInputs {
        selfcheck_core::report::AgencyInputs {
            workloads: self.workloads.iter().map(|e| e.workload.clone()).collect(),
            platforms: self.platforms.clone(),
        }
    }

    /// Replaces what was entered; the view (filter, page, selection) starts afresh.
    pub fn set_inputs(&mut self, inputs: selfcheck_core::report::AgencyInputs) {
        let next_id = self.next_id;
        *self = AgencyState {
            next_id,
            platforms: inputs.platforms,
            ..AgencyState::default()
        };
        for workload in inputs.workloads {
            self.push(workload);
        }
    }

    pub fn inputs_differ(&self, other: &AgencyState) -> bool {
        self.workloads != other.workloads || self.platforms != other.platforms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "name,state_secret,work_secret,mlps_level,sensitive_data,key_business,severe_impact\nA,no,no,2,no,no,no\nB,yes,no,3,no,no,no\n";

    #[test]
    fn import_adds_or_replaces_and_a_refused_file_changes_nothing() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddWorkload);
        state.apply(AgencyAction::ImportCsv(CSV.into()));
        assert_eq!(state.workloads.len(), 3);
        assert_eq!(
            state.import_outcome,
            Some(ImportOutcome::Imported {
                count: 2,
                mode: ImportMode::Add
            })
        );

        let before = state.workloads.clone();
        state.apply(AgencyAction::ImportCsv("name\n".into()));
        assert_eq!(
            state.workloads, before,
            "a refused file leaves the inventory as it was"
        );
        assert!(matches!(
            state.import_outcome,
            Some(ImportOutcome::Refused(_))
        ));

        state.apply(AgencyAction::SetImportMode(ImportMode::Replace));
        state.apply(AgencyAction::ImportCsv(CSV.into()));
        assert_eq!(state.workloads.len(), 2);
        let ids: Vec<u64> = state.workloads.iter().map(|e| e.id).collect();
        assert!(
            ids.iter().all(|id| !before.iter().any(|e| e.id == *id)),
            "ids are never reused"
        );
    }

    #[test]
    fn delete_needs_a_confirming_second_step() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddWorkload);
        let id = state.workloads[0].id;
        state.apply(AgencyAction::ConfirmDelete(id));
        assert_eq!(state.workloads.len(), 1, "no request, no delete");
        state.apply(AgencyAction::RequestDelete(id));
        state.apply(AgencyAction::ConfirmDelete(id));
        assert!(state.workloads.is_empty());
        assert_eq!(state.selected, None);
    }

    #[test]
    fn duplicate_inserts_a_copy_after_the_original_and_selects_it() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::ImportCsv(CSV.into()));
        let first = state.workloads[0].id;
        state.apply(AgencyAction::Duplicate(first));
        let names: Vec<&str> = state
            .workloads
            .iter()
            .map(|e| e.workload.name.as_str())
            .collect();
        assert_eq!(names, ["A", "A", "B"]);
        assert_eq!(state.selected, Some(state.workloads[1].id));
    }

    #[test]
    fn renaming_a_platform_keeps_its_workloads_assigned() {
        let mut state = AgencyState::default();
        state.apply(AgencyAction::AddPlatform);
        state.apply(AgencyAction::EditPlatform {
            index: 0,
            edit: PlatformEdit::Name("云A".into()),
        });
        state.apply(AgencyAction::AddWorkload);
        let id = state.workloads[0].id;
        state.apply(AgencyAction::Edit {
            id,
            edit: WorkloadEdit::Platform(Some("云A".into())),
        });
        state.apply(AgencyAction::EditPlatform {
            index: 0,
            edit: PlatformEdit::Name("云A2".into()),
        });
        assert_eq!(
            state.workloads[0].workload.platform.as_deref(),
            Some("云A2")
        );
    }

    #[test]
    fn filtering_or_searching_goes_back_to_the_first_page() {
        let mut state = AgencyState {
            page: 3,
            ..AgencyState::default()
        };
        state.apply(AgencyAction::SetSearch("x".into()));
        assert_eq!(state.page, 0);
        state.page = 2;
        state.apply(AgencyAction::SetVerdictFilter(Some(Verdict::Eligible)));
        assert_eq!(state.page, 0);
    }
}
