//! Domain logic of 云评自查 · Cloud Security Self-Check.
//!
//! Everything here is plain Rust with no browser dependency, so the web app, the
//! `selfcheck` CLI and the native tests all run the very same code.

pub mod agency;
pub mod answer;
pub mod catalog;
pub mod clauses;
pub mod crosswalk;
pub mod csv;
pub mod date;
pub mod deadlines;
pub mod evidence;
#[doc(hidden)]
pub mod fixtures;
pub mod fold;
pub mod lang;
pub mod messages;
pub mod opened;
pub mod profile;
pub mod report;
pub mod schema;
pub mod scoring;
pub mod session;
pub mod sha256;
pub mod sheet;
pub mod sources;
pub mod table;
pub mod team;
pub mod timestamp;
pub mod work;

pub use answer::{Against, Answer, AnswerDetails, Answers, Status};
pub use date::Date;
pub use lang::{Lang, Localized};
pub use sources::{SourceDocument, SourceKind};
pub use timestamp::Timestamp;
pub use work::{AgencyWork, ProviderWork};

/// Version of the product, shared by the app footer, the CLI and the report.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// For `skip_serializing_if`: files leave out a "no".
pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

/// For `skip_serializing_if`: files leave out a zero count.
pub(crate) fn is_zero(value: &u32) -> bool {
    *value == 0
}
