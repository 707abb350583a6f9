//! The JSON gap report: the product's main output, and the file a user loads back to
//! carry on. `model` is the format (its JSON Schema is generated from it), `build`
//! derives every figure from the inputs, `canonical` gives the stable bytes and the
//! digest (`layout` is how the file is indented), `load` checks a file before anything is restored (`inputs` is the part the app reads back), `limits` says whether what is about to be written reads back, `gaps_csv` exports gaps.

pub mod build;
pub mod canonical;
pub mod gaps_csv;
mod head;
mod inputs;
pub(crate) mod layout;
pub mod limits;
pub mod load;
pub mod model;
mod problem;
mod provider_section;
pub mod signature;
pub mod verify;
pub mod writable;

pub use build::{
    build_agency_report, build_provider_report, draft_agency_report, draft_provider_report, provider_catalogs,
};
pub use canonical::{compute_digest, signed_bytes, to_canonical_json, write_report};
pub use inputs::ReportInputs;
pub use load::{load_inputs, load_report, LoadProblem, LoadWarning, Loaded, MAX_REPORT_BYTES};
pub use model::*;
pub use signature::{add_signature, ReportSignature, SignatureChecker, SignatureFault, Signer, SigningReply};
