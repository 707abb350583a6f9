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

/// The modules of a crate's `src/` folder, each as its path (`state::provider`) with
/// the file that holds it.
fn crate_modules(src: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(src).expect("below src").with_extension("");
                let mut segments: Vec<String> = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
                if matches!(segments.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                    segments.pop();
                }
                out.push((segments.join("::"), path));
            }
        }
    }
    out
}

/// A module's source without its unit tests, which may reach anywhere.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests").map_or(text, |at| &text[..at])
}

/// Which modules each module names (`crate::a::b`, `super::c`), as the longest path that
/// is a module; a module naming its own parent or itself is no edge.
fn module_graph(src: &Path) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let modules = crate_modules(src);
    let known: BTreeSet<&str> = modules.iter().map(|(m, _)| m.as_str()).collect();
    let mut graph = std::collections::BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let text = without_tests(&text);
        let is_folder_module = file.file_stem().is_some_and(|s| s == "mod" || s == "lib" || s == "main");
        let own: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        let parent: Vec<&str> =
            if is_folder_module { own.clone() } else { own[..own.len().saturating_sub(1)].to_vec() };
        let mut targets = BTreeSet::new();
        for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
            for (at, _) in text.match_indices(prefix) {
                if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue; // `selfcheck_core::…`, `self::super::…`
                }
                let rest = &text[at + prefix.len()..];
                let words = rest.split("::").map(|w| w.trim_start_matches('{')).take_while(|w| {
                    !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                });
                let path: Vec<&str> = base.iter().copied().chain(words).collect();
                let target = (1..=path.len()).rev().map(|k| path[..k].join("::")).find(|p| known.contains(p.as_str()));
                if let Some(target) = target {
                    let inside = module == &target || module.starts_with(&format!("{target}::"));
                    if !inside {
                        targets.insert(target);
                    }
                }
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

/// A cycle in `graph`, if any, as the modules along it.
fn find_cycle(graph: &std::collections::BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The graph between top-level modules (`components`, `pages`, `state`…).
fn top_level(
    graph: &std::collections::BTreeMap<String, BTreeSet<String>>,
) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let top = |m: &str| m.split("::").next().unwrap_or_default().to_string();
    let mut out: std::collections::BTreeMap<String, BTreeSet<String>> = std::collections::BTreeMap::new();
    for (from, targets) in graph {
        let entry = out.entry(top(from)).or_default();
        entry.extend(targets.iter().map(|t| top(t)).filter(|t| *t != top(from)));
    }
    out
}

#[test]
fn no_import_circles_between_the_app_s_or_the_core_s_modules() {
    let root = root();
    for src in ["src", "crates/selfcheck-core/src"] {
        let graph = module_graph(&root.join(src));
        assert!(graph.len() > 10, "{src}: read its modules");
        assert_eq!(find_cycle(&graph), None, "{src}: modules that import each other");
    }
    // The app is layered too: pages compose components, never the other way.
    let app = top_level(&module_graph(&root.join("src")));
    assert_eq!(find_cycle(&app), None, "src: top-level modules that import each other");
}

/// Only `platform/` touches the browser: no other module of the app names web-sys,
/// js-sys, gloo or wasm-bindgen (its executor, `wasm_bindgen_futures::spawn_local`, runs
/// futures and touches nothing), and the core depends on none of them.
#[test]
fn only_platform_touches_the_browser() {
    let root = root();
    let browser = ["web_sys", "js_sys", "gloo", "wasm_bindgen::", "wasm_bindgen;", "#[wasm_bindgen"];
    let outside: Vec<String> = rust_sources(&root, &project_paths(&root))
        .into_iter()
        .filter(|(path, _)| path.starts_with("src/") && !path.starts_with("src/platform/"))
        .filter(|(_, text)| browser.iter().any(|b| text.contains(b)))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(outside, Vec::<String>::new(), "modules outside platform/ that touch the browser");
    let core = read(&root, "crates/selfcheck-core/Cargo.toml");
    for dependency in ["web-sys", "js-sys", "wasm-bindgen", "gloo", "yew"] {
        assert!(!core.contains(dependency), "the core depends on {dependency}");
    }
}

#[test]
fn the_circle_check_sees_crate_and_super_paths() {
    let dir = std::env::temp_dir().join(format!("tidy-circles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("state")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod state;\nmod app;\n").unwrap();
    std::fs::write(dir.join("app.rs"), "use crate::state::provider::State;\n").unwrap();
    std::fs::write(dir.join("state/mod.rs"), "mod provider;\nmod view;\n").unwrap();
    std::fs::write(dir.join("state/provider.rs"), "use super::view::View;\n").unwrap();
    std::fs::write(
        dir.join("state/view.rs"),
        "use crate::state::{provider::Filter};\n#[cfg(test)]\nmod tests {\n use crate::app::X;\n}\n",
    )
    .unwrap();
    let graph = module_graph(&dir);
    assert!(graph["app"].contains("state::provider"));
    assert!(!graph["state::view"].contains("app"), "unit tests are left out");
    let cycle = find_cycle(&graph).expect("provider ↔ view");
    assert!(cycle.contains(&"state::view".to_string()) && cycle.contains(&"state::provider".to_string()), "{cycle:?}");
    std::fs::write(dir.join("state/view.rs"), "pub struct View;\n").unwrap();
    assert_eq!(find_cycle(&module_graph(&dir)), None);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The page requires Trusted Types with no policy (`single_file::content_security_policy`),
/// so a string given to an HTML or script sink throws at run time; the e2e flows catch only
/// the sinks they pass through. Here none is named at all: not in the app and its
/// first-use module (Rust), nor in the scripts inlined beside them.
#[test]
fn no_source_gives_a_string_to_an_html_or_script_sink() {
    let root = root();
    let rust = ["from_html_unchecked", "VRaw", "inner_html", "outer_html", "insert_adjacent_html", "set_srcdoc"];
    let js = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "srcdoc", "new Function", "eval("];
    let found: Vec<String> = project_paths(&root)
        .into_iter()
        .filter(|path| {
            (path.starts_with("src/") || path.starts_with("crates/selfcheck-sheets-web/src/")) && path.ends_with(".rs")
                || (path.starts_with("xtask/src/") || path.starts_with("static/")) && path.ends_with(".js")
        })
        .flat_map(|path| {
            let text = read(&root, &path);
            let sinks: &[&str] = if path.ends_with(".rs") { &rust } else { &js };
            sinks.iter().filter(|sink| text.contains(*sink)).map(|sink| format!("{path}: {sink}")).collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(found, Vec::<String>::new(), "sinks Trusted Types refuses a string in (build the DOM node by node)");
}
