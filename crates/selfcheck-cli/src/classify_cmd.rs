//! `selfcheck classify INVENTORY [--platforms FILE]`: verdicts for an inventory, and
//! given the candidate platforms each workload's platform-fit gaps, as JSON, with the
//! very same core code the browser runs. Either file is CSV or a workbook (.xlsx).

use std::io::Write;

use selfcheck_core::agency::{check_fit, classify, inventory_csv, platforms_csv, rule_texts, Platform, Workload};
use selfcheck_core::messages::{Describe, M};
use selfcheck_core::table::{Table, TableProblem};
use selfcheck_core::Lang;
use serde_json::{json, Value};

use selfcheck_core::sheet::{in_sheet, names};

/// Reads, classifies, checks fit (given `platforms`) and prints. Returns the exit status.
pub fn run(
    path: &str,
    platforms: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(workloads) = read(path, &INVENTORY, lang, err)? else { return Ok(1) };
    let platforms: Option<Vec<Platform>> = match platforms {
        None => None,
        Some(file) => match read(file, &PLATFORMS, lang, err)? {
            Some(platforms) => Some(platforms),
            None => return Ok(1),
        },
    };
    // A workload without a migration date is checked against today (and its gaps say so).
    let today = crate::catalog_cmd::today();
    let results: Vec<Value> = workloads
        .iter()
        .map(|workload| {
            let classification = classify(workload);
            let reasons: Vec<Value> = classification.reasons.iter().map(|reason| worded(reason.code(), lang)).collect();
            let mut result =
                json!({ "name": workload.name, "verdict": classification.verdict.code(), "reasons": reasons });
            if let Some(platforms) = &platforms {
                let fit = check_fit(workload, &classification, platforms, today).map(|gaps| {
                    gaps.iter()
                        .map(|gap| {
                            let mut value = worded(gap.code.code(), lang);
                            if let Some(date) = gap.date {
                                value["date"] = json!(date.to_string());
                            }
                            if !gap.items.is_empty() {
                                value["items"] = json!(gap.items);
                            }
                            value
                        })
                        .collect::<Vec<_>>()
                });
                result["platform"] = json!(workload.platform);
                result["platform_fit"] = json!(fit);
            }
            result
        })
        .collect();
    let text = serde_json::to_string_pretty(&results).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(0)
}

/// A reason or fit code with its words and citation in `lang`.
fn worded(code: &str, lang: Lang) -> Value {
    let text = rule_texts(code);
    json!({
        "code": code,
        "text": text.text.get(lang),
        "reference": { "source": text.reference.source, "clause": text.reference.clause.get(lang) },
    })
}

/// What a table file holds and how it is read.
struct Kind<T, C> {
    max_csv_bytes: usize,
    /// The workbook sheets looked for.
    sheets: &'static [&'static str],
    import: Import<T, C>,
    /// What stderr says of a file refused.
    refused: M,
}

type Import<T, C> = fn(&Table) -> Result<Vec<T>, Vec<TableProblem<C>>>;

const INVENTORY: Kind<Workload, inventory_csv::Column> = Kind {
    max_csv_bytes: inventory_csv::MAX_BYTES,
    sheets: names::INVENTORY,
    import: inventory_csv::import_table,
    refused: M::CliInventoryRefused,
};

const PLATFORMS: Kind<Platform, platforms_csv::Column> = Kind {
    max_csv_bytes: platforms_csv::MAX_BYTES,
    sheets: names::PLATFORMS,
    import: platforms_csv::import_table,
    refused: M::CliPlatformsRefused,
};

/// The rows of the table file `path`, or `None` once every problem is on stderr.
fn read<T, C: selfcheck_core::table::Column>(
    path: &str,
    kind: &Kind<T, C>,
    lang: Lang,
    err: &mut dyn Write,
) -> std::io::Result<Option<Vec<T>>> {
    let table = match crate::files::read_table(path, kind.max_csv_bytes, kind.sheets) {
        Ok(table) => table,
        Err(message) => {
            writeln!(err, "selfcheck: {path}: {}", message.render(lang))?;
            return Ok(None);
        }
    };
    match (kind.import)(&table) {
        Ok(rows) => Ok(Some(rows)),
        Err(problems) => {
            writeln!(err, "selfcheck: {path}: {}", kind.refused.text(lang))?;
            if let Some(sheet) = table.sheet() {
                writeln!(err, "  {}", in_sheet(sheet).render(lang))?;
            }
            for problem in problems {
                writeln!(err, "  {}", problem.message(lang))?;
            }
            Ok(None)
        }
    }
}
