//! Reading a report file back, and the checks a saved session shares with it. Everything
//! is checked before the caller restores anything: a refusal says exactly what is wrong,
//! a warning (edited file, unknown items, other catalog content) lets the user decide.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::error::Category;

use super::canonical::{digest_of_text, v1_digest_of_text};
use super::head::Head;
use super::inputs::ReportInputs;
use super::model::{Report, Role, REPORT_FORMAT, REPORT_FORMAT_VERSION};
use crate::agency::workload::MLPS_LEVELS;
use crate::agency::{Platform, Workload};
use crate::catalog::versions;
use crate::catalog::{builtin, loaded, Catalog, CatalogProblem, Index};
use crate::messages::{Describe, Message, M};
use crate::work::{AgencyWork, ProviderWork};

pub use super::limits::{
    MAX_ANSWERS, MAX_EVIDENCE_FILES, MAX_HISTORY, MAX_OBLIGATIONS, MAX_REPORT_BYTES, MAX_WORKLOADS,
};
pub use super::problem::{Counted, LevelOf, LoadProblem, LoadWarning, Loaded};

/// Unknown item ids named in a warning; the rest are counted.
const MAX_LISTED_UNKNOWN: usize = 20;

const MIB: usize = 1_048_576;

impl Describe for LoadProblem {
    fn describe(&self) -> Message {
        match self {
            // Rounded up: a file just over the limit is not shown as the limit itself.
            LoadProblem::TooLarge { bytes } => Message::new(M::ReportTooLarge)
                .with("size", bytes.div_ceil(MIB))
                .with("limit", super::limits::current().bytes / MIB),
            LoadProblem::Unreadable { detail } => Message::new(M::FileUnreadable).with("detail", detail),
            LoadProblem::NotUtf8 => Message::new(M::ReportNotUtf8),
            LoadProblem::NotJson { line, column, detail } => {
                Message::new(M::ReportNotJson).with("line", line).with("column", column).with("detail", detail)
            }
            LoadProblem::NotOurFormat { expected } => Message::new(M::ReportNotOurs).with("format", expected),
            LoadProblem::NewerVersion { found, supported } => {
                Message::new(M::ReportNewer).with("found", found).with("supported", supported)
            }
            LoadProblem::BadVersion => Message::new(M::ReportBadVersion),
            LoadProblem::Invalid { line, column, detail } => {
                Message::new(M::ReportInvalid).with("line", line).with("column", column).with("detail", detail)
            }
            LoadProblem::TooMany { what, count, limit } => {
                Message::new(M::ReportTooMany).term("what", what.term()).with("count", count).with("limit", limit)
            }
            LoadProblem::BadTimestamp { field, value } => {
                Message::new(M::ReportBadTimestamp).with("field", field).with("value", value)
            }
            LoadProblem::RoleSection { role } => {
                Message::new(M::ReportRoleSection).term("role", role_term(*role)).with("role_code", role.code())
            }
            LoadProblem::UnsortedServiceModels => Message::new(M::ReportUnsortedModels),
            LoadProblem::LevelOutOfRange { what, name, value } => Message::new(M::ReportLevelOutOfRange)
                .term(
                    "what",
                    match what {
                        LevelOf::Workload => M::FieldWorkloadLevel,
                        LevelOf::Platform => M::FieldPlatformLevel,
                        LevelOf::Profile => M::FieldProfileLevel,
                    },
                )
                .with("name", name)
                .with("value", value),
            LoadProblem::DuplicatePlatform { name } => Message::new(M::ReportDuplicatePlatform).with("name", name),
            LoadProblem::Catalog(problem) => problem.describe(),
            LoadProblem::QuestionnaireWithoutOwner => Message::new(M::ReportQuestionnaireOwner),
            LoadProblem::BadFingerprint { item, name } => {
                Message::new(M::ReportBadFingerprint).with("item", item).with("name", name)
            }
            LoadProblem::Signature(fault) => fault.describe(),
        }
    }
}

/// The role's name in messages.
pub const fn role_term(role: Role) -> M {
    match role {
        Role::Provider => M::RoleProvider,
        Role::Agency => M::RoleAgency,
    }
}

