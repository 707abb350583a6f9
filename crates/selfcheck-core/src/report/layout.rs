//! How a report file is laid out: members of the first `INDENTED_LEVELS` levels each
//! start a line, indented; anything deeper is compact, so each workload, gap or answer
//! of a large report sits on a line of its own (pretty-printing everything tripled the
//! size of a large report). The only whitespace is a newline and the indentation after
//! it, never inside a line: `strip_own_layout` relies on that.
//!
//! The JSON is written by `Layout`, a serde serializer of our own that writes the very
//! bytes serde_json writes (its escapes, its numbers; tested against serde_json with the
//! layout as a `Formatter`), straight into one buffer. Through serde_json, the wasm,
//! built for size, spent most of the time of writing a 10,000-workload report (7 MB) on
//! calls per token and per byte: an `io::Write` call and a `Result` converted for every
//! token, a call to split the string for every byte of a string. This writes the same
//! text in half the time in the browser (98 → 52 ms in Chromium, medians, the two
//! builds run in turns) and its wasm is 1.7 KiB (gzip) smaller.

use std::fmt::{self, Write as _};

use serde::ser::{self, Error as _, Impossible, Serialize};
use serde_json::Error;

/// Objects and arrays opened at this depth or shallower are indented.
const INDENTED_LEVELS: usize = 3;
const INDENT: &[u8] = b"  ";

/// The bytes escaped in a string: quote, backslash and control characters. A table, as
/// serde_json has, and `escaped` inlined: with three comparisons a byte and a call a
/// string, writing a report natively was 10 % slower than through serde_json; so, 14 %
/// faster (20 against 23 ms for 10,000 workloads).
const ESCAPED: [bool; 256] = {
    let mut escaped = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        escaped[byte] = true;
        byte += 1;
    }
    escaped[b'"' as usize] = true;
    escaped[b'\\' as usize] = true;
    escaped
};

/// Writes JSON into `text`; containers opened at depth `levels` or shallower are
/// indented, one member a line.
pub struct Layout {
    /// UTF-8: strings are copied whole or split at ASCII escapes, the rest is ASCII.
    text: Vec<u8>,
    depth: usize,
    /// Whether the innermost open container has a member yet.
    has_value: bool,
    levels: usize,
}

/// `value` as compact JSON, written by the same serializer as reports: the wasm then
/// carries one copy of the code that writes the types both hold (an autosaved session
/// holds a report's inputs), not one per layout.
pub fn compact_json<T: Serialize>(value: &T) -> String {
    with_levels(value, 0, 0)
}

/// `value` with every level indented, for a file people edit (a catalog), by the same
/// serializer.
pub fn indented_json<T: Serialize>(value: &T) -> String {
    with_levels(value, usize::MAX, 0)
}

/// `value` in a report's layout, in a string with room for `capacity` bytes.
pub fn report_json<T: Serialize>(value: &T, capacity: usize) -> String {
    with_levels(value, INDENTED_LEVELS, capacity)
}

/// Compact JSON written by `write` into a buffer with room for `capacity` bytes: a
/// file's text transcoded for its digest (`canonical::digest_of_text`).
pub(crate) fn compact_bytes(
    capacity: usize,
    write: impl FnOnce(&mut Layout) -> Result<(), Error>,
) -> Result<Vec<u8>, Error> {
    let mut layout = Layout { text: Vec::with_capacity(capacity), depth: 0, has_value: false, levels: 0 };
    write(&mut layout)?;
    Ok(layout.text)
}

fn with_levels<T: Serialize>(value: &T, levels: usize, capacity: usize) -> String {
    let mut layout = Layout { text: Vec::with_capacity(capacity), depth: 0, has_value: false, levels };
    value.serialize(&mut layout).expect("our types serialise");
    // Bytes, not a `String`: `String::push` encodes a char at a time (a fifth of the time
    // of writing a report in the wasm); checking the text once costs 1 %.
    String::from_utf8(layout.text).expect("strings are written whole or split at ASCII")
}

