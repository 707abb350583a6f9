//! Reading a report file back. Everything is checked before the caller restores
//! anything: a refusal says exactly what is wrong; a warning (edited file, unknown
//! items, other catalog content) lets the user decide.

use std::borrow::Cow;

use super::canonical::{digest_of_text, v1_digest_of_text};
use super::head::Head;
use super::inputs::ReportInputs;
use super::model::{Report, Role, REPORT_FORMAT, REPORT_FORMAT_VERSION};
use crate::catalog::builtin;
use crate::Lang;

/// Larger files are refused before they are read whole.
pub const MAX_REPORT_BYTES: usize = 50 * 1024 * 1024;
/// Caps on list sizes, far above real use, so a hostile file cannot exhaust memory.
pub const MAX_WORKLOADS: usize = 100_000;
pub const MAX_ANSWERS: usize = 100_000;
/// Obligation answers over all workloads (10,000 workloads × every obligation is 150,000).
pub const MAX_OBLIGATIONS: usize = 1_000_000;
/// Unknown item ids named in a warning; the rest are counted.
const MAX_LISTED_UNKNOWN: usize = 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    TooLarge { bytes: usize },
    NotUtf8,
    NotJson { detail: String },
    TooDeep,
    NotOurFormat,
    NewerVersion { found: u64 },
    BadVersion,
    Invalid { detail: String },
    TooMany { what: &'static str, count: usize, limit: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The digest does not match the content: the file was edited after export.
    DigestMismatch,
    /// Answers to items this tool's catalogs do not have; they are kept.
    UnknownItems(Vec<String>),
    /// The report was made against different catalog content.
    CatalogChanged { id: String },
    /// An older format was read and brought up to date.
    Migrated { from: u32 },
}

/// A checked report: the whole `Report` (`load_report`), or its inputs (`load_inputs`).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<R = Report> {
    pub report: R,
    pub warnings: Vec<LoadWarning>,
}

impl LoadProblem {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            LoadProblem::TooLarge { bytes } => {
                if zh {
                    format!(
                        "文件过大（{} MB），报告上限为 {} MB，未读取。",
                        bytes / 1_048_576,
                        MAX_REPORT_BYTES / 1_048_576
                    )
                } else {
                    format!(
                        "The file is too large ({} MB); reports are limited to {} MB. It was not read.",
                        bytes / 1_048_576,
                        MAX_REPORT_BYTES / 1_048_576
                    )
                }
            }
            LoadProblem::NotUtf8 => {
                if zh {
                    "文件不是 UTF-8 文本，不是本工具导出的报告。".into()
                } else {
                    "The file is not UTF-8 text, so it is not a report from this tool.".into()
                }
            }
            LoadProblem::NotJson { detail } => {
                if zh {
                    format!("文件不是有效的 JSON：{detail}")
                } else {
                    format!("The file is not valid JSON: {detail}")
                }
            }
            LoadProblem::TooDeep => {
                if zh {
                    "JSON 嵌套层级过深，不是本工具导出的报告。".into()
                } else {
                    "The JSON is nested too deeply to be a report from this tool.".into()
                }
            }
            LoadProblem::NotOurFormat => {
                if zh {
                    format!("这是 JSON 文件，但不是云评自查报告（缺少 \"format\": \"{REPORT_FORMAT}\"）。")
                } else {
                    format!("This is JSON, but not a Cloud Self-Check report (no \"format\": \"{REPORT_FORMAT}\").")
                }
            }
            LoadProblem::NewerVersion { found } => {
                if zh {
                    format!("报告格式版本 {found} 比本工具支持的版本 {REPORT_FORMAT_VERSION} 新，请使用新版工具打开。")
                } else {
                    format!("The report's format version {found} is newer than this tool reads ({REPORT_FORMAT_VERSION}); open it with a newer version.")
                }
            }
            LoadProblem::BadVersion => {
                if zh {
                    "报告缺少有效的 format_version。".into()
                } else {
                    "The report has no valid format_version.".into()
                }
            }
            LoadProblem::Invalid { detail } => {
                if zh {
                    format!("报告内容不符合格式要求：{detail}")
                } else {
                    format!("The report does not match its format: {detail}")
                }
            }
            LoadProblem::TooMany { what, count, limit } => {
                if zh {
                    format!("报告中的 {what} 数量（{count}）超过上限 {limit}。")
                } else {
                    format!("The report has {count} {what}, over the limit of {limit}.")
                }
            }
        }
    }
}

