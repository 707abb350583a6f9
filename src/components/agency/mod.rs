//! Components of the agency view: inventory, CSV tools, workload details, platforms.

pub mod csv_tools;
pub mod inventory;
pub mod platform_list;
pub mod platform_tools;
pub mod profile_form;
pub mod report_location;
pub mod rule_reason;
pub mod verdict_badge;
pub mod workload_detail;