impl Layout {
    fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.has_value = false;
        self.text.push(bracket);
    }

    fn close(&mut self, bracket: u8) {
        let was_indented = self.depth <= self.levels;
        self.depth -= 1;
        if was_indented && self.has_value {
            self.new_line();
        }
        self.has_value = true;
        self.text.push(bracket);
    }

    /// Before a member of the innermost container.
    fn member(&mut self, first: bool) {
        if !first {
            self.text.push(b',');
        }
        if self.depth <= self.levels {
            self.new_line();
        }
    }

    fn new_line(&mut self) {
        self.text.push(b'\n');
        for _ in 0..self.depth {
            self.text.extend_from_slice(INDENT);
        }
    }

    /// `{"variant":` of an enum variant with content (serde_json's externally tagged form).
    fn open_variant(&mut self, variant: &str) {
        self.open(b'{');
        self.member(true);
        self.string(variant);
        self.text.push(b':');
    }

    fn close_variant(&mut self) {
        self.has_value = true;
        self.close(b'}');
    }

    fn string(&mut self, value: &str) {
        self.text.push(b'"');
        self.escaped(value);
        self.text.push(b'"');
    }

    /// `value` escaped as serde_json escapes it: quote, backslash and control characters
    /// only. The runs between escapes are copied whole.
    #[inline]
    fn escaped(&mut self, value: &str) {
        let bytes = value.as_bytes();
        let mut start = 0;
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            if ESCAPED[usize::from(byte)] {
                self.text.extend_from_slice(&bytes[start..at]);
                self.escape(byte);
                start = at + 1;
            }
            at += 1;
        }
        self.text.extend_from_slice(&bytes[start..]);
    }

    #[cold]
    fn escape(&mut self, byte: u8) {
        let short = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0c => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.text.extend_from_slice(b"\\u00");
                self.text.push(HEX[usize::from(byte >> 4)]);
                self.text.push(HEX[usize::from(byte & 0xf)]);
                return;
            }
        };
        self.text.push(b'\\');
        self.text.push(short);
    }

    fn unsigned(&mut self, mut value: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        self.text.extend_from_slice(&digits[at..]);
    }

    fn signed(&mut self, value: i64) {
        if value < 0 {
            self.text.push(b'-');
        }
        self.unsigned(value.unsigned_abs());
    }

    /// A float as serde_json writes it (`null` when not finite): few in a report, so
    /// serde_json writes it.
    fn float<F: Serialize>(&mut self, value: F) -> Result<(), Error> {
        let mut buffer = [0u8; 32];
        let mut rest = &mut buffer[..];
        serde_json::to_writer(&mut rest, &value)?;
        let len = 32 - rest.len();
        self.text.extend_from_slice(&buffer[..len]);
        Ok(())
    }

    /// A `Display` value as a string, escaped as it is written (no string of it first).
    fn display<T: ?Sized + fmt::Display>(&mut self, value: &T) {
        struct Escaping<'l>(&'l mut Layout);
        impl fmt::Write for Escaping<'_> {
            fn write_str(&mut self, part: &str) -> fmt::Result {
                self.0.escaped(part);
                Ok(())
            }
        }
        self.text.push(b'"');
        let _ = write!(Escaping(self), "{value}");
        self.text.push(b'"');
    }
}

/// An open object or array (`variant`: inside `{"variant":…}`).
pub struct Compound<'l> {
    layout: &'l mut Layout,
    first: bool,
    variant: bool,
}

impl Compound<'_> {
    fn member(&mut self) {
        self.layout.member(self.first);
        self.first = false;
    }

    fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.layout)?;
        self.layout.has_value = true;
        Ok(())
    }

    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.member();
        self.value(value)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.member();
        self.layout.string(key);
        self.layout.text.push(b':');
        self.value(value)
    }

    fn end(self, bracket: u8) -> Result<(), Error> {
        self.layout.close(bracket);
        if self.variant {
            self.layout.close_variant();
        }
        Ok(())
    }
}

