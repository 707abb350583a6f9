//! A report's bytes and its digest.
//!
//! Layout: JSON in struct order (maps sorted), indented for the first levels; anything
//! nested four levels deep or more is written on one line, so a 10,000-workload report
//! has one line per workload. The same report always writes the same bytes.
//!
//! Digest (formats 2 and 3): SHA-256 over the file as compact JSON (the whitespace
//! between tokens left out), members in the file's order, the top-level `digest` value
//! read as `""`, and from format 9 a top-level `signature` left out (signing keeps the
//! digest). Re-indenting the file keeps it; changing any value, key or key order
//! breaks it.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::Serialize;

use super::layout::{compact_bytes, report_json, strip_own_layout};
use super::model::Report;

/// The report as written to a file, with whatever digest it carries.
pub fn to_canonical_json<W: Serialize>(report: &Report<W>) -> String {
    let mut text = report_json(report, expected_len(report));
    text.push('\n');
    text
}

/// Room for the whole text at once (a workload line is about 730 bytes with every
/// obligation answered), so that a 10,000-workload report is not copied as it grows
/// (a copy of 6 MB when this said 640: 1.5 ms of the 32 ms it takes to write one).
fn expected_len<W>(report: &Report<W>) -> usize {
    (1 << 16) + report.agency.as_ref().map_or(0, |a| a.workloads.len() * 800)
}

/// Seals `report` (sets its digest) and returns the file text, in one serialisation.
/// What is written anew is unsigned: a signature is added to the text it signs
/// (`signature::add_signature`).
pub fn write_report<W: Serialize>(report: &mut Report<W>) -> String {
    report.digest.clear();
    report.signature = None;
    let mut text = to_canonical_json(report);
    // Our own layout is stripped line by line, with no scan of the text; the digest
    // equals `digest_of_text` (tested), which a file from elsewhere needs.
    let digest = format!("sha256:{}", crate::sha256::hex_of_parts(strip_own_layout(&text)));
    // `digest` is the last member of the top-level object: its empty value is the last
    // `""`. Only the few bytes after it move.
    let at = text.rfind("\"\"").expect("the empty digest is written last");
    let tail = text.split_off(at + 1);
    text.push_str(&digest);
    text.push_str(&tail);
    report.digest = digest;
    text
}

/// `sha256:<hex>` of `report` as it would be written.
pub fn compute_digest<W: Serialize>(report: &Report<W>) -> String {
    digest_of_text(&to_canonical_json(report)).expect("a report's own text is JSON")
}

/// `sha256:<hex>` of a report file's text (formats 2 and 3), whatever digest it states.
/// The text is transcoded by serde into compact JSON straight into the hasher, member
/// order kept and no tree built; only the top-level `digest` is written as `""`.
pub fn digest_of_text(text: &str) -> Result<String, serde_json::Error> {
    Ok(format!("sha256:{}", crate::sha256::hex(&digest_bytes(text)?)))
}

/// What the digest (and a signature, `signature.rs`) covers: the compact text, the
/// top-level `digest` read as `""` and a top-level `signature` left out.
pub fn digest_bytes(text: &str) -> Result<Vec<u8>, serde_json::Error> {
    // Into one buffer by our own writer, then hashed: through serde_json's writer into
    // the hasher, a token at a time, loading a 10,000-workload report in the browser
    // spent about 40 ms more.
    compact_bytes(text.len(), |layout| {
        serde_json::Deserializer::from_str(text).deserialize_map(TopLevel { out: layout })
    })
}

/// The bytes a report's signature covers (`signature.rs`): exactly the digest's.
pub fn signed_bytes(text: &str) -> Result<Vec<u8>, serde_json::Error> {
    digest_bytes(text)
}

/// Copies the top-level object member by member, its `digest` emptied and its
/// `signature` left out.
struct TopLevel<S> {
    out: S,
}

impl<'de, S: serde::Serializer<Ok = ()>> Visitor<'de> for TopLevel<S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut members = self.out.serialize_map(None).map_err(de::Error::custom)?;
        while let Some(key) = map.next_key::<String>()? {
            if key == "signature" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            members.serialize_key(&key).map_err(de::Error::custom)?;
            if key == "digest" {
                map.next_value::<IgnoredAny>()?;
                members.serialize_value("").map_err(de::Error::custom)?;
            } else {
                map.next_value_seed(Member { members: &mut members })?;
            }
        }
        SerializeMap::end(members).map_err(de::Error::custom)
    }
}

/// One member's value, transcoded as it is read.
struct Member<'m, M> {
    members: &'m mut M,
}

impl<'de, M: SerializeMap> de::DeserializeSeed<'de> for Member<'_, M> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, value: D) -> Result<(), D::Error> {
        self.members.serialize_value(&serde_transcode::Transcoder::new(value)).map_err(de::Error::custom)
    }
}

