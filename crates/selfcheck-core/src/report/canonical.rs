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
    let bytes = super::sorted_json::to_sorted_json(report, Some("digest")).expect("a report serialises");
    format!("sha256:{}", crate::sha256::hex(&bytes))
}

/// The digest of a report as parsed JSON; its own top-level `digest` field is left out.
pub fn digest_of_value(value: &Value) -> String {
    let mut text = String::new();
    write_sorted(value, &mut text, Some("digest"));
    format!("sha256:{}", crate::sha256::hex(text.as_bytes()))
}

/// Compact JSON with object keys sorted, independent of serde_json's map features.
fn write_sorted(value: &Value, out: &mut String, skip: Option<&str>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().filter(|k| Some(k.as_str()) != skip).collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key.as_str()).expect("a string serialises"));
                out.push(':');
                write_sorted(&map[key], out, None);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_sorted(item, out, None);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{agency_inputs, provider_inputs};
    use crate::report::{build_agency_report, build_provider_report};

    #[test]
    fn the_streaming_canonical_form_equals_the_value_based_one() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let mut agency = agency_inputs(30);
        agency.platforms.push(crate::agency::Platform { name: "政务云 A".into(), ..Default::default() });
        let mut provider = provider_inputs();
        provider.profile.dates.result_published = chrono::NaiveDate::from_ymd_opt(2023, 1, 31);
        provider.profile.dates.planned_control_change = chrono::NaiveDate::from_ymd_opt(2025, 1, 1);
        let reports = [
            build_provider_report(&provider, "2026-11-21T00:00:00Z", day),
            build_agency_report(&agency, "2026-11-21T00:00:00Z", day),
        ];
        for report in reports {
            let value = serde_json::to_value(&report).unwrap();
            assert_eq!(compute_digest(&report), digest_of_value(&value));
        }
    }
}
