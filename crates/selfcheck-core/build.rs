//! Packs the data files in `catalogs/` for embedding. Each is embedded written
//! compactly by serde_json (a third smaller in the wasm, and quicker to
//! read at start-up); a built-in catalog also carries the SHA-256 of its file as
//! written, which reports cite, so the app does not hash them on every start.
//! `every_builtin_catalog_is_valid` proves the packed set equal to the files read and
//! checked in full.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The built-in catalogs, in display order.
const CATALOGS: [&str; 8] = [
    "measures-2019-focus.json",
    "measures-2019-materials.json",
    "measures-2019-obligations.json",
    "convention-2023.json",
    "opinion-2014-platform.json",
    "gbt31168-2023.json",
    "gbt22239-2019-cloud.json",
    "opinion-2014-agency.json",
];

/// Other data files the core embeds.
const OTHER_DATA: [&str; 3] = ["opinion-2014-rules.json", "sources.json", CROSSWALK];
/// The built-in relations between items (`crosswalk`), whose digest reports cite.
const CROSSWALK: &str = "crosswalk.json";

/// The clause registers (`clauses/<source-id>.json`): whatever the folder holds. A
/// binding source whose file does not exist yet has an empty register (the check then
/// finds its citations missing); a file that is there must be JSON naming its source.
const CLAUSES: &str = "clauses";

fn main() {
    // Read when the script runs, not when it was compiled: a checkout moved elsewhere
    // reuses the compiled script.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let catalogs = Path::new(&manifest).join("../../catalogs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut index = String::from("/// Built-in catalogs: (file name, packed text, SHA-256 of the file as written).\n");
    index.push_str("pub const PACKED: &[(&str, &str, &str)] = &[\n");
    let mut originals = String::from("/// Built-in catalog files as written: (file name, text).\n");
    originals.push_str("pub const BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for name in CATALOGS.iter().chain(&OTHER_DATA) {
        let path = catalogs.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        std::fs::write(out.join(name), without_layout(&text)).expect("OUT_DIR is writable");
        let sha: String = Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        if *name == CROSSWALK {
            let line = format!(
                "/// SHA-256 of `catalogs/{CROSSWALK}` as written.\npub const CROSSWALK_SHA256: &str = {sha:?};\n"
            );
            std::fs::write(out.join("crosswalk_sha256.rs"), line).expect("OUT_DIR is writable");
        }
        if CATALOGS.contains(name) {
            let packed = format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))");
            writeln!(index, "    ({name:?}, {packed}, {sha:?}),").unwrap();
            writeln!(originals, "    ({name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
        }
    }
    index.push_str("];\n");
    originals.push_str("];\n");
    std::fs::write(out.join("builtin_catalogs.rs"), index + &originals).expect("OUT_DIR is writable");
    pack_clauses(&catalogs, &out);
}

/// Packs every `catalogs/clauses/*.json` into `clause_registers.rs`: (source id, packed
/// text), by file name.
fn pack_clauses(catalogs: &Path, out: &Path) {
    let folder = catalogs.join(CLAUSES);
    // A folder is watched whole (a file added or changed); until it exists, its parent.
    let watched = if folder.is_dir() { &folder } else { catalogs };
    println!("cargo::rerun-if-changed={}", watched.display());
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .map(|entry| entry.unwrap_or_else(|e| panic!("{}: {e}", folder.display())).path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => panic!("{}: {e}", folder.display()),
    };
    files.sort();
    let mut index = String::from("/// Clause registers: (source id, packed text), by file name.\n");
    index.push_str("pub const CLAUSE_FILES: &[(&str, &str)] = &[\n");
    for path in files {
        let source = path.file_stem().and_then(|s| s.to_str()).expect("a clause file has a UTF-8 name").to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        if value.get("source").and_then(|s| s.as_str()) != Some(source.as_str()) {
            panic!("{}: its \"source\" must be \"{source}\", the file's name", path.display());
        }
        let packed = format!("clauses-{source}.json");
        std::fs::write(out.join(&packed), serde_json::to_string(&value).expect("a JSON value serialises"))
            .expect("OUT_DIR is writable");
        writeln!(index, "    ({source:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{packed}\"))),").unwrap();
    }
    index.push_str("];\n");
    std::fs::write(out.join("clause_registers.rs"), index).expect("OUT_DIR is writable");
}

/// The same JSON value written compactly (keys sorted, which no reader minds).
fn without_layout(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("not JSON: {e}"));
    serde_json::to_string(&value).expect("a JSON value serialises")
}