impl LoadWarning {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            LoadWarning::DigestMismatch => {
                if zh {
                    "校验值与内容不符：该文件在导出后被修改过。".into()
                } else {
                    "The digest does not match the content: the file was changed after it was exported.".into()
                }
            }
            LoadWarning::UnknownItems(ids) => {
                if zh {
                    format!("有 {} 条答复对应的检查项不在本版本清单中，已原样保留：{}", ids.len(), listed(ids, "、"))
                } else {
                    format!(
                        "{} answers refer to items this version does not have; they are kept as they are: {}",
                        ids.len(),
                        listed(ids, ", ")
                    )
                }
            }
            LoadWarning::CatalogChanged { id } => {
                if zh {
                    format!("报告使用的清单 {id} 与本版本内容不同，分数可能不同。")
                } else {
                    format!("The report used different content for catalog {id}; scores may differ.")
                }
            }
            LoadWarning::Migrated { from } => {
                if zh {
                    format!("报告来自旧格式版本 {from}，已转换为当前格式。")
                } else {
                    format!("The report was in the older format version {from} and has been brought up to date.")
                }
            }
        }
    }
}

/// The first ids, then how many more.
fn listed(ids: &[String], separator: &str) -> String {
    let mut text = ids.iter().take(MAX_LISTED_UNKNOWN).cloned().collect::<Vec<_>>().join(separator);
    if ids.len() > MAX_LISTED_UNKNOWN {
        text.push_str(&format!("{separator}… (+{})", ids.len() - MAX_LISTED_UNKNOWN));
    }
    text
}

/// One step that brings a report's text from format `from` to `from + 1`. It is given
/// valid JSON (the file has been parsed) and must not panic. The typed readers ignore
/// the `format_version` a step leaves.
pub type Migration = fn(&str) -> String;

/// Steps from each older format version to the next.
pub const MIGRATIONS: &[(u32, Migration)] = &[
    // 1 → 2: version 2 reads version 1's answer objects as they are; only the short
    // form and the digest's definition are new, and the digest is checked before this.
    (1, str::to_string),
];

/// Applies every step from `from` up to `to`.
pub fn migrate(text: &str, from: u32, steps: &[(u32, Migration)], to: u32) -> Result<String, LoadProblem> {
    let mut text = text.to_string();
    for version in from..to {
        let (_, step) = steps.iter().find(|(v, _)| *v == version).ok_or(LoadProblem::BadVersion)?;
        text = step(&text);
    }
    Ok(text)
}

/// The digest as the file's own format version defines it.
fn digest_as_defined(text: &str, version: u32) -> String {
    match version {
        1 => v1_digest_of_text(text),
        _ => digest_of_text(text),
    }
}

/// Deeper than any report this tool writes (serde_json's own limit is 128).
const MAX_DEPTH: usize = 128;

/// The deepest nesting of arrays and objects in a JSON text, without parsing it.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for byte in text.bytes() {
        match (in_string, escaped, byte) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') => in_string = false,
            (true, false, _) => {}
            (false, _, b'"') => in_string = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Too deep, not JSON at all, or else `otherwise`.
fn parse_problem(e: &serde_json::Error, otherwise: LoadProblem) -> LoadProblem {
    if e.is_syntax() && e.to_string().starts_with("recursion limit exceeded") {
        LoadProblem::TooDeep
    } else if e.is_syntax() || e.is_eof() {
        LoadProblem::NotJson { detail: e.to_string() }
    } else {
        otherwise
    }
}

fn invalid(e: serde_json::Error) -> LoadProblem {
    parse_problem(&e, LoadProblem::Invalid { detail: e.to_string() })
}

/// Checks a report file and reads what restores a session (what the app needs).
pub fn load_inputs(bytes: &[u8]) -> Result<Loaded<ReportInputs>, LoadProblem> {
    let (text, mut warnings) = check_file(bytes, MIGRATIONS)?;
    let report: ReportInputs = serde_json::from_str(&text).map_err(invalid)?;
    check_inputs(&report, &mut warnings)?;
    Ok(Loaded { report, warnings })
}

/// Checks a report file and reads all of it, derived figures included.
pub fn load_report(bytes: &[u8]) -> Result<Loaded, LoadProblem> {
    load_with(bytes, MIGRATIONS)
}

pub fn load_with(bytes: &[u8], steps: &[(u32, Migration)]) -> Result<Loaded, LoadProblem> {
    let (text, mut warnings) = check_file(bytes, steps)?;
    let mut report: Report = serde_json::from_str(&text).map_err(invalid)?;
    // Read in the current format, whatever the file's own version was.
    report.format_version = REPORT_FORMAT_VERSION;
    check_inputs(&ReportInputs::from(&report), &mut warnings)?;
    Ok(Loaded { report, warnings })
}

