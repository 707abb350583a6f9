//! One component per view. Pages compose components; they hold no state of their own.

pub mod agency;
pub mod provider;
pub mod report;

pub use agency::AgencyPage;
pub use provider::ProviderPage;
pub use report::ReportPage;
