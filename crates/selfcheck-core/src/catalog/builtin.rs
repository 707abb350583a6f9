//! The catalogs shipped inside the product, embedded at compile time from `catalogs/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::model::{Audience, Catalog, Item, Section};
use super::validate::{parse_catalog, validate_set};

// `PACKED` (what the app reads) and `BUILTIN_FILES` (the files as written), from
// `build.rs`, which holds the list of built-in catalogs.
include!(concat!(env!("OUT_DIR"), "/builtin_catalogs.rs"));

/// Where an item sits.
#[derive(Clone, Copy, Debug)]
pub struct ItemRef<'a> {
    pub catalog: &'a Catalog,
    pub section: &'a Section,
    pub item: &'a Item,
}

/// Validated catalogs with an index by item id.
#[derive(Debug, PartialEq)]
pub struct CatalogSet {
    catalogs: Vec<Catalog>,
    /// SHA-256 (hex) of each catalog file's bytes, same order as `catalogs`.
    digests: Vec<String>,
    index: HashMap<String, (usize, usize, usize)>,
}

impl CatalogSet {
    /// Parses and validates files; every problem of every file is returned at once.
    pub fn from_files(files: &[(&str, &str)]) -> Result<CatalogSet, Vec<String>> {
        let mut catalogs = Vec::new();
        let mut problems = Vec::new();
        for (name, json) in files {
            match parse_catalog(name, json) {
                Ok(catalog) => catalogs.push(catalog),
                Err(found) => problems.extend(found.iter().map(|p| format!("{name}: {p}"))),
            }
        }
        problems.extend(validate_set(&catalogs).iter().map(ToString::to_string));
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(CatalogSet::indexed(catalogs, files.iter().map(|(_, json)| content_sha256(json)).collect()))
    }

    /// Reads the packed built-in catalogs, proven valid by the tests: the app then
    /// carries neither the checks nor their messages, and starts sooner.
    fn from_packed(packed: &[(&str, &str, &str)]) -> CatalogSet {
        let catalogs = packed
            .iter()
            .map(|(name, json, _)| {
                serde_json::from_str(json).unwrap_or_else(|e| panic!("built-in catalog {name}: {e}"))
            })
            .collect();
        CatalogSet::indexed(catalogs, packed.iter().map(|(_, _, sha)| sha.to_string()).collect())
    }

    fn indexed(catalogs: Vec<Catalog>, digests: Vec<String>) -> CatalogSet {
        let mut index = HashMap::new();
        for (c, catalog) in catalogs.iter().enumerate() {
            for (s, section) in catalog.sections.iter().enumerate() {
                for (i, item) in section.items.iter().enumerate() {
                    index.insert(item.id.clone(), (c, s, i));
                }
            }
        }
        CatalogSet { catalogs, digests, index }
    }

    pub fn catalogs(&self) -> &[Catalog] {
        &self.catalogs
    }

    /// The catalogs one kind of user answers, in display order.
    pub fn for_audience(&self, audience: Audience) -> Vec<&Catalog> {
        self.catalogs.iter().filter(|c| c.audience == audience).collect()
    }

    pub fn catalog(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// SHA-256 (hex) of the catalog's file content, for reports.
    pub fn digest(&self, catalog_id: &str) -> Option<&str> {
        let at = self.catalogs.iter().position(|c| c.id == catalog_id)?;
        Some(&self.digests[at])
    }

    pub fn item(&self, id: &str) -> Option<ItemRef<'_>> {
        let &(c, s, i) = self.index.get(id)?;
        let catalog = &self.catalogs[c];
        let section = &catalog.sections[s];
        Some(ItemRef { catalog, section, item: &section.items[i] })
    }

    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.catalogs.iter().flat_map(|catalog| {
            catalog
                .sections
                .iter()
                .flat_map(move |section| section.items.iter().map(move |item| ItemRef { catalog, section, item }))
        })
    }
}

/// The items of some catalogs (built-in and loaded) by id, for the lookups of one task.
pub struct Index<'a> {
    catalogs: Vec<&'a Catalog>,
    // The map type of `CatalogSet`'s own index: one copy of its code in the wasm.
    positions: HashMap<String, (usize, usize, usize)>,
}

impl<'a> Index<'a> {
    pub fn new(catalogs: &[&'a Catalog]) -> Index<'a> {
        let mut positions = HashMap::new();
        for (c, catalog) in catalogs.iter().enumerate() {
            for (s, section) in catalog.sections.iter().enumerate() {
                for (i, item) in section.items.iter().enumerate() {
                    positions.insert(item.id.clone(), (c, s, i));
                }
            }
        }
        Index { catalogs: catalogs.to_vec(), positions }
    }

    pub fn item(&self, id: &str) -> Option<ItemRef<'a>> {
        let &(c, s, i) = self.positions.get(id)?;
        let catalog = self.catalogs[c];
        let section = &catalog.sections[s];
        Some(ItemRef { catalog, section, item: &section.items[i] })
    }
}

/// The built-in catalogs. The tests prove them valid (`every_builtin_catalog_is_valid`,
/// and that the full checks read them to the same set), so they are not checked again
/// on every start.
pub fn builtin() -> &'static CatalogSet {
    static SET: OnceLock<CatalogSet> = OnceLock::new();
    SET.get_or_init(|| CatalogSet::from_packed(PACKED))
}

/// Lower-case hex SHA-256 of a text.
pub fn content_sha256(text: &str) -> String {
    crate::sha256::hex(text.as_bytes())
}
