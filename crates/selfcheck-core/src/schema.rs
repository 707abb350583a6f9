//! JSON Schemas generated from the Rust types, committed under `schemas/` so that
//! people and other tools can read the formats without reading Rust.

use crate::catalog::Catalog;
use crate::report::Report;

/// The catalog format's schema, pretty-printed with a trailing newline.
pub fn catalog_schema() -> String {
    pretty(schemars::schema_for!(Catalog))
}

/// The crosswalk format's schema (`catalogs/crosswalk.json`).
pub fn crosswalk_schema() -> String {
    pretty(schemars::schema_for!(crate::crosswalk::Crosswalk))
}

/// The report format's schema.
pub fn report_schema() -> String {
    pretty(schemars::schema_for!(Report))
}

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when a committed schema is stale. `SELFCHECK_BLESS=1 cargo test -p selfcheck-core`
    /// rewrites them.
    fn check_fresh(file: &str, fresh: &str) {
        let path = format!("{}/../../schemas/{file}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("SELFCHECK_BLESS").is_some() {
            std::fs::write(&path, fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == fresh, "schemas/{file} is stale: run `SELFCHECK_BLESS=1 cargo test -p selfcheck-core`");
    }

    #[test]
    fn committed_schemas_are_fresh() {
        check_fresh("catalog.schema.json", &catalog_schema());
        check_fresh("report.schema.json", &report_schema());
        check_fresh("crosswalk.schema.json", &crosswalk_schema());
    }

    #[test]
    fn report_schema_requires_the_envelope() {
        let schema: serde_json::Value = serde_json::from_str(&report_schema()).unwrap();
        let required = schema["required"].as_array().unwrap();
        for field in ["format", "format_version", "tool_version", "generated_at", "role", "catalogs", "digest"] {
            assert!(required.iter().any(|r| r == field), "{field} is required");
        }
    }

    #[test]
    fn schema_describes_the_catalog_fields() {
        let schema: serde_json::Value = serde_json::from_str(&catalog_schema()).unwrap();
        let required = schema["required"].as_array().unwrap();
        for field in ["format", "format_version", "id", "version", "date", "title", "sections"] {
            assert!(required.iter().any(|r| r == field), "{field} is required");
        }
    }
}
