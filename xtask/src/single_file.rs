//! Assembles the one-file build: the page template (index.html, shared with Trunk),
//! the CSS, the wasm (gzip, base64, in a data block) with the small script that starts
//! compiling it, and the wasm-bindgen glue inlined, plus a strict CSP whose script and
//! style hashes are computed here. Pure: text in, text out.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::Result;

const BOOT_JS: &str = include_str!("boot.js");
const WASM_START_JS: &str = include_str!("wasm_start.js");

pub struct Parts<'a> {
    /// index.html: its `<link data-trunk …>` lines are Trunk's and get replaced.
    pub template: &'a str,
    pub css: &'a str,
    /// Output of `wasm-bindgen --target web`.
    pub glue_js: &'a str,
    pub wasm: &'a [u8],
    /// A gzip inflater (fflate's gunzipSync, bundled by esbuild) for browsers without
    /// DecompressionStream: an inline script, allowed by its hash, that only defines a
    /// function running the bundle, called only there (`wasm_start.js`).
    pub inflater_js: &'a str,
    /// The Excel module, which index.html names by its loader (`static/sheets.js`,
    /// inlined by Trunk as well).
    pub sheets: Option<FeatureModule<'a>>,
}

/// A wasm module compiled only on first use: its `--target no-modules` glue, the
/// loader that instantiates it when asked, the wasm, and the Zstandard decoder that
/// unpacks it (fzstd, bundled by esbuild): defined by the script, run on first use.
pub struct FeatureModule<'a> {
    pub glue_js: &'a str,
    pub loader_js: &'a str,
    pub wasm: &'a [u8],
    pub decoder_js: &'a str,
}

/// The function the module's script defines around the decoder's bundle: it runs the
/// bundle and returns fzstd's `decompress` (`static/sheets.js` calls it on first use).
const DECODER_FUNCTION: &str = "__selfcheckZstd";

/// The inflater's script, named by its id for readers and tests (`wasm_start.js` calls the
/// function it defines, `INFLATER_FUNCTION`).
const INFLATER_SCRIPT_ID: &str = "inflate-fallback";
const INFLATER_FUNCTION: &str = "__selfcheckInflater";

/// The data block of the Excel module's wasm, found by the loader by its id.
const SHEETS_BLOCK_ID: &str = "sheets-wasm";