impl Describe for LoadWarning {
    fn describe(&self) -> Message {
        match self {
            LoadWarning::DigestMismatch => Message::new(M::ReportDigestMismatch),
            LoadWarning::UnknownItems(ids) => {
                let listed = ids.iter().take(MAX_LISTED_UNKNOWN).cloned();
                let more = ids.len().saturating_sub(MAX_LISTED_UNKNOWN);
                let key = if more > 0 { M::ReportUnknownItemsMore } else { M::ReportUnknownItems };
                Message::new(key).with("count", ids.len()).list("ids", listed).with("more", more)
            }
            LoadWarning::CatalogChanged { id } => Message::new(M::ReportCatalogChanged).with("id", id),
            LoadWarning::CatalogUpgraded(u) => Message::new(M::ReportCatalogUpgraded)
                .with("id", &u.catalog)
                .with("from", &u.from_version)
                .with("to", &u.to_version)
                .with("changed", u.changed.len())
                .with("removed", u.removed.len())
                .with("added", u.added.len()),
            LoadWarning::CatalogUnknown { id } => Message::new(M::ReportCatalogUnknown).with("id", id),
            LoadWarning::Migrated { from } => Message::new(M::ReportMigrated).with("from", from),
        }
    }
}

/// One step that brings a report's text from format `from` to `from + 1`. It is given
/// valid JSON (the file has been parsed) and must not panic. The typed readers ignore
/// the `format_version` a step leaves.
pub type Migration = fn(&str) -> String;

/// Steps from each older format version to the next. A step that adds only optional
/// fields has nothing to rewrite: the typed read takes the older text as it is.
pub const MIGRATIONS: &[(u32, Migration)] = &[
    // 1 → 2: version 2 reads version 1's answer objects as they are; only the short
    // form and the digest's definition are new, and the digest is checked before this.
    (1, str::to_string),
    // 2 → 3: who and when are new, optional fields of an answer; older answers have none.
    (2, str::to_string),
    // 3 → 4: a questionnaire and the history of merges are new, optional fields.
    (3, str::to_string),
    // 4 → 5: evidence files' fingerprints are a new, optional field of an answer.
    (4, str::to_string),
    // 5 → 6: a platform's data-centre location has three states; a box left unticked
    // recorded nothing, so `false` is read as "not recorded", never as "abroad".
    (5, unticked_data_centres_unrecorded),
    // 6 → 7: an agency's profile is a new, optional member.
    (6, str::to_string),
    // 7 → 8: a questionnaire's instructions are a new, optional member.
    (7, str::to_string),
    // 8 → 9: a signature is a new, optional member.
    (8, str::to_string),
    // 9 → 10: an answer's `carried_from` and the derived `consistency` are new, optional
    // members; an older file's answers were each given by a person.
    (9, str::to_string),
];

/// Format 6's reading of a platform's `data_centres_in_china: false` written by an older
/// version (a checkbox left unticked): not recorded. Only platforms have the member, in
/// the platform list and in what merges set aside, so every occurrence is one. The fit
/// gap it led to, `data_centres_abroad`, is then `data_centres_unconfirmed`: before
/// format 6 no other state could give that gap.
pub fn unticked_data_centres_unrecorded(text: &str) -> String {
    fn walk(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(v @ serde_json::Value::Bool(false)) = map.get_mut("data_centres_in_china") {
                    *v = serde_json::Value::Null;
                }
                if let Some(code) = map.get_mut("code").filter(|c| *c == "data_centres_abroad") {
                    *code = serde_json::Value::from("data_centres_unconfirmed");
                }
                map.values_mut().for_each(walk);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    if !text.contains("\"data_centres_in_china\"") {
        return text.to_string();
    }
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else { return text.to_string() };
    walk(&mut value);
    value.to_string()
}

/// Applies every step from `from` up to `to`.
pub fn migrate(text: &str, from: u32, steps: &[(u32, Migration)], to: u32) -> Result<String, LoadProblem> {
    let mut text = text.to_string();
    for version in from..to {
        let (_, step) = steps.iter().find(|(v, _)| *v == version).ok_or(LoadProblem::BadVersion)?;
        text = step(&text);
    }
    Ok(text)
}

/// The digest as the file's own format version defines it (`None` if it has none).
fn digest_as_defined(text: &str, version: u32) -> Option<String> {
    match version {
        1 => v1_digest_of_text(text),
        _ => digest_of_text(text),
    }
    .ok()
}

/// serde_json's message without the position it appends, and the position.
fn located(e: &serde_json::Error) -> (usize, usize, String) {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let detail = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
    (e.line(), e.column(), detail)
}

/// A parse error as the problem the user is shown.
fn parse_problem(e: &serde_json::Error) -> LoadProblem {
    let (line, column, detail) = located(e);
    // Deep nesting needs no check of its own: serde_json skips what it does not type
    // without recursing, and stops at its recursion limit (128) where it does.
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => LoadProblem::NotJson { line, column, detail },
        Category::Data => LoadProblem::Invalid { line, column, detail },
    }
}

