//! A file opened from the page's one "Open a file" entry, or dropped anywhere on it: what
//! it is, recognised from its content (never its name), so the app can say so and offer
//! what it can do before it does anything.
//!
//! JSON is a report of either role, a questionnaire (a provider report carrying one),
//! or a window's saved work; a table (CSV, or a workbook's sheet) is recognised by its
//! header row as an inventory, a list of candidate platforms, a checklist (catalog) or a
//! questionnaire filled in a workbook: the kind whose required columns are all there and
//! that names the most of them.

use crate::agency::{inventory_csv, platforms_csv};
use crate::catalog::csv_import::CatalogColumn;
use crate::messages::{Message, M};
use crate::report::{ReportInputs, Role};
use crate::session::{Resumable, Session};
pub use crate::sheet::TableKind;
use crate::table::{Column, Row, Table};
use crate::team::questionnaire_sheet::QuestionnaireColumn;
use crate::work::{AgencyWork, ProviderWork};

/// How many of the header's cells name `kind`'s columns, when every column it requires
/// is there.
fn score(kind: TableKind, header: &[&str]) -> Option<usize> {
    match kind {
        TableKind::Questionnaire => fit::<QuestionnaireColumn>(header),
        TableKind::Inventory => fit::<inventory_csv::Column>(header),
        TableKind::Platforms => fit::<platforms_csv::Column>(header),
        TableKind::Catalog => fit::<CatalogColumn>(header),
    }
}

fn fit<C: Column>(header: &[&str]) -> Option<usize> {
    let found: Vec<C> = header.iter().filter_map(|cell| C::from_header(cell)).collect();
    let complete = C::ALL.iter().filter(|c| c.required()).all(|c| found.contains(c));
    complete.then_some(found.len())
}

/// The kind of table whose header `header` is, if any.
pub fn table_kind_of_header(header: &Row) -> Option<TableKind> {
    let cells: Vec<&str> = header.fields.iter().map(String::as_str).collect();
    let mut best: Option<(TableKind, usize)> = None;
    for kind in TableKind::ALL {
        if let Some(score) = score(kind, &cells) {
            if best.is_none_or(|(_, top)| score > top) {
                best = Some((kind, score));
            }
        }
    }
    best.map(|(kind, _)| kind)
}

/// A table's header and how many rows under it are not blank, or why it has none. Only
/// the header is judged here; the importer chosen next checks every row.
pub fn header_and_rows(table: &Table) -> Result<(Row, usize), Message> {
    let (header, rows) = table.rows::<QuestionnaireColumn>(usize::MAX, usize::MAX).map_err(|problems| {
        problems.first().map_or_else(|| Message::new(M::CsvNoRows), crate::messages::Describe::describe)
    })?;
    Ok((header, rows.iter().filter(|r| !r.fields.iter().all(|f| f.trim().is_empty())).count()))
}

/// A table's kind and its number of rows (`header_and_rows`), or why none: it could not
/// be read, or its header names no kind's columns (the message quotes the header, so the
/// user sees what was found).
pub fn recognise(table: &Table) -> Result<(TableKind, usize), Message> {
    let (header, rows) = header_and_rows(table)?;
    let kind = table_kind_of_header(&header).ok_or_else(|| {
        let shown: Vec<&str> = header.fields.iter().map(|f| f.trim()).filter(|f| !f.is_empty()).take(8).collect();
        Message::new(M::OpenedTableUnknown).with("header", shown.join(" | "))
    })?;
    Ok((kind, rows))
}

/// A JSON file, read as the app resumes one, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonKind {
    /// A report of `role` (not a questionnaire).
    Report(Role),
    /// A questionnaire: whom it is for, who handed it out, its items and how many are
    /// answered.
    Questionnaire { owner: String, issued_by: String, items: usize, answered: usize },
    /// A window's saved work, with which roles' work it holds.
    Session { provider: bool, agency: bool },
}

impl JsonKind {
    pub fn of(read: &Resumable) -> JsonKind {
        match read {
            Resumable::Report(loaded) => JsonKind::of_report(&loaded.report),
            Resumable::Session(session) => JsonKind::of_session(session),
        }
    }

    fn of_report(report: &ReportInputs) -> JsonKind {
        match report.provider.as_ref().and_then(|p| p.questionnaire.as_ref().map(|q| (p, q))) {
            Some((work, q)) => JsonKind::Questionnaire {
                owner: q.owner.clone(),
                issued_by: q.issued_by.clone(),
                items: q.items.len(),
                answered: q
                    .items
                    .iter()
                    .filter(|id| work.answers.get(*id).and_then(crate::Answer::effective_status).is_some())
                    .count(),
            },
            None => JsonKind::Report(report.role),
        }
    }

