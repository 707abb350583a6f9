//! `selfcheck evidence verify REPORT.json DIR`: every evidence fingerprint in a report
//! checked against the files in a folder (and its subfolders): matched, changed or
//! missing, and the files no answer names. Exit 0 only when every fingerprint matches.

use std::io::{Read, Write};
use std::path::Path;

use selfcheck_core::evidence::{verify, Check, Fingerprinter, Held};
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::load_report;
use selfcheck_core::Lang;

use crate::files::read_report;

pub fn run(
    report: &str,
    dir: &str,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let bytes = match read_report(report, lang) {
        Ok(bytes) => bytes,
        Err(message) => {
            writeln!(err, "selfcheck: {report}: {message}")?;
            return Ok(1);
        }
    };
    let loaded = match load_report(&bytes) {
        Ok(loaded) => loaded.report,
        Err(problem) => {
            writeln!(err, "selfcheck: {report}: {}", problem.message(lang))?;
            return Ok(1);
        }
    };
    let mut held = Vec::new();
    if let Err(e) = hash_folder(Path::new(dir), Path::new(dir), &mut held) {
        writeln!(err, "selfcheck: {dir}: {e}")?;
        return Ok(1);
    }
    let recorded = loaded.evidence_files();
    let (checks, unnamed) = verify(recorded.iter().map(|(item, file)| (item.as_str(), *file)), &held);
    if json {
        let value = serde_json::json!({ "checks": checks, "unnamed": unnamed });
        writeln!(out, "{}", serde_json::to_string_pretty(&value).map_err(std::io::Error::other)?)?;
    } else {
        for check in &checks {
            let line = match check {
                Check::Matched { item, name, path } => {
                    Message::new(M::EvidenceMatched).with("item", item).with("name", name).with("path", path)
                }
                Check::Changed { item, name, path } => {
                    Message::new(M::EvidenceChanged).with("item", item).with("name", name).with("path", path)
                }
                Check::Missing { item, name } => Message::new(M::EvidenceMissing).with("item", item).with("name", name),
            };
            writeln!(out, "{}", line.render(lang))?;
        }
        for path in &unnamed {
            writeln!(out, "{}", Message::new(M::EvidenceUnnamed).with("path", path).render(lang))?;
        }
        let matched = checks.iter().filter(|c| c.is_match()).count();
        let summary = Message::new(M::EvidenceSummary)
            .with("matched", matched)
            .with("total", checks.len())
            .with("unnamed", unnamed.len());
        writeln!(out, "{}", summary.render(lang))?;
    }
    Ok(if checks.iter().all(Check::is_match) { 0 } else { 1 })
}

/// Every file under `dir`, fingerprinted in 1 MiB parts (a 4 GB file is never held whole).
fn hash_folder(root: &Path, dir: &Path, held: &mut Vec<Held>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            hash_folder(root, &path, held)?;
        } else if kind.is_file() {
            let mut file = std::fs::File::open(&path)?;
            let mut fingerprinter = Fingerprinter::new();
            let mut buffer = vec![0u8; 1 << 20];
            loop {
                let n = file.read(&mut buffer)?;
                if n == 0 {
                    break;
                }
                fingerprinter.update(&buffer[..n]);
            }
            let shown = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().to_string();
            let name = entry.file_name().to_string_lossy().to_string();
            held.push(Held { path: shown, name, fingerprint: fingerprinter.finish() });
        }
    }
    Ok(())
}
