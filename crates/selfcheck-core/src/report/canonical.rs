//! A report's bytes and its digest.
//!
//! Layout: JSON in struct order (maps sorted), indented for the first levels; anything
//! nested four levels deep or more is written on one line, so a 10,000-workload report
//! has one line per workload. The same report always writes the same bytes.
//!
//! Digest (format 2): SHA-256 over the file's own bytes with the whitespace between
//! tokens left out and the top-level `digest` value read as `""`. Re-indenting the
//! file keeps it; changing any value, key or key order breaks it.

use serde::Serialize;

use super::layout::{strip_own_layout, Layout};
use super::model::Report;

/// The report as written to a file, with whatever digest it carries.
pub fn to_canonical_json<W: Serialize>(report: &Report<W>) -> String {
    let mut bytes = Vec::with_capacity(expected_len(report));
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Layout::default());
    report.serialize(&mut serializer).expect("a report serialises");
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// Room for the whole text at once (a workload line is about 600 bytes), so that a
/// 10,000-workload report is not copied over and over as it grows.
fn expected_len<W>(report: &Report<W>) -> usize {
    (1 << 16) + report.agency.as_ref().map_or(0, |a| a.workloads.len() * 640)
}

/// Seals `report` (sets its digest) and returns the file text, in one serialisation.
pub fn write_report<W: Serialize>(report: &mut Report<W>) -> String {
    report.digest.clear();
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
    digest_of_text(&to_canonical_json(report))
}

/// `sha256:<hex>` of a report file's text, whatever digest it states.
pub fn digest_of_text(text: &str) -> String {
    format!("sha256:{}", crate::sha256::hex(&digest_input(text.as_bytes())))
}

/// What the digest covers: `json` without whitespace outside strings, and with the
/// string value of the top-level member `digest` emptied. Invalid JSON gives some bytes
/// (the caller has parsed the text already).
pub fn digest_input(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let (mut depth, mut i) = (0usize, 0usize);
    // Where the next string at depth 1 is: a key (after `{` or `,`) or a value.
    let mut expect_key = false;
    let mut after_digest_key = false;
    while i < json.len() {
        let byte = json[i];
        match byte {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b'"' => {
                let end = string_end(json, i);
                let string = &json[i..end];
                if depth == 1 && expect_key {
                    after_digest_key = string == b"\"digest\"";
                    out.extend_from_slice(string);
                } else if depth == 1 && after_digest_key {
                    after_digest_key = false;
                    out.extend_from_slice(b"\"\"");
                } else {
                    out.extend_from_slice(string);
                }
                expect_key = false;
                i = end;
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                expect_key = byte == b'{' && depth == 1;
                after_digest_key = false;
                out.push(byte);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                out.push(byte);
            }
            b',' => {
                expect_key = depth == 1;
                out.push(byte);
            }
            b':' => out.push(byte),
            _ => {
                // A number or literal; at depth 1 it ends what followed a key.
                if depth == 1 {
                    after_digest_key = false;
                }
                out.push(byte);
            }
        }
        i += 1;
    }
    out
}

