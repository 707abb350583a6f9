//! The catalog format: what a checklist file contains. The JSON Schema in
//! `schemas/catalog.schema.json` is generated from these types.

use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::profile::CapabilityTier;
use crate::Localized;

/// The value of `format` in every catalog file.
pub const CATALOG_FORMAT: &str = "cloud-selfcheck-catalog";
/// The newest catalog format version this build writes and reads (it reads 1 and 2 too).
/// 2: an item may say the capability tier and the lowest 等级保护 level it applies from.
/// 3: a red-line item may say which sentence of its clause makes it decisive.
/// 4: a loaded catalog's item may say how it stands to built-in items (`maps_to`).
pub const CATALOG_FORMAT_VERSION: u32 = 4;

/// One checklist: a regulation (or part of one) turned into answerable questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Always `cloud-selfcheck-catalog`.
    pub format: String,
    pub format_version: u32,
    /// Stable ASCII id, starting with a letter.
    pub id: String,
    /// Who answers it: a cloud provider checking itself, or an agency checking a migration.
    pub audience: Audience,
    /// Edition of this catalog's content, e.g. `1.0.0`.
    pub version: String,
    /// Date this edition was written.
    pub date: Date,
    pub title: Localized,
    pub description: Localized,
    pub sections: Vec<Section>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Provider,
    Agency,
}

/// A focus area, article or commitment: the unit of per-area readiness.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Localized,
    pub reference: Reference,
    pub items: Vec<Item>,
}

/// One question the user answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable ASCII id that answers and reports refer to, e.g. `M19-A3-02-Q1`.
    pub id: String,
    pub kind: ItemKind,
    /// Short label for lists.
    pub title: Localized,
    /// The yes/no question, answerable with evidence.
    pub question: Localized,
    pub reference: Reference,
    /// 1 (good practice) to 5 (critical).
    pub weight: u8,
    /// A red line: not met means "not ready" whatever the score.
    pub gating: bool,
    /// For a red line, in our words: which sentence of the cited clause makes the item
    /// decisive (e.g. "Art. 15: refusing materials or giving false ones means failing").
    /// Every built-in red line has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gating_basis: Option<Localized>,
    /// Rests on a standard or secondary source rather than the regulation's text.
    pub guidance: bool,
    /// Typical evidence that shows the item is met.
    pub evidence: Localized,
    /// The capability tier the requirement belongs to (GB/T 31168): an enhanced item
    /// applies only to a provider seeking the enhanced tier. Absent: every provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<CapabilityTier>,
    /// The lowest 等级保护 level (1–4) of the platform the item applies from (GB/T
    /// 22239-2019). Absent: every level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// For a team's own catalog: how the item stands to built-in items (e.g. equal to
    /// `M19-A3-07-Q1`), so answers are carried or proposed between them. Built-in
    /// catalogs state their relations in `catalogs/crosswalk.json` instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maps_to: Vec<crate::crosswalk::MapsTo>,
}

/// How an item is answered. Both use the same four answers; the UI words them
/// differently (a material is "ready / drafting / not started").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A requirement: met / partially met / not met / not applicable.
    Compliance,
    /// An application document (Measures Art. 6): ready / drafting / not started.
    Material,
}

/// Where a section or item comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Id of a document in `catalogs/sources.json`.
    pub source: String,
    /// Article, section or clause, e.g. `Art. 3(2)` / `第三条第（二）项`.
    pub clause: Localized,
}
