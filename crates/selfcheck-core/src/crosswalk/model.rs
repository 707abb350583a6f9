//! The crosswalk format: which built-in items ask the same fact, or part of one. The
//! JSON Schema in `schemas/crosswalk.schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::Localized;

/// The value of `format` in the crosswalk file.
pub const CROSSWALK_FORMAT: &str = "cloud-selfcheck-crosswalk";
/// The crosswalk format version this build reads and writes.
pub const CROSSWALK_FORMAT_VERSION: u32 = 1;

/// Relations between the built-in catalogs' items (`catalogs/crosswalk.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// Always `cloud-selfcheck-crosswalk`.
    pub format: String,
    pub format_version: u32,
    /// Edition of the relations, e.g. `1.0.0`.
    pub version: String,
    pub date: Date,
    pub title: Localized,
    pub description: Localized,
    /// Each pair once, in either direction: the inverse is derived.
    pub relations: Vec<Relation>,
}

/// Which crosswalk a report's `consistency` was judged by: its edition and the SHA-256
/// of its file. A report judged by another is not judged again (`report::verify`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkRef {
    pub version: String,
    pub sha256: String,
}

/// `item` is `kind` of `related`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub item: String,
    pub related: String,
    pub kind: RelationKind,
    /// One line in our words: what the two share and, unless equal, how they differ.
    pub reason: Localized,
}

/// How one item's question stands to another's (after NIST OLIR's set relations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The same fact: one answer answers both, and is carried between them.
    Equal,
    /// Asks part of what the other asks: the other met means this one is met.
    Subset,
    /// Asks all the other asks and more: the inverse of `Subset`.
    Superset,
    /// They share a fact, and each asks something the other does not.
    Intersect,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] =
        [RelationKind::Equal, RelationKind::Subset, RelationKind::Superset, RelationKind::Intersect];

    /// The relation seen from the other item.
    pub const fn inverse(self) -> RelationKind {
        match self {
            RelationKind::Subset => RelationKind::Superset,
            RelationKind::Superset => RelationKind::Subset,
            same => same,
        }
    }

    /// The code in files and in a catalog's `maps_to` column.
    pub const fn code(self) -> &'static str {
        match self {
            RelationKind::Equal => "equal",
            RelationKind::Subset => "subset",
            RelationKind::Superset => "superset",
            RelationKind::Intersect => "intersect",
        }
    }

    /// Reads a code, in English or in Chinese (等同, 子集, 超集, 交叉).
    pub fn parse(code: &str) -> Option<RelationKind> {
        let code = code.trim();
        RelationKind::ALL
            .into_iter()
            .find(|kind| kind.code().eq_ignore_ascii_case(code) || kind.chinese_codes().contains(&code))
    }

    const fn chinese_codes(self) -> &'static [&'static str] {
        match self {
            RelationKind::Equal => &["等同", "相同"],
            RelationKind::Subset => &["子集"],
            RelationKind::Superset => &["超集"],
            RelationKind::Intersect => &["交叉", "交集"],
        }
    }
}

/// A loaded catalog item's relation to a built-in item (its `maps_to` / `对应项`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MapsTo {
    /// A built-in item's id.
    pub item: String,
    /// What the loaded item is to it.
    pub kind: RelationKind,
}

/// Reads a `maps_to` cell: `M19-A3-07-Q1=equal; G31168-PE-Q1=subset` (`；`, `,` and `=`
/// in full width too). Returns the pairs, or the part that is not one.
pub fn parse_maps_to(cell: &str) -> Result<Vec<MapsTo>, String> {
    let normalised: String = cell
        .chars()
        .map(|c| match c {
            '；' | '，' | ',' => ';',
            '＝' => '=',
            other => other,
        })
        .collect();
    let mut pairs = Vec::new();
    for part in normalised.split(';').map(str::trim).filter(|part| !part.is_empty()) {
        let (item, kind) = part.split_once('=').ok_or_else(|| part.to_string())?;
        let kind = RelationKind::parse(kind).ok_or_else(|| part.to_string())?;
        let item = item.trim();
        if item.is_empty() {
            return Err(part.to_string());
        }
        pairs.push(MapsTo { item: item.to_string(), kind });
    }
    Ok(pairs)
}

/// Writes pairs back as a cell `parse_maps_to` reads.
pub fn format_maps_to(pairs: &[MapsTo]) -> String {
    pairs.iter().map(|pair| format!("{}={}", pair.item, pair.kind.code())).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_read_in_either_language_and_written_back() {
        let pairs = parse_maps_to(" M19-A3-07-Q1=equal；G31168-PE-Q1 ＝ 子集, ").unwrap();
        assert_eq!(
            pairs,
            vec![
                MapsTo { item: "M19-A3-07-Q1".into(), kind: RelationKind::Equal },
                MapsTo { item: "G31168-PE-Q1".into(), kind: RelationKind::Subset },
            ]
        );
        assert_eq!(format_maps_to(&pairs), "M19-A3-07-Q1=equal; G31168-PE-Q1=subset");
        assert_eq!(parse_maps_to(&format_maps_to(&pairs)).unwrap(), pairs);
        assert_eq!(parse_maps_to("").unwrap(), vec![]);
    }

    #[test]
    fn a_part_that_is_not_a_pair_is_named() {
        assert_eq!(parse_maps_to("A=equal; B").unwrap_err(), "B");
        assert_eq!(parse_maps_to("A=same").unwrap_err(), "A=same");
        assert_eq!(parse_maps_to("=equal").unwrap_err(), "=equal");
    }

    #[test]
    fn inverses_pair_up() {
        for kind in RelationKind::ALL {
            assert_eq!(kind.inverse().inverse(), kind);
            assert_eq!(RelationKind::parse(kind.code()), Some(kind));
        }
        assert_eq!(RelationKind::Subset.inverse(), RelationKind::Superset);
    }
}
