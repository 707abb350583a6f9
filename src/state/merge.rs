//! Merging files into the work: any number at once, each taken or refused on its own
//! and merged into the work of its role. Conflicts wait for the lead's choice; what is
//! not chosen is kept as history (`selfcheck_core::team`).

use selfcheck_core::{AgencyWork, ProviderWork};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use selfcheck_core::catalog::{Catalog, Index};
use selfcheck_core::report::writable::OverLimit;
use selfcheck_core::report::{provider_catalogs, LoadWarning, Loaded, ReportInputs, Role, Signer};
use selfcheck_core::team::agency::{self as agency_merge, AgencyMerge};
use selfcheck_core::team::fit::{fit, Files, Fit, HistoryFile, Moved, Work};
use selfcheck_core::team::history::FileLabel;
use selfcheck_core::team::incoming::{self, Incoming, Offered, Refusal};
use selfcheck_core::team::merge::{Conflict, Mergeable, Prefer, Side};
use selfcheck_core::team::provider::{self as provider_merge, ProviderMerge};
use selfcheck_core::Timestamp;

/// What a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConflictKind {
    Answer,
    Workload,
    Platform,
}

/// One file offered, and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct FileOutcome {
    pub name: String,
    pub taken: Result<Taken, Refusal>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Taken {
    pub role: Role,
    /// The owner, for a returned questionnaire.
    pub questionnaire: Option<String>,
    /// The file was edited after it was written.
    pub edited: bool,
    /// A questionnaire offered to the merge of a workspace with no provider work: most
    /// likely one handed to this person to answer, which the panel offers to open.
    pub to_answer: Option<Rc<Loaded<ReportInputs>>>,
    /// Who signed it, its signature checked (`None`: unsigned).
    pub signer: Option<Signer>,
}

/// One role's merge: the plan and the files it came from (in `Side::File` order).
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMerge<P> {
    pub plan: P,
    pub files: Vec<String>,
    pub made_at: Vec<Option<Timestamp>>,
    /// Each file's valid signer's fingerprint (empty: none), kept in the history.
    pub signers: Vec<String>,
}

impl<P> RoleMerge<P> {
    fn file_time(&self) -> impl Fn(Side) -> Option<Timestamp> + '_ {
        move |side| match side {
            Side::Yours => None,
            Side::File(n) => self.made_at.get(n).cloned().flatten(),
        }
    }

    /// The files as the history names them: name and valid signer.
    fn labels(&self) -> Vec<FileLabel<'_>> {
        self.files.iter().zip(&self.signers).map(|(name, signer)| FileLabel { name, signer }).collect()
    }
}

/// What a merge did, for its summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub files: usize,
    pub refused: usize,
    /// Answers, workloads and platforms applied without a question.
    pub applied: usize,
    pub conflicts: usize,
    pub unknown: usize,
    pub catalogs: usize,
}

/// What applying the choices would leave, said before anything changes: nothing is
/// kept that the app could not save and read back (`team::fit`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Within every limit: applied as chosen.
    Fits,
    /// Within the limits once the oldest history moves to `files`, which the lead saves
    /// before the merge applies; `work` is both roles as they will stand.
    Moved { work: Box<Work>, files: Vec<HistoryFile>, moved: Moved },
    /// Over a limit moving history cannot help: it cannot be applied.
    Refused(OverLimit),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MergeState {
    pub files: Vec<FileOutcome>,
    pub provider: Option<RoleMerge<ProviderMerge>>,
    pub agency: Option<RoleMerge<AgencyMerge>>,
    /// The candidate chosen for each conflict.
    pub choices: BTreeMap<(ConflictKind, String), usize>,
    /// Set once the merge is applied.
    pub done: bool,
    /// When the files were offered: the time a merge that moves history records (its
    /// history files are written before it applies).
    pub offered_at: Option<Timestamp>,
    /// What the choices would leave, once every conflict is decided (behind `Rc`: the
    /// state is cloned on every action).
    pub outcome: Option<Rc<Outcome>>,
    /// The history files of `Outcome::Moved` the lead has saved, by index.
    pub saved: BTreeSet<usize>,
}

