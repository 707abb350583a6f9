//! Who is checking: the provider, its platform and its intended customers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::deadlines::DeadlineInputs;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum ServiceModel {
    #[serde(rename = "iaas")]
    Iaas,
    #[serde(rename = "paas")]
    Paas,
    #[serde(rename = "saas")]
    Saas,
}

impl ServiceModel {
    pub const ALL: [ServiceModel; 3] = [ServiceModel::Iaas, ServiceModel::Paas, ServiceModel::Saas];

    pub const fn label(self) -> &'static str {
        match self {
            ServiceModel::Iaas => "IaaS",
            ServiceModel::Paas => "PaaS",
            ServiceModel::Saas => "SaaS",
        }
    }
}

/// The GB/T 31168 capability tier sought (guidance: the standard is not binding text),
/// and the tier a requirement belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CapabilityTier {
    /// 一般要求 / 一般级.
    General,
    /// 增强要求 / 增强级.
    Enhanced,
}

impl CapabilityTier {
    pub const fn code(self) -> &'static str {
        match self {
            CapabilityTier::General => "general",
            CapabilityTier::Enhanced => "enhanced",
        }
    }

    /// As a spreadsheet writes it: `general`/`enhanced` in any case, or 一般/增强 (also
    /// 一般要求, 一般级 and the like).
    pub fn parse(text: &str) -> Option<CapabilityTier> {
        let text = crate::fold::fold(text.trim());
        let chinese = text.trim_end_matches("要求").trim_end_matches('级');
        match (text.as_str(), chinese) {
            ("general", _) | (_, "一般") => Some(CapabilityTier::General),
            ("enhanced", _) | (_, "增强") => Some(CapabilityTier::Enhanced),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderProfile {
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub platform: String,
    /// Sorted, without duplicates.
    #[serde(default)]
    pub service_models: Vec<ServiceModel>,
    #[serde(default)]
    pub tier: Option<CapabilityTier>,
    /// The platform's own 等级保护 level (1–5): which items of the GB/T 22239-2019 cloud
    /// extension apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mlps_level: Option<u8>,
    /// Where the platform's data centres are, one place per entry.
    #[serde(default)]
    pub data_centres: Vec<String>,
    #[serde(default)]
    pub serves_party_government: bool,
    #[serde(default)]
    pub serves_cii: bool,
    #[serde(default)]
    pub dates: DeadlineInputs,
}

impl ProviderProfile {
    /// Adds or removes a service model, keeping the list sorted and unique.
    pub fn toggle_service_model(&mut self, model: ServiceModel) {
        match self.service_models.binary_search(&model) {
            Ok(at) => {
                self.service_models.remove(at);
            }
            Err(at) => self.service_models.insert(at, model),
        }
    }
}
