//! What a merge set aside: the values not chosen for a key, with the file each came
//! from. Reports and sessions carry it, so a merge never loses an answer.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::merge::{Candidate, Side};
use crate::agency::{Platform, Workload};
use crate::timestamp::Timestamp;

/// One value set aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Superseded<T> {
    pub value: T,
    /// The file it came from; absent for the work it was merged into.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// Who signed that file: the fingerprint of its key when its signature held as it was
    /// merged; absent for a file unsigned or not validly signed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signer: String,
    /// When the merge set it aside.
    pub merged_at: Timestamp,
}

/// Values set aside by key (an item id, a workload's or a platform's name), oldest first.
pub type History<T> = BTreeMap<String, Vec<Superseded<T>>>;

/// A merged file as the history names it: its name, and the fingerprint of the key that
/// validly signed it (empty: unsigned, or its signature did not hold).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileLabel<'a> {
    pub name: &'a str,
    pub signer: &'a str,
}

impl<'a> From<&'a str> for FileLabel<'a> {
    fn from(name: &'a str) -> FileLabel<'a> {
        FileLabel { name, signer: "" }
    }
}

/// Adds what a merge set aside; `files` names the merged files in order (a name, or a
/// `FileLabel` with its signer).
pub fn record<'a, T, F: Copy + Into<FileLabel<'a>>>(
    history: &mut History<T>,
    set_aside: Vec<(String, Candidate<T>)>,
    files: &[F],
    merged_at: &Timestamp,
) {
    for (key, candidate) in set_aside {
        let label = match candidate.side {
            Side::Yours => FileLabel::default(),
            Side::File(n) => files.get(n).map(|&f| f.into()).unwrap_or_default(),
        };
        history.entry(key).or_default().push(Superseded {
            value: candidate.value,
            from: label.name.to_string(),
            signer: label.signer.to_string(),
            merged_at: merged_at.clone(),
        });
    }
}

/// Entries over all keys.
pub fn entries<T>(history: &History<T>) -> usize {
    history.values().map(Vec::len).sum()
}

/// What merges set aside on the agency side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgencyHistory {
    /// Workloads by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub workloads: History<Workload>,
    /// Platforms by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub platforms: History<Platform>,
}

impl AgencyHistory {
    pub fn is_empty(&self) -> bool {
        self.workloads.is_empty() && self.platforms.is_empty()
    }
}