/// The digest of a format-1 report: its JSON compact with the keys of every object
/// sorted (serde_json's `Value` keeps them sorted), its own top-level `digest` left
/// out. Kept to check files written before format 2.
pub fn v1_digest_of_text(text: &str) -> Result<String, serde_json::Error> {
    let mut value: serde_json::Value = serde_json::from_str(text)?;
    value.sort_all_objects();
    if let Some(members) = value.as_object_mut() {
        members.remove("digest");
    }
    Ok(format!("sha256:{}", crate::sha256::hex(&serde_json::to_vec(&value)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the digest is computed over, written by serde_json's own writer: ours must
    /// write the same.
    fn compact_of(text: &str) -> String {
        let mut bytes = Vec::new();
        let mut out = serde_json::Serializer::new(&mut bytes);
        serde_json::Deserializer::from_str(text).deserialize_map(TopLevel { out: &mut out }).unwrap();
        let ours = compact_bytes(0, |layout| {
            serde_json::Deserializer::from_str(text).deserialize_map(TopLevel { out: layout })
        });
        assert_eq!(ours.unwrap(), bytes);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn the_digest_covers_the_compact_text_with_only_the_top_level_digest_emptied() {
        let text = "{\n  \"a\": [1, {\"digest\": \"keep\"}],\n  \"s\": \"x y\\\" \",\n  \"digest\": \"sha256:00\"\n}\n";
        assert_eq!(compact_of(text), r#"{"a":[1,{"digest":"keep"}],"s":"x y\" ","digest":""}"#);
        let not_a_string = r#"{"k": "digest", "v": 1.5, "digest": null, "w": [true, null]}"#;
        assert_eq!(compact_of(not_a_string), r#"{"k":"digest","v":1.5,"digest":"","w":[true,null]}"#);
    }

    #[test]
    fn reindenting_keeps_the_digest_and_any_change_breaks_it() {
        let digest = |text: &str| digest_of_text(text).unwrap();
        let text = "{\"a\": 1, \"b\": [\"c\"], \"digest\": \"\"}";
        let reindented = "{\n\t\"a\" : 1 ,\r\n \"b\": [ \"c\" ],\n\"digest\": \"sha256:ff\"\n}";
        assert_eq!(digest(text), digest(reindented));
        for edited in ["{\"a\": 2, \"b\": [\"c\"], \"digest\": \"\"}", "{\"b\": [\"c\"], \"a\": 1, \"digest\": \"\"}"] {
            assert_ne!(digest(text), digest(edited), "{edited}");
        }
    }

    #[test]
    fn what_is_not_a_json_object_has_no_digest() {
        for text in ["\"unterminated", "{\"digest\": \"\\", "}}]]", "{\"digest\"", "", "[1, 2]", "{:::}"] {
            assert!(digest_of_text(text).is_err(), "{text}");
            assert!(v1_digest_of_text(text).is_err() || text == "[1, 2]", "{text}");
        }
    }

    #[test]
    fn the_v1_digest_sorts_keys_at_every_level_and_leaves_the_digest_out() {
        let digest = |text: &str| v1_digest_of_text(text).unwrap();
        let sorted = r#"{"a":{"x":1,"y":[{"p":1,"q":2}]},"b":"t"}"#;
        let shuffled = "{\"digest\": \"sha256:00\", \"b\": \"t\", \"a\": {\"y\": [{\"q\": 2, \"p\": 1}], \"x\": 1}}";
        assert_eq!(digest(shuffled), digest(sorted));
        assert_eq!(digest(sorted), format!("sha256:{}", crate::sha256::hex(sorted.as_bytes())));
    }

    #[test]
    fn the_signed_bytes_leave_out_the_signature_and_read_the_digest_as_empty() {
        use super::super::signature::{group_of_four, ReportSignature, SIGNATURE_ALGORITHM};
        let signature = ReportSignature {
            algorithm: SIGNATURE_ALGORITHM.into(),
            distinguishing_id: super::super::signature::DISTINGUISHING_ID.into(),
            public_key: "MFkw".into(),
            fingerprint: group_of_four(&"ab".repeat(32)),
            signed_at: "2026-12-07T08:00:00Z".into(),
            value: "MEU=".into(),
        };
        let text = "{\"a\": 1, \"digest\": \"sha256:00\"}\n";
        let signed = super::super::signature::add_signature(text, &signature).unwrap();
        assert!(signed.starts_with("{\"a\": 1, \"digest\": \"sha256:00\",\n  \"signature\": {\n    \"algorithm\""));
        assert_eq!(signed_bytes(&signed).unwrap(), br#"{"a":1,"digest":""}"#);
        assert_eq!(signed_bytes(&signed).unwrap(), signed_bytes(text).unwrap());
        let value: serde_json::Value = serde_json::from_str(&signed).unwrap();
        assert_eq!(value["signature"]["algorithm"], SIGNATURE_ALGORITHM);
    }
}