impl<'l> ser::Serializer for &'l mut Layout {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'l>;
    type SerializeTuple = Compound<'l>;
    type SerializeTupleStruct = Compound<'l>;
    type SerializeTupleVariant = Compound<'l>;
    type SerializeMap = Compound<'l>;
    type SerializeStruct = Compound<'l>;
    type SerializeStructVariant = Compound<'l>;

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.text.extend_from_slice(if value { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, value: i8) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i16(self, value: i16) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i32(self, value: i32) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i64(self, value: i64) -> Result<(), Error> {
        self.signed(value);
        Ok(())
    }

    fn serialize_i128(self, value: i128) -> Result<(), Error> {
        self.text.extend_from_slice(value.to_string().as_bytes());
        Ok(())
    }

    fn serialize_u8(self, value: u8) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u16(self, value: u16) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u32(self, value: u32) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u64(self, value: u64) -> Result<(), Error> {
        self.unsigned(value);
        Ok(())
    }

    fn serialize_u128(self, value: u128) -> Result<(), Error> {
        self.text.extend_from_slice(value.to_string().as_bytes());
        Ok(())
    }

    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        self.float(value)
    }

    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        self.float(value)
    }

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.string(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.string(value);
        Ok(())
    }

    /// As serde_json: an array of numbers.
    fn serialize_bytes(self, value: &[u8]) -> Result<(), Error> {
        let mut seq = self.serialize_seq(Some(value.len()))?;
        for byte in value {
            seq.element(byte)?;
        }
        seq.end(b']')
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.text.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.close_variant();
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'l>, Error> {
        self.open(b'[');
        Ok(Compound { layout: self, first: true, variant: false })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'l>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'l>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'l>, Error> {
        self.open_variant(variant);
        self.open(b'[');
        Ok(Compound { layout: self, first: true, variant: true })
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'l>, Error> {
        self.open(b'{');
        Ok(Compound { layout: self, first: true, variant: false })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'l>, Error> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'l>, Error> {
        self.open_variant(variant);
        self.open(b'{');
        Ok(Compound { layout: self, first: true, variant: true })
    }

    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<(), Error> {
        self.display(value);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b']')
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b']')
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b']')
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b']')
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.member();
        key.serialize(MapKey(&mut *self.layout))
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.layout.text.push(b':');
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b'}')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b'}')
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self, b'}')
    }
}

/// A map key: a string, or what serde_json writes as one (a number or a bool, quoted).
struct MapKey<'l>(&'l mut Layout);

fn key_must_be_a_string() -> Error {
    Error::custom("key must be a string")
}

