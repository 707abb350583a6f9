//! `selfcheck catalog check FILE` and `selfcheck catalog convert FILE.csv …`: a team's
//! own checklist (JSON in our format, or a CSV spreadsheet) read by the very code the
//! browser loads it with.

use std::io::Write;

use selfcheck_core::catalog::csv_import::CatalogHeader;
use selfcheck_core::catalog::loaded::{self, LoadedProblem};
use selfcheck_core::catalog::Catalog;
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::sheet::names;
use selfcheck_core::{Date, Lang};

use crate::files::{read_limited, ReadError};

/// Reads a catalog file: JSON in our format, or a CSV sheet with the header given
/// (for `check`, the file's name and today stand in for what the app asks).
fn read(path: &str, head: Option<CatalogHeader>, lang: Lang) -> Result<Catalog, Vec<String>> {
    let as_messages = |problems: Vec<LoadedProblem>| problems.iter().map(|p| p.message(lang)).collect::<Vec<_>>();
    if is_xlsx(path) {
        let table =
            crate::files::read_table(path, loaded::MAX_BYTES, names::CATALOG).map_err(|m| vec![m.render(lang)])?;
        let sections = loaded::read_table(&table).map_err(as_messages)?;
        let head = head.unwrap_or_else(|| default_header(path));
        return loaded::from_sections(&head, sections).map_err(as_messages);
    }
    let bytes = match read_limited(path, loaded::MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge { bytes }) => return Err(vec![LoadedProblem::TooLarge { bytes }.message(lang)]),
        Err(ReadError::Io(e)) => return Err(vec![e]),
    };
    if is_csv(path) {
        let sections = loaded::read_csv(&bytes).map_err(as_messages)?;
        let head = head.unwrap_or_else(|| default_header(path));
        loaded::from_sections(&head, sections).map_err(as_messages)
    } else {
        loaded::read_json(path, &bytes).map_err(as_messages)
    }
}

fn is_csv(path: &str) -> bool {
    path.to_ascii_lowercase().ends_with(".csv")
}

fn is_xlsx(path: &str) -> bool {
    path.to_ascii_lowercase().ends_with(".xlsx")
}

/// What the app proposes: an id from the file's name, today as the version.
fn default_header(path: &str) -> CatalogHeader {
    let stem = std::path::Path::new(path).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let today = today();
    let id = selfcheck_core::catalog::csv_import::id_from_name(&stem, today);
    CatalogHeader { id, title: stem, version: today.to_string(), date: today }
}

/// Today, in UTC (the version a converted sheet gets unless one is given).
pub fn today() -> Date {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    Date::from_unix_day(days as i64).expect("today is a date")
}

/// `catalog check FILE`: its sections, items and red lines, or every located problem.
pub fn check(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    match read(path, None, lang) {
        Ok(catalog) => {
            let items: Vec<_> = catalog.sections.iter().flat_map(|s| &s.items).collect();
            let red_lines = items.iter().filter(|i| i.gating).count();
            let summary = Message::new(M::CliCatalogSummary)
                .with("id", &catalog.id)
                .with("version", &catalog.version)
                .with("sections", catalog.sections.len())
                .with("items", items.len())
                .with("red_lines", red_lines);
            writeln!(out, "{}", summary.render(lang))?;
            for section in &catalog.sections {
                let gating = section.items.iter().filter(|i| i.gating).count();
                let line = Message::new(M::CliCatalogSection)
                    .with("title", section.title.get(lang))
                    .with("items", section.items.len())
                    .with("red_lines", gating);
                writeln!(out, "  {}", line.render(lang))?;
            }
            Ok(0)
        }
        Err(problems) => refused(path, lang, &problems, err),
    }
}

fn refused(path: &str, lang: Lang, problems: &[String], err: &mut dyn Write) -> std::io::Result<u8> {
    writeln!(err, "selfcheck: {path}: {}", M::CliCatalogRefused.text(lang))?;
    for problem in problems {
        writeln!(err, "  {problem}")?;
    }
    Ok(1)
}

/// `catalog convert FILE.csv --id ID --title TITLE [--version V] -o FILE.json`.
pub fn convert(
    path: &str,
    head: CatalogHeader,
    output: &str,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let catalog = match read(path, Some(head), lang) {
        Ok(catalog) => catalog,
        Err(problems) => return refused(path, lang, &problems, err),
    };
    if let Err(e) = std::fs::write(output, loaded::export_json(&catalog)) {
        writeln!(err, "selfcheck: {output}: {e}")?;
        return Ok(1);
    }
    let items = catalog.sections.iter().map(|s| s.items.len()).sum::<usize>();
    writeln!(out, "{}", Message::new(M::CliCatalogWritten).with("path", output).with("items", items).render(lang))?;
    Ok(0)
}
