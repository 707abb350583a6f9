//! The built-in crosswalk, embedded from `catalogs/crosswalk.json` by `build.rs` and
//! proven valid by the tests (`the_builtin_crosswalk_is_valid`), so not checked again
//! on every start.

use std::sync::OnceLock;

use super::model::{Crosswalk, CrosswalkRef};

include!(concat!(env!("OUT_DIR"), "/crosswalk_sha256.rs"));

/// The file as written, for the tests and the schema check.
pub const CROSSWALK_FILE: &str = include_str!("../../../../catalogs/crosswalk.json");

/// The built-in relations.
pub fn builtin() -> &'static Crosswalk {
    static CROSSWALK: OnceLock<Crosswalk> = OnceLock::new();
    CROSSWALK.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/crosswalk.json")))
            .unwrap_or_else(|e| panic!("built-in crosswalk: {e}"))
    })
}

/// The built-in crosswalk's edition, as a report records what its consistency was
/// judged by.
pub fn edition() -> CrosswalkRef {
    CrosswalkRef { version: builtin().version.clone(), sha256: CROSSWALK_SHA256.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{builtin as catalogs, Audience};
    use crate::crosswalk::validate::check_crosswalk;

    #[test]
    fn the_builtin_crosswalk_is_valid() {
        let written: Crosswalk = serde_json::from_str(CROSSWALK_FILE).expect("catalogs/crosswalk.json reads");
        assert_eq!(&written, builtin(), "the packed text is the file");
        assert_eq!(edition().sha256, crate::sha256::hex(CROSSWALK_FILE.as_bytes()));
        let provider = |id: &str| catalogs().item(id).is_some_and(|at| at.catalog.audience == Audience::Provider);
        let problems = check_crosswalk(&written, provider);
        assert!(problems.is_empty(), "catalogs/crosswalk.json:\n{}", problems.join("\n"));
    }
}
