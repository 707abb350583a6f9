//! `selfcheck diff OLD.json NEW.json [--json]`: what changed between two reports of one
//! role, every figure recomputed from each file's answers. A report compared with itself
//! prints no change.

use std::io::Write;

use selfcheck_core::catalog::{loaded, ItemKind};
use selfcheck_core::messages::{terms, Describe, Message, Term, M};
use selfcheck_core::report::load::role_term;
use selfcheck_core::scoring::percent;
use selfcheck_core::team::compare::{compare, AgencyComparison, Comparison, ProviderComparison};
use selfcheck_core::team::compare_csv::{gap_change, item_change, status_text, workload_change};
use selfcheck_core::Lang;

use crate::merge_cmd::read_any;

pub fn run(
    before: &str,
    after: &str,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let mut read = |path: &str| match read_any(path) {
        Ok(file) => Some(file),
        Err(refusal) => {
            let _ = writeln!(err, "selfcheck: {path}: {}", refusal.message(lang));
            None
        }
    };
    let (Some(old), Some(new)) = (read(before), read(after)) else { return Ok(1) };
    let comparison = match compare(&old.report, &new.report) {
        Ok(comparison) => comparison,
        Err((a, b)) => {
            let message = Message::new(M::CliDiffRoles).term("before", role_term(a)).term("after", role_term(b));
            writeln!(err, "selfcheck: {}", message.render(lang))?;
            return Ok(1);
        }
    };
    if json {
        serde_json::to_writer_pretty(&mut *out, &comparison).map_err(std::io::Error::other)?;
        writeln!(out)?;
        return Ok(0);
    }
    if comparison.is_empty() {
        writeln!(out, "{}", Message::new(M::CliDiffNone).render(lang))?;
        return Ok(0);
    }
    match &comparison {
        Comparison::Provider(c) => provider(c, lang, out),
        Comparison::Agency(c) => agency(c, lang, out),
    }?;
    Ok(0)
}

fn arrow(before: &str, after: &str) -> String {
    format!("{before} → {after}")
}

fn provider(c: &ProviderComparison, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    if c.status.changed() {
        let (b, a) = (terms::overall(c.status.before).text(lang), terms::overall(c.status.after).text(lang));
        writeln!(out, "{}: {}", M::CompareRowStatus.text(lang), arrow(b, a))?;
    }
    if c.overall.changed() {
        writeln!(
            out,
            "{}: {}",
            M::CliDiffOverall.text(lang),
            arrow(&percent(c.overall.before), &percent(c.overall.after))
        )?;
    }
    for s in c.scores.iter().filter(|s| s.score.changed()) {
        let indent = if s.section_id.is_some() { "    " } else { "  " };
        let figures = arrow(&percent(s.score.before), &percent(s.score.after));
        writeln!(out, "{indent}{}: {figures}", s.title.get(lang))?;
    }
    for i in &c.items {
        let kind = loaded::find_item(&[], &i.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
        let statuses = arrow(status_text(kind, i.status.before, lang), status_text(kind, i.status.after, lang));
        let mut line =
            format!("  [{}] {} {}: {statuses}", item_change(i.kind).text(lang), i.item_id, i.title.get(lang));
        if let Some(gap) = i.gap {
            line.push_str(&format!(" · {}", gap_change(gap).text(lang)));
        }
        if i.gating {
            line.push_str(&format!(" · {}", Term::RedLine.text(lang)));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn agency(c: &AgencyComparison, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    if c.counts.changed() {
        let counts = |v: &selfcheck_core::report::VerdictCounts| {
            format!("{}/{}/{}/{}/{}", v.prohibited, v.not_suitable, v.ungraded, v.conditional, v.eligible)
        };
        writeln!(
            out,
            "{}: {}",
            M::CompareRowVerdicts.text(lang),
            arrow(&counts(&c.counts.before), &counts(&c.counts.after))
        )?;
    }
    let verdict = |v: Option<selfcheck_core::agency::Verdict>| v.map_or("—", |v| terms::verdict(v).text(lang));
    for w in &c.workloads {
        let fields: Vec<&str> = w.fields.iter().map(|f| f.code()).collect();
        let verdicts = arrow(verdict(w.verdict.before), verdict(w.verdict.after));
        let mut line = format!("  [{}] {}: {verdicts}", workload_change(w.kind).text(lang), w.name);
        if !fields.is_empty() {
            line.push_str(&format!(" ({})", fields.join(", ")));
        }
        writeln!(out, "{line}")?;
    }
    for (name, kind) in &c.platforms {
        writeln!(out, "  [{}] {}: {name}", workload_change(*kind).text(lang), M::CompareRowPlatform.text(lang))?;
    }
    Ok(())
}
