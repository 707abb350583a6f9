//! The catalogs a provider loads: reading a file (JSON, or a CSV sheet that the person
//! then names), replacing a catalog by a newer version, removing one, and what a new
//! version changed. A refused file changes nothing.

use std::rc::Rc;

use selfcheck_core::catalog::csv_import::{id_from_name, CatalogHeader};
use selfcheck_core::catalog::loaded::{self, LoadedProblem};
use selfcheck_core::catalog::versions::{self, Upgrade};
use selfcheck_core::catalog::{Catalog, Section};
use selfcheck_core::sheet::SheetRows;
use selfcheck_core::table::Table;
use selfcheck_core::{Date, ProviderWork};

/// Where loading a catalog file stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogImport {
    /// A sheet was read and checked; the person names the catalog before it is added.
    Naming {
        file_name: String,
        /// Shared: the whole state is copied on every action, a 5,000-item sheet with it.
        sections: Rc<Vec<Section>>,
        head: CatalogHeader,
        problems: Vec<LoadedProblem>,
    },
    Refused {
        file_name: String,
        problems: Vec<LoadedProblem>,
    },
    Loaded {
        id: String,
        items: usize,
        replaced: bool,
    },
}

/// A field of the naming form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameField {
    Id,
    Title,
    Version,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogState {
    pub import: Option<CatalogImport>,
    /// A removal waiting for its confirmation.
    pub confirm_remove: Option<String>,
    /// What the last new version of a catalog changed (shown until dismissed).
    pub upgrades: Vec<Upgrade>,
}

/// A catalog file read before it is dispatched: a sheet's items, which the person
/// then names; a JSON catalog; or every problem that refused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogRead {
    Sheet { sections: Rc<Vec<Section>>, head: CatalogHeader },
    Catalog(Box<Catalog>),
    Refused(Vec<LoadedProblem>),
}

impl CatalogRead {
    /// A file's bytes, as read: a CSV sheet (by its name) or a JSON catalog.
    pub fn file(name: &str, bytes: &[u8], today: Date) -> CatalogRead {
        if name.to_ascii_lowercase().ends_with(".csv") {
            CatalogRead::table(name, &Table::Csv(bytes.to_vec()), today)
        } else {
            loaded::read_json(name, bytes).map_or_else(CatalogRead::Refused, |c| CatalogRead::Catalog(Box::new(c)))
        }
    }

    /// A workbook's sheet, as the Excel module read it.
    pub fn sheet(name: &str, sheet: SheetRows, today: Date) -> CatalogRead {
        CatalogRead::table(name, &Table::Sheet(sheet), today)
    }

