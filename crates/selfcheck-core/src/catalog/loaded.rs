//! Catalogs a team brings: its own 自查表 from a spreadsheet, or a file in our JSON
//! format (the exact text of a standard it owns, say). Once loaded, a catalog works like
//! a built-in one; its answers are keyed `catalog:item`, so two teams' sheets that both
//! number their items 1, 2, 3 never mix (`namespaced`).

use serde::Serialize;

use super::csv_import::{self, CatalogCsvProblem, CatalogHeader};
use super::model::{Catalog, Item, Section};
use super::validate::{check, parse, CatalogProblem, Issue, Origin};
use crate::messages::{Describe, Message, M};

/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Items in one loaded catalog.
pub const MAX_ITEMS: usize = csv_import::MAX_ITEMS;
/// Catalogs loaded at once.
pub const MAX_LOADED: usize = 20;

/// Why a catalog was refused. Nothing else changes when one is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadedProblem {
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    /// A problem in a JSON catalog, located by its path.
    Catalog(CatalogProblem),
    /// A problem in a spreadsheet, located by row and column.
    Table(CatalogCsvProblem),
    BuiltinId {
        id: String,
    },
    /// A workbook that could not be read.
    Sheet(crate::sheet::SheetProblem),
    /// Where the problems after it were found: a workbook's sheet.
    InSheet {
        sheet: String,
    },
    TooManyLoaded {
        count: usize,
    },
}

impl Describe for LoadedProblem {
    fn describe(&self) -> Message {
        match self {
            LoadedProblem::TooLarge { bytes } => {
                Message::new(M::CatalogTooLarge).with("size", bytes / 1024).with("limit", MAX_BYTES / 1_048_576)
            }
            LoadedProblem::NotUtf8 { offset } => Message::new(M::CatalogNotUtf8).with("offset", offset),
            LoadedProblem::Catalog(problem) => problem.describe(),
            LoadedProblem::Table(problem) => problem.describe(),
            LoadedProblem::BuiltinId { id } => Message::new(M::CatalogBuiltinId).with("id", id),
            LoadedProblem::Sheet(problem) => problem.describe(),
            LoadedProblem::InSheet { sheet } => crate::sheet::in_sheet(sheet),
            LoadedProblem::TooManyLoaded { count } => {
                Message::new(M::CatalogTooManyLoaded).with("count", count).with("limit", MAX_LOADED)
            }
        }
    }
}

/// The size limit, then UTF-8 (a BOM is fine).
fn decode(bytes: &[u8]) -> Result<&str, Vec<LoadedProblem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![LoadedProblem::TooLarge { bytes: bytes.len() }]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| vec![LoadedProblem::NotUtf8 { offset: e.valid_up_to() }])?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// A catalog file in our JSON format, checked and keyed for loading.
pub fn read_json(name: &str, bytes: &[u8]) -> Result<Catalog, Vec<LoadedProblem>> {
    let text = decode(bytes)?;
    let catalog = parse(name, text, Origin::Loaded)
        .map_err(|found| found.into_iter().map(LoadedProblem::Catalog).collect::<Vec<_>>())?;
    finish(catalog)
}

/// A spreadsheet's sections, checked, before the person importing it names the catalog.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<Section>, Vec<LoadedProblem>> {
    let (header, rows) = crate::table::csv_rows(bytes, MAX_BYTES, MAX_ITEMS).map_err(as_loaded)?;
    csv_import::read_sections(&header, &rows).map_err(as_loaded)
}

/// A CSV file's or a workbook sheet's sections, by the same rules.
pub fn read_table(table: &crate::table::Table) -> Result<Vec<Section>, Vec<LoadedProblem>> {
    let located = |found: Vec<CatalogCsvProblem>| {
        let sheet = table.sheet().map(|sheet| LoadedProblem::InSheet { sheet: sheet.to_string() });
        sheet.into_iter().chain(as_loaded(found)).collect::<Vec<_>>()
    };
    let (header, rows) = table.rows(MAX_BYTES, MAX_ITEMS).map_err(located)?;
    csv_import::read_sections(&header, &rows).map_err(located)
}

