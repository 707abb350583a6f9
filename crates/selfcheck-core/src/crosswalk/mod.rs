//! Answer once: which items of different catalogs ask the same fact or part of one
//! (`model`, the built-in `catalogs/crosswalk.json`, and a loaded catalog's `maps_to`),
//! the checks they pass (`validate`), the relations of one piece of work seen from
//! either end (`relations`), answers carried and proposed between them (`carry`), and
//! the answers that contradict each other (`contradictions`).

mod builtin;
pub mod carry;
pub mod contradictions;
pub mod model;
pub mod relations;
pub mod scope_figures;
pub mod validate;

pub use builtin::{builtin, edition, CROSSWALK_FILE};
pub use carry::{carry, propose, suggested, Proposal};
pub use contradictions::{contradictions, Contradiction, ContradictionKind, Side};
pub use model::{format_maps_to, parse_maps_to, Crosswalk, CrosswalkRef, MapsTo, Relation, RelationKind};
pub use relations::{Edge, Origin, Relations};