pub fn assemble(parts: &Parts) -> Result<String> {
    let script = build_script(parts.glue_js)?;
    check_inline_safe(&script, "</script", "script")?;
    check_inline_safe(WASM_START_JS, "</script", "wasm start script")?;
    check_inline_safe(parts.css, "</style", "CSS")?;
    let css = parts.css.trim();
    let sheets = parts.sheets.as_ref().map(feature_script).transpose()?;
    let inflater = (!parts.inflater_js.is_empty()).then(|| inflater_script(parts.inflater_js));
    if let Some(inflater) = &inflater {
        check_inline_safe(inflater, "</script", "inflater")?;
    }
    let mut scripts = vec![sha256_source(WASM_START_JS), sha256_source(&script)];
    scripts.extend(inflater.as_ref().map(|s| sha256_source(s)));
    scripts.extend(sheets.as_ref().map(|s| sha256_source(s)));
    let csp = content_security_policy(&scripts, &sha256_source(css));

    let mut html = String::with_capacity(script.len() + css.len() + parts.template.len() + 512);
    let (mut saw_charset, mut saw_css, mut saw_rust, mut saw_body_end) = (false, false, false, false);
    let mut saw_sheets = false;
    for line in parts.template.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("<link data-trunk") && trimmed.contains("rel=\"css\"") {
            html.push_str(&format!("<style>{css}</style>\n"));
            saw_css = true;
        } else if trimmed.starts_with("<link data-trunk") && trimmed.contains("rel=\"rust\"") {
            saw_rust = true;
        } else if trimmed.starts_with("<link data-trunk") && trimmed.contains("href=\"static/sheets.js\"") {
            saw_sheets = true; // its module and loader go after the app's, at the end of the body
        } else if trimmed.starts_with("<link data-trunk") {
            return Err(format!("index.html: no single-file rule for Trunk asset `{trimmed}`"));
        } else if trimmed == "</body>" {
            // The wasm, followed at once by the script that starts compiling it; the
            // module (glue and boot) runs once the page is parsed and awaits the result.
            if let Some(inflater) = &inflater {
                html.push_str(&format!("<script id=\"{INFLATER_SCRIPT_ID}\">{inflater}</script>\n"));
            }
            html.push_str(&wasm_block(&BASE64.encode(gzip(parts.wasm))));
            html.push_str(&format!("<script id=\"{APP_SCRIPT_ID}\">{script}</script>\n"));
            // The Excel module last: the page's own start never waits for it.
            if let (Some(module), Some(script)) = (&parts.sheets, &sheets) {
                let base64 = BASE64.encode(zstd(module.wasm));
                html.push_str(&format!(
                    "<script type=\"{WASM_BLOCK_TYPE}\" class=\"{MODULE_BLOCK_CLASS}\" id=\"{SHEETS_BLOCK_ID}\">{base64}</script>\n<script>{script}</script>\n"
                ));
            }
            html.push_str("</body>\n");
            saw_body_end = true;
        } else {
            html.push_str(line);
            html.push('\n');
            if trimmed.eq_ignore_ascii_case("<meta charset=\"utf-8\">") {
                html.push_str(&format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"));
                saw_charset = true;
            }
        }
    }
    if saw_sheets != parts.sheets.is_some() {
        return Err("index.html's Excel loader link and the Excel module go together".into());
    }
    for (seen, what) in [
        (saw_charset, "<meta charset=\"utf-8\">"),
        (saw_css, "the Trunk CSS link"),
        (saw_rust, "the Trunk rust link"),
        (saw_body_end, "</body> on a line of its own"),
    ] {
        if !seen {
            return Err(format!("index.html lacks {what}"));
        }
    }
    Ok(html)
}

/// The element holding the wasm, gzip-compressed, in base64. A script element of a type
/// that is not JavaScript is a data block: never run, never parsed as code, not subject
/// to `script-src`, and its text is taken verbatim (base64 has no `<`).
const WASM_BLOCK_TYPE: &str = "application/octet-stream";
const WASM_BLOCK_CLASS: &str = "wasm-gzip-base64";
/// The first-use module's block: Zstandard, in base64.
const MODULE_BLOCK_CLASS: &str = "wasm-zstd-base64";

/// The data block and the script that starts compiling it. (In parts of 96 KiB, each
/// fed in as it was read, start-up was 1.5 % sooner unthrottled and 7.5 % later with the
/// CPU slowed 4×, in 30 paired runs: one block is simpler and no slower.)
fn wasm_block(base64: &str) -> String {
    format!(
        "<script type=\"{WASM_BLOCK_TYPE}\" class=\"{WASM_BLOCK_CLASS}\">{base64}</script>\n<script>{WASM_START_JS}</script>\n"
    )
}

/// The glue turned from an ES module into plain statements (its exports are unused:
/// the boot code calls `__wbg_init` directly), then the boot code, in one async function
/// a classic script calls. A classic script runs where the parser meets it, so the app
/// starts once its wasm is compiled instead of after the whole page, the first-use
/// module's megabyte of data included, is parsed (a module script waits for that: first
/// interactive checklist 64.5 ms as a module, 54.5 as a classic script, 15 runs each).
/// Its own function scope keeps the glue's names out of the page's shared script scope.
fn build_script(glue_js: &str) -> Result<String> {
    if !glue_js.contains("async function __wbg_init(") {
        return Err("wasm-bindgen glue lacks `__wbg_init`: was it built with --target web?".into());
    }
    let mut script = String::with_capacity(glue_js.len() + BOOT_JS.len() + 64);
    // A module is strict; the glue, written as one, stays so inside the function.
    script.push_str("(async () => {\n\"use strict\";\n");
    let mut in_export_list = false;
    for line in glue_js.lines() {
        let trimmed = line.trim_start();
        if in_export_list || trimmed.starts_with("export {") {
            in_export_list = !trimmed.contains("};") && !trimmed.ends_with('}');
            continue;
        }
        if trimmed.starts_with("//") {
            continue; // comments only cost bytes (and carry URLs that are not references)
        }
        if trimmed.starts_with("import ") {
            return Err(format!("glue imports another file, impossible from file://: `{trimmed}`"));
        }
        let line = line.strip_prefix("export default ").or_else(|| line.strip_prefix("export ")).unwrap_or(line);
        // The default path of a glue called without one (never here): `import.meta` is a
        // syntax error outside a module.
        let line = line.replace(WASM_DEFAULT_PATH, "'app_bg.wasm'");
        if line.contains("import.meta") {
            return Err(format!("glue reads import.meta, which a classic script cannot: `{}`", line.trim()));
        }
        script.push_str(&line);
        script.push('\n');
    }
    script.push_str(BOOT_JS);
    script.push_str("\n})();");
    Ok(script)
}

