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
    /// When the merge set it aside.
    pub merged_at: Timestamp,
}

/// Values set aside by key (an item id, a workload's or a platform's name), oldest first.
pub type History<T> = BTreeMap<String, Vec<Superseded<T>>>;

/// Adds what a merge set aside; `files` names the merged files in order.
pub fn record<T>(
    history: &mut History<T>,
    set_aside: Vec<(String, Candidate<T>)>,
    files: &[&str],
    merged_at: &Timestamp,
) {
    for (key, candidate) in set_aside {
        let from = match candidate.side {
            Side::Yours => String::new(),
            Side::File(n) => files.get(n).copied().unwrap_or_default().to_string(),
        };
        history.entry(key).or_default().push(Superseded { value: candidate.value, from, merged_at: merged_at.clone() });
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