/// A merge offered without the clock (tests) records the epoch as its time.
fn epoch() -> Timestamp {
    Timestamp::from_unix_seconds(0).expect("the epoch")
}

/// The choice made for each conflict of `kind`.
fn chosen<T>(
    choices: &BTreeMap<(ConflictKind, String), usize>,
    kind: ConflictKind,
) -> impl FnMut(&Conflict<T>) -> Option<usize> + '_ {
    move |c| choices.get(&(kind, c.key.clone())).copied()
}

fn role_merge<P>(plan: P, taken: &[incoming::Incoming]) -> RoleMerge<P> {
    RoleMerge {
        plan,
        files: taken.iter().map(|f| f.name.clone()).collect(),
        made_at: taken.iter().map(incoming::Incoming::made_at).collect(),
        signers: taken.iter().map(|f| incoming::valid_signer(f.signer.as_ref()).to_string()).collect(),
    }
}

/// A file offered to a merge, read before it is dispatched: what it holds (a window's
/// saved work gives one file per role it holds work of), or why it was refused.
pub type ReadFile = (String, Result<Vec<Incoming>, Refusal>);

/// Reads the files offered to a merge, their items found in the built-in catalogs and
/// `loaded` (a questionnaire sheet names items by id).
pub fn read_files(files: Vec<(String, Result<Offered, Refusal>)>, loaded: &[Catalog]) -> Vec<ReadFile> {
    let catalogs = provider_catalogs(loaded);
    let index = Index::new(&catalogs);
    files
        .into_iter()
        .map(|(name, offered)| {
            let read = offered.and_then(|offered| incoming::read_offered(&name, offered, &index));
            (name, read)
        })
        .collect()
}

impl MergeState {
    /// Reads every file and plans merging each into the work of its role.
    pub fn plan(files: Vec<ReadFile>, provider: &ProviderWork, agency: &AgencyWork) -> MergeState {
        let mut outcomes = Vec::with_capacity(files.len());
        let (mut providers, mut agencies) = (Vec::new(), Vec::new());
        for (name, read) in files {
            match read {
                Ok(taken) => {
                    for file in taken {
                        let questionnaire = file.report.provider.as_ref();
                        let questionnaire =
                            questionnaire.and_then(|p| p.questionnaire.as_ref()).map(|q| q.owner.clone());
                        let edited = file.warnings.contains(&LoadWarning::DigestMismatch);
                        let role = file.report.role;
                        let to_answer = (questionnaire.is_some() && provider.is_empty())
                            .then(|| Rc::new(Loaded { report: file.report.clone(), warnings: file.warnings.clone() }));
                        let signer = file.signer.clone();
                        let taken = Ok(Taken { role, questionnaire, edited, to_answer, signer });
                        outcomes.push(FileOutcome { name: name.clone(), taken });
                        match role {
                            Role::Provider => providers.push(file),
                            Role::Agency => agencies.push(file),
                        }
                    }
                }
                Err(refusal) => outcomes.push(FileOutcome { name, taken: Err(refusal) }),
            }
        }
        let provider = (!providers.is_empty()).then(|| {
            let inputs: Vec<&ProviderWork> = providers.iter().filter_map(|f| f.report.provider.as_ref()).collect();
            role_merge(provider_merge::plan_merge(provider, &inputs), &providers)
        });
        let agency = (!agencies.is_empty()).then(|| {
            let inputs: Vec<&AgencyWork> = agencies.iter().filter_map(|f| f.report.agency.as_ref()).collect();
            role_merge(agency_merge::plan_merge(agency, &inputs), &agencies)
        });
        MergeState {
            files: outcomes,
            provider,
            agency,
            choices: BTreeMap::new(),
            done: false,
            offered_at: None,
            outcome: None,
            saved: BTreeSet::new(),
        }
    }

    /// Both roles' work with the merge applied as chosen, at `at`.
    fn merged(&self, provider: &ProviderWork, agency: &AgencyWork, at: &Timestamp) -> Work {
        let (p, a) = self.apply(provider, agency, at);
        Work { provider: p.unwrap_or_else(|| provider.clone()), agency: a.unwrap_or_else(|| agency.clone()) }
    }

