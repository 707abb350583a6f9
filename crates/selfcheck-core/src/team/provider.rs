//! Merging provider files (returned questionnaires, colleagues' reports) into the
//! provider's work: answers by item id, and the loaded catalogs the files bring.

use super::history::record;
use super::merge::{plan, resolve, Conflict, Mergeable, Plan};
use crate::answer::Answer;
use crate::catalog::{loaded, Catalog, Index};
use crate::crosswalk::carry::taken_back;
use crate::report::provider_catalogs;
use crate::timestamp::Timestamp;
use crate::work::ProviderWork;

/// An answer's content is what the person answered: its status and texts. Who and when
/// it was recorded, and against which version, travel with it but do not make it
/// different; its owner is the lead's to decide. Of an answer carried from an equal item
/// only what was entered for the item itself counts (`carry::taken_back`): its status is
/// nobody's answer to it, never merged (the merged work carries again from the answers
/// people gave) and giving way to one a person gave.
impl Mergeable for Answer {
    fn is_blank(&self) -> bool {
        if self.carried_from().is_some() {
            return taken_back(self.clone()).is_blank();
        }
        let d = self.details();
        self.status().is_none()
            && d.justification.is_empty()
            && d.note.is_empty()
            && d.evidence.is_empty()
            && d.evidence_files.is_empty()
            && d.target_date.is_none()
    }

    fn same_as(&self, other: &Answer) -> bool {
        if self.carried_from().is_some() || other.carried_from().is_some() {
            return taken_back(self.clone()).same_as(&taken_back(other.clone()));
        }
        let (a, b) = (self.details(), other.details());
        self.status() == other.status()
            && a.justification == b.justification
            && a.note == b.note
            && a.evidence == b.evidence
            && a.evidence_files == b.evidence_files
            && a.target_date == b.target_date
    }

    fn recorded_at(&self) -> Option<&Timestamp> {
        self.details().answered_at.as_ref()
    }

    fn taking_over(self, yours: &Answer) -> Answer {
        let owner = yours.details().owner.clone();
        if owner.is_empty() {
            self
        } else {
            self.with_details(|d| d.owner = owner)
        }
    }
}

/// What merging provider files would do.
#[derive(Clone, Debug, PartialEq)]
pub struct ProviderMerge {
    pub answers: Plan<Answer>,
    /// Loaded catalogs a file brings that the work does not have (the first file's copy).
    pub catalogs: Vec<Catalog>,
    /// Items answered in the files that no catalog knows, the brought ones included:
    /// their answers are merged and kept all the same.
    pub unknown: Vec<String>,
}

/// Plans merging `files` (in order) into `work`.
pub fn plan_merge(work: &ProviderWork, files: &[&ProviderWork]) -> ProviderMerge {
    let mut catalogs: Vec<Catalog> = Vec::new();
    for catalog in files.iter().flat_map(|f| f.catalogs.iter()) {
        let known = work.catalogs.iter().chain(&catalogs).any(|c| c.id == catalog.id);
        let mut all = (*work.catalogs).clone();
        all.extend(catalogs.iter().cloned());
        if !known && loaded::admit(&all, catalog).is_ok() {
            catalogs.push(catalog.clone());
        }
    }
    let lists: Vec<Vec<(&str, &Answer)>> =
        files.iter().map(|f| f.answers.iter().map(|(id, a)| (id.as_str(), a)).collect()).collect();
    let answers = plan(|id| work.answers.get(id), &lists);
    let mut all = (*work.catalogs).clone();
    all.extend(catalogs.iter().cloned());
    let every = provider_catalogs(&all);
    let index = Index::new(&every);
    let mut unknown: Vec<String> = answers
        .applied
        .iter()
        .map(|(id, _)| id)
        .chain(answers.conflicts.iter().map(|c| &c.key))
        .filter(|id| index.item(id).is_none())
        .cloned()
        .collect();
    unknown.sort_unstable(); // ids are unique: no need for a stable sort
    ProviderMerge { answers, catalogs, unknown }
}

