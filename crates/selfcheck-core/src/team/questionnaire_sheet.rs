//! A questionnaire as a sheet: the workbook an owner fills in Excel or WPS instead of the
//! app, read back for the merge. One row per item handed out: the item's key and what
//! it asks (for reading), then the cells the owner fills (status, note, evidence, …).
//! Statuses are read in either language; anything else is refused with its row.

use super::questionnaire::Questionnaire;
use crate::answer::{Against, Answer, Answers};
use crate::catalog::{loaded, Index};
use crate::messages::terms::parse_status;
use crate::work::ProviderWork;

use crate::table::{self, Column, Table, TableProblem};
use crate::timestamp::Timestamp;

/// A questionnaire sheet is small: one owner's items, at most every item of 20 loaded
/// catalogs and the built-in ones.
const MAX_ROWS: usize = 110_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionnaireColumn {
    Item,
    Section,
    Title,
    Question,
    Reference,
    RedLine,
    Owner,
    Status,
    Justification,
    Note,
    Evidence,
    TargetDate,
    AnsweredBy,
}

impl Column for QuestionnaireColumn {
    const ALL: &'static [QuestionnaireColumn] = &[
        QuestionnaireColumn::Item,
        QuestionnaireColumn::Section,
        QuestionnaireColumn::Title,
        QuestionnaireColumn::Question,
        QuestionnaireColumn::Reference,
        QuestionnaireColumn::RedLine,
        QuestionnaireColumn::Owner,
        QuestionnaireColumn::Status,
        QuestionnaireColumn::Justification,
        QuestionnaireColumn::Note,
        QuestionnaireColumn::Evidence,
        QuestionnaireColumn::TargetDate,
        QuestionnaireColumn::AnsweredBy,
    ];

    /// The English header, the Chinese one the workbook is written with, other names.
    fn names(self) -> &'static [&'static str] {
        match self {
            QuestionnaireColumn::Item => &["item", "检查项编号", "编号"],
            QuestionnaireColumn::Section => &["section", "章节"],
            QuestionnaireColumn::Title => &["title", "检查项", "标题"],
            QuestionnaireColumn::Question => &["question", "检查内容"],
            QuestionnaireColumn::Reference => &["reference", "依据"],
            QuestionnaireColumn::RedLine => &["red_line", "红线"],
            QuestionnaireColumn::Owner => &["owner", "负责人"],
            QuestionnaireColumn::Status => &["status", "状态", "作答"],
            QuestionnaireColumn::Justification => &["justification", "不适用理由"],
            QuestionnaireColumn::Note => &["note", "说明", "备注"],
            QuestionnaireColumn::Evidence => &["evidence", "证据"],
            QuestionnaireColumn::TargetDate => &["target_date", "整改日期"],
            QuestionnaireColumn::AnsweredBy => &["answered_by", "作答人"],
        }
    }

    fn required(self) -> bool {
        matches!(self, QuestionnaireColumn::Item | QuestionnaireColumn::Status)
    }
}

impl QuestionnaireColumn {
    /// The header the workbook is written with in `lang`.
    /// The cells the owner fills; the others are the item, for reading.
    pub fn is_answer(self) -> bool {
        use QuestionnaireColumn::*;
        matches!(self, Status | Justification | Note | Evidence | TargetDate | AnsweredBy)
    }
}

pub type QuestionnaireSheetProblem = TableProblem<QuestionnaireColumn>;

/// Reads a filled questionnaire sheet as the file the app would have returned: the
/// answers of its rows (stamped by whoever the row names, else its owner, at `made_at`:
/// the file's time), against the catalogs of `index` (the lead's), and the
/// questionnaire those rows make. Rows left unanswered give no answer.
pub fn read(sheet: &Table, made_at: &Timestamp, index: &Index) -> Result<ProviderWork, Vec<QuestionnaireSheetProblem>> {
    let (header, rows) = sheet.rows(usize::MAX, MAX_ROWS)?;
    let rows = table::read(&header, &rows, read_row)?;
    let mut owners: Vec<&str> = rows.iter().map(|r| r.owner.as_str()).filter(|o| !o.is_empty()).collect();
    owners.sort_unstable();
    owners.dedup();
    let owner = match owners.as_slice() {
        [one] => one.to_string(),
        _ => String::new(), // several owners (or none): the merge names the file instead
    };
    let mut answers = Answers::new();
    for row in &rows {
        let Some(mut answer) = row.answer.clone() else { continue };
        let by = [row.answered_by.as_str(), row.owner.as_str(), owner.as_str()].into_iter().find(|b| !b.is_empty());
        let item = index.item(&row.item);
        let digest = item.as_ref().map(|r| loaded::item_digest(r.item));
        let against = item
            .as_ref()
            .zip(digest.as_deref())
            .map(|(r, item_digest)| Against { version: &r.catalog.version, item_digest });
        answer.stamp(by.unwrap_or_default(), made_at.clone(), against);
        answers.insert(row.item.clone(), answer);
    }
    Ok(ProviderWork {
        answers: answers.into(),
        questionnaire: Some(
            Questionnaire {
                owner,
                items: rows.into_iter().map(|r| r.item).collect(),
                issued_at: made_at.clone(),
                issued_by: String::new(),
                instructions: String::new(),
            }
            .into(),
        ),
        ..ProviderWork::default()
    })
}