fn as_loaded(found: Vec<CatalogCsvProblem>) -> Vec<LoadedProblem> {
    found.into_iter().map(LoadedProblem::Table).collect()
}

/// The catalog a spreadsheet's sections make under the header the person gave.
pub fn from_sections(head: &CatalogHeader, sections: Vec<Section>) -> Result<Catalog, Vec<LoadedProblem>> {
    finish(csv_import::catalog(head, sections))
}

/// The checks every loaded catalog passes, then its ids keyed by the catalog.
fn finish(catalog: Catalog) -> Result<Catalog, Vec<LoadedProblem>> {
    let count = catalog.sections.iter().map(|s| s.items.len()).sum::<usize>();
    if count > MAX_ITEMS {
        let issue = Issue::TooManyItems { count, limit: MAX_ITEMS };
        return Err(vec![LoadedProblem::Catalog(CatalogProblem { catalog: catalog.id, path: String::new(), issue })]);
    }
    if super::builtin().catalog(&catalog.id).is_some() {
        return Err(vec![LoadedProblem::BuiltinId { id: catalog.id }]);
    }
    let catalog = namespaced(catalog);
    let problems = check(&catalog, Origin::Loaded);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems.into_iter().map(LoadedProblem::Catalog).collect())
    }
}

/// Every problem of a catalog that comes back embedded in a report or a session: the
/// checks of loading, on ids already keyed.
pub fn verify(catalog: &Catalog) -> Vec<CatalogProblem> {
    let count = catalog.sections.iter().map(|s| s.items.len()).sum::<usize>();
    if count > MAX_ITEMS {
        let issue = Issue::TooManyItems { count, limit: MAX_ITEMS };
        return vec![CatalogProblem { catalog: catalog.id.clone(), path: String::new(), issue }];
    }
    if super::builtin().catalog(&catalog.id).is_some() {
        let issue = Issue::IdInOtherCatalog { id: catalog.id.clone(), other: catalog.id.clone() };
        return vec![CatalogProblem { catalog: catalog.id.clone(), path: "id".into(), issue }];
    }
    check(catalog, Origin::Loaded)
}

/// Whether `catalog` may join `loaded`: the same id replaces that catalog (a new
/// version); a new one must leave room.
pub fn admit(loaded: &[Catalog], catalog: &Catalog) -> Result<(), LoadedProblem> {
    let replaces = loaded.iter().any(|c| c.id == catalog.id);
    if !replaces && loaded.len() >= MAX_LOADED {
        return Err(LoadedProblem::TooManyLoaded { count: loaded.len() });
    }
    Ok(())
}

/// Section and item ids keyed by the catalog (`catalog:local`), as answers refer to them.
pub fn namespaced(mut catalog: Catalog) -> Catalog {
    let prefix = format!("{}:", catalog.id);
    let key = |id: &mut String| {
        if !id.starts_with(&prefix) {
            id.insert_str(0, &prefix);
        }
    };
    for section in &mut catalog.sections {
        key(&mut section.id);
        section.items.iter_mut().for_each(|item| key(&mut item.id));
    }
    catalog
}

/// What the loaded catalogs' items say of themselves: (item, built-in item, relation).
pub fn stated_relations(loaded: &[Catalog]) -> impl Iterator<Item = (&str, &str, crate::crosswalk::RelationKind)> {
    loaded.iter().flat_map(|catalog| {
        catalog.sections.iter().flat_map(|section| {
            section
                .items
                .iter()
                .flat_map(|item| item.maps_to.iter().map(|m| (item.id.as_str(), m.item.as_str(), m.kind)))
        })
    })
}

