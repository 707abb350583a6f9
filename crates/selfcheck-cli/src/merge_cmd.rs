//! `selfcheck merge BASE.json OTHER.json… -o OUT.json [--prefer base|other|newest]`: the
//! files answered apart merged into the base by the app's rule. What does not conflict
//! is applied; each conflict is listed, and decided only by `--prefer`. Nothing is lost:
//! what is not chosen is kept in the output as history, and nothing is written that this
//! version cannot read back: the oldest history moves to files of its own beside the
//! output (`team::fit`), or the merge is refused before anything is written.

use std::io::Write;

use selfcheck_core::agency::{classify, Platform, Workload};
use selfcheck_core::catalog::loaded;
use selfcheck_core::messages::{terms, Describe, Message, M};
use selfcheck_core::report::{LoadProblem, Role, MAX_REPORT_BYTES};
use selfcheck_core::team::fit::{fit, Files, Fit, Work};
use selfcheck_core::team::history::FileLabel;
use selfcheck_core::team::incoming::{self, Incoming, Refusal};
use selfcheck_core::team::merge::{Candidate, Conflict, Prefer, Side};
use selfcheck_core::team::{agency, provider};
use selfcheck_core::{Answer, Lang, Timestamp};

use crate::catalog_cmd::today;
use crate::files::{read_limited, ReadError};

pub struct MergeOptions {
    pub base: String,
    pub others: Vec<String>,
    pub output: String,
    pub prefer: Option<Prefer>,
    pub lang: Lang,
}

fn bytes_of(path: &str) -> Result<Vec<u8>, Refusal> {
    read_limited(path, MAX_REPORT_BYTES).map_err(|e| match e {
        ReadError::TooLarge { bytes } => Refusal::Load(LoadProblem::TooLarge { bytes }),
        ReadError::Io(detail) => Refusal::Load(LoadProblem::Unreadable { detail }),
    })
}

/// A report of either role (a base, or a side of a comparison).
pub fn read_any(path: &str) -> Result<Incoming, Refusal> {
    incoming::read_any(path, &bytes_of(path)?)
}

/// A JSON file to merge into work of `role`: a report, or a window's saved work; a
/// report's signature checked (a member that could never hold refuses the file).
fn read(path: &str, role: Role) -> Result<Incoming, Refusal> {
    let bytes = bytes_of(path)?;
    let signer = incoming::signer_of(&bytes, &selfcheck_sign::Sm2Checker).map_err(Refusal::Load)?;
    incoming::read(path, bytes, modified_time(path), signer, role)
}

/// The file's time, for answers that record none (a sheet's, a session's).
fn modified_time(path: &str) -> Timestamp {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let seconds = modified.and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
    Timestamp::from_unix_seconds(seconds as i64).expect("a file's time is a moment")
}

/// A questionnaire filled in a workbook: its sheet, its answers stamped with the file's
/// time (a sheet records none) against the base's catalogs.
fn read_questionnaire_sheet(path: &str, index: &selfcheck_core::catalog::Index) -> Result<Incoming, Refusal> {
    use selfcheck_core::sheet::{names, MAX_WORKBOOK_BYTES};
    let bytes = read_limited(path, MAX_WORKBOOK_BYTES).map_err(|e| match e {
        ReadError::TooLarge { bytes } => Refusal::Load(LoadProblem::TooLarge { bytes }),
        ReadError::Io(detail) => Refusal::Load(LoadProblem::Unreadable { detail }),
    })?;
    let sheet = selfcheck_sheets::read_sheet(&bytes, names::QUESTIONNAIRE).map_err(Refusal::Sheet)?;
    incoming::read_sheet(path, sheet, &modified_time(path), index)
}

/// An answer as one line: its status, texts, who and when.
fn answer_line(answer: &Answer, item_id: &str, lang: Lang) -> String {
    let kind = loaded::find_item(&[], item_id).map_or(selfcheck_core::catalog::ItemKind::Compliance, |r| r.item.kind);
    let status = answer.status().map_or(M::Unanswered.text(lang), |s| terms::status(kind, s).text(lang));
    let d = answer.details();
    let mut line = status.to_string();
    for text in [&d.note, &d.evidence, &d.justification].into_iter().filter(|t| !t.is_empty()) {
        line.push_str(&format!(" · {text}"));
    }
    let by = if d.answered_by.is_empty() { "?" } else { &d.answered_by };
    line.push_str(&format!(" ({by}, {})", d.answered_at.as_ref().map_or("?".to_string(), Timestamp::wall_clock)));
    line
}