impl MapKey<'_> {
    fn quoted(self, write: impl FnOnce(&mut Layout) -> Result<(), Error>) -> Result<(), Error> {
        self.0.text.push(b'"');
        write(self.0)?;
        self.0.text.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.0.string(value);
        Ok(())
    }

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<(), Error> {
        self.0.display(value);
        Ok(())
    }

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.quoted(|l| l.serialize_bool(value))
    }

    fn serialize_i8(self, value: i8) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i16(self, value: i16) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i32(self, value: i32) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }

    fn serialize_i64(self, value: i64) -> Result<(), Error> {
        self.quoted(|l| l.serialize_i64(value))
    }

    fn serialize_i128(self, value: i128) -> Result<(), Error> {
        self.quoted(|l| l.serialize_i128(value))
    }

    fn serialize_u8(self, value: u8) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u16(self, value: u16) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u32(self, value: u32) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }

    fn serialize_u64(self, value: u64) -> Result<(), Error> {
        self.quoted(|l| l.serialize_u64(value))
    }

    fn serialize_u128(self, value: u128) -> Result<(), Error> {
        self.quoted(|l| l.serialize_u128(value))
    }

    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        if !value.is_finite() {
            return Err(Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.quoted(|l| l.float(value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        if !value.is_finite() {
            return Err(Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.quoted(|l| l.float(value))
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
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
    use std::collections::BTreeMap;
    use std::io::{self, Write};

    use serde::Serialize;
    use serde_json::json;
    use serde_json::ser::Formatter;

    use super::*;

    /// The layout as a serde_json `Formatter` (how reports were written before
    /// `Layout`): what `Layout` must write byte for byte.
    struct Reference {
        depth: usize,
        has_value: bool,
        levels: usize,
    }

    impl Reference {
        fn new_line<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
            writer.write_all(b"\n")?;
            (0..self.depth).try_for_each(|_| writer.write_all(INDENT))
        }

        fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
            self.depth += 1;
            self.has_value = false;
            writer.write_all(bracket)
        }

        fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
            let was_indented = self.depth <= self.levels;
            self.depth -= 1;
            if was_indented && self.has_value {
                self.new_line(writer)?;
            }
            self.has_value = true;
            writer.write_all(bracket)
        }

        fn member<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
            if !first {
                writer.write_all(b",")?;
            }
            if self.depth <= self.levels {
                self.new_line(writer)?;
            }
            Ok(())
        }
    }

    impl Formatter for Reference {
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

    fn reference<T: Serialize>(value: &T, levels: usize) -> String {
        let mut bytes = Vec::new();
        let formatter = Reference { depth: 0, has_value: false, levels };
        value.serialize(&mut serde_json::Serializer::with_formatter(&mut bytes, formatter)).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    fn laid_out(value: &serde_json::Value) -> String {
        report_json(value, 0)
    }

    #[test]
    fn three_levels_are_indented_and_deeper_ones_are_on_one_line() {
        let value = json!({
            "a": 1,
            "b": { "list": [ { "x": [1, 2], "y": {} }, [] ], "empty": [] },
            "c": "t"
        });
        let expected = "{\n  \"a\":1,\n  \"b\":{\n    \"empty\":[],\n    \"list\":[\n      {\"x\":[1,2],\"y\":{}},\n      []\n    ]\n  },\n  \"c\":\"t\"\n}";
        assert_eq!(laid_out(&value), expected);
    }

    #[test]
    fn stripping_the_layout_leaves_compact_json() {
        let value = json!({ "a": [" x ", { "b": "line\nbreak" }], "c": { "d": [[1]] } });
        let stripped: Vec<u8> = strip_own_layout(&laid_out(&value)).flatten().copied().collect();
        assert_eq!(stripped, serde_json::to_vec(&value).unwrap());
    }

    #[test]
    fn compact_json_is_what_serde_json_writes() {
        let value = json!({ "a": [1, { "b": "x y" }], "c": { "d": [[null]] } });
        assert_eq!(compact_json(&value), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn the_layout_is_valid_json_with_the_same_content() {
        let value = json!({ "k": [[[[["deep", { "z": null }]]]]], "s": "a\"b\n" });
        assert_eq!(serde_json::from_str::<serde_json::Value>(&laid_out(&value)).unwrap(), value);
    }

    /// Every kind of value serde has, as `Layout` and as serde_json write it.
    #[derive(Serialize)]
    enum Kind {
        Unit,
        Newtype(Vec<u8>),
        Tuple(i8, Option<u16>),
        Struct { a: Option<f32>, b: [(); 1] },
        Empty {},
        Nothing(),
    }

    #[derive(Serialize)]
    struct Everything {
        kinds: Vec<Kind>,
        unit: (),
        chars: (char, char, char),
        numbers: (u8, u32, u64, i16, i32, i64, u128, i128),
        floats: Vec<f64>,
        float32: Vec<f32>,
        #[serde(with = "serde_bytes_as_seq")]
        bytes: Vec<u8>,
        int_keys: BTreeMap<i64, bool>,
        uint_keys: BTreeMap<u8, ()>,
        bool_keys: BTreeMap<bool, Option<bool>>,
        char_keys: BTreeMap<char, [u8; 0]>,
        date_keys: BTreeMap<crate::Date, crate::Date>,
        float_keys: Vec<(f64, ())>,
        #[serde(flatten)]
        flattened: BTreeMap<String, serde_json::Value>,
    }

    mod serde_bytes_as_seq {
        pub fn serialize<S: serde::Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_bytes(bytes)
        }
    }

    fn everything() -> Everything {
        let escapes: String = (0u8..0x80).map(char::from).chain("\u{7f}\u{80}中文\u{2028}😀".chars()).collect();
        Everything {
            kinds: vec![
                Kind::Unit,
                Kind::Newtype(vec![0, 255]),
                Kind::Newtype(vec![]),
                Kind::Tuple(-128, None),
                Kind::Tuple(0, Some(65535)),
                Kind::Struct { a: Some(1.5), b: [()] },
                Kind::Struct { a: Some(f32::NAN), b: [()] },
                Kind::Empty {},
                Kind::Nothing(),
            ],
            unit: (),
            chars: ('"', '\u{1f}', '中'),
            numbers: (255, u32::MAX, u64::MAX, i16::MIN, -1, i64::MIN, u128::MAX, i128::MIN),
            floats: vec![0.0, -0.0, 100.0, 66.67, 1e21, 1.5e-7, f64::MAX, f64::MIN_POSITIVE, f64::NAN, f64::INFINITY],
            float32: vec![0.1, 3.4e38, f32::NEG_INFINITY],
            bytes: b"\x00\x7f\xff".to_vec(),
            int_keys: [(-5, true), (i64::MAX, false)].into(),
            uint_keys: [(0, ()), (7, ())].into(),
            bool_keys: [(true, None), (false, Some(true))].into(),
            char_keys: [('\n', []), ('k', [])].into(),
            date_keys: [(crate::Date::from_ymd(2026, 1, 2).unwrap(), crate::Date::from_ymd(2027, 12, 31).unwrap())]
                .into(),
            float_keys: vec![(2.5, ())],
            flattened: [
                (escapes.clone(), json!(escapes)),
                ("".into(), json!({ "": [[], {}, [[[{ "x": [1, [2, { "y": [] }]] }]]]] })),
            ]
            .into(),
        }
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let value = everything();
        for levels in [0, 1, 2, INDENTED_LEVELS, 4, 6, usize::MAX] {
            assert_eq!(with_levels(&value, levels, 0), reference(&value, levels), "levels {levels}");
        }
        assert_eq!(compact_json(&value), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn float_keys_are_quoted_as_serde_json_quotes_them() {
        let keys: BTreeMap<String, ()> = [("x".to_string(), ())].into();
        assert_eq!(compact_json(&keys), serde_json::to_string(&keys).unwrap());
        let mut map = serde_json::Map::new();
        map.insert("1.5".into(), json!(1));
        assert_eq!(compact_json(&map), serde_json::to_string(&map).unwrap());
        struct FloatKey(f64);
        impl Serialize for FloatKey {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(&self.0, &())?;
                map.end()
            }
        }
        assert_eq!(compact_json(&FloatKey(0.25)), serde_json::to_string(&FloatKey(0.25)).unwrap());
        assert_eq!(compact_json(&FloatKey(1e300)), serde_json::to_string(&FloatKey(1e300)).unwrap());
        let mut layout = Layout { text: Vec::new(), depth: 0, has_value: false, levels: 0 };
        assert!(FloatKey(f64::NAN).serialize(&mut layout).is_err());
        assert!(serde_json::to_string(&FloatKey(f64::NAN)).is_err());
    }

    #[test]
    fn what_serde_json_refuses_as_a_key_is_refused() {
        let mut layout = Layout { text: Vec::new(), depth: 0, has_value: false, levels: 0 };
        let map: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(map.serialize(&mut layout).is_err());
        assert!(serde_json::to_string(&map).is_err());
        let map: BTreeMap<Option<u8>, u8> = [(None, 1)].into();
        assert!(map.serialize(&mut layout).is_err());
        assert!(serde_json::to_string(&map).is_err());
    }

    #[test]
    fn reports_are_written_as_serde_json_wrote_them() {
        use crate::fixtures::{agency_work, provider_work};
        use crate::report::{build_agency_report, build_provider_report};
        let day = crate::Date::from_ymd(2026, 11, 21).unwrap();
        let agency = build_agency_report(&agency_work(60), "2026-11-21T00:00:00Z", day);
        let provider = build_provider_report(&provider_work(), "2026-11-21T00:00:00Z", day);
        for levels in [0, INDENTED_LEVELS, usize::MAX] {
            assert_eq!(with_levels(&agency, levels, 0), reference(&agency, levels));
            assert_eq!(with_levels(&provider, levels, 0), reference(&provider, levels));
        }
    }
}
