//! An earlier report loaded beside the current work, to compare with it. The comparison
//! itself is derived at render from the two (`selfcheck_core::team::compare`).

use std::rc::Rc;

use selfcheck_core::report::{LoadProblem, ReportInputs};
use selfcheck_core::team::incoming::{self, Refusal};

#[derive(Clone, Debug, PartialEq)]
pub enum CompareState {
    Loaded { name: String, before: Rc<ReportInputs> },
    Refused { name: String, refusal: Refusal },
}

impl CompareState {
    pub fn read(name: String, bytes: Result<Vec<u8>, LoadProblem>) -> CompareState {
        match bytes.map_err(Refusal::Load).and_then(|bytes| incoming::read_any(&name, &bytes)) {
            Ok(file) => CompareState::Loaded { name, before: Rc::new(file.report) },
            Err(refusal) => CompareState::Refused { name, refusal },
        }
    }
}