    fn of_session(session: &Session) -> JsonKind {
        JsonKind::Session {
            provider: session.provider != ProviderWork::default(),
            agency: session.agency != AgencyWork::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::Record;
    use crate::report::{build_agency_report, to_canonical_json};
    use crate::sheet::SheetRows;
    use crate::timestamp::Timestamp;
    use crate::Lang;

    fn csv(text: &str) -> Table {
        Table::Csv(text.as_bytes().to_vec())
    }

    #[test]
    fn every_template_and_export_is_recognised_by_its_header() {
        let cases = [
            (inventory_csv::template(Lang::ZhCn), TableKind::Inventory),
            (inventory_csv::template(Lang::En), TableKind::Inventory),
            (platforms_csv::template(Lang::ZhCn), TableKind::Platforms),
            (platforms_csv::template(Lang::En), TableKind::Platforms),
            (crate::catalog::csv_import::template(Lang::ZhCn), TableKind::Catalog),
            (crate::catalog::csv_import::template(Lang::En), TableKind::Catalog),
        ];
        for (text, kind) in cases {
            assert_eq!(recognise(&csv(&text)), Ok((kind, 0)), "{text}");
        }
        for lang in [Lang::ZhCn, Lang::En] {
            let header: Vec<String> =
                crate::table::headers::<QuestionnaireColumn>(lang).into_iter().map(String::from).collect();
            let sheet = SheetRows {
                sheet: "Sheet1".into(),
                rows: vec![
                    Record { line: 1, quoted: vec![false; header.len()], fields: header.clone() },
                    Record { line: 2, quoted: vec![false; header.len()], fields: header },
                ],
            };
            assert_eq!(recognise(&Table::Sheet(sheet)), Ok((TableKind::Questionnaire, 1)), "{lang:?}");
        }
        let fixture = include_str!("../../../tests/fixtures/inventory.csv");
        assert_eq!(recognise(&csv(fixture)), Ok((TableKind::Inventory, 7)), "seven workloads");
        let fixture = include_str!("../../../tests/fixtures/platforms.csv");
        assert_eq!(recognise(&csv(fixture)), Ok((TableKind::Platforms, 2)));
        let fixture = include_str!("../../../tests/fixtures/catalog.csv");
        assert_eq!(recognise(&csv(fixture)).map(|(kind, _)| kind), Ok(TableKind::Catalog));
        let rows = format!("{}A,2\n,\n\"B\nline two\",3\n", inventory_csv::template(Lang::En));
        assert_eq!(recognise(&csv(&rows)), Ok((TableKind::Inventory, 2)), "no blank row, a quoted line break in one");
    }

    #[test]
    fn a_table_of_no_kind_says_what_its_header_was() {
        let unknown = recognise(&csv("fruit,colour\napple,red\n")).unwrap_err();
        assert!(unknown.render(Lang::En).contains("fruit | colour"), "{}", unknown.render(Lang::En));
        assert!(unknown.render(Lang::ZhCn).contains("fruit | colour"));
        assert!(recognise(&csv("")).is_err(), "an empty file");
        assert!(TableKind::Platforms.names_sheet(" 候选平台 ") && !TableKind::Catalog.names_sheet("清单"));
    }

    #[test]
    fn json_files_are_told_apart() {
        let day = crate::Date::from_ymd(2026, 12, 1).unwrap();
        let agency = to_canonical_json(&build_agency_report(&AgencyWork::default(), "2026-12-01T08:00:00Z", day));
        let read = Session::read_resumable(agency.as_bytes()).unwrap();
        assert_eq!(JsonKind::of(&read), JsonKind::Report(Role::Agency));

        let mut work = ProviderWork::default();
        work.answers_mut().insert("M19-A3-01-Q1".into(), crate::Answer::with_status(crate::Status::Met));
        crate::team::owners::assign(work.answers_mut(), ["M19-A3-01-Q1", "M19-A3-01-Q2"], "运维部");
        let at = Timestamp::parse("2026-12-02T07:00:00Z").unwrap();
        let handed = crate::team::questionnaire::hand_out(&work, "运维部", "李雷", at).unwrap();
        let mut report = crate::report::draft_provider_report(&handed, "2026-12-02T07:00:00Z", day);
        let text = crate::report::write_report(&mut report);
        let read = Session::read_resumable(text.as_bytes()).unwrap();
        assert_eq!(
            JsonKind::of(&read),
            JsonKind::Questionnaire { owner: "运维部".into(), issued_by: "李雷".into(), items: 2, answered: 1 }
        );

        let session = Session::new(work, AgencyWork::default()).to_json();
        let read = Session::read_resumable(session.as_bytes()).unwrap();
        assert_eq!(JsonKind::of(&read), JsonKind::Session { provider: true, agency: false });
    }
}
