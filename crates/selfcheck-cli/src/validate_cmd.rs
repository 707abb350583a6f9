//! `selfcheck validate FILE.json`: is this a genuine, consistent report? It must load
//! (format, version, schema), its digest must match its content, and every stated
//! figure must be what the inputs give when recomputed with this tool's catalogs.

use std::io::Write;

use selfcheck_core::report::{load_report, to_canonical_json, LoadProblem, LoadWarning, MAX_REPORT_BYTES};

use crate::files::{read_limited, ReadError};
use selfcheck_core::Lang;

pub fn run(path: &str, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let zh = lang == Lang::ZhCn;
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<u8> {
        writeln!(err, "selfcheck: {path}: {message}")?;
        Ok(1)
    };
    let bytes = match read_limited(path, MAX_REPORT_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge { bytes }) => return fail(err, LoadProblem::TooLarge { bytes }.message(lang)),
        Err(ReadError::Io(e)) => return fail(err, e),
    };
    let loaded = match load_report(&bytes) {
        Ok(loaded) => loaded,
        Err(problem) => return fail(err, problem.message(lang)),
    };
    let mut problems = Vec::new();
    for warning in &loaded.warnings {
        // Unknown items and migrations are facts about the file, not signs of tampering;
        // a digest mismatch or different catalog content means it cannot be vouched for.
        if matches!(warning, LoadWarning::DigestMismatch | LoadWarning::CatalogChanged { .. }) {
            problems.push(warning.message(lang));
        }
    }
    let report = &loaded.report;
    // The day the figures were computed for must be the day the report was made (a day
    // apart at most, for time zones): backdating would hide expiry and overdue alerts.
    if let Some(made_on) = selfcheck_core::Date::of_timestamp(&report.generated_at) {
        if report.as_of.days_since(made_on).abs() > 1 {
            problems.push(if zh {
                format!("as_of（{}）与生成日期（{made_on}）不符：期限和有效期可能按另一天计算。", report.as_of)
            } else {
                format!(
                    "as_of ({}) is not the day it was generated ({made_on}): deadlines and validity may be computed for another day.",
                    report.as_of
                )
            });
        }
    }
    if let Some(rebuilt) = report.rebuilt() {
        let stated = to_canonical_json(report);
        let computed = to_canonical_json(&rebuilt);
        if stated != computed {
            let line = stated.lines().zip(computed.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
            problems.push(if zh {
                format!("报告中的数字与按其答复重新计算的结果不一致（第 {line} 行起）：结论或分数被手工改动过。")
            } else {
                format!("The stated figures differ from those recomputed from its answers (from line {line}): verdicts or scores were edited by hand.")
            });
        }
    }
    if problems.is_empty() {
        let role = report.role.code();
        if zh {
            writeln!(
                out,
                "一致：{role} 报告，生成于 {}；校验值相符，所有数字均可由其答复重新算出。",
                report.generated_at
            )?;
            writeln!(out, "  这只说明数字与答复和日期相符；校验值任何人都可重新计算，只能发现无意的改动，不是签名，也不能证明答复属实或由谁生成。")?;
        } else {
            writeln!(
                out,
                "consistent: {role} report generated {}; the digest matches and every figure follows from its answers.",
                report.generated_at
            )?;
            writeln!(out, "  This shows only that the figures follow from the stated answers and date. Anyone can recompute the digest: it catches accidental changes, not deliberate ones, and proves neither who made the report nor that its answers are true.")?;
        }
        for warning in &loaded.warnings {
            writeln!(out, "  {}", warning.message(lang))?;
        }
        Ok(0)
    } else {
        for problem in problems {
            writeln!(err, "selfcheck: {path}: {problem}")?;
        }
        Ok(1)
    }
}