/// The relations that hold for work with these loaded catalogs: the built-in crosswalk
/// and what the loaded items state.
pub fn relations(loaded: &[Catalog]) -> crate::crosswalk::Relations<'static> {
    crate::crosswalk::Relations::new(crate::crosswalk::builtin(), stated_relations(loaded))
}

/// Where an item sits, in a built-in catalog or one of `loaded` (found through its key).
pub fn find_item<'a>(loaded: &'a [Catalog], key: &str) -> Option<super::ItemRef<'a>> {
    if let Some(found) = super::builtin().item(key) {
        return Some(found);
    }
    let (catalog_id, _) = key.split_once(':')?;
    let catalog = loaded.iter().find(|c| c.id == catalog_id)?;
    catalog.sections.iter().find_map(|section| {
        section.items.iter().find(|i| i.id == key).map(|item| super::ItemRef { catalog, section, item })
    })
}

/// A catalog by id, built-in or in `loaded`.
pub fn find_catalog<'a>(loaded: &'a [Catalog], id: &str) -> Option<&'a Catalog> {
    super::builtin().catalog(id).or_else(|| loaded.iter().find(|c| c.id == id))
}

/// The id as the catalog's own file writes it: after `catalog:` for a loaded catalog.
pub fn local_id(id: &str) -> &str {
    id.split_once(':').map_or(id, |(_, local)| local)
}

/// The catalog as a file to share: its ids as its own sheet numbers them.
pub fn exported(catalog: &Catalog) -> Catalog {
    let mut catalog = catalog.clone();
    for section in &mut catalog.sections {
        section.id = local_id(&section.id).to_string();
        for item in &mut section.items {
            item.id = local_id(&item.id).to_string();
        }
    }
    catalog
}

/// The catalog as a JSON file to share (`exported`), laid out for people to read.
pub fn export_json(catalog: &Catalog) -> String {
    let mut text = crate::report::layout::indented_json(&exported(catalog));
    text.push('\n');
    text
}

fn compact<T: Serialize>(value: &T) -> String {
    crate::report::layout::compact_json(value)
}

/// SHA-256 (hex) of a loaded catalog as embedded in reports (its compact JSON).
pub fn fingerprint(catalog: &Catalog) -> String {
    crate::sha256::hex(compact(catalog).as_bytes())
}