/// The typed read of a text that passed the first pass.
pub(crate) fn typed<T: DeserializeOwned>(text: &str) -> Result<T, LoadProblem> {
    serde_json::from_str(text).map_err(|e| parse_problem(&e))
}

/// The size limit, then UTF-8 (a BOM is fine): the text of a report or session file.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str, LoadProblem> {
    super::limits::check_bytes(bytes.len())?;
    let text = std::str::from_utf8(bytes).map_err(|_| LoadProblem::NotUtf8)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The first pass: the file's format must be `format`, and its lists within the caps.
pub(crate) fn read_head(text: &str, format: &'static str) -> Result<Head, LoadProblem> {
    let head: Head = serde_json::from_str(text).map_err(|e| {
        // A foreign file whose fields happen to clash with ours is still foreign.
        #[derive(serde::Deserialize)]
        struct Format {
            #[serde(default)]
            format: super::head::Scalar,
        }
        let ours = serde_json::from_str::<Format>(text).is_ok_and(|f| f.format.as_str() == Some(format));
        match parse_problem(&e) {
            LoadProblem::Invalid { .. } if !ours => LoadProblem::NotOurFormat { expected: format },
            problem => problem,
        }
    })?;
    if head.format.as_str() != Some(format) {
        return Err(LoadProblem::NotOurFormat { expected: format });
    }
    head.counts().check(&super::limits::current())?;
    Ok(head)
}

/// Checks a report file and reads what restores a session (what the app needs).
pub fn load_inputs(bytes: &[u8]) -> Result<Loaded<ReportInputs>, LoadProblem> {
    let (text, mut warnings) = check_file(bytes, MIGRATIONS)?;
    let report: ReportInputs = typed(&text)?;
    check_report_inputs(&report, &mut warnings)?;
    Ok(Loaded { report, warnings })
}

/// Checks a report file and reads all of it, derived figures included.
pub fn load_report(bytes: &[u8]) -> Result<Loaded, LoadProblem> {
    load_with(bytes, MIGRATIONS)
}

pub fn load_with(bytes: &[u8], steps: &[(u32, Migration)]) -> Result<Loaded, LoadProblem> {
    let (text, mut warnings) = check_file(bytes, steps)?;
    let mut report: Report = typed(&text)?;
    // Read in the current format, whatever the file's own version was.
    report.format_version = REPORT_FORMAT_VERSION;
    check_report_inputs(&ReportInputs::from(&report), &mut warnings)?;
    Ok(Loaded { report, warnings })
}