/// How wasm-bindgen's `--target web` glue finds its wasm when not given it.
const WASM_DEFAULT_PATH: &str = "new URL('app_bg.wasm', import.meta.url)";

/// The app's script (glue and boot), named by its id for readers and tests.
pub const APP_SCRIPT_ID: &str = "app-script";

/// The inflater as a script the parser runs, defining a function that runs fflate's bundle
/// (`wasm_start.js` calls it where DecompressionStream is missing): elsewhere the bundle is
/// parsed, never run. A script the page inserted itself, from a data block's text, would be
/// refused by Trusted Types: that text is a string reaching a script sink.
fn inflater_script(bundle: &str) -> String {
    format!("globalThis.{INFLATER_FUNCTION} = function () {{\n{}\n}};", bundle.trim())
}

/// A feature module's one classic script: its glue (which declares its global), then
/// its loader.
fn feature_script(module: &FeatureModule) -> Result<String> {
    // An ES module's glue has `export` statements; a function named `key_export` is not one.
    let exports = module.glue_js.lines().any(|line| line.trim_start().starts_with("export "));
    if !module.glue_js.contains("function __wbg_init(") || exports {
        return Err("the Excel module's glue must be wasm-bindgen's --target no-modules output".into());
    }
    let decoder = format!(
        "globalThis.{DECODER_FUNCTION} = function () {{\n{}\nreturn globalThis.fzstd.decompress;\n}};",
        module.decoder_js.trim()
    );
    let script = format!("{}\n{decoder}\n{}", module.glue_js.trim_end(), module.loader_js.trim_end());
    check_inline_safe(&script, "</script", "Excel module's script")?;
    Ok(script)
}

/// Zopfli writes ordinary gzip that the browser's DecompressionStream reads, about 4 %
/// smaller than zlib's best (some 16 KB here), for about two seconds of build time.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let options = zopfli::Options { iteration_count: ZOPFLI_ITERATIONS, ..Default::default() };
    let mut packed = Vec::new();
    zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut packed).expect("gzip in memory");
    packed
}

/// The first-use module at Zstandard's highest level: 21 % smaller than zopfli's gzip
/// (2.6 MB of wasm: 852 against 1,079 KiB), decoded by fzstd in some 35 ms on first use
/// only. The app's own wasm stays gzip: the browser inflates it natively while the page
/// is read and compiles it as it streams, which start-up time needs.
fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::bulk::compress(bytes, ZSTD_LEVEL).expect("Zstandard in memory")
}

const ZSTD_LEVEL: i32 = 22;

/// More iterations gain under 0.3 % and cost seconds on every build.
const ZOPFLI_ITERATIONS: std::num::NonZeroU64 = std::num::NonZeroU64::new(5).expect("non-zero");

fn check_inline_safe(text: &str, closing: &str, what: &str) -> Result {
    if text.to_ascii_lowercase().contains(closing) {
        Err(format!("the {what} contains `{closing}` and cannot be inlined"))
    } else {
        Ok(())
    }
}

/// `'sha256-…'` source expression for inline content, as CSP computes it.
pub fn sha256_source(content: &str) -> String {
    format!("'sha256-{}'", BASE64.encode(Sha256::digest(content.as_bytes())))
}