/// What identifies an item's content: the first 16 hex digits of the SHA-256 of its JSON.
/// Any change to its text, weight, red line, tier or level changes it.
pub fn item_digest(item: &Item) -> String {
    crate::sha256::hex(compact(item).as_bytes())[..16].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    const SHEET: &str = "章节,编号,标题,检查内容,权重,红线,级别,等保级别\n\
        人员安全,1.1,背景审查,关键岗位人员是否经过背景审查？,4,是,,\n\
        人员安全,1.2,保密协议,,,,增强,3\n\
        数据保护,2.1,数据境内存储,,5,否,一般,\n";

    fn head(id: &str) -> CatalogHeader {
        CatalogHeader {
            id: id.into(),
            title: "我们的自查表".into(),
            version: "2026-12-01".into(),
            date: crate::Date::from_ymd(2026, 12, 1).unwrap(),
        }
    }

    #[test]
    fn a_sheet_becomes_a_keyed_catalog_and_exports_its_own_ids() {
        let catalog = from_sections(&head("our-sheet"), read_csv(SHEET.as_bytes()).unwrap()).unwrap();
        let ids: Vec<&str> = catalog.sections.iter().flat_map(|s| &s.items).map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["our-sheet:1.1", "our-sheet:1.2", "our-sheet:2.1"]);
        assert_eq!(catalog.sections.len(), 2, "rows of one section form one section, in first-seen order");
        let item = &catalog.sections[0].items[1];
        assert_eq!(item.question.zh, "保密协议", "no question: the title");
        assert_eq!((item.weight, item.gating), (3, false), "defaults");
        assert_eq!((item.tier, item.level), (Some(crate::profile::CapabilityTier::Enhanced), Some(3)));
        let back = exported(&catalog);
        assert_eq!(back.sections[0].items[0].id, "1.1");
        assert_eq!(namespaced(back.clone()), catalog, "keying again changes nothing");
        let json = serde_json::to_vec(&back).unwrap();
        assert_eq!(read_json("our.json", &json).unwrap(), catalog, "what is exported loads back the same");
    }

    #[test]
    fn a_built_in_id_or_a_twenty_first_catalog_is_refused() {
        let sections = read_csv(SHEET.as_bytes()).unwrap();
        assert_eq!(
            from_sections(&head("convention-2023"), sections.clone()),
            Err(vec![LoadedProblem::BuiltinId { id: "convention-2023".into() }])
        );
        let one = from_sections(&head("a"), sections).unwrap();
        let full: Vec<Catalog> = (0..MAX_LOADED).map(|n| Catalog { id: format!("c{n}"), ..one.clone() }).collect();
        assert_eq!(admit(&full, &one), Err(LoadedProblem::TooManyLoaded { count: MAX_LOADED }));
        assert_eq!(admit(&full, &full[3]), Ok(()), "a new version of a loaded catalog replaces it");
    }

    #[test]
    fn a_bad_file_is_refused_whole_with_every_problem_located() {
        let sheet = "section,id,title,weight,tier,level\nA,1,x,9,top,5\nA,1,,,,\n,bad id,y,,,\n";
        let problems = read_csv(sheet.as_bytes()).unwrap_err();
        let messages: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
        assert_eq!(messages.len(), 7, "{messages:#?}");
        for expected in [
            "Line 2, column weight: \"9\" is not a weight",
            "Line 2, column tier: \"top\" is not a tier",
            "Line 2, column level: \"5\" is not a protection level",
            "Line 3, column title: must not be empty",
            "Line 3, column id: the id \"1\" is already used on line 2",
            "Line 4, column section: must not be empty",
            "Line 4, column id: \"bad id\" cannot be an id",
        ] {
            assert!(messages.iter().any(|m| m.starts_with(expected)), "{expected}: {messages:#?}");
        }
        let zh = problems[0].message(Lang::ZhCn);
        assert!(zh.starts_with("第 2 行，weight 列"), "{zh}");
        assert!(matches!(read_csv(&[0xc4, 0xe3, b',']).unwrap_err()[0], LoadedProblem::Table(_)), "GBK is refused");
        assert_eq!(
            read_csv(&vec![b' '; MAX_BYTES + 1]).unwrap_err(),
            [LoadedProblem::Table(crate::table::TableProblem::TooLarge { bytes: MAX_BYTES + 1, limit: MAX_BYTES })]
        );
    }

    #[test]
    fn a_json_catalog_is_checked_by_the_loaded_rules() {
        let mut catalog = from_sections(&head("team"), read_csv(SHEET.as_bytes()).unwrap()).unwrap();
        catalog.sections[0].items[0].weight = 0;
        let problems = read_json("team.json", &serde_json::to_vec(&exported(&catalog)).unwrap()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].message(Lang::En), "team at sections[0].items[0].weight: weight 0 must be 1 to 5.");
        assert!(read_json("x.json", b"{\"format\": \"cloud-selfcheck-report\"}").is_err());
    }

    #[test]
    fn an_item_digest_follows_its_content() {
        let catalog = from_sections(&head("d"), read_csv(SHEET.as_bytes()).unwrap()).unwrap();
        let item = catalog.sections[0].items[0].clone();
        let digest = item_digest(&item);
        assert_eq!(digest.len(), 16);
        assert_eq!(item_digest(&item.clone()), digest);
        assert_ne!(item_digest(&Item { weight: 2, ..item.clone() }), digest);
        assert_ne!(item_digest(&Item { level: Some(4), ..item }), digest);
        assert_eq!(fingerprint(&catalog).len(), 64);
    }
}
