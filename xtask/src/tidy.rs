//! Tests that keep the docs true (after rust-analyzer's `tidy`): every file, folder,
//! crate, macro and xtask command ARCHITECTURE.md names in backticks exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Folders that hold no source of ours: build output, installed tools, fetched packages.
const SKIPPED: [&str; 6] = ["target", ".git", ".tools", "node_modules", "dist", "sheets"];

/// Every file and folder of the project, as `/`-separated paths relative to `root`
/// (folders with a trailing `/`).
fn project_paths(root: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = path.strip_prefix(root).expect("below the root").to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                if SKIPPED.contains(&name.as_str()) || (dir != root && name == "target") {
                    continue;
                }
                out.insert(format!("{relative}/"));
                walk(root, &path, out);
            } else {
                out.insert(relative);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

/// The text between each pair of backticks.
fn quoted(markdown: &str) -> Vec<&str> {
    markdown.split('`').skip(1).step_by(2).filter(|s| !s.is_empty()).collect()
}

/// A quoted word that names a file or folder of ours: a path with a known ending, or
/// a folder (`state/`). Code (`AppState::apply`), commands and URLs are not paths.
fn as_path(word: &str) -> Option<&str> {
    const ENDINGS: [&str; 8] = [".rs", ".js", ".md", ".json", ".toml", ".html", ".css", ".csv"];
    let plain = word.chars().all(|c| c.is_ascii_alphanumeric() || "_-./*".contains(c));
    let named = ENDINGS.iter().any(|e| word.ends_with(e)) || (word.ends_with('/') && word.len() > 1);
    (plain && named && !word.starts_with("http") && !word.contains("://")).then_some(word)
}

/// Whether some project path is `pattern` or ends with `/pattern`; `*` stands for one
/// path segment.
fn exists(paths: &BTreeSet<String>, pattern: &str) -> bool {
    let wanted: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let folder = pattern.ends_with('/');
    paths.iter().any(|path| {
        if path.ends_with('/') != folder {
            return false;
        }
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        segments.len() >= wanted.len()
            && segments[segments.len() - wanted.len()..]
                .iter()
                .zip(&wanted)
                .all(|(have, want)| *want == "*" || have == want)
    })
}

fn read(root: &Path, path: &str) -> String {
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn rust_sources(root: &Path, paths: &BTreeSet<String>) -> Vec<(String, String)> {
    paths.iter().filter(|p| p.ends_with(".rs")).map(|p| (p.clone(), read(root, p))).collect()
}

fn root() -> PathBuf {
    super::project_root()
}

#[test]
fn every_path_architecture_names_exists() {
    let root = root();
    let paths = project_paths(&root);
    let doc = read(&root, "ARCHITECTURE.md");
    let missing: Vec<&str> = quoted(&doc).into_iter().filter_map(as_path).filter(|p| !exists(&paths, p)).collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md names paths that do not exist: {missing:?}");
}

#[test]
fn every_crate_architecture_names_is_a_workspace_member() {
    let root = root();
    let doc = read(&root, "ARCHITECTURE.md");
    let manifest = read(&root, "Cargo.toml");
    for name in quoted(&doc).into_iter().filter(|w| w.starts_with("selfcheck-") && !w.contains(' ')) {
        let folder = format!("crates/{name}");
        assert!(
            manifest.contains(&format!("\"{folder}\"")) && root.join(&folder).join("Cargo.toml").is_file(),
            "ARCHITECTURE.md names crate {name}, which is not a workspace member"
        );
    }
}

#[test]
fn every_macro_architecture_names_is_defined_and_used() {
    let root = root();
    let sources = rust_sources(&root, &project_paths(&root));
    let doc = read(&root, "ARCHITECTURE.md");
    for word in quoted(&doc).into_iter().filter(|w| w.ends_with('!')) {
        let name = word.trim_end_matches('!');
        let defined = sources.iter().any(|(_, text)| text.contains(&format!("macro_rules! {name} ")));
        let used = sources.iter().any(|(_, text)| {
            text.match_indices(&format!("{name}!")).any(|(at, _)| !text[..at].ends_with("macro_rules! "))
        });
        assert!(defined && used, "ARCHITECTURE.md names macro {word}: defined {defined}, used {used}");
    }
}

#[test]
fn every_xtask_command_the_docs_name_exists() {
    let root = root();
    let help = super::HELP;
    for doc in ["ARCHITECTURE.md", "README.md"] {
        let text = read(&root, doc);
        for word in quoted(&text).into_iter().filter(|w| w.starts_with("cargo xtask ")) {
            // `serve | test | dist` lists commands; `fuzz [SECONDS | --runs N]` is one with its arguments.
            let rest = &word["cargo xtask ".len()..];
            let listed = rest.split('|').all(|part| part.split_whitespace().count() == 1);
            let commands: Vec<&str> = if listed {
                rest.split('|').map(str::trim).collect()
            } else {
                rest.split_whitespace().take(1).collect()
            };
            for command in commands {
                assert!(
                    help.contains(&format!("\n    {command} ")) || help.contains(&format!("`cargo xtask {command}`")),
                    "{doc} names `cargo xtask {command}`, which xtask does not offer"
                );
            }
        }
    }
}

#[test]
fn the_checks_themselves_find_what_is_wrong() {
    let paths: BTreeSet<String> =
        ["src/", "src/state/", "src/state/keeping.rs", "crates/", "crates/a/", "crates/a/tests/"]
            .map(String::from)
            .into();
    assert!(exists(&paths, "keeping.rs") && exists(&paths, "state/keeping.rs") && exists(&paths, "state/"));
    assert!(exists(&paths, "crates/*/tests/"));
    assert!(!exists(&paths, "gone.rs") && !exists(&paths, "keeping.rs/") && !exists(&paths, "other/keeping.rs"));
    assert_eq!(as_path("AppState::apply"), None);
    assert_eq!(as_path("file://"), None);
    assert_eq!(as_path("report/load.rs"), Some("report/load.rs"));
    assert_eq!(quoted("a `b` c `d e` f"), ["b", "d e"]);
}