/// The checks before the typed read: size, encoding, format, version, list sizes and
/// the digest. Gives the text in the current format (brought up to date if older).
fn check_file<'t>(
    bytes: &'t [u8],
    steps: &[(u32, Migration)],
) -> Result<(Cow<'t, str>, Vec<LoadWarning>), LoadProblem> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(LoadProblem::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadProblem::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A cheap first pass: format, version and list sizes, nothing large kept.
    let head: Head = serde_json::from_str(text).map_err(|e| {
        if nesting_depth(text) > MAX_DEPTH {
            LoadProblem::TooDeep
        } else {
            parse_problem(&e, LoadProblem::NotOurFormat)
        }
    })?;
    if head.format.as_str() != Some(REPORT_FORMAT) {
        return Err(LoadProblem::NotOurFormat);
    }
    let version = head.format_version.as_u64().ok_or(LoadProblem::BadVersion)?;
    if version > u64::from(REPORT_FORMAT_VERSION) {
        return Err(LoadProblem::NewerVersion { found: version });
    }
    let version = u32::try_from(version).map_err(|_| LoadProblem::BadVersion)?;
    for (what, count, limit) in [
        ("workloads", head.workloads, MAX_WORKLOADS),
        ("platforms", head.platforms, MAX_WORKLOADS),
        ("answers", head.answers, MAX_ANSWERS),
        ("obligation answers", head.obligations, MAX_OBLIGATIONS),
    ] {
        if count > limit {
            return Err(LoadProblem::TooMany { what, count, limit });
        }
    }
    let mut warnings = Vec::new();
    // On the file as written, before any migration changes it. A missing or non-string
    // digest is refused by the typed read that follows.
    if head.digest.as_str() != Some(digest_as_defined(text, version).as_str()) {
        warnings.push(LoadWarning::DigestMismatch);
    }
    if version == REPORT_FORMAT_VERSION {
        return Ok((Cow::Borrowed(text), warnings));
    }
    let text = migrate(text, version, steps, REPORT_FORMAT_VERSION)?;
    warnings.push(LoadWarning::Migrated { from: version });
    Ok((Cow::Owned(text), warnings))
}

/// The checks after the typed read, on the inputs: what serde cannot check, and the
/// warnings about catalogs and unknown items.
fn check_inputs(report: &ReportInputs, warnings: &mut Vec<LoadWarning>) -> Result<(), LoadProblem> {
    check_shape(report)?;
    for catalog in &report.catalogs {
        if builtin().digest(&catalog.id) != Some(catalog.sha256.as_str()) {
            warnings.push(LoadWarning::CatalogChanged { id: catalog.id.clone() });
        }
    }
    let mut unknown: Vec<String> = report
        .provider
        .iter()
        .flat_map(|p| p.answers.keys())
        .chain(report.agency.iter().flat_map(|a| a.workloads.iter().flat_map(|w| w.obligations.keys())))
        .filter(|id| builtin().item(id).is_none())
        .cloned()
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    if !unknown.is_empty() {
        warnings.push(LoadWarning::UnknownItems(unknown));
    }
    Ok(())
}

/// What serde cannot check: the role's section is there, and lists are within bounds.
fn check_shape(report: &ReportInputs) -> Result<(), LoadProblem> {
    let invalid = |detail: &str| Err(LoadProblem::Invalid { detail: detail.to_string() });
    if crate::date::Date::of_timestamp(&report.generated_at).is_none() {
        return invalid("generated_at is not an RFC 3339 date and time");
    }
    let level_ok = |level: Option<u8>| level.is_none_or(|l| (1..=5).contains(&l));
    match (report.role, &report.provider, &report.agency) {
        (Role::Provider, Some(p), None) => {
            if p.profile.service_models.windows(2).any(|pair| pair[0] >= pair[1]) {
                return invalid("service_models must be sorted and without duplicates");
            }
            if p.answers.len() > MAX_ANSWERS {
                return Err(LoadProblem::TooMany { what: "answers", count: p.answers.len(), limit: MAX_ANSWERS });
            }
        }
        (Role::Agency, None, Some(a)) => {
            if a.workloads.len() > MAX_WORKLOADS {
                return Err(LoadProblem::TooMany { what: "workloads", count: a.workloads.len(), limit: MAX_WORKLOADS });
            }
            if !a.workloads.iter().all(|w| level_ok(w.mlps_level)) {
                return invalid("a workload's mlps_level is outside 1–5");
            }
            let mut names = std::collections::HashSet::new();
            if !a.platforms.iter().all(|p| names.insert(p.name.trim())) {
                return invalid("two platforms have the same name");
            }
            if !a.platforms.iter().all(|p| level_ok(p.mlps_level)) {
                return invalid("a platform's mlps_level is outside 1–5");
            }
        }
        _ => return invalid("the role's section (provider or agency) must be present, and only it"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::nesting_depth;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(nesting_depth(r#"{"a": [1, {"b": "[[[["}]}"#), 3);
        assert_eq!(nesting_depth(r#""\"[""#), 0);
        assert_eq!(nesting_depth(&"[".repeat(500)), 500);
    }
}