fn workload_line(workload: &Workload, lang: Lang) -> String {
    Message::new(M::CliWorkloadLine)
        .term("verdict", terms::verdict(classify(workload).verdict))
        .with("level", workload.mlps_level.map_or("—".to_string(), |l| l.to_string()))
        .with("platform", workload.platform.as_deref().unwrap_or("—"))
        .render(lang)
}

fn platform_line(platform: &Platform, lang: Lang) -> String {
    Message::new(M::CliPlatformLine)
        .with("provider", &platform.provider)
        .with("tier", platform.tier.map_or("—", |t| t.code()))
        .with("level", platform.mlps_level.map_or("—".to_string(), |l| l.to_string()))
        .with("published", platform.result_published.map_or("—".to_string(), |d| d.to_string()))
        .render(lang)
}

fn side_name<'a>(side: Side, base: &'a str, names: &[&'a str]) -> &'a str {
    match side {
        Side::Yours => base,
        Side::File(n) => names[n],
    }
}

fn list<T>(
    out: &mut dyn Write,
    conflicts: &[Conflict<T>],
    line: impl Fn(&Candidate<T>, &str) -> String,
    base: &str,
    names: &[&str],
) -> std::io::Result<()> {
    for conflict in conflicts {
        writeln!(out, "  {}", conflict.key)?;
        for candidate in &conflict.candidates {
            writeln!(out, "    {}: {}", side_name(candidate.side, base, names), line(candidate, &conflict.key))?;
        }
    }
    Ok(())
}

/// Writes a history file beside `output` (`merged.json` → `merged.history-20261206T080000Z.json`,
/// then `…-2.json` and on if taken), never over a file that exists. Its path.
fn write_new(output: &str, at: &Timestamp, text: &str) -> std::io::Result<String> {
    use std::io::ErrorKind;
    let stem = output.strip_suffix(".json").unwrap_or(output);
    let stamp: String = at.as_str().chars().filter(|c| !matches!(c, '-' | ':')).collect();
    for n in 1.. {
        let path =
            if n == 1 { format!("{stem}.history-{stamp}.json") } else { format!("{stem}.history-{stamp}-{n}.json") };
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => return file.write_all(text.as_bytes()).map(|()| path),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    unreachable!("some name is free")
}

pub fn run(options: &MergeOptions, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let lang = options.lang;
    let base = match read_any(&options.base) {
        Ok(base) => base,
        Err(refusal) => {
            writeln!(err, "selfcheck: {}: {}", options.base, refusal.message(lang))?;
            return Ok(1);
        }
    };
    let role = base.report.role;
    let mut files = Vec::new();
    let mut refused = 0;
    let loaded = base.report.provider.as_ref().map_or(&[][..], |p| &p.catalogs[..]);
    let catalogs = selfcheck_core::report::provider_catalogs(loaded);
    let index = selfcheck_core::catalog::Index::new(&catalogs);
    for path in &options.others {
        let file = if path.to_ascii_lowercase().ends_with(".xlsx") && role == Role::Provider {
            read_questionnaire_sheet(path, &index)
        } else {
            read(path, role)
        };
        match file {
            Ok(file) => files.push(file),
            Err(refusal) => {
                refused += 1;
                writeln!(err, "selfcheck: {path}: {}", refusal.message(lang))?;
            }
        }
    }
    // Who signed each file, said before anything else about it, and kept in the history.
    for file in &files {
        writeln!(out, "{}", incoming::signer_message(&file.name, file.signer.as_ref()).render(lang))?;
    }
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let labels: Vec<FileLabel> =
        files.iter().map(|f| FileLabel { name: &f.name, signer: incoming::valid_signer(f.signer.as_ref()) }).collect();
    let base_time = base.made_at();
    let file_time = |side: Side| match side {
        Side::Yours => base_time.clone(),
        Side::File(n) => files[n].made_at(),
    };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let merged_at = Timestamp::from_unix_seconds(now as i64).expect("now is a moment");
    let prefer = options.prefer;
    let (work, applied, conflicts) = match role {
        Role::Provider => {
            let work = base.report.provider.as_ref().expect("a provider report has its section");
            let others: Vec<_> = files.iter().filter_map(|f| f.report.provider.as_ref()).collect();
            let merge = provider::plan_merge(work, &others);
            let (applied, conflicts) = (merge.answers.applied.len(), merge.answers.conflicts.clone());
            if !conflicts.is_empty() {
                writeln!(out, "{}", Message::new(M::CliMergeConflicts).with("count", conflicts.len()).render(lang))?;
                list(out, &conflicts, |c, id| answer_line(&c.value, id, lang), &options.base, &names)?;
            }
            if !merge.unknown.is_empty() {
                let ids = merge.unknown.join(", ");
                writeln!(
                    out,
                    "{}",
                    Message::new(M::CliMergeUnknown).with("count", merge.unknown.len()).with("ids", ids).render(lang)
                )?;
            }
            let merged = provider::apply_merge(
                work,
                merge,
                |c| prefer.and_then(|p| c.preferred(p, file_time)),
                &labels,
                &merged_at,
            );
            (Work { provider: merged, ..Work::default() }, applied, conflicts.len())
        }
        Role::Agency => {
            let work = base.report.agency.as_ref().expect("an agency report has its section");
            let others: Vec<_> = files.iter().filter_map(|f| f.report.agency.as_ref()).collect();
            let merge = agency::plan_merge(work, &others);
            let applied = merge.workloads.applied.len() + merge.platforms.applied.len();
            let conflicts = merge.workloads.conflicts.len() + merge.platforms.conflicts.len();
            if conflicts > 0 {
                writeln!(out, "{}", Message::new(M::CliMergeConflicts).with("count", conflicts).render(lang))?;
                list(out, &merge.workloads.conflicts, |c, _| workload_line(&c.value, lang), &options.base, &names)?;
                list(out, &merge.platforms.conflicts, |c, _| platform_line(&c.value, lang), &options.base, &names)?;
            }
            let merged = agency::apply_merge(
                work,
                merge,
                |c| prefer.and_then(|p| c.preferred(p, file_time)),
                |c| prefer.and_then(|p| c.preferred(p, file_time)),
                &labels,
                &merged_at,
            );
            (Work { agency: merged, ..Work::default() }, applied, conflicts)
        }
    };
    // Nothing is written that this version cannot read back: the oldest history moves to
    // files of its own, or the merge is refused before anything is written.
    let (texts, history) = match fit(work, Files::report(role), merged_at.as_str(), today()) {
        Fit::Fits { texts, .. } => (texts, Vec::new()),
        Fit::Moved { texts, files, moved, .. } => {
            writeln!(out, "{}", moved.message(lang))?;
            (texts, files)
        }
        Fit::Refused(over) => {
            let nothing = M::CliNothingWritten.text(lang);
            writeln!(err, "selfcheck: {}: {} {nothing}", options.output, over.message(lang))?;
            return Ok(1);
        }
    };
    let text = match role {
        Role::Provider => texts.provider,
        Role::Agency => texts.agency,
    }
    .expect("the report of the role was written");
    // History files first, each under a name no file has: the output never stands
    // without the history it let go.
    for file in &history {
        match write_new(&options.output, &merged_at, &file.text) {
            Ok(path) => writeln!(
                out,
                "{}",
                Message::new(M::CliHistoryFile)
                    .with("path", path)
                    .with("count", file.entries)
                    .with("output", &options.output)
                    .render(lang)
            )?,
            Err(e) => {
                writeln!(err, "selfcheck: {}: {e}", options.output)?;
                return Ok(1);
            }
        }
    }
    if let Err(e) = std::fs::write(&options.output, text) {
        writeln!(err, "selfcheck: {}: {e}", options.output)?;
        return Ok(1);
    }
    let decided = if prefer.is_some() { conflicts } else { 0 };
    let summary = Message::new(M::CliMergeSummary)
        .with("path", &options.output)
        .with("files", files.len())
        .with("refused", refused)
        .with("applied", applied)
        .with("conflicts", conflicts)
        .with("decided", decided);
    writeln!(out, "{}", summary.render(lang))?;
    if conflicts > decided {
        writeln!(err, "selfcheck: {}", Message::new(M::CliMergeUndecided).render(lang))?;
    }
    Ok(u8::from(refused > 0 || conflicts > decided))
}
