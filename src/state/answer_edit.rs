//! Editing one answer: shared by the provider checklists and the agency obligations.

use selfcheck_core::{Answer, AnswerDetails, Answers, Date, Status};

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
}

/// What an answer becomes after `edit` (without touching any state).
pub fn preview(answer: Option<&Answer>, edit: AnswerEdit) -> Option<Answer> {
    let mut answers = Answers::new();
    if let Some(answer) = answer {
        answers.insert(String::new(), answer.clone());
    }
    apply(&mut answers, "", edit);
    answers.remove("")
}

pub fn apply(answers: &mut Answers, item: &str, edit: AnswerEdit) {
    let answer = answers.entry(item.to_string()).or_default();
    match edit {
        AnswerEdit::Toggle(status) => {
            answer.status = if answer.status == Some(status) { None } else { Some(status) };
        }
        AnswerEdit::Clear => answer.status = None,
        AnswerEdit::Text(field, value) => answer.edit_details(|d| *text_field(d, field) = value),
        AnswerEdit::TargetDate(date) => answer.edit_details(|d| d.target_date = date),
    }
    // An answer with nothing in it is removed, so "cleared" and "never answered" are equal.
    if answers.get(item).is_some_and(Answer::is_empty) {
        answers.remove(item);
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

    #[test]
    fn choosing_the_same_status_twice_clears_it() {
        let mut answers = Answers::new();
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Met));
        assert_eq!(answers["X-1"].status, Some(Status::Met));
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Partial));
        assert_eq!(answers["X-1"].status, Some(Status::Partial));
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::Partial));
        assert!(answers.is_empty(), "an empty answer is dropped");
    }

    #[test]
    fn clearing_the_status_keeps_notes() {
        let mut answers = Answers::new();
        apply(&mut answers, "X-1", AnswerEdit::Toggle(Status::NotMet));
        apply(&mut answers, "X-1", AnswerEdit::Text(AnswerField::Owner, "张三".into()));
        apply(&mut answers, "X-1", AnswerEdit::Clear);
        assert_eq!(answers["X-1"].status, None);
        assert_eq!(answers["X-1"].details().owner, "张三");
        apply(&mut answers, "X-1", AnswerEdit::Text(AnswerField::Owner, String::new()));
        assert!(answers.is_empty());
    }
}
