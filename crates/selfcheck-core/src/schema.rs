//! JSON Schemas generated from the Rust types, committed under `schemas/` so that
//! people and other tools can read the formats without reading Rust.

use crate::catalog::Catalog;

/// The catalog format's schema, pretty-printed with a trailing newline.
pub fn catalog_schema() -> String {
    let schema = schemars::schema_for!(Catalog);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when the committed schema is stale. `SELFCHECK_BLESS=1 cargo test -p selfcheck-core`
    /// rewrites it.
    #[test]
    fn committed_catalog_schema_is_fresh() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../schemas/catalog.schema.json"
        );
        let fresh = catalog_schema();
        if std::env::var_os("SELFCHECK_BLESS").is_some() {
            std::fs::write(path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == fresh,
            "schemas/catalog.schema.json is stale: run `SELFCHECK_BLESS=1 cargo test -p selfcheck-core`"
        );
    }

    #[test]
    fn schema_describes_the_catalog_fields() {
        let schema: serde_json::Value = serde_json::from_str(&catalog_schema()).unwrap();
        let required = schema["required"].as_array().unwrap();
        for field in [
            "format",
            "format_version",
            "id",
            "version",
            "date",
            "title",
            "sections",
        ] {
            assert!(required.iter().any(|r| r == field), "{field} is required");
        }
    }
}