    /// Says what the choices would leave, once every conflict is decided (at the time
    /// the files were offered).
    pub fn prepare(&mut self, provider: &ProviderWork, agency: &AgencyWork) {
        self.saved.clear();
        if self.undecided() > 0 {
            self.outcome = None;
            return;
        }
        let at = self.offered_at.clone().unwrap_or_else(epoch);
        let outcome = match fit(self.merged(provider, agency, &at), Files::APP, at.as_str(), at.date()) {
            Fit::Fits { .. } => Outcome::Fits,
            Fit::Moved { work, files, moved, .. } => Outcome::Moved { work: Box::new(work), files, moved },
            Fit::Refused(over) => Outcome::Refused(over),
        };
        self.outcome = Some(Rc::new(outcome));
    }

    /// A questionnaire offered to an empty workspace: open it to answer, rather than merge?
    pub fn offers_answering(&self) -> bool {
        self.files.iter().any(|f| f.taken.as_ref().is_ok_and(|t| t.to_answer.is_some()))
    }

    /// Every conflict decided, and every history file saved that the merge needs.
    pub fn ready(&self) -> bool {
        self.undecided() == 0
            && match self.outcome.as_deref() {
                Some(Outcome::Fits) => true,
                Some(Outcome::Moved { files, .. }) => (0..files.len()).all(|n| self.saved.contains(&n)),
                Some(Outcome::Refused(_)) | None => false,
            }
    }

    /// The work as the merge leaves it, at `at`: `None` when it cannot apply (not ready,
    /// or, applied now, it would pass a limit after all: the outcome then says so).
    pub fn take(&mut self, provider: &ProviderWork, agency: &AgencyWork, at: &Timestamp) -> Option<Work> {
        if self.done || !self.ready() {
            return None;
        }
        let outcome = self.outcome.clone()?;
        let work = match &*outcome {
            // The history files were written from this very work.
            Outcome::Moved { work, .. } => (**work).clone(),
            // Applied at the time it is applied; checked again, as the texts differ by it.
            _ => match fit(self.merged(provider, agency, at), Files::APP, at.as_str(), at.date()) {
                Fit::Fits { work, .. } => work,
                Fit::Moved { work, files, moved, .. } => {
                    self.saved.clear();
                    self.outcome = Some(Rc::new(Outcome::Moved { work: Box::new(work), files, moved }));
                    return None;
                }
                Fit::Refused(over) => {
                    self.outcome = Some(Rc::new(Outcome::Refused(over)));
                    return None;
                }
            },
        };
        self.done = true;
        Some(work)
    }

    /// Every conflict's kind and key, answers first.
    pub fn conflict_keys(&self) -> Vec<(ConflictKind, &str)> {
        let mut all = Vec::new();
        if let Some(p) = &self.provider {
            all.extend(p.plan.answers.conflicts.iter().map(|c| (ConflictKind::Answer, c.key.as_str())));
        }
        if let Some(a) = &self.agency {
            all.extend(a.plan.workloads.conflicts.iter().map(|c| (ConflictKind::Workload, c.key.as_str())));
            all.extend(a.plan.platforms.conflicts.iter().map(|c| (ConflictKind::Platform, c.key.as_str())));
        }
        all
    }

    pub fn undecided(&self) -> usize {
        self.conflict_keys().iter().filter(|(kind, key)| !self.choices.contains_key(&(*kind, key.to_string()))).count()
    }

    pub fn choose(&mut self, kind: ConflictKind, key: String, candidate: usize) {
        self.choices.insert((kind, key), candidate);
    }

    /// Decides every conflict the same way.
    pub fn choose_all(&mut self, prefer: Prefer) {
        fn each<T: Mergeable, P>(
            choices: &mut BTreeMap<(ConflictKind, String), usize>,
            kind: ConflictKind,
            conflicts: &[Conflict<T>],
            merge: &RoleMerge<P>,
            prefer: Prefer,
        ) {
            for conflict in conflicts {
                if let Some(at) = conflict.preferred(prefer, merge.file_time()) {
                    choices.insert((kind, conflict.key.clone()), at);
                }
            }
        }
        if let Some(p) = &self.provider {
            each(&mut self.choices, ConflictKind::Answer, &p.plan.answers.conflicts, p, prefer);
        }
        if let Some(a) = &self.agency {
            each(&mut self.choices, ConflictKind::Workload, &a.plan.workloads.conflicts, a, prefer);
            each(&mut self.choices, ConflictKind::Platform, &a.plan.platforms.conflicts, a, prefer);
        }
    }

