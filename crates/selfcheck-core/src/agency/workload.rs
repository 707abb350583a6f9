//! One system a Party/government unit plans to move to a cloud.

use std::collections::BTreeMap;

use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Answer;

/// The inputs the 2014 Opinion's §3 classification needs, plus planning data. In a file,
/// a "no" (false) and an empty field are left out: a large inventory is mostly those.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Involves state secrets (国家秘密).
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub state_secret: bool,
    /// Involves work secrets (工作秘密).
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub work_secret: bool,
    /// 等级保护 level 1–5; `None` when not yet graded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mlps_level: Option<u8>,
    /// Holds a large amount of sensitive information or citizens' private information
    /// (公民隐私信息, Opinion §3).
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub sensitive_data: bool,
    /// Key business directly affecting government operation or public life.
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub key_business: bool,
    /// Its failure could cause major economic loss or endanger national security.
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub severe_impact: bool,
    /// Name of the candidate platform it would move to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migration_date: Option<Date>,
    /// The planned end of its use on the platform, when one is recorded: a platform whose
    /// result lapses on or before it is a fit gap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_of_use: Option<Date>,
    /// The confidentiality review (保密审查, Opinion §6) of its data and business is
    /// done. Until it is (here or by its §6 review obligation answered met), "no state
    /// secret" is unverified and the workload is not eligible.
    #[serde(default, skip_serializing_if = "crate::is_false")]
    pub confidentiality_review: bool,
    /// Answers to the agency obligations (catalog `opinion-2014-agency`), by item id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub obligations: BTreeMap<String, Answer>,
}

/// So that lists of workloads and of what holds them are written alike (`SessionRef`).
impl AsRef<Workload> for Workload {
    fn as_ref(&self) -> &Workload {
        self
    }
}

/// Valid 等级保护 levels.
pub const MLPS_LEVELS: std::ops::RangeInclusive<u8> = 1..=5;
