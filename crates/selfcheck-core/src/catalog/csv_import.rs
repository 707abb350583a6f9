//! A checklist kept in a spreadsheet (自查表), read as a catalog: one row per item, read
//! by the same rules as the inventory CSV (`table`). The catalog's id, title and version
//! are not in the sheet: the person importing it gives them (`CatalogHeader`).

use std::collections::HashMap;

use super::model::{Audience, Catalog, Item, ItemKind, Reference, Section, CATALOG_FORMAT, CATALOG_FORMAT_VERSION};
use super::validate::is_valid_local_id;
use crate::profile::CapabilityTier;
use crate::table::{self, Cell, Column, TableProblem};
use crate::{Date, Localized};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_proposed_from_any_file_name() {
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        assert_eq!(id_from_name("Our Checklist v2", day), "our-checklist-v2");
        assert_eq!(id_from_name("自查表 2026", day), "checklist-20261201");
        assert_eq!(id_from_name("GB_T 31168 (own text)", day), "gb-t-31168-own-text");
        assert!(crate::catalog::is_valid_id(&id_from_name("x--", day)));
    }

    #[test]
    fn the_template_has_every_column_in_either_language() {
        assert!(template(crate::Lang::En).starts_with("\u{feff}section,id,title,question,reference,weight,red_line"));
        assert!(template(crate::Lang::ZhCn)
            .starts_with("\u{feff}章节,编号,标题,检查内容,依据,权重,红线,证据,级别,等保级别,title_en"));
    }
}

/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Items in one catalog.
pub const MAX_ITEMS: usize = 5_000;
/// The weight of an item whose row leaves it blank.
pub const DEFAULT_WEIGHT: u8 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogColumn {
    Section,
    Id,
    Title,
    Question,
    Reference,
    Weight,
    RedLine,
    Evidence,
    Tier,
    Level,
    TitleEn,
    QuestionEn,
    GatingBasis,
    MapsTo,
}

impl Column for CatalogColumn {
    const ALL: &'static [CatalogColumn] = &[
        CatalogColumn::Section,
        CatalogColumn::Id,
        CatalogColumn::Title,
        CatalogColumn::Question,
        CatalogColumn::Reference,
        CatalogColumn::Weight,
        CatalogColumn::RedLine,
        CatalogColumn::Evidence,
        CatalogColumn::Tier,
        CatalogColumn::Level,
        CatalogColumn::TitleEn,
        CatalogColumn::QuestionEn,
        CatalogColumn::GatingBasis,
        CatalogColumn::MapsTo,
    ];

    fn names(self) -> &'static [&'static str] {
        match self {
            CatalogColumn::Section => &["section", "章节", "分类", "控制域"],
            CatalogColumn::Id => &["id", "编号", "序号"],
            CatalogColumn::Title => &["title", "标题", "检查项", "控制点"],
            CatalogColumn::Question => &["question", "检查内容", "要求", "问题"],
            CatalogColumn::Reference => &["reference", "依据", "条款", "出处"],
            CatalogColumn::Weight => &["weight", "权重"],
            CatalogColumn::RedLine => &["red_line", "红线", "否决项"],
            CatalogColumn::Evidence => &["evidence", "证据", "典型证据"],
            CatalogColumn::Tier => &["tier", "级别", "要求级别"],
            CatalogColumn::Level => &["level", "等保级别"],
            CatalogColumn::TitleEn => &["title_en"],
            CatalogColumn::QuestionEn => &["question_en"],
            CatalogColumn::GatingBasis => &["gating_basis", "红线依据"],
            CatalogColumn::MapsTo => &["maps_to", "对应项"],
        }
    }

    fn required(self) -> bool {
        matches!(self, CatalogColumn::Section | CatalogColumn::Id | CatalogColumn::Title)
    }
}

pub type CatalogCsvProblem = TableProblem<CatalogColumn>;

/// What the person importing a sheet says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogHeader {
    pub id: String,
    pub title: String,
    pub version: String,
    pub date: Date,
}

/// One row, read: its section's name and the item.
struct Row {
    section: String,
    item: Item,
}

/// Reads a sheet's rows (as `table::csv_rows` gives them) into a catalog's sections,
/// sections in first-seen order. The catalog is whole or every problem is given.
pub fn read_sections(header: &table::Row, rows: &[table::Row]) -> Result<Vec<Section>, Vec<CatalogCsvProblem>> {
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let rows = table::read(header, rows, |line, cells, problems| {
        let row = read_row(line, cells, problems);
        if !row.item.id.is_empty() {
            if let Some(&first) = first_line.get(&row.item.id) {
                let (column, value) = (CatalogColumn::Id, row.item.id.clone());
                problems.push(TableProblem::DuplicateId { line, column, value, first });
            } else {
                first_line.insert(row.item.id.clone(), line);
            }
        }
        row
    })?;
    if rows.len() > MAX_ITEMS {
        return Err(vec![TableProblem::TooManyRows { rows: rows.len(), limit: MAX_ITEMS }]);
    }
    let mut sections: Vec<Section> = Vec::new();
    for row in rows {
        let at = match sections.iter().position(|s| s.title.zh == row.section) {
            Some(at) => at,
            None => {
                sections.push(Section {
                    id: format!("S{}", sections.len() + 1),
                    title: Localized { zh: row.section.clone(), en: row.section },
                    reference: Reference { source: String::new(), clause: Localized::default() },
                    items: Vec::new(),
                });
                sections.len() - 1
            }
        };
        sections[at].items.push(row.item);
    }
    Ok(sections)
}