    /// The name the n-th history file of `Outcome::Moved` is saved as.
    pub fn history_file_name(&self, n: usize) -> Option<String> {
        let Some(Outcome::Moved { files, .. }) = self.outcome.as_deref() else { return None };
        let file = files.get(n)?;
        let day = self.offered_at.as_ref().map_or_else(String::new, |at| format!("-{}", at.date()));
        Some(format!("cloud-selfcheck-{}-history{day}-{}-of-{}.json", file.role.code(), n + 1, files.len()))
    }

    /// Whether a role has files in this merge.
    pub fn merges(&self, role: Role) -> bool {
        match role {
            Role::Provider => self.provider.is_some(),
            Role::Agency => self.agency.is_some(),
        }
    }

    pub fn summary(&self) -> MergeSummary {
        let (p, a) = (self.provider.as_ref(), self.agency.as_ref());
        MergeSummary {
            files: self.files.iter().filter(|f| f.taken.is_ok()).count(),
            refused: self.files.iter().filter(|f| f.taken.is_err()).count(),
            applied: p.map_or(0, |p| p.plan.answers.applied.len())
                + a.map_or(0, |a| a.plan.workloads.applied.len() + a.plan.platforms.applied.len()),
            conflicts: self.conflict_keys().len(),
            unknown: p.map_or(0, |p| p.plan.unknown.len()),
            catalogs: p.map_or(0, |p| p.plan.catalogs.len()),
        }
    }

    /// The work of each role merged, as chosen (`None` for a role no file was of).
    pub fn apply(
        &self,
        provider: &ProviderWork,
        agency: &AgencyWork,
        at: &Timestamp,
    ) -> (Option<ProviderWork>, Option<AgencyWork>) {
        let merged_provider = self.provider.as_ref().map(|p| {
            provider_merge::apply_merge(
                provider,
                p.plan.clone(),
                chosen(&self.choices, ConflictKind::Answer),
                &p.labels(),
                at,
            )
        });
        let merged_agency = self.agency.as_ref().map(|a| {
            agency_merge::apply_merge(
                agency,
                a.plan.clone(),
                chosen(&self.choices, ConflictKind::Workload),
                chosen(&self.choices, ConflictKind::Platform),
                &a.labels(),
                at,
            )
        });
        (merged_provider, merged_agency)
    }
}

#[cfg(test)]
mod tests {
    use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
    use selfcheck_core::team::questionnaire::hand_out;
    use selfcheck_core::{Answer, Date, Lang, Status};

    use super::*;
    use crate::route::Route;
    use crate::state::{Action, AnswerEdit, AppState, ProviderAction};

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    /// A JSON file as the merge is offered it, made at the same time in every test.
    fn json(bytes: Vec<u8>) -> Result<Offered, Refusal> {
        Ok(Offered::Json { bytes, modified: at("2026-12-02T07:00:00Z"), signer: None })
    }

    fn file(inputs: &ProviderWork) -> Result<Offered, Refusal> {
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        json(to_canonical_json(&build_provider_report(inputs, "2026-12-01T08:00:00Z", day)).into_bytes())
    }

    fn answer(state: &AppState, item: &str, status: Status, when: &str) -> AppState {
        let action = ProviderAction::Answer { item: item.into(), edit: AnswerEdit::Toggle(status) };
        state.apply_at(Action::Provider(action), Some(&at(when)))
    }

    const ITEM: &str = "M19-A3-01-Q1";