/// The checks before the typed read: size, encoding, format, version, list sizes and
/// the digest. Gives the text in the current format (brought up to date if older).
fn check_file<'t>(
    bytes: &'t [u8],
    steps: &[(u32, Migration)],
) -> Result<(Cow<'t, str>, Vec<LoadWarning>), LoadProblem> {
    let text = decode(bytes)?;
    let head = read_head(text, REPORT_FORMAT)?;
    let version = head.format_version.as_u64().ok_or(LoadProblem::BadVersion)?;
    if version > u64::from(REPORT_FORMAT_VERSION) {
        return Err(LoadProblem::NewerVersion { found: version, supported: REPORT_FORMAT_VERSION });
    }
    let version = u32::try_from(version).map_err(|_| LoadProblem::BadVersion)?;
    let mut warnings = Vec::new();
    // On the file as written, before any migration changes it. A missing or non-string
    // digest is refused by the typed read that follows.
    if head.digest.as_str().is_none_or(|stated| Some(stated) != digest_as_defined(text, version).as_deref()) {
        warnings.push(LoadWarning::DigestMismatch);
    }
    if version == REPORT_FORMAT_VERSION {
        return Ok((Cow::Borrowed(text), warnings));
    }
    let text = migrate(text, version, steps, REPORT_FORMAT_VERSION)?;
    warnings.push(LoadWarning::Migrated { from: version });
    Ok((Cow::Owned(text), warnings))
}

/// The checks after the typed read of a report: its own envelope, what every reader of
/// inputs checks (`check_values`), and the warnings about catalogs and unknown items.
fn check_report_inputs(report: &ReportInputs, warnings: &mut Vec<LoadWarning>) -> Result<(), LoadProblem> {
    if crate::date::Date::of_timestamp(&report.generated_at).is_none() {
        return Err(LoadProblem::BadTimestamp { field: "generated_at", value: report.generated_at.clone() });
    }
    match (report.role, &report.provider, &report.agency) {
        (Role::Provider, Some(_), None) | (Role::Agency, None, Some(_)) => {}
        (role, _, _) => return Err(LoadProblem::RoleSection { role }),
    }
    check_values(report.provider.as_ref(), report.agency.as_ref())?;
    let embedded: &[Catalog] = report.provider.as_ref().map_or(&[], |p| &p.catalogs);
    let answered = |id: &String| {
        report.provider.iter().any(|p| p.answers.contains_key(id))
            || report.agency.iter().flat_map(|a| a.workloads.iter()).any(|w| w.obligations.contains_key(id))
    };
    for reference in &report.catalogs {
        let warning = match (builtin().catalog(&reference.id), embedded.iter().find(|c| c.id == reference.id)) {
            (Some(ours), _) if builtin().digest(&ours.id) != Some(reference.sha256.as_str()) => {
                if reference.items.is_empty() {
                    Some(LoadWarning::CatalogChanged { id: reference.id.clone() })
                } else {
                    let upgrade = versions::compare(&reference.items, &reference.version, ours, answered);
                    Some(if upgrade.is_empty() {
                        LoadWarning::CatalogChanged { id: reference.id.clone() }
                    } else {
                        LoadWarning::CatalogUpgraded(upgrade)
                    })
                }
            }
            (Some(_), _) => None,
            (None, Some(content)) => (loaded::fingerprint(content) != reference.sha256)
                .then(|| LoadWarning::CatalogChanged { id: reference.id.clone() }),
            (None, None) => Some(LoadWarning::CatalogUnknown { id: reference.id.clone() }),
        };
        warnings.extend(warning);
    }
    let mut catalogs = builtin().catalogs().iter().collect::<Vec<_>>();
    catalogs.extend(embedded);
    let index = Index::new(&catalogs);
    let mut unknown: Vec<String> = report
        .provider
        .iter()
        .flat_map(|p| p.answers.keys())
        .chain(report.agency.iter().flat_map(|a| a.workloads.iter().flat_map(|w| w.obligations.keys())))
        .filter(|id| index.item(id).is_none())
        .cloned()
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    if !unknown.is_empty() {
        warnings.push(LoadWarning::UnknownItems(unknown));
    }
    Ok(())
}

/// What serde cannot check in what a user entered, for every reader of inputs (a report,
/// a saved session, the crash panel's file): levels in range, platform names unique.
/// The list sizes were counted by the first pass; a writer asks `writable::check_work`,
/// which counts them too.
pub(crate) fn check_values(provider: Option<&ProviderWork>, agency: Option<&AgencyWork>) -> Result<(), LoadProblem> {
    if let Some(p) = provider {
        check_provider(p)?;
    }
    if let Some(a) = agency {
        check_agency(a.workloads.iter(), a.platforms.iter())?;
    }
    Ok(())
}