/// A whole CSV file as a catalog, with the header the person gave.
pub fn import(bytes: &[u8], head: &CatalogHeader) -> Result<Catalog, Vec<CatalogCsvProblem>> {
    let (header, rows) = table::csv_rows(bytes, MAX_BYTES, MAX_ITEMS)?;
    let sections = read_sections(&header, &rows)?;
    Ok(catalog(head, sections))
}

/// The catalog a sheet's sections make under the header the person gave.
pub fn catalog(head: &CatalogHeader, sections: Vec<Section>) -> Catalog {
    let text = |text: &str| Localized { zh: text.to_string(), en: text.to_string() };
    Catalog {
        format: CATALOG_FORMAT.to_string(),
        format_version: CATALOG_FORMAT_VERSION,
        id: head.id.clone(),
        audience: Audience::Provider,
        version: head.version.clone(),
        date: head.date,
        title: text(&head.title),
        description: Localized::default(),
        sections,
    }
}

fn read_row(line: usize, cells: &[(CatalogColumn, Cell)], problems: &mut Vec<CatalogCsvProblem>) -> Row {
    let cell = |column: CatalogColumn| cells.iter().find(|(c, _)| *c == column).map(|(_, cell)| *cell);
    let text = |column: CatalogColumn| cell(column).map(|c| c.value.trim().to_string()).unwrap_or_default();
    let required = |column: CatalogColumn, problems: &mut Vec<CatalogCsvProblem>| {
        let value = text(column);
        if value.is_empty() {
            problems.push(TableProblem::Blank { line, column });
        }
        value
    };
    let section = required(CatalogColumn::Section, problems);
    let id = required(CatalogColumn::Id, problems);
    if !id.is_empty() && !is_valid_local_id(&id) {
        problems.push(TableProblem::BadId { line, column: CatalogColumn::Id, value: id.clone() });
    }
    let title = required(CatalogColumn::Title, problems);
    let question = Some(text(CatalogColumn::Question)).filter(|q| !q.is_empty()).unwrap_or_else(|| title.clone());
    let english = |column: CatalogColumn, fallback: &str| {
        Some(text(column)).filter(|t| !t.is_empty()).unwrap_or_else(|| fallback.to_string())
    };
    let weight = match text(CatalogColumn::Weight) {
        blank if blank.is_empty() => DEFAULT_WEIGHT,
        value => match value.parse::<u8>() {
            Ok(weight @ 1..=5) => weight,
            _ => {
                problems.push(TableProblem::BadWeight { line, column: CatalogColumn::Weight, value });
                DEFAULT_WEIGHT
            }
        },
    };
    let gating = match text(CatalogColumn::RedLine) {
        blank if blank.is_empty() => false,
        value => table::parse_bool(&value).unwrap_or_else(|| {
            problems.push(TableProblem::BadBoolean { line, column: CatalogColumn::RedLine, value });
            false
        }),
    };
    let tier = match text(CatalogColumn::Tier) {
        blank if blank.is_empty() => None,
        value => CapabilityTier::parse(&value).or_else(|| {
            problems.push(TableProblem::BadTier { line, column: CatalogColumn::Tier, value });
            None
        }),
    };
    let level = match text(CatalogColumn::Level) {
        blank if blank.is_empty() => None,
        value => match table::parse_level_number(&value) {
            Some(level @ 1..=4) => Some(level),
            _ => {
                problems.push(TableProblem::BadFromLevel { line, column: CatalogColumn::Level, value });
                None
            }
        },
    };
    let reference = text(CatalogColumn::Reference);
    let evidence = text(CatalogColumn::Evidence);
    let basis = text(CatalogColumn::GatingBasis);
    let maps_to = crate::crosswalk::parse_maps_to(&text(CatalogColumn::MapsTo)).unwrap_or_else(|part| {
        problems.push(TableProblem::BadMapsTo { line, column: CatalogColumn::MapsTo, value: part });
        Vec::new()
    });
    Row {
        section,
        item: Item {
            id,
            kind: ItemKind::Compliance,
            title: Localized { en: english(CatalogColumn::TitleEn, &title), zh: title },
            question: Localized { en: english(CatalogColumn::QuestionEn, &question), zh: question },
            reference: Reference { source: String::new(), clause: Localized { zh: reference.clone(), en: reference } },
            weight,
            gating,
            gating_basis: (!basis.is_empty()).then(|| Localized { zh: basis.clone(), en: basis }),
            guidance: false,
            evidence: Localized { zh: evidence.clone(), en: evidence },
            tier,
            level,
            maps_to,
        },
    }
}

/// A catalog id from a file's name, as the import form proposes it: ASCII letters and
/// digits kept (lower case), anything else a '-'; a name with none becomes
/// `checklist-YYYYMMDD`.
pub fn id_from_name(name: &str, today: Date) -> String {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.starts_with(|c: char| c.is_ascii_alphabetic()) && id.len() <= 48 {
        id.to_string()
    } else {
        format!("checklist-{}", today.to_string().replace('-', ""))
    }
}

/// A blank template: the header row, in English or with the Chinese names (the
/// English-only columns keep their names).
pub fn template(lang: crate::Lang) -> String {
    crate::csv::write_file(&[crate::table::headers::<CatalogColumn>(lang)])
}
