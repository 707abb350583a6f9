//! Components of the report view.

pub mod downloads;
pub mod local_data;
pub mod preview;
pub mod resume;
