//! Editing one answer: shared by the provider checklists and the agency obligations.

use selfcheck_core::evidence::EvidenceFile;
use selfcheck_core::{Against, Answer, AnswerDetails, Answers, Date, Status, Timestamp};

/// A free-text field of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerField {
    Justification,
    Note,
    Evidence,
    Owner,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerEdit {
    /// Sets the status; choosing the current status again clears it.
    Toggle(Status),
    /// Clears the status, keeping notes.
    Clear,
    Text(AnswerField, String),
    TargetDate(Option<Date>),
    /// An evidence file fingerprinted; a file of the same name is replaced.
    AddEvidenceFile(EvidenceFile),
    /// The evidence file at this position is no longer named.
    RemoveEvidenceFile(usize),
}

/// Who makes an edit and when: recorded on the answer it changes.
#[derive(Clone, Copy, Debug)]
pub struct Stamp<'a> {
    pub by: &'a str,
    /// `None` where no clock is read (native tests of other transitions).
    pub at: Option<&'a Timestamp>,
    /// The item's catalog version and content, when the item is known.
    pub against: Option<Against<'a>>,
}

/// What an answer becomes after `edit` (without touching any state).
pub fn preview(answer: Option<&Answer>, edit: AnswerEdit) -> Option<Answer> {
    let mut answers = Answers::new();
    if let Some(answer) = answer {
        answers.insert(String::new(), answer.clone());
    }
    apply(&mut answers, "", edit, Stamp { by: "", at: None, against: None });
    answers.remove("")
}

pub fn apply(answers: &mut Answers, item: &str, edit: AnswerEdit, stamp: Stamp) {
    let answer = answers.entry(item.to_string()).or_default();
    let before = answer.clone();
    // A status or its reason chosen here makes a carried answer this person's own:
    // choosing the carried status confirms it rather than clearing it.
    let carried = answer.carried_from().is_some();
    if carried
        && matches!(edit, AnswerEdit::Toggle(_) | AnswerEdit::Clear | AnswerEdit::Text(AnswerField::Justification, _))
    {
        answer.edit_details(|d| d.carried_from.clear());
    }
    match edit {
        AnswerEdit::Toggle(status) if carried && answer.status() == Some(status) => {}
        AnswerEdit::Toggle(status) => {
            answer.set_status(if answer.status() == Some(status) { None } else { Some(status) });
        }
        AnswerEdit::Clear => answer.set_status(None),
        AnswerEdit::Text(field, value) => answer.edit_details(|d| *text_field(d, field) = value),
        AnswerEdit::TargetDate(date) => answer.edit_details(|d| d.target_date = date),
        AnswerEdit::AddEvidenceFile(file) => answer.edit_details(|d| {
            d.evidence_files.retain(|f| f.name != file.name);
            if d.evidence_files.len() < selfcheck_core::evidence::MAX_FILES_PER_ANSWER {
                d.evidence_files.push(file);
            }
        }),
        AnswerEdit::RemoveEvidenceFile(at) => answer.edit_details(|d| {
            if at < d.evidence_files.len() {
                d.evidence_files.remove(at);
            }
        }),
    }
    // An answer with nothing in it is removed, so "cleared" and "never answered" are
    // equal; one that changed records who changed it, and when.
    if answer.is_empty() {
        answers.remove(item);
    } else if *answer != before {
        if let Some(at) = stamp.at {
            answer.stamp(stamp.by, at.clone(), stamp.against);
        }
    }
}

fn text_field(details: &mut AnswerDetails, field: AnswerField) -> &mut String {
    match field {
        AnswerField::Justification => &mut details.justification,
        AnswerField::Note => &mut details.note,
        AnswerField::Evidence => &mut details.evidence,
        AnswerField::Owner => &mut details.owner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNTIMED: Stamp = Stamp { by: "", at: None, against: None };

    #[test]
    fn choosing_the_same_status_twice_clears_it() {
        let mut answers = Answers::new();
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Met), UNTIMED);
        assert_eq!(answers["X-1"].status(), Some(Status::Met));
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Partial), UNTIMED);
        assert_eq!(answers["X-1"].status(), Some(Status::Partial));
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Partial), UNTIMED);
        assert!(answers.is_empty(), "an empty answer is dropped");
    }

    #[test]
    fn choosing_a_carried_status_confirms_it_and_another_replaces_it() {
        let carried = || Answer::with_status(Status::Met).with_details(|d| d.carried_from = "X-2".into());
        let mut answers = Answers::new();
        answers.insert("X-1".into(), carried());
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Met), UNTIMED);
        assert_eq!((answers["X-1"].given_status(), answers["X-1"].carried_from()), (Some(Status::Met), None));
        answers.insert("X-1".into(), carried());
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::NotMet), UNTIMED);
        assert_eq!(answers["X-1"].given_status(), Some(Status::NotMet));
        answers.insert("X-1".into(), carried());
        apply(&mut answers, "X-1", AnswerEdit::Text(AnswerField::Owner, "网络组".into()), UNTIMED);
        assert_eq!(answers["X-1"].carried_from(), Some("X-2"), "an owner does not answer the item");
    }

    #[test]
    fn clearing_the_status_keeps_notes() {
        let mut answers = Answers::new();
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::NotMet), UNTIMED);
        apply(&mut answers, "X-1", AnswerEdit::Text(AnswerField::Owner, "张三".into()), UNTIMED);
        apply(&mut answers, "X-1", AnswerEdit::Clear, UNTIMED);
        assert_eq!(answers["X-1"].status(), None);
        assert_eq!(answers["X-1"].details().owner, "张三");
        apply(&mut answers, "X-1", AnswerEdit::Text(AnswerField::Owner, String::new()), UNTIMED);
        assert!(answers.is_empty());
    }

    #[test]
    fn a_change_records_who_made_it_and_when_and_a_non_change_does_not() {
        let (first, later) = (
            Timestamp::parse("2026-12-01T09:00:00+08:00").unwrap(),
            Timestamp::parse("2026-12-02T10:00:00+08:00").unwrap(),
        );
        let mut answers = Answers::new();
        apply(
            &mut answers,
            "X-1",
            AnswerEdit::Toggle(Status::Met),
            Stamp { by: "法务部", at: Some(&first), against: None },
        );
        let details = answers["X-1"].details();
        assert_eq!((details.answered_by.as_str(), details.answered_at.as_ref()), ("法务部", Some(&first)));
        let note = AnswerEdit::Text(AnswerField::Note, String::new());
        apply(&mut answers, "X-1", note, Stamp { by: "运维部", at: Some(&later), against: None });
        assert_eq!(answers["X-1"].details().answered_by, "法务部", "nothing changed, nothing recorded");
        apply(
            &mut answers,
            "X-1",
            AnswerEdit::Toggle(Status::Partial),
            Stamp { by: "运维部", at: Some(&later), against: None },
        );
        assert_eq!(answers["X-1"].details().answered_at.as_ref(), Some(&later));
        apply(&mut answers, "X-1", AnswerEdit::Clear, Stamp { by: "运维部", at: Some(&later), against: None });
        assert!(answers.is_empty(), "who cleared an answer is not an answer");
    }
}