    /// A sheet's items, and the name the form starts from (the file's, and today).
    fn table(name: &str, table: &Table, today: Date) -> CatalogRead {
        match loaded::read_table(table) {
            Ok(sections) => {
                let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem).to_string();
                let head = CatalogHeader {
                    id: id_from_name(&stem, today),
                    title: stem,
                    version: today.to_string(),
                    date: today,
                };
                CatalogRead::Sheet { sections: Rc::new(sections), head }
            }
            Err(problems) => CatalogRead::Refused(problems),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogAction {
    /// A file, read before it is dispatched (`CatalogRead`).
    Read {
        name: String,
        read: CatalogRead,
    },
    Name(NameField, String),
    ConfirmImport,
    DismissImport,
    RequestRemove(String),
    ConfirmRemove(String),
    CancelRemove,
    DismissUpgrades,
}

impl CatalogState {
    /// Applies `action` to the work's loaded catalogs; answers change only when a new
    /// version flags some for review. Returns the id of a catalog just added, for the
    /// checklist to show it.
    pub fn apply(&mut self, action: CatalogAction, work: &mut ProviderWork) -> Option<String> {
        match action {
            CatalogAction::Read { name, read } => match read {
                CatalogRead::Sheet { sections, head } => {
                    self.import = Some(CatalogImport::Naming { file_name: name, sections, head, problems: Vec::new() });
                    None
                }
                CatalogRead::Catalog(catalog) => self.add(*catalog, work),
                CatalogRead::Refused(problems) => {
                    self.import = Some(CatalogImport::Refused { file_name: name, problems });
                    None
                }
            },
            CatalogAction::Name(field, value) => {
                if let Some(CatalogImport::Naming { head, .. }) = &mut self.import {
                    match field {
                        NameField::Id => head.id = value.trim().to_string(),
                        NameField::Title => head.title = value,
                        NameField::Version => head.version = value.trim().to_string(),
                    }
                }
                None
            }
            CatalogAction::ConfirmImport => {
                let Some(CatalogImport::Naming { file_name, sections, head, .. }) = self.import.take() else {
                    return None;
                };
                match loaded::from_sections(&head, (*sections).clone()) {
                    Ok(catalog) => self.add(catalog, work),
                    Err(problems) => {
                        // The sheet was fine; what the person gave is not: they correct it.
                        self.import = Some(CatalogImport::Naming { file_name, sections, head, problems });
                        None
                    }
                }
            }
            CatalogAction::DismissImport => {
                self.import = None;
                None
            }
            CatalogAction::RequestRemove(id) => {
                self.confirm_remove = Some(id);
                None
            }
            CatalogAction::CancelRemove => {
                self.confirm_remove = None;
                None
            }
            CatalogAction::ConfirmRemove(id) => {
                // Its answers stay (listed as answers to unknown items) until removed too.
                if self.confirm_remove.as_deref() == Some(id.as_str()) {
                    work.catalogs_mut().retain(|c| c.id != id);
                }
                self.confirm_remove = None;
                None
            }
            CatalogAction::DismissUpgrades => {
                self.upgrades.clear();
                None
            }
        }
    }

    /// Adds a checked catalog, or replaces the one of the same id (a new version: what
    /// changed is shown, and the answers to changed items are flagged for review).
    fn add(&mut self, catalog: Catalog, work: &mut ProviderWork) -> Option<String> {
        let file_name = catalog.title.zh.clone();
        if let Err(problem) = loaded::admit(&work.catalogs, &catalog) {
            self.import = Some(CatalogImport::Refused { file_name, problems: vec![problem] });
            return None;
        }
        let id = catalog.id.clone();
        let items = catalog.sections.iter().map(|s| s.items.len()).sum();
        let list = Rc::make_mut(&mut work.catalogs);
        let answers = &mut work.answers;
        let replaced = match list.iter().position(|c| c.id == id) {
            Some(at) => {
                let old = std::mem::replace(&mut list[at], catalog);
                let old_items = versions::item_digests(&old);
                let upgrade = versions::compare(&old_items, &old.version, &list[at], |key| answers.contains_key(key));
                if !upgrade.changed.is_empty() {
                    versions::pin(Rc::make_mut(answers), &upgrade, &old_items);
                }
                self.upgrades.retain(|u| u.catalog != id);
                if !upgrade.is_empty() {
                    self.upgrades.push(upgrade);
                }
                true
            }
            None => {
                list.push(catalog);
                false
            }
        };
        self.import = Some(CatalogImport::Loaded { id: id.clone(), items, replaced });
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &[u8] = include_bytes!("../../tests/fixtures/catalog.csv");

    fn today() -> Date {
        Date::from_ymd(2026, 12, 1).unwrap()
    }

    fn load_sheet(state: &mut CatalogState, work: &mut ProviderWork, bytes: &[u8]) -> Option<String> {
        let file = CatalogAction::Read {
            name: "Team Sheet.csv".into(),
            read: CatalogRead::file("Team Sheet.csv", bytes, today()),
        };
        state.apply(file, work);
        state.apply(CatalogAction::ConfirmImport, work)
    }

    #[test]
    fn a_sheet_is_named_then_loaded_and_a_refused_one_changes_nothing() {
        let (mut state, mut work) = (CatalogState::default(), ProviderWork::default());
        state.apply(
            CatalogAction::Read {
                name: "Team Sheet.csv".into(),
                read: CatalogRead::file("Team Sheet.csv", SHEET, today()),
            },
            &mut work,
        );
        let Some(CatalogImport::Naming { head, .. }) = &state.import else { panic!("{:?}", state.import) };
        assert_eq!(
            (head.id.as_str(), head.title.as_str(), head.version.as_str()),
            ("team-sheet", "Team Sheet", "2026-12-01")
        );
        state.apply(CatalogAction::Name(NameField::Title, "团队自查表".into()), &mut work);
        assert_eq!(state.apply(CatalogAction::ConfirmImport, &mut work).as_deref(), Some("team-sheet"));
        assert_eq!(work.catalogs.len(), 1);
        assert_eq!(work.catalogs[0].title.zh, "团队自查表");

        let before = work.catalogs.clone();
        state.apply(
            CatalogAction::Read {
                name: "bad.csv".into(),
                read: CatalogRead::file("bad.csv", b"section,id\n", today()),
            },
            &mut work,
        );
        assert!(matches!(state.import, Some(CatalogImport::Refused { .. })));
        assert_eq!(work.catalogs, before);
        state.apply(
            CatalogAction::Read { name: "x.csv".into(), read: CatalogRead::file("x.csv", SHEET, today()) },
            &mut work,
        );
        state.apply(CatalogAction::Name(NameField::Id, "convention-2023".into()), &mut work);
        state.apply(CatalogAction::ConfirmImport, &mut work);
        assert!(
            matches!(&state.import, Some(CatalogImport::Naming { problems, .. }) if !problems.is_empty()),
            "asked again"
        );
        assert_eq!(work.catalogs, before);
    }

    #[test]
    fn a_new_version_flags_changed_answers_and_removing_keeps_answers() {
        let (mut state, mut work) = (CatalogState::default(), ProviderWork::default());
        load_sheet(&mut state, &mut work, SHEET);
        work.answers_mut()
            .insert("team-sheet:1.1".into(), selfcheck_core::Answer::with_status(selfcheck_core::Status::Met));
        let changed =
            String::from_utf8(SHEET.to_vec()).unwrap().replace("关键岗位背景审查", "关键岗位背景审查（含外包）");
        load_sheet(&mut state, &mut work, changed.as_bytes());
        assert_eq!(work.catalogs.len(), 1, "the same id replaces");
        assert_eq!(state.upgrades.len(), 1);
        assert_eq!(state.upgrades[0].changed, ["team-sheet:1.1"]);
        let item = &work.catalogs[0].sections[0].items[0];
        assert!(versions::needs_review(&work.answers, item));

        state.apply(CatalogAction::ConfirmRemove("team-sheet".into()), &mut work);
        assert_eq!(work.catalogs.len(), 1, "no removal without its confirmation");
        state.apply(CatalogAction::RequestRemove("team-sheet".into()), &mut work);
        state.apply(CatalogAction::ConfirmRemove("team-sheet".into()), &mut work);
        assert!(work.catalogs.is_empty());
        assert!(work.answers.contains_key("team-sheet:1.1"), "its work are kept");
    }
}
