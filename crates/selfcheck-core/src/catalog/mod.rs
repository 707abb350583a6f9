//! Checklists as data: the format (`model`), its validation (`validate`), and the
//! catalogs built into the product (`builtin`).

mod builtin;
pub mod csv_import;
pub mod loaded;
mod model;
pub mod scope;
pub mod validate;
pub mod versions;

pub use builtin::{builtin, content_sha256, CatalogSet, Index, ItemRef, BUILTIN_FILES};
pub use model::{Audience, Catalog, Item, ItemKind, Reference, Section, CATALOG_FORMAT, CATALOG_FORMAT_VERSION};
pub use scope::{OutOfScope, Scope, ScopeChange};
pub use validate::{is_valid_id, is_valid_local_id, parse_catalog, validate, validate_set, CatalogProblem};
