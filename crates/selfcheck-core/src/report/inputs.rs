//! A report read for what restores a session: the inputs typed and checked, every
//! derived figure (scores, gaps, verdicts, deadlines) required but skipped over
//! unread. The app recomputes those from the inputs, so reading them would only add
//! code to the wasm; `selfcheck validate` reads the whole `Report` and checks them.

use serde::de::IgnoredAny;
use serde::Deserialize;

use std::rc::Rc;

use super::model::{CatalogRef, Report, Role};
use super::provider_section::{ProviderSection, Skip};
use crate::agency::{AgencyProfile, Platform, Workload};
use crate::date::Date;
use crate::team::AgencyHistory;
use crate::work::{AgencyWork, ProviderWork};

/// The parts of a report that a session is made of, with what its checks need.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "FileShape")]
pub struct ReportInputs {
    pub generated_at: String,
    pub as_of: Date,
    pub role: Role,
    pub catalogs: Vec<CatalogRef>,
    pub provider: Option<ProviderWork>,
    pub agency: Option<AgencyWork>,
    pub digest: String,
}

impl ReportInputs {
    /// The provider's work (shared, not copied), as `Report::provider_work` gives it.
    pub fn provider_work(&self) -> Option<ProviderWork> {
        self.provider.clone()
    }

    /// The agency's work (shared, not copied), as `Report::agency_work` gives it.
    pub fn agency_work(&self) -> Option<AgencyWork> {
        self.agency.clone()
    }
}

impl From<&Report> for ReportInputs {
    /// The inputs of a report read whole (`selfcheck validate`), for the same checks.
    fn from(report: &Report) -> ReportInputs {
        ReportInputs {
            generated_at: report.generated_at.clone(),
            as_of: report.as_of,
            role: report.role,
            catalogs: report.catalogs.clone(),
            provider: report.provider_work(),
            agency: report.agency_work(),
            digest: report.digest.clone(),
        }
    }
}

// The file's own shape (`model::Report`), field for field, so unknown or missing
// fields are refused exactly as the full reader refuses them.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileShape {
    #[allow(dead_code)] // checked by the first pass (`head`)
    format: IgnoredAny,
    #[allow(dead_code)]
    format_version: IgnoredAny,
    #[allow(dead_code)]
    tool_version: IgnoredAny,
    generated_at: String,
    as_of: Date,
    role: Role,
    catalogs: Vec<CatalogRef>,
    provider: Option<ProviderSection<Skip>>,
    agency: Option<AgencyShape>,
    digest: String,
    /// A signature is the file's, not the work's: carrying on from a report drops it.
    #[serde(default)]
    #[allow(dead_code)]
    signature: IgnoredAny,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AgencyShape {
    #[serde(default)]
    profile: AgencyProfile,
    platforms: Vec<Platform>,
    workloads: Vec<WorkloadShape>,
    #[serde(default)]
    history: AgencyHistory,
    verdict_counts: IgnoredAny,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct WorkloadShape {
    workload: Workload,
    verdict: IgnoredAny,
    reasons: IgnoredAny,
    #[serde(default)]
    recommended_tier: IgnoredAny,
    #[serde(default)]
    platform_fit: IgnoredAny,
    #[serde(default)]
    obligations: IgnoredAny,
}

impl From<FileShape> for ReportInputs {
    fn from(file: FileShape) -> ReportInputs {
        ReportInputs {
            generated_at: file.generated_at,
            as_of: file.as_of,
            role: file.role,
            catalogs: file.catalogs,
            provider: file.provider.map(ProviderSection::into_work),
            agency: file.agency.map(|a| AgencyWork {
                profile: a.profile,
                workloads: Rc::new(a.workloads.into_iter().map(|w| w.workload).collect()),
                platforms: Rc::new(a.platforms),
                history: Rc::new(a.history),
            }),
            digest: file.digest,
        }
    }
}
