//! `selfcheck classify FILE.csv`: verdicts for an inventory, as JSON, with the very
//! same core code the browser runs.

use std::io::Write;

use selfcheck_core::agency::{classify, inventory_csv, rule_texts};
use selfcheck_core::messages::{Describe, M};
use selfcheck_core::Lang;
use serde_json::{json, Value};

use crate::files::ReadError;

/// Reads, classifies and prints. Returns the exit status.
pub fn run(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let text = match read_limited(path, lang) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "selfcheck: {path}: {message}")?;
            return Ok(1);
        }
    };
    let workloads = match inventory_csv::import(&text) {
        Ok(workloads) => workloads,
        Err(problems) => {
            writeln!(err, "selfcheck: {path}: {}", M::CliInventoryRefused.text(lang))?;
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

/// Reads a UTF-8 file, refusing one over the import limit before reading it whole.
fn read_limited(path: &str, lang: Lang) -> Result<String, String> {
    match crate::files::read_limited(path, inventory_csv::MAX_BYTES) {
        Ok(bytes) => inventory_csv::decode(&bytes).map(str::to_string).map_err(|problem| problem.message(lang)),
        Err(ReadError::TooLarge { bytes }) => {
            Err(inventory_csv::CsvProblem::TooLarge { bytes, limit: inventory_csv::MAX_BYTES }.message(lang))
        }
        Err(ReadError::Io(e)) => Err(e),
    }
}
