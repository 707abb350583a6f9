//! Checklists as data: the format (`model`), its validation (`validate`), and the
//! catalogs built into the product (`builtin`).

mod builtin;
mod model;
mod validate;

pub use builtin::{builtin, content_sha256, CatalogSet, ItemRef, BUILTIN_FILES};
pub use model::{Audience, Catalog, Item, ItemKind, Reference, Section, CATALOG_FORMAT, CATALOG_FORMAT_VERSION};
pub use validate::{is_valid_id, parse_catalog, validate, validate_set, CatalogProblem};
