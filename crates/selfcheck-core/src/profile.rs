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

/// The GB/T 31168 capability tier sought (guidance: the standard is not binding text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CapabilityTier {
    General,
    Enhanced,
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
