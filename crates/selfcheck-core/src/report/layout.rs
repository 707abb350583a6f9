//! How a report file is laid out: members of the first `INDENTED_LEVELS` levels each
//! start a line, indented; anything deeper is compact, so each workload, gap or answer
//! of a large report sits on a line of its own (pretty-printing everything tripled the
//! size of a large report). The only whitespace is a newline and the indentation after
//! it, never inside a line: `strip_own_layout` relies on that.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// Objects and arrays opened at this depth or shallower are indented.
const INDENTED_LEVELS: usize = 3;
const INDENT: &[u8] = b"  ";

/// Numbers, strings and escapes are written as compact JSON writes them (the defaults).
pub struct Layout {
    depth: usize,
    /// Whether the innermost indented container has a member yet.
    has_value: bool,
    /// Containers opened at this depth or shallower are indented.
    levels: usize,
}

impl Default for Layout {
    /// A report's layout.
    fn default() -> Layout {
        Layout { depth: 0, has_value: false, levels: INDENTED_LEVELS }
    }
}

/// `value` as compact JSON, written by the same serializer as reports: the wasm then
/// carries one copy of the code that writes the types both hold (an autosaved session
/// holds a report's inputs), not one per formatter.
pub fn compact_json<T: serde::Serialize>(value: &T) -> String {
    with_levels(value, 0)
}

/// `value` with every level indented, for a file people edit (a catalog), by the same
/// serializer.
pub fn indented_json<T: serde::Serialize>(value: &T) -> String {
    with_levels(value, usize::MAX)
}

fn with_levels<T: serde::Serialize>(value: &T, levels: usize) -> String {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Layout { levels, ..Layout::default() });
    value.serialize(&mut serializer).expect("our types serialise");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

impl Layout {
    fn indented(&self) -> bool {
        self.depth <= self.levels
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        let was_indented = self.indented();
        self.depth -= 1;
        if was_indented && self.has_value {
            new_line(writer, self.depth)?;
        }
        self.has_value = true;
        writer.write_all(bracket)
    }

    fn member<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.indented() {
            new_line(writer, self.depth)?;
        }
        Ok(())
    }
}

fn new_line<W: ?Sized + Write>(writer: &mut W, depth: usize) -> io::Result<()> {
    writer.write_all(b"\n")?;
    (0..depth).try_for_each(|_| writer.write_all(INDENT))
}

impl Formatter for Layout {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.member(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.member(writer, first)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// The lines of text written with `Layout`, without their indentation: together, the
/// text without any whitespace outside strings. (JSON strings cannot hold a raw newline,
/// so every newline in such a text is layout.)
pub fn strip_own_layout(text: &str) -> impl Iterator<Item = &[u8]> {
    text.split('\n').map(|line| line.trim_start_matches(' ').as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(value: &serde_json::Value) -> String {
        let mut bytes = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Layout::default());
        serde::Serialize::serialize(value, &mut serializer).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn three_levels_are_indented_and_deeper_ones_are_on_one_line() {
        let value = serde_json::json!({
            "a": 1,
            "b": { "list": [ { "x": [1, 2], "y": {} }, [] ], "empty": [] },
            "c": "t"
        });
        let expected = "{\n  \"a\":1,\n  \"b\":{\n    \"empty\":[],\n    \"list\":[\n      {\"x\":[1,2],\"y\":{}},\n      []\n    ]\n  },\n  \"c\":\"t\"\n}";
        assert_eq!(laid_out(&value), expected);
    }

    #[test]
    fn stripping_the_layout_leaves_compact_json() {
        let value = serde_json::json!({ "a": [" x ", { "b": "line\nbreak" }], "c": { "d": [[1]] } });
        let stripped: Vec<u8> = strip_own_layout(&laid_out(&value)).flatten().copied().collect();
        assert_eq!(stripped, serde_json::to_vec(&value).unwrap());
    }

    #[test]
    fn compact_json_is_what_serde_json_writes() {
        let value = serde_json::json!({ "a": [1, { "b": "x y" }], "c": { "d": [[null]] } });
        assert_eq!(compact_json(&value), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn the_layout_is_valid_json_with_the_same_content() {
        let value = serde_json::json!({ "k": [[[[["deep", { "z": null }]]]]], "s": "a\"b\n" });
        assert_eq!(serde_json::from_str::<serde_json::Value>(&laid_out(&value)).unwrap(), value);
    }
}
