//! The agency side: classify workloads before migration (2014 Opinion §3, §6), and
//! check the candidate platforms they would move to.

pub mod classify;
pub mod inventory_csv;
pub mod platform_fit;
pub mod platforms_csv;
pub mod profile;
pub mod provider_report;
pub mod rule_texts;
pub mod workload;

pub use classify::{classify, Classification, ReasonCode, Verdict};
pub use platform_fit::{check_fit, FitCode, FitGap, Platform};
pub use profile::AgencyProfile;
pub use rule_texts::{rule_texts, RuleText};
pub use workload::Workload;
