//! `selfcheck classify FILE.csv|FILE.xlsx`: verdicts for an inventory, as JSON, with the
//! very same core code the browser runs.

use std::io::Write;

use selfcheck_core::agency::{classify, inventory_csv, rule_texts};
use selfcheck_core::messages::{Describe, M};
use selfcheck_core::Lang;
use serde_json::{json, Value};

use selfcheck_core::sheet::{in_sheet, names};

/// Reads, classifies and prints. Returns the exit status.
pub fn run(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let table = match crate::files::read_table(path, inventory_csv::MAX_BYTES, names::INVENTORY) {
        Ok(table) => table,
        Err(message) => {
            writeln!(err, "selfcheck: {path}: {}", message.render(lang))?;
            return Ok(1);
        }
    };
    let workloads = match inventory_csv::import_table(&table) {
        Ok(workloads) => workloads,
        Err(problems) => {
            writeln!(err, "selfcheck: {path}: {}", M::CliInventoryRefused.text(lang))?;
            if let Some(sheet) = table.sheet() {
                writeln!(err, "  {}", in_sheet(sheet).render(lang))?;
            }
            for problem in problems {
                writeln!(err, "  {}", problem.message(lang))?;
            }
            return Ok(1);
        }
    };
    let results: Vec<Value> = workloads
        .iter()
        .map(|workload| {
            let classification = classify(workload);
            let reasons: Vec<Value> = classification
                .reasons
                .iter()
                .map(|reason| {
                    let text = rule_texts(reason.code());
                    json!({
                        "code": reason.code(),
                        "text": text.text.get(lang),
                        "reference": {
                            "source": text.reference.source,
                            "clause": text.reference.clause.get(lang),
                        },
                    })
                })
                .collect();
            json!({ "name": workload.name, "verdict": classification.verdict.code(), "reasons": reasons })
        })
        .collect();
    let text = serde_json::to_string_pretty(&results).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(0)
}
