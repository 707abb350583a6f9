//! One system a Party/government unit plans to move to a cloud.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Answer;

/// The inputs the 2014 Opinion's §3 classification needs, plus planning data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Involves state secrets (国家秘密).
    pub state_secret: bool,
    /// Involves work secrets (工作秘密).
    pub work_secret: bool,
    /// 等级保护 level 1–5; `None` when not yet graded.
    pub mlps_level: Option<u8>,
    /// Holds a large amount of sensitive information or citizens' personal information.
    pub sensitive_data: bool,
    /// Key business directly affecting government operation or public life.
    pub key_business: bool,
    /// Its failure could cause major economic loss or endanger national security.
    pub severe_impact: bool,
    /// Name of the candidate platform it would move to.
    #[serde(default)]
    pub platform: Option<String>,
    #[serde(default)]
    pub migration_date: Option<NaiveDate>,
    /// Answers to the agency obligations (catalog `opinion-2014-agency`), by item id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub obligations: BTreeMap<String, Answer>,
}

/// Valid 等级保护 levels.
pub const MLPS_LEVELS: std::ops::RangeInclusive<u8> = 1..=5;