/// The work with the merge applied: conflicts decided by `choose` (see
/// `merge::resolve`), what was not chosen added to the history, `files` naming the
/// merged files for it (a name, or a `FileLabel` with its signer).
pub fn apply_merge<'a, F: Copy + Into<super::history::FileLabel<'a>>>(
    work: &ProviderWork,
    merge: ProviderMerge,
    choose: impl FnMut(&Conflict<Answer>) -> Option<usize>,
    files: &[F],
    merged_at: &Timestamp,
) -> ProviderWork {
    let mut merged = work.clone();
    merged.catalogs_mut().extend(merge.catalogs);
    let resolved = resolve(merge.answers, choose);
    for (id, answer) in resolved.set {
        merged.answers_mut().insert(id, answer);
    }
    record(merged.history_mut(), resolved.set_aside, files, merged_at);
    let relations = loaded::relations(&merged.catalogs);
    crate::crosswalk::carry(&relations, merged.answers_mut());
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::team::merge::{Prefer, Side};
    use crate::team::owners::assign;
    use crate::Status;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn answered(status: Status, by: &str, when: &str) -> Answer {
        let mut answer = Answer::with_status(status);
        answer.stamp(by, at(when), None);
        answer
    }

    #[test]
    fn owner_only_answers_take_a_returned_answer_and_keep_their_owner() {
        let mut work = ProviderWork::default();
        assign(work.answers_mut(), ["M19-A3-01-Q1"], "人力资源部");
        let mut returned = ProviderWork::default();
        let mut answer = answered(Status::Met, "张三", "2026-12-02T10:00:00+08:00");
        answer.edit_details(|d| d.owner = "张三".into());
        returned.answers_mut().insert("M19-A3-01-Q1".into(), answer);
        let merge = plan_merge(&work, &[&returned]);
        assert!(merge.answers.conflicts.is_empty());
        let merged = apply_merge(&work, merge, |_| None, &["hr.json"], &at("2026-12-02T12:00:00Z"));
        let result = &merged.answers["M19-A3-01-Q1"];
        assert_eq!(result.status(), Some(Status::Met));
        assert_eq!(result.details().owner, "人力资源部", "the lead's assignment stays");
        assert_eq!(result.details().answered_by, "张三", "who answered travels with it");
        assert!(merged.history.is_empty());
    }

    #[test]
    fn a_conflict_keeps_every_answer_not_chosen_as_history() {
        let mut work = ProviderWork::default();
        work.answers_mut().insert("M19-A3-01-Q1".into(), answered(Status::NotMet, "合规部", "2026-11-20T09:00:00Z"));
        let mut hr = ProviderWork::default();
        hr.answers_mut().insert("M19-A3-01-Q1".into(), answered(Status::Met, "人力资源部", "2026-12-02T09:00:00Z"));
        let mut same = ProviderWork::default();
        same.answers_mut().insert("M19-A3-01-Q1".into(), answered(Status::NotMet, "运维部", "2026-12-01T09:00:00Z"));
        let merge = plan_merge(&work, &[&hr, &same]);
        assert_eq!(merge.answers.conflicts.len(), 1);
        let sides: Vec<Side> = merge.answers.conflicts[0].candidates.iter().map(|c| c.side).collect();
        assert_eq!(sides, [Side::Yours, Side::File(0)], "the same answer as the work's is no conflict");
        let merged = apply_merge(
            &work,
            merge,
            |c| c.preferred(Prefer::Newest, |_| None),
            &["hr.json", "ops.json"],
            &at("2026-12-02T12:00:00Z"),
        );
        assert_eq!(merged.answers["M19-A3-01-Q1"].status(), Some(Status::Met));
        let history = &merged.history["M19-A3-01-Q1"];
        assert_eq!(history.len(), 1);
        assert_eq!((history[0].value.status(), history[0].from.as_str()), (Some(Status::NotMet), ""));
    }

    #[test]
    fn a_file_brings_its_loaded_catalog_and_unknown_items_are_named() {
        let day = crate::Date::from_ymd(2026, 12, 1).unwrap();
        let head = crate::catalog::csv_import::CatalogHeader {
            id: "team".into(),
            title: "自查表".into(),
            version: "1".into(),
            date: day,
        };
        let sheet = loaded::read_csv(b"section,id,title\nA,1,x\n").unwrap();
        let catalog = loaded::from_sections(&head, sheet).unwrap();
        let mut file = ProviderWork { catalogs: vec![catalog].into(), ..ProviderWork::default() };
        file.answers_mut().insert("team:1".into(), Answer::with_status(Status::Partial));
        file.answers_mut().insert("X-GONE".into(), Answer::with_status(Status::Met));
        let work = ProviderWork::default();
        let merge = plan_merge(&work, &[&file, &file]);
        assert_eq!(merge.catalogs.len(), 1, "brought once");
        assert_eq!(merge.unknown, ["X-GONE"]);
        let merged = apply_merge(&work, merge, |_| None, &["a.json", "b.json"], &at("2026-12-02T12:00:00Z"));
        assert_eq!(merged.catalogs[0].id, "team");
        assert_eq!(merged.answers.len(), 2);
    }
}
