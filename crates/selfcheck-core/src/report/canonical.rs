//! Stable bytes. The file is pretty JSON in struct order (maps sorted), so the same
//! report always writes the same bytes. The digest covers a canonical form that does
//! not depend on layout: keys sorted at every level, no whitespace, `digest` left out.

use serde_json::Value;

use super::model::Report;

/// The report as written to a file.
pub fn to_canonical_json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("a report serialises");
    text.push('\n');
    text
}

/// `sha256:<hex>` over the canonical form of everything but the digest itself.
pub fn compute_digest(report: &Report) -> String {
    digest_of_value(&serde_json::to_value(report).expect("a report serialises"))
}

/// The digest of a report as parsed JSON; its own top-level `digest` field is left out.
pub fn digest_of_value(value: &Value) -> String {
    let mut text = String::new();
    match value {
        Value::Object(map) => {
            let mut without = map.clone();
            without.remove("digest");
            write_sorted(&Value::Object(without), &mut text);
        }
        other => write_sorted(other, &mut text),
    }
    format!("sha256:{}", crate::sha256::hex(text.as_bytes()))
}

/// Compact JSON with object keys sorted, independent of serde_json's map features.
fn write_sorted(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_sorted(&map[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_sorted(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}