/// `check_values` of a provider's work, however it is held (writers ask it too).
pub(crate) fn check_provider(p: &ProviderWork) -> Result<(), LoadProblem> {
    if p.profile.service_models.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err(LoadProblem::UnsortedServiceModels);
    }
    if let Some(value) = p.profile.mlps_level.filter(|l| !MLPS_LEVELS.contains(l)) {
        return Err(LoadProblem::LevelOutOfRange { what: LevelOf::Profile, name: p.profile.platform.clone(), value });
    }
    if p.questionnaire.as_ref().is_some_and(|q| q.owner.trim().is_empty()) {
        return Err(LoadProblem::QuestionnaireWithoutOwner);
    }
    check_evidence(p.answers.iter().map(|(id, a)| (id.as_str(), a)))?;
    if p.catalogs.len() > loaded::MAX_LOADED {
        let (count, limit) = (p.catalogs.len(), loaded::MAX_LOADED);
        return Err(LoadProblem::TooMany { what: Counted::Catalogs, count, limit });
    }
    let mut ids = HashSet::new();
    for catalog in p.catalogs.iter() {
        let problems = loaded::verify(catalog);
        if let Some(problem) = problems.into_iter().next() {
            return Err(LoadProblem::Catalog(problem));
        }
        if !ids.insert(catalog.id.as_str()) {
            let issue = crate::catalog::validate::Issue::DuplicateId { id: catalog.id.clone() };
            return Err(LoadProblem::Catalog(CatalogProblem {
                catalog: catalog.id.clone(),
                path: String::new(),
                issue,
            }));
        }
    }
    Ok(())
}

/// `check_values` of an agency's work, however it is held (writers ask it too).
pub(crate) fn check_agency<'a>(
    workloads: impl Iterator<Item = &'a Workload> + Clone,
    platforms: impl Iterator<Item = &'a Platform>,
) -> Result<(), LoadProblem> {
    let level = |what: LevelOf, name: &str, level: Option<u8>| match level {
        Some(value) if !MLPS_LEVELS.contains(&value) => {
            Err(LoadProblem::LevelOutOfRange { what, name: name.to_string(), value })
        }
        _ => Ok(()),
    };
    for w in workloads.clone() {
        level(LevelOf::Workload, &w.name, w.mlps_level)?;
    }
    check_evidence(workloads.flat_map(|w| w.obligations.iter().map(|(id, a)| (id.as_str(), a))))?;
    let mut names = HashSet::new();
    for p in platforms {
        level(LevelOf::Platform, &p.name, p.mlps_level)?;
        if !names.insert(p.name.trim()) {
            return Err(LoadProblem::DuplicatePlatform { name: p.name.trim().to_string() });
        }
    }
    Ok(())
}

/// Evidence fingerprints: within the caps, and hashes where hashes are stated.
fn check_evidence<'a>(answers: impl Iterator<Item = (&'a str, &'a crate::Answer)>) -> Result<(), LoadProblem> {
    use crate::evidence::MAX_FILES_PER_ANSWER;
    let is_hash = |h: &str| h.len() == 64 && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let (mut total, max_total) = (0, super::limits::current().evidence_files);
    for (item, answer) in answers {
        let files = &answer.details().evidence_files;
        total += files.len();
        if files.len() > MAX_FILES_PER_ANSWER || total > max_total {
            let (count, limit) = if files.len() > MAX_FILES_PER_ANSWER {
                (files.len(), MAX_FILES_PER_ANSWER)
            } else {
                (total, max_total)
            };
            return Err(LoadProblem::TooMany { what: Counted::EvidenceFiles, count, limit });
        }
        if let Some(bad) = files.iter().find(|f| !is_hash(&f.sha256) || !is_hash(&f.sm3)) {
            return Err(LoadProblem::BadFingerprint { item: item.to_string(), name: bad.name.clone() });
        }
    }
    Ok(())
}