    #[test]
    fn a_conflict_waits_for_a_choice_and_nothing_is_lost() {
        let lead = answer(&AppState::new(Lang::ZhCn, Route::Report), ITEM, Status::NotMet, "2026-11-20T09:00:00Z");
        let mut theirs = ProviderWork::default();
        theirs.answers_mut().insert(ITEM.into(), Answer::with_status(Status::Met));
        theirs.answers_mut().insert("M19-A3-01-Q2".into(), Answer::with_status(Status::Partial));
        let broken = ("broken.json".to_string(), json(b"{".to_vec()));
        let files = vec![("hr.json".to_string(), file(&theirs)), broken];
        let pending =
            lead.apply_at(Action::MergeFiles { files: read_files(files, &[]) }, Some(&at("2026-12-02T08:00:00Z")));
        let merge = pending.merge.as_ref().unwrap();
        assert_eq!(
            merge.summary(),
            MergeSummary { files: 1, refused: 1, applied: 1, conflicts: 1, ..Default::default() }
        );
        assert!(matches!(
            merge.files[1].taken,
            Err(Refusal::Load(selfcheck_core::report::LoadProblem::NotJson { .. }))
        ));
        assert_eq!(pending.provider.work.clone(), lead.provider.work.clone(), "nothing changes before the choice");
        assert_eq!(pending.apply(Action::ApplyMerge), pending, "not while a conflict is open");
        assert_eq!(pending.apply(Action::DismissMerge).provider.work.clone(), lead.provider.work.clone());

        let chosen = pending.apply(Action::MergeChoose { kind: ConflictKind::Answer, key: ITEM.into(), candidate: 1 });
        let merged = chosen.apply_at(Action::ApplyMerge, Some(&at("2026-12-02T09:00:00Z")));
        assert!(merged.merge.as_ref().unwrap().done);
        assert_eq!(merged.provider.work.answers[ITEM].status(), Some(Status::Met));
        assert_eq!(merged.provider.work.answers["M19-A3-01-Q2"].status(), Some(Status::Partial));
        let kept = &merged.provider.work.history[ITEM];
        assert_eq!((kept[0].value.status(), kept[0].from.as_str()), (Some(Status::NotMet), ""));
        assert_eq!(kept[0].merged_at, at("2026-12-02T09:00:00Z"));
        assert!(merged.revision > lead.revision, "the merge is autosaved");
        let session = merged.session();
        assert_eq!(session.provider.history, merged.provider.work.history, "history is part of the session");
    }

    #[test]
    fn without_conflicts_files_of_both_roles_are_merged_at_once() {
        let lead = AppState::new(Lang::En, Route::Report);
        let mut theirs = ProviderWork::default();
        theirs.answers_mut().insert(ITEM.into(), Answer::with_status(Status::Met));
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let mut inventory = AgencyWork::default();
        inventory
            .workloads_mut()
            .push(selfcheck_core::agency::Workload { name: "门户".into(), ..Default::default() });
        let agency = to_canonical_json(&build_agency_report(&inventory, "2026-12-01T08:00:00Z", day)).into_bytes();
        let files = vec![("hr.json".to_string(), file(&theirs)), ("office.json".to_string(), json(agency))];
        let merged = lead.apply(Action::MergeFiles { files: read_files(files, &[]) });
        assert!(merged.merge.as_ref().unwrap().done);
        assert_eq!(merged.provider.work.answers[ITEM].status(), Some(Status::Met));
        assert_eq!(merged.agency.work.workloads[0].workload.name, "门户");
    }

    #[test]
    fn a_windows_saved_work_merges_both_roles_from_one_file() {
        // The work a window that stopped saving offers as a file: a session, not a report.
        let lead = answer(&AppState::new(Lang::En, Route::Report), ITEM, Status::NotMet, "2026-12-01T09:00:00Z");
        let mut theirs = ProviderWork::default();
        theirs.answers_mut().insert("M19-A3-01-Q2".into(), Answer::with_status(Status::Partial));
        let mut inventory = AgencyWork::default();
        inventory
            .workloads_mut()
            .push(selfcheck_core::agency::Workload { name: "门户".into(), ..Default::default() });
        let saved = selfcheck_core::session::Session::new(theirs, inventory).to_json().into_bytes();
        let merged =
            lead.apply(Action::MergeFiles { files: read_files(vec![("window.json".into(), json(saved))], &[]) });
        let merge = merged.merge.as_ref().unwrap();
        let roles: Vec<_> = merge.files.iter().map(|f| f.taken.as_ref().map(|t| t.role)).collect();
        assert_eq!(roles, [Ok(Role::Provider), Ok(Role::Agency)], "one file, both of its parts");
        assert!(merge.done, "nothing conflicts");
        assert_eq!(merged.provider.work.answers[ITEM].status(), Some(Status::NotMet), "the lead's answer stays");
        assert_eq!(merged.provider.work.answers["M19-A3-01-Q2"].status(), Some(Status::Partial));
        assert_eq!(merged.agency.work.workloads[0].workload.name, "门户");

        let empty = selfcheck_core::session::Session::new(Default::default(), Default::default()).to_json();
        let refused = lead.apply(Action::MergeFiles {
            files: read_files(vec![("empty.json".into(), json(empty.into_bytes()))], &[]),
        });
        assert!(matches!(refused.merge.as_ref().unwrap().files[0].taken, Err(Refusal::EmptySession)));
    }

