//! Components of the report view.

pub mod compare;
pub mod downloads;
pub mod local_data;
pub mod merge;
pub mod printout;
pub mod resume;
pub mod signing_key;
