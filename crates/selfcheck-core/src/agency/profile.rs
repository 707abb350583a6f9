//! Who an agency's assessment is by: the unit, its department, the person to contact
//! and the day it was made. Printed on the report's cover, the printout and the
//! workbook; nothing is derived from it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgencyProfile {
    /// The unit (单位) whose workloads are assessed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The department that made the assessment (e.g. its IT office).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// The person to contact about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// The day the assessment is dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl AgencyProfile {
    /// Nothing entered.
    pub fn is_empty(&self) -> bool {
        *self == AgencyProfile::default()
    }
}