/// Nothing may load or connect; only the inline scripts, their wasm and the one style run.
/// Trusted Types with no policy at all: no string can reach a script or HTML sink
/// (`innerHTML`, a script's text or `src`, `eval`-like calls), so the page builds its DOM
/// node by node and every script it runs is one the parser read.
pub fn content_security_policy(script_hashes: &[String], style_hash: &str) -> String {
    [
        "default-src 'none'".to_string(),
        format!("script-src {} 'wasm-unsafe-eval'", script_hashes.join(" ")),
        format!("style-src {style_hash}"),
        "img-src data: blob:".to_string(),
        "connect-src 'none'".to_string(),
        "base-uri 'none'".to_string(),
        "form-action 'none'".to_string(),
        "require-trusted-types-for 'script'".to_string(),
        "trusted-types 'none'".to_string(),
    ]
    .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n<link data-trunk rel=\"css\" href=\"static/style.css\">\n<link data-trunk rel=\"rust\" data-bin=\"app\">\n</head>\n<body>\n<div id=\"app\"></div>\n</body>\n</html>\n";
    const GLUE: &str = "let wasm;\n    // see https://example.org/\nexport function greet() {}\nasync function __wbg_init(module_or_path) { return wasm; }\nexport { initSync, __wbg_init as default };\n";

    fn parts<'a>(template: &'a str, css: &'a str, glue: &'a str) -> Parts<'a> {
        Parts { template, css, glue_js: glue, wasm: b"\0asm\x01\0\0\0", inflater_js: "", sheets: None }
    }

    /// The texts of the wasm's data blocks, in order, with what follows each block.
    fn wasm_blocks(html: &str) -> Vec<(&str, &str)> {
        let opening = format!("<script type=\"{WASM_BLOCK_TYPE}\" class=\"{WASM_BLOCK_CLASS}\"");
        html.match_indices(&opening)
            .map(|(at, _)| {
                let start = at + html[at..].find('>').unwrap() + 1;
                let end = start + html[start..].find("</script>").unwrap();
                (&html[start..end], &html[end + "</script>\n".len()..])
            })
            .collect()
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
        out
    }

    fn only_script(html: &str) -> &str {
        let opening = format!("<script id=\"{APP_SCRIPT_ID}\">");
        let start = html.find(&opening).unwrap() + opening.len();
        let end = html[start..].find("</script>").unwrap() + start;
        &html[start..end]
    }

    #[test]
    fn the_app_script_is_a_classic_script_in_its_own_function_without_import_meta() {
        let glue = format!("{GLUE}if (module_or_path === undefined) {{ module_or_path = {WASM_DEFAULT_PATH}; }}\n");
        let html = assemble(&parts(TEMPLATE, "p{}", &glue)).unwrap();
        let script = only_script(&html);
        assert!(script.starts_with("(async () => {\n\"use strict\";\n") && script.ends_with("\n})();"), "{script}");
        assert!(script.contains("module_or_path = 'app_bg.wasm';") && !script.contains("import.meta"));
        let reading = format!("{GLUE}const here = import.meta.url;\n");
        assert!(assemble(&parts(TEMPLATE, "p{}", &reading)).unwrap_err().contains("import.meta"));
    }

    #[test]
    fn inlines_everything_and_references_nothing() {
        let html = assemble(&parts(TEMPLATE, "body{margin:0}", GLUE)).unwrap();
        assert!(!html.contains("data-trunk"));
        assert!(html.contains("<style>body{margin:0}</style>"));
        assert_eq!(html.matches("<script").count(), 3, "the wasm's block, the script starting it, the module");
        assert_eq!(html.matches(&format!("<script id=\"{APP_SCRIPT_ID}\">")).count(), 1);
        assert!(!html.contains("type=\"module\""), "a classic script: it runs where the parser meets it");
        assert!(!html.contains(" src="));
        assert!(!html.contains("<link"));
        assert!(!html.contains("https://"), "comment-only lines of the glue are dropped");
        let blocks = wasm_blocks(&html);
        assert_eq!(blocks.len(), 1);
        assert!(html.find(blocks[0].0).unwrap() < html.find(&format!("<script id=\"{APP_SCRIPT_ID}\">")).unwrap());
        assert_eq!(gunzip(&BASE64.decode(blocks[0].0).unwrap()), b"\0asm\x01\0\0\0", "the wasm, gzip, in base64");
    }

    #[test]
    fn a_large_wasm_is_one_block_started_at_once() {
        // Incompressible bytes, so that the base64 is long.
        let mut state = 1u32;
        let wasm: Vec<u8> = (0..200_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state as u8
            })
            .collect();
        let html = assemble(&Parts { wasm: &wasm, ..parts(TEMPLATE, "p{}", GLUE) }).unwrap();
        let blocks = wasm_blocks(&html);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].1.starts_with(&format!("<script>{WASM_START_JS}</script>")), "started right after it");
        assert_eq!(gunzip(&BASE64.decode(blocks[0].0).unwrap()), wasm);
    }

    #[test]
    fn csp_hashes_match_the_inlined_script_and_style() {
        let html = assemble(&parts(TEMPLATE, "body{margin:0}\n", GLUE)).unwrap();
        let start = html.find("<script>").unwrap() + "<script>".len();
        let wasm_start = &html[start..start + html[start..].find("</script>").unwrap()];
        assert_eq!(wasm_start, WASM_START_JS);
        let script_hashes = [sha256_source(wasm_start), sha256_source(only_script(&html))];
        let style_hash = sha256_source("body{margin:0}");
        let csp = content_security_policy(&script_hashes, &style_hash);
        assert!(html.contains(&format!("content=\"{csp}\"")));
        for directive in
            ["default-src 'none'", "'wasm-unsafe-eval'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'"]
        {
            assert!(csp.contains(directive), "{directive}");
        }
    }

    #[test]
    fn csp_requires_trusted_types_and_allows_no_policy() {
        let csp = content_security_policy(&[sha256_source("x")], &sha256_source("p{}"));
        let directives: Vec<&str> = csp.split("; ").collect();
        assert!(directives.contains(&"require-trusted-types-for 'script'"), "{csp}");
        assert!(directives.contains(&"trusted-types 'none'"), "no policy may be created, not even a default: {csp}");
        assert_eq!(directives.iter().filter(|d| d.starts_with("trusted-types")).count(), 1, "{csp}");
        assert!(!csp.contains("'allow-duplicates'") && !csp.contains("'unsafe-eval'"), "{csp}");
    }

    #[test]
    fn csp_meta_comes_before_any_script_or_style() {
        let html = assemble(&parts(TEMPLATE, "p{}", GLUE)).unwrap();
        let csp_at = html.find("Content-Security-Policy").unwrap();
        assert!(csp_at < html.find("<style>").unwrap());
        assert!(csp_at < html.find("<script").unwrap());
    }

    #[test]
    fn module_exports_become_plain_statements() {
        let html = assemble(&parts(TEMPLATE, "p{}", GLUE)).unwrap();
        let script = only_script(&html);
        assert!(!script.lines().any(|l| l.trim_start().starts_with("export")));
        assert!(script.contains("function greet() {}"));
        assert!(script.contains("await __wbg_init({ module_or_path: await globalThis.__selfcheckWasm })"));
        let (block, starter) = (html.find(WASM_BLOCK_CLASS).unwrap(), html.find("<script>").unwrap());
        assert!(
            block < starter && starter < html.find(&format!("<script id=\"{APP_SCRIPT_ID}\">")).unwrap(),
            "data, starter, the app's script"
        );
    }

    #[test]
    fn the_excel_module_comes_last_and_its_script_is_allowed_by_hash() {
        let template =
            TEMPLATE.replace("</body>", "<link data-trunk rel=\"inline\" href=\"static/sheets.js\">\n</body>");
        let glue = "let selfcheckSheets = (function(exports) { function __wbg_init(m) {} })({});";
        let sheets = FeatureModule {
            glue_js: glue,
            loader_js: "globalThis.__selfcheckSheets = () => 1;",
            wasm: b"\0asm",
            decoder_js: "self.fzstd={decompress:x=>x};",
        };
        let html = assemble(&Parts { sheets: Some(sheets), ..parts(&template, "p{}", GLUE) }).unwrap();
        assert!(!html.contains("data-trunk"));
        let block = html.find("id=\"sheets-wasm\"").unwrap();
        assert!(html.find(&format!("<script id=\"{APP_SCRIPT_ID}\">")).unwrap() < block, "after the app's own scripts");
        let start = block + html[block..].find("<script>").unwrap() + "<script>".len();
        let script = &html[start..start + html[start..].find("</script>").unwrap()];
        assert!(script.starts_with(glue) && script.ends_with("globalThis.__selfcheckSheets = () => 1;"));
        // The decoder is defined, not run: the loader calls it on first use.
        assert!(script.contains(&format!("globalThis.{DECODER_FUNCTION} = function () {{\nself.fzstd=")));
        assert!(include_str!("../../static/sheets.js").contains(&format!("globalThis.{DECODER_FUNCTION}()")));
        // The block is Zstandard (its magic number), in base64.
        let opening = format!("class=\"{MODULE_BLOCK_CLASS}\" id=\"sheets-wasm\">");
        let data = &html[html.find(&opening).unwrap() + opening.len()..];
        let packed = BASE64.decode(&data[..data.find('<').unwrap()]).unwrap();
        assert_eq!(&packed[..4], [0x28, 0xb5, 0x2f, 0xfd]);
        assert_eq!(zstd::bulk::decompress(&packed, 1024).unwrap(), b"\0asm");
        assert!(html.contains(&sha256_source(script)), "the CSP allows it by its hash");
        assert!(assemble(&parts(&template, "p{}", GLUE)).unwrap_err().contains("Excel"), "a loader without its module");
    }

    #[test]
    fn the_inflater_is_a_parsed_script_before_the_wasm_that_runs_nothing_until_called() {
        let inflater = "!function(){self.fflate={}}();";
        let html = assemble(&Parts { inflater_js: inflater, ..parts(TEMPLATE, "p{}", GLUE) }).unwrap();
        let opening = format!("<script id=\"{INFLATER_SCRIPT_ID}\">");
        let start = html.find(&opening).unwrap() + opening.len();
        let script = &html[start..start + html[start..].find("</script>").unwrap()];
        assert!(start < html.find(WASM_BLOCK_CLASS).unwrap(), "there before the start script needs it");
        // Only a function is defined; the bundle runs when `wasm_start.js` calls it.
        assert_eq!(script, format!("globalThis.{INFLATER_FUNCTION} = function () {{\n{inflater}\n}};"));
        assert!(WASM_START_JS.contains(&format!("globalThis.{INFLATER_FUNCTION}()")), "the start script calls it");
        assert!(html.contains(&sha256_source(script)), "the CSP allows it by its hash");
        assert!(!html.contains("text/plain"), "no script text is taken from a data block (Trusted Types refuses it)");
        assert_eq!(html.matches("<script").count(), 4, "the inflater, the wasm's block, its starter, the module");
        assert!(assemble(&Parts { inflater_js: "x</script>", ..parts(TEMPLATE, "p{}", GLUE) }).is_err());
    }

    #[test]
    fn refuses_what_cannot_work_offline() {
        let importing = format!("import * as x from './snippets/a.js';\n{GLUE}");
        assert!(assemble(&parts(TEMPLATE, "p{}", &importing)).unwrap_err().contains("imports"));
        assert!(assemble(&parts(TEMPLATE, "p{}", "let x;")).unwrap_err().contains("__wbg_init"));
        assert!(assemble(&parts(TEMPLATE, "p{content:'</style>'}", GLUE)).is_err());
        let extra_asset = TEMPLATE.replace("</head>", "<link data-trunk rel=\"copy-dir\" href=\"x\">\n</head>");
        assert!(assemble(&parts(&extra_asset, "p{}", GLUE)).unwrap_err().contains("copy-dir"));
        let no_body = TEMPLATE.replace("</body>\n", "");
        assert!(assemble(&parts(&no_body, "p{}", GLUE)).unwrap_err().contains("</body>"));
    }
}