/// The index just past the closing quote of the string starting at `start`.
fn string_end(json: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < json.len() {
        match json[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    json.len()
}

/// The digest of a format-1 report: its JSON compact, keys sorted at every level, its
/// own top-level `digest` left out. Kept to check files written before format 2.
/// Strings and numbers are copied as written, as the tool wrote them, so a file it
/// wrote gives the digest it states. `text` has been parsed already (valid JSON, its
/// nesting bounded); on anything else this still ends, with some digest.
pub fn v1_digest_of_text(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    SortedKeys { json: text.as_bytes(), at: 0 }.value(&mut out, true);
    format!("sha256:{}", crate::sha256::hex(&out))
}

fn between_quotes(token: &[u8]) -> &[u8] {
    token.get(1..token.len().saturating_sub(1)).unwrap_or_default()
}

/// Rewrites JSON compact with the keys of every object sorted.
struct SortedKeys<'a> {
    json: &'a [u8],
    at: usize,
}

impl<'a> SortedKeys<'a> {
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.json.get(self.at) {
            self.at += 1;
        }
        self.json.get(self.at).copied()
    }

    /// The string token at the cursor, quotes and escapes as written.
    fn string(&mut self) -> &'a [u8] {
        let (json, start) = (self.json, self.at);
        self.at = string_end(json, start);
        &json[start..self.at]
    }

    /// Writes the value at the cursor; `top` leaves out the member `digest`.
    fn value(&mut self, out: &mut Vec<u8>, top: bool) {
        match self.peek() {
            Some(b'{') => self.object(out, top),
            Some(b'[') => self.array(out),
            Some(b'"') => out.extend_from_slice(self.string()),
            Some(_) => {
                let start = self.at;
                while let Some(byte) = self.json.get(self.at) {
                    if matches!(byte, b',' | b':' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.at += 1;
                }
                out.extend_from_slice(&self.json[start..self.at]);
            }
            None => {}
        }
    }

    fn object(&mut self, out: &mut Vec<u8>, top: bool) {
        self.at += 1;
        let mut members: Vec<(&[u8], Vec<u8>)> = Vec::new();
        loop {
            match self.peek() {
                Some(b'"') => {
                    let key = self.string();
                    if self.peek() == Some(b':') {
                        self.at += 1;
                    }
                    let mut value = Vec::new();
                    self.value(&mut value, false);
                    if !(top && key == b"\"digest\"") {
                        members.push((key, value));
                    }
                }
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                _ => break,
            }
        }
        // By the key's text between its quotes, as a sorted map of decoded keys orders
        // them (the keys of a report have no escapes).
        members.sort_unstable_by(|(a, _), (b, _)| between_quotes(a).cmp(between_quotes(b)));
        out.push(b'{');
        for (i, (key, value)) in members.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(key);
            out.push(b':');
            out.extend_from_slice(value);
        }
        out.push(b'}');
    }

    fn array(&mut self, out: &mut Vec<u8>) {
        self.at += 1;
        out.push(b'[');
        let mut first = true;
        loop {
            match self.peek() {
                Some(b']') => {
                    self.at += 1;
                    break;
                }
                Some(b',') => self.at += 1,
                None => break,
                Some(_) => {
                    let before = self.at;
                    if !first {
                        out.push(b',');
                    }
                    first = false;
                    self.value(out, false);
                    if self.at == before {
                        break; // not a value: stop rather than loop
                    }
                }
            }
        }
        out.push(b']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_input_drops_layout_and_the_top_level_digest_only() {
        let text = "{\n  \"a\": [1, {\"digest\": \"keep\"}],\n  \"s\": \"x y\\\" \",\n  \"digest\": \"sha256:00\"\n}\n";
        assert_eq!(
            String::from_utf8(digest_input(text.as_bytes())).unwrap(),
            r#"{"a":[1,{"digest":"keep"}],"s":"x y\" ","digest":""}"#
        );
    }

    #[test]
    fn a_digest_key_as_a_value_or_a_non_string_digest_is_left_alone() {
        let text = r#"{"k": "digest", "v": "x", "digest": null, "w": "y"}"#;
        assert_eq!(
            String::from_utf8(digest_input(text.as_bytes())).unwrap(),
            r#"{"k":"digest","v":"x","digest":null,"w":"y"}"#
        );
    }

    #[test]
    fn reindenting_keeps_the_digest_and_any_change_breaks_it() {
        let text = "{\"a\": 1, \"b\": [\"c\"], \"digest\": \"\"}";
        let reindented = "{\n\t\"a\" : 1 ,\r\n \"b\": [ \"c\" ],\n\"digest\": \"sha256:ff\"\n}";
        assert_eq!(digest_of_text(text), digest_of_text(reindented));
        for edited in ["{\"a\": 2, \"b\": [\"c\"], \"digest\": \"\"}", "{\"b\": [\"c\"], \"a\": 1, \"digest\": \"\"}"] {
            assert_ne!(digest_of_text(text), digest_of_text(edited), "{edited}");
        }
    }

    #[test]
    fn broken_input_ends_without_panicking() {
        for text in
            ["\"unterminated", "{\"digest\": \"\\", "}}]]", "{\"digest\"", "", "[1 2 }", "{:::}", "[{]", "{\"a\" 1}"]
        {
            digest_input(text.as_bytes());
            v1_digest_of_text(text);
        }
    }

    /// Format 1 defined its digest on the parsed JSON, with serde_json printing it back.
    fn v1_reference(value: &serde_json::Value) -> String {
        fn write(value: &serde_json::Value, out: &mut String, top: bool) {
            match value {
                serde_json::Value::Object(map) => {
                    let mut keys: Vec<&String> = map.keys().filter(|k| !(top && *k == "digest")).collect();
                    keys.sort();
                    let members: Vec<String> = keys
                        .into_iter()
                        .map(|key| {
                            let mut member = serde_json::to_string(key).unwrap() + ":";
                            write(&map[key], &mut member, false);
                            member
                        })
                        .collect();
                    out.push_str(&format!("{{{}}}", members.join(",")));
                }
                serde_json::Value::Array(items) => {
                    let items: Vec<String> = items
                        .iter()
                        .map(|item| {
                            let mut text = String::new();
                            write(item, &mut text, false);
                            text
                        })
                        .collect();
                    out.push_str(&format!("[{}]", items.join(",")));
                }
                scalar => out.push_str(&scalar.to_string()),
            }
        }
        let mut text = String::new();
        write(value, &mut text, true);
        format!("sha256:{}", crate::sha256::hex(text.as_bytes()))
    }

    fn json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::from),
            "[ \"\\\\\n\t]{0,3}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map("[a-z_0-9é云 !]{0,6}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn the_v1_digest_of_the_text_is_the_one_format_1_defined(value in json(), pretty in proptest::bool::ANY) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
            proptest::prop_assert_eq!(v1_digest_of_text(&text), v1_reference(&value));
        }
    }
}