    #[test]
    fn newest_for_all_decides_by_when_each_answer_was_given() {
        let lead = answer(&AppState::new(Lang::ZhCn, Route::Report), ITEM, Status::NotMet, "2026-12-03T09:00:00Z");
        let mut older = ProviderWork::default();
        let mut met = Answer::with_status(Status::Met);
        met.stamp("人力资源部", at("2026-12-01T09:00:00Z"), None);
        older.answers_mut().insert(ITEM.into(), met);
        let pending = lead.apply(Action::MergeFiles { files: read_files(vec![("hr.json".into(), file(&older))], &[]) });
        let decided = pending.apply(Action::MergeChooseAll(Prefer::Newest));
        assert_eq!(decided.merge.as_ref().unwrap().undecided(), 0);
        let merged = decided.apply(Action::ApplyMerge);
        assert_eq!(merged.provider.work.answers[ITEM].status(), Some(Status::NotMet), "the lead's is newer");
        assert_eq!(merged.provider.work.history[ITEM][0].from, "hr.json");
    }

    /// An agency report as the merge is offered it, every workload described `text`.
    fn inventory(count: usize, text: &str) -> Result<Offered, Refusal> {
        workloads(0..count, text)
    }

    fn workloads(numbers: std::ops::Range<usize>, text: &str) -> Result<Offered, Refusal> {
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let mut inputs = AgencyWork::default();
        for n in numbers {
            let name = format!("系统{n}");
            inputs.workloads_mut().push(selfcheck_core::agency::Workload {
                name,
                description: text.into(),
                ..Default::default()
            });
        }
        json(to_canonical_json(&build_agency_report(&inputs, "2026-12-01T08:00:00Z", day)).into_bytes())
    }

    /// Merges `file` and takes the files' values everywhere, as the lead would.
    fn merge_taking_theirs(state: &AppState, file: Result<Offered, Refusal>, when: &str) -> AppState {
        let planned = state.apply_at(
            Action::MergeFiles { files: read_files(vec![("office.json".into(), file)], &[]) },
            Some(&at(when)),
        );
        planned.apply(Action::MergeChooseAll(Prefer::Newest))
    }