struct Row {
    item: String,
    owner: String,
    answered_by: String,
    answer: Option<Answer>,
}

fn read_row(
    line: usize,
    cells: &[(QuestionnaireColumn, table::Cell)],
    problems: &mut Vec<QuestionnaireSheetProblem>,
) -> Row {
    let mut row = Row { item: String::new(), owner: String::new(), answered_by: String::new(), answer: None };
    let mut answer = Answer::default();
    for &(column, cell) in cells {
        let value = cell.value.trim();
        match column {
            QuestionnaireColumn::Item => {
                if value.is_empty() {
                    problems.push(TableProblem::Blank { line, column });
                }
                row.item = value.to_string();
            }
            QuestionnaireColumn::Owner => row.owner = value.to_string(),
            QuestionnaireColumn::AnsweredBy => row.answered_by = value.to_string(),
            QuestionnaireColumn::Status if !value.is_empty() => match parse_status(value) {
                Some(status) => answer.set_status(Some(status)),
                None => problems.push(TableProblem::BadStatus { line, column, value: value.to_string() }),
            },
            QuestionnaireColumn::Justification => answer.edit_details(|d| d.justification = value.to_string()),
            QuestionnaireColumn::Note => answer.edit_details(|d| d.note = value.to_string()),
            QuestionnaireColumn::Evidence => answer.edit_details(|d| d.evidence = value.to_string()),
            QuestionnaireColumn::TargetDate => match crate::agency::inventory_csv::parse_date(value) {
                Ok(date) => answer.edit_details(|d| d.target_date = date),
                Err(_) => problems.push(TableProblem::BadDate { line, column, value: value.to_string() }),
            },
            _ => {} // what the item asks: written for reading, not read back
        }
    }
    if !answer.is_empty() {
        row.answer = Some(answer);
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::builtin;
    use crate::sheet::SheetRows;
    use crate::Status;

    fn sheet(rows: &[&[&str]]) -> Table {
        let rows = rows
            .iter()
            .enumerate()
            .map(|(i, cells)| crate::csv::Record {
                line: i + 1,
                fields: cells.iter().map(|c| c.to_string()).collect(),
                quoted: vec![false; cells.len()],
            })
            .collect();
        Table::Sheet(SheetRows { sheet: "问卷".into(), rows })
    }

    fn first_items(n: usize) -> Vec<String> {
        builtin()
            .catalogs()
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.items)
            .take(n)
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn a_filled_sheet_reads_as_the_returned_questionnaire() {
        let ids = first_items(3);
        let at = Timestamp::parse("2026-12-02T09:00:00Z").unwrap();
        let catalogs = crate::report::provider_catalogs(&[]);
        let index = Index::new(&catalogs);
        let table = sheet(&[
            &["检查项编号", "检查项", "负责人", "状态", "说明", "作答人"],
            &[&ids[0], "…", "法务部", "达标", "合同已签", ""],
            &[&ids[1], "…", "法务部", "Partially met", "", "王五"],
            &[&ids[2], "…", "法务部", "", "", ""],
        ]);
        let returned = read(&table, &at, &index).unwrap();
        let q = returned.questionnaire.as_ref().unwrap();
        assert_eq!((q.owner.as_str(), q.items.len()), ("法务部", 3));
        assert_eq!(returned.answers.len(), 2, "the unanswered row gives no answer");
        let first = &returned.answers[&ids[0]];
        assert_eq!(first.status(), Some(Status::Met));
        assert_eq!((first.details().note.as_str(), first.details().answered_by.as_str()), ("合同已签", "法务部"));
        assert_eq!(first.details().answered_at.as_ref(), Some(&at));
        assert!(!first.details().catalog_version.is_empty(), "stamped against the lead's catalog");
        assert_eq!(returned.answers[&ids[1]].details().answered_by, "王五");
    }

    #[test]
    fn an_unknown_status_or_date_is_refused_with_its_row_and_column() {
        let at = Timestamp::parse("2026-12-02T09:00:00Z").unwrap();
        let index = Index::new(&[]);
        let table = sheet(&[&["item", "status", "target_date"], &["a", "done", ""], &["", "met", "next week"]]);
        let problems = read(&table, &at, &index).unwrap_err();
        assert_eq!(
            problems,
            vec![
                TableProblem::BadStatus { line: 2, column: QuestionnaireColumn::Status, value: "done".into() },
                TableProblem::Blank { line: 3, column: QuestionnaireColumn::Item },
                TableProblem::BadDate { line: 3, column: QuestionnaireColumn::TargetDate, value: "next week".into() },
            ]
        );
        use crate::messages::Describe;
        let text = problems[0].message(crate::Lang::En);
        assert!(text.contains("Line 2") && text.contains("status") && text.contains("达标/Met"), "{text}");
        let missing = read(&sheet(&[&["item"], &["a"]]), &at, &index).unwrap_err();
        assert_eq!(missing, vec![TableProblem::MissingColumn { column: QuestionnaireColumn::Status }]);
    }
}
