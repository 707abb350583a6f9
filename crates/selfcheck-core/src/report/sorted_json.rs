//! Canonical JSON straight from the typed report, without building a `serde_json::Value`
//! tree: compact, object keys sorted (byte order) at every level. It writes exactly what
//! sorting the keys of `serde_json::to_value(x)` and printing it compactly would, at a
//! fraction of the cost; a test holds the two to the same bytes.

use serde::ser::{self, Serialize};

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Canonical bytes of `value`; a top-level key named `skip` is left out.
pub fn to_sorted_json<T: Serialize + ?Sized>(value: &T, skip: Option<&'static str>) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    value.serialize(Ser { out: &mut out, skip })?;
    Ok(out)
}

fn json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    serde_json::to_writer(out, value).map_err(|e| Error(e.to_string()))
}

struct Ser<'a> {
    out: &'a mut Vec<u8>,
    /// Only honoured by the top-level object.
    skip: Option<&'static str>,
}

impl<'a> Ser<'a> {
    fn nested(out: &'a mut Vec<u8>) -> Self {
        Ser { out, skip: None }
    }
}

pub struct Seq<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    /// Closes a `{"Variant":[` wrapper too.
    variant: bool,
}

pub struct Map<'a> {
    out: &'a mut Vec<u8>,
    entries: Vec<(String, Vec<u8>)>,
    next_key: Option<String>,
    skip: Option<&'static str>,
    variant: bool,
}

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Map<'a>;
    type SerializeStructVariant = Map<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        // As `Value`: a non-finite float is null.
        if v.is_finite() {
            json(self.out, &serde_json::Value::from(v))
        } else {
            json(self.out, &())
        }
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        json(self.out, &v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        json(self.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        json(self.out, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        json(self.out, &())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        json(self.out, &())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        json(self.out, &())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        json(self.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        json(self.out, variant)?;
        self.out.push(b':');
        value.serialize(Ser::nested(self.out))?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        self.out.push(b'[');
        Ok(Seq { out: self.out, first: true, variant: false })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Error> {
        self.out.push(b'{');
        json(self.out, variant)?;
        self.out.extend_from_slice(b":[");
        Ok(Seq { out: self.out, first: true, variant: true })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Map<'a>, Error> {
        let entries = Vec::with_capacity(len.unwrap_or(0));
        Ok(Map { out: self.out, entries, next_key: None, skip: self.skip, variant: false })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Map<'a>, Error> {
        self.out.push(b'{');
        json(self.out, variant)?;
        self.out.push(b':');
        Ok(Map { out: self.out, entries: Vec::with_capacity(len), next_key: None, skip: None, variant: true })
    }
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
        value.serialize(Ser::nested(self.out))
    }

    fn finish(self) -> Result<(), Error> {
        self.out.push(b']');
        if self.variant {
            self.out.push(b'}');
        }
        Ok(())
    }
}

macro_rules! seq_impl {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}
seq_impl!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl Map<'_> {
    fn entry<T: Serialize + ?Sized>(&mut self, key: String, value: &T) -> Result<(), Error> {
        if self.skip == Some(key.as_str()) {
            return Ok(());
        }
        let mut bytes = Vec::new();
        value.serialize(Ser::nested(&mut bytes))?;
        self.entries.push((key, bytes));
        Ok(())
    }

    fn finish(mut self) -> Result<(), Error> {
        // Stable sort, then the last of equal keys wins, as when building a `Value`.
        self.entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(String, Vec<u8>)> = Vec::with_capacity(self.entries.len());
        for entry in self.entries.drain(..) {
            match kept.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => kept.push(entry),
            }
        }
        self.entries = kept;
        self.out.push(b'{');
        for (i, (key, value)) in self.entries.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            json(self.out, key.as_str())?;
            self.out.push(b':');
            self.out.extend_from_slice(value);
        }
        self.out.push(b'}');
        if self.variant {
            self.out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys as `Value` makes them: strings stay, numbers become their text.
        self.next_key = Some(match serde_json::to_value(key).map_err(|e| Error(e.to_string()))? {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.next_key.take().ok_or_else(|| Error("value without a key".into()))?;
        self.entry(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Map<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.entry(key.to_string(), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Map<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.entry(key.to_string(), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}
