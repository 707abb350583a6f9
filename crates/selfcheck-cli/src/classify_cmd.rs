//! `selfcheck classify FILE.csv`: verdicts for an inventory, as JSON, with the very
//! same core code the browser runs.

use std::io::Write;

use selfcheck_core::agency::{classify, inventory_csv, rule_texts};
use selfcheck_core::Lang;
use serde_json::{json, Value};

/// Reads, classifies and prints. Returns the exit status.
pub fn run(
    path: &str,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
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
            writeln!(err, "selfcheck: {path}: the inventory was refused:")?;
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
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    let too_large = inventory_csv::CsvProblem::TooLarge {
        bytes: usize::try_from(size).unwrap_or(usize::MAX),
    };
    if size > inventory_csv::MAX_BYTES as u64 {
        return Err(too_large.message(lang));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    inventory_csv::decode(&bytes)
        .map(str::to_string)
        .map_err(|problem| problem.message(lang))
}
