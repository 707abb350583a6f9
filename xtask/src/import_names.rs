//! Shortens the names the wasm imports its JavaScript functions by. wasm-bindgen names
//! each after the function and a hash (`__wbg_setAttribute_f75317b2b5cabfb4`); the name
//! is written twice, in the wasm's import section and as a key of the glue's import
//! object, and its hash compresses badly. Here each becomes `a`, `b`, … `aa`, … in both
//! places: about 10 KB less text in the single file. Pure: bytes and text in and out.

use crate::Result;

const IMPORT_SECTION: u8 = 2;
const FUNCTION_IMPORT: u8 = 0;

/// The wasm and the glue with every function import renamed, consistently.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a wasm module (version 1)".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut glue = glue.to_string();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = read_leb(wasm, at + 1)?;
        let end = body_at.checked_add(size).filter(|&end| end <= wasm.len()).ok_or("a section runs past the end")?;
        if id == IMPORT_SECTION {
            let body = rename_imports(&wasm[body_at..end], &mut glue)?;
            out.push(IMPORT_SECTION);
            write_leb(&mut out, body.len());
            out.extend(body);
        } else {
            out.extend_from_slice(&wasm[at..end]);
        }
        at = end;
    }
    Ok((out, glue))
}

/// The import section with short function names; each old name's key in the glue's
/// import object (`name: function(`) is renamed the same way.
fn rename_imports(section: &[u8], glue: &mut String) -> Result<Vec<u8>> {
    let (count, mut at) = read_leb(section, 0)?;
    let mut out = Vec::with_capacity(section.len());
    write_leb(&mut out, count);
    let mut functions = 0;
    for _ in 0..count {
        let (module, next) = read_name(section, at)?;
        let (name, next) = read_name(section, next)?;
        let desc_start = next;
        let desc_end = import_desc_end(section, desc_start)?;
        write_name(&mut out, module);
        if section[desc_start] == FUNCTION_IMPORT {
            let short = short_name(functions);
            functions += 1;
            let key = format!("{name}: function(");
            if glue.matches(&key).count() != 1 {
                return Err(format!("the glue does not define the import `{name}` exactly once"));
            }
            *glue = glue.replacen(&key, &format!("{short}: function("), 1);
            write_name(&mut out, &short);
        } else {
            write_name(&mut out, name);
        }
        out.extend_from_slice(&section[desc_start..desc_end]);
        at = desc_end;
    }
    if at != section.len() {
        return Err("the import section has bytes after its entries".into());
    }
    Ok(out)
}

/// Where an import's description ends: a function's type index, a table's, memory's or
/// global's type.
fn import_desc_end(bytes: &[u8], at: usize) -> Result<usize> {
    let kind = *bytes.get(at).ok_or("an import has no description")?;
    let limits_end = |at: usize| -> Result<usize> {
        let flags = *bytes.get(at).ok_or("truncated limits")?;
        let (_, at) = read_leb(bytes, at + 1)?;
        if flags & 1 == 1 {
            Ok(read_leb(bytes, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(read_leb(bytes, at + 1)?.1),
        1 => limits_end(at + 2),
        2 => limits_end(at + 1),
        3 => Ok(at + 3),
        other => Err(format!("unknown import kind {other}")),
    }
}

/// `a`…`z`, `A`…`Z`, then two letters and more: short, valid JS keys, never `__proto__`.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    String::from_utf8(name).expect("ASCII letters")
}

fn read_leb(bytes: &[u8], mut at: usize) -> Result<(usize, usize)> {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let byte = *bytes.get(at).ok_or("truncated LEB128 number")?;
        at += 1;
        value |= usize::from(byte & 0x7f).checked_shl(shift).ok_or("LEB128 number too large")?;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 28 {
            return Err("LEB128 number too large".into());
        }
    }
}

fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_name(bytes: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, start) = read_leb(bytes, at)?;
    let end = start.checked_add(len).filter(|&end| end <= bytes.len()).ok_or("a name runs past the end")?;
    let name = std::str::from_utf8(&bytes[start..end]).map_err(|_| "an import name is not UTF-8")?;
    Ok((name, end))
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len());
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory, with a type and a custom section.
    fn module(names: [&str; 2]) -> Vec<u8> {
        let mut imports = Vec::new();
        write_leb(&mut imports, 3);
        for name in names {
            write_name(&mut imports, "./app_bg.js");
            write_name(&mut imports, name);
            imports.extend([FUNCTION_IMPORT, 0]);
        }
        write_name(&mut imports, "env");
        write_name(&mut imports, "memory");
        imports.extend([2, 1, 1, 200, 1]); // memory, limits with a maximum (min 1, max 200)
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // type section: one () -> ()
        wasm.push(IMPORT_SECTION);
        write_leb(&mut wasm, imports.len());
        wasm.extend(imports);
        wasm.extend([0, 4, 1, b'x', 0xAA, 0xBB]); // a custom section, kept as it is
        wasm
    }

    const GLUE: &str = "const import0 = {\n        __proto__: null,\n        __wbg_alert_0123456789abcdef: function(arg0) {},\n        __wbg_log_fedcba9876543210: function() {},\n};\n";

    #[test]
    fn renames_function_imports_in_the_wasm_and_the_glue_alike() {
        let names = ["__wbg_alert_0123456789abcdef", "__wbg_log_fedcba9876543210"];
        let (wasm, glue) = shorten(&module(names), GLUE).unwrap();
        assert_eq!(wasm, module(["a", "b"]), "only the names change; the memory import keeps its own");
        assert_eq!(glue, GLUE.replace(names[0], "a").replace(names[1], "b"));
    }

    #[test]
    fn refuses_a_glue_that_does_not_match() {
        let names = ["__wbg_alert_0123456789abcdef", "__wbg_missing_0000000000000000"];
        assert!(shorten(&module(names), GLUE).unwrap_err().contains("__wbg_missing"));
        assert!(shorten(b"not wasm", GLUE).is_err());
        let mut cut = module(["__wbg_alert_0123456789abcdef", "__wbg_log_fedcba9876543210"]);
        cut.truncate(cut.len() - 12);
        assert!(shorten(&cut, GLUE).is_err(), "a truncated module is refused, not misread");
    }

    #[test]
    fn short_names_are_unique_letters() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!((names[0].as_str(), names[51].as_str(), names[52].as_str()), ("a", "Z", "aa"));
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_alphabetic())));
        assert_eq!(names.iter().collect::<std::collections::HashSet<_>>().len(), names.len());
    }
}