    #[test]
    fn a_merge_past_the_history_limit_applies_once_the_oldest_history_is_saved() {
        use selfcheck_core::report::limits::{scoped, Limits};
        use selfcheck_core::report::load_inputs;
        use selfcheck_core::team::history::entries;
        scoped(Limits { history: 8, ..Limits::READ }, || {
            let mut state = AppState::new(Lang::En, Route::Report);
            state = state
                .apply(Action::MergeFiles { files: read_files(vec![("office.json".into(), inventory(5, "v0"))], &[]) });
            let when = "2026-12-02T08:00:00Z";
            let decided = merge_taking_theirs(&state, inventory(5, "v1"), when);
            assert_eq!(decided.merge.as_ref().unwrap().outcome.as_deref(), Some(&Outcome::Fits));
            state = decided.apply_at(Action::ApplyMerge, Some(&at(when)));
            assert!(state.merge.as_ref().unwrap().done);
            assert_eq!(entries(&state.agency.work.history.workloads), 5, "each workload's v0 set aside");

            let decided = merge_taking_theirs(&state, inventory(5, "v2"), "2026-12-03T08:00:00Z");
            let merge = decided.merge.as_ref().unwrap();
            let Some(Outcome::Moved { files, moved, work }) = merge.outcome.as_deref() else {
                panic!("history moves: {:?}", merge.outcome)
            };
            assert_eq!((moved.entries, moved.kept), (3, 7), "10 would pass 8: down to four fifths (7)");
            assert!(!merge.ready(), "not before the history file is saved");
            assert_eq!(files.len(), 1);
            assert_eq!(merge.history_file_name(0).unwrap(), "cloud-selfcheck-agency-history-2026-12-03-1-of-1.json");
            let not_yet = decided.apply(Action::ApplyMerge);
            assert_eq!(
                not_yet.agency.work.to_owned_work(),
                state.agency.work.to_owned_work(),
                "nothing changes before it is saved"
            );

            let saved = decided.apply(Action::MergeHistorySaved(0));
            assert!(saved.merge.as_ref().unwrap().ready());
            let merged = saved.apply_at(Action::ApplyMerge, Some(&at("2026-12-03T09:00:00Z")));
            assert!(merged.merge.as_ref().unwrap().done);
            assert_eq!(merged.agency.work.to_owned_work(), work.agency, "the work the history file was written from");
            assert!(merged.agency.work.workloads.iter().all(|e| e.workload.description == "v2"));
            let aside = load_inputs(files[0].text.as_bytes()).unwrap().report.agency_work().unwrap();
            let kept = entries(&merged.agency.work.history.workloads);
            assert_eq!(kept + entries(&aside.history.workloads), 10, "nothing lost");
            let moved: Vec<_> =
                aside.history.workloads.values().flatten().map(|s| s.value.description.as_str()).collect();
            assert_eq!(moved, ["v0"; 3], "the oldest moved");
            let session = merged.session();
            let text = session.to_json();
            assert!(selfcheck_core::session::Session::from_json(&text).is_ok(), "the autosave reads back");
        });
    }

    #[test]
    fn a_merge_over_a_limit_history_cannot_help_is_refused_before_it_applies() {
        use selfcheck_core::report::limits::{scoped, Limits};
        scoped(Limits { workloads: 6, ..Limits::READ }, || {
            let lead = AppState::new(Lang::ZhCn, Route::Report)
                .apply(Action::MergeFiles { files: read_files(vec![("office.json".into(), inventory(5, "v0"))], &[]) });
            // Each file within the limit, not the two together.
            let more = workloads(3..9, "v0");
            let refused = lead.apply(Action::MergeFiles { files: read_files(vec![("more.json".into(), more)], &[]) });
            let merge = refused.merge.as_ref().unwrap();
            assert!(!merge.done, "not applied");
            let Some(Outcome::Refused(over)) = merge.outcome.as_deref() else { panic!("{:?}", merge.outcome) };
            use selfcheck_core::messages::Describe;
            let message = over.message(Lang::ZhCn);
            assert!(message.contains("业务系统数量将为 9，超过上限 6"), "{message}");
            assert_eq!(refused.agency.work.to_owned_work(), lead.agency.work.to_owned_work());
            assert_eq!(refused.apply(Action::ApplyMerge).agency.work.to_owned_work(), lead.agency.work.to_owned_work());
        });
    }

    #[test]
    fn a_questionnaire_offered_to_an_empty_workspace_waits_to_be_opened_rather_than_merged() {
        let mut lead = ProviderWork::default();
        selfcheck_core::team::owners::assign(lead.answers_mut(), [ITEM], "法务部");
        let q = hand_out(&lead, "法务部", "合规部", at("2026-12-01T09:00:00Z")).unwrap();
        let offered = || Action::MergeFiles { files: read_files(vec![("q.json".into(), file(&q))], &[]) };
        let empty = AppState::new(Lang::ZhCn, Route::Report).apply(offered());
        let merge = empty.merge.as_ref().unwrap();
        assert!(merge.offers_answering() && !merge.done, "nothing applied on its own");
        assert!(empty.provider.work.is_empty());
        let taken = merge.files[0].taken.as_ref().unwrap();
        let opened = empty.apply(Action::ReportLoaded(Box::new((**taken.to_answer.as_ref().unwrap()).clone())));
        assert_eq!(opened.provider.work.questionnaire.as_ref().map(|q| q.owner.as_str()), Some("法务部"));

        // The lead's own workspace: the questionnaire came back, and is merged as before.
        let working =
            AppState::new(Lang::ZhCn, Route::Report).apply(Action::Provider(ProviderAction::SetAssignee("x".into())));
        let working = answer(&working, "M19-A3-01-Q2", Status::Met, "2026-12-02T10:00:00Z");
        let merged = working.apply(offered());
        assert!(!merged.merge.as_ref().unwrap().offers_answering());
    }

    #[test]
    fn a_questionnaire_opened_shows_only_its_items_and_answers_as_its_owner() {
        let mut lead = ProviderWork::default();
        selfcheck_core::team::owners::assign(lead.answers_mut(), [ITEM, "C23-01-Q1"], "法务部");
        let q = hand_out(&lead, "法务部", "合规部", at("2026-12-01T09:00:00Z")).unwrap();
        let Ok(Offered::Json { bytes, .. }) = file(&q) else { unreachable!("a report") };
        let loaded = selfcheck_core::report::load_inputs(&bytes).unwrap();
        let respondent = AppState::new(Lang::ZhCn, Route::Report).apply(Action::ReportLoaded(Box::new(loaded)));
        let provider = &respondent.provider;
        assert_eq!(provider.work.questionnaire.as_ref().unwrap().owner, "法务部");
        let ids: Vec<_> = provider.work_catalogs().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["measures-2019-focus", "convention-2023"], "only the catalogs with its items");
        let answered = answer(&respondent, ITEM, Status::Met, "2026-12-02T10:00:00Z");
        assert_eq!(answered.provider.work.answers[ITEM].details().answered_by, "法务部", "unnamed: the owner");
        assert_eq!(answered.provider.work.answers[ITEM].details().owner, "法务部");
        let outside = answer(&answered, "M19-A3-01-Q2", Status::Met, "2026-12-02T10:00:00Z");
        assert!(!outside.provider.work.answers.contains_key("M19-A3-01-Q2"), "an item not handed out is not answered");
    }

    #[test]
    fn the_shown_items_or_a_section_go_to_an_owner_in_one_step() {
        let state = AppState::new(Lang::ZhCn, Route::Provider)
            .apply(Action::Provider(ProviderAction::SetAssignee(" 运维部 ".into())))
            .apply(Action::Provider(ProviderAction::SetFilter(crate::state::Filter::Gating)));
        let assigned = state.apply(Action::Provider(ProviderAction::AssignShown));
        let catalog = state.provider.current_catalog().unwrap();
        let gating: Vec<&str> =
            catalog.sections.iter().flat_map(|s| &s.items).filter(|i| i.gating).map(|i| i.id.as_str()).collect();
        assert!(!gating.is_empty());
        assert!(gating.iter().all(|id| assigned.provider.work.answers[*id].details().owner == "运维部"));
        assert_eq!(assigned.provider.work.answers.len(), gating.len(), "only the items shown");
        let section = catalog.sections[1].id.clone();
        let whole = assigned.apply(Action::Provider(ProviderAction::AssignSection {
            section: section.clone(),
            owner: "人力资源部".into(),
        }));
        assert!(catalog.sections[1]
            .items
            .iter()
            .all(|i| whole.provider.work.answers[&i.id].details().owner == "人力资源部"));
        let hr = whole.apply(Action::Provider(ProviderAction::SetOwnerFilter(Some("人力资源部".into()))));
        let all = hr.apply(Action::Provider(ProviderAction::SetFilter(crate::state::Filter::All)));
        let view = all.provider.shown();
        let hr_gating = catalog.sections[1].items.iter().filter(|i| i.gating).count();
        assert_eq!(view.shown_in(catalog).len(), catalog.sections[1].items.len(), "HR's items, all of them");
        let gating_view = hr.provider.shown();
        assert_eq!(gating_view.shown_in(catalog).len(), hr_gating, "the owner filter and the red-line filter together");
    }
}
