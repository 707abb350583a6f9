//! The `selfcheck` command line. Parsing and dispatch live here so tests can drive
//! it in-process; `main.rs` only wires it to the real streams.

mod catalog_cmd;
mod classify_cmd;
mod diff_cmd;
mod evidence_cmd;
mod files;
mod merge_cmd;
mod sources_cmd;
mod validate_cmd;
mod xlsx_cmd;

use std::io::Write;

use selfcheck_core::Lang;

/// Exit status for a command line the tool does not understand.
pub const EXIT_USAGE: u8 = 2;

const USAGE: &str = "\
selfcheck — 云评自查 · Cloud Security Self-Check, on the command line

USAGE:
    selfcheck <COMMAND> [OPTIONS]

COMMANDS:
    classify FILE [--platforms FILE] [--lang zh-CN|en]
                                         Classify an inventory of workloads (2014 Opinion §3), a CSV file or an
                                         Excel workbook (.xlsx): JSON on stdout; with the candidate platforms
                                         (CSV or .xlsx), each workload's platform-fit gaps too
    validate FILE.json [--lang zh-CN|en] Check a report: format, digest, and every figure recomputed from its answers
    catalog check FILE [--lang zh-CN|en] Check a catalog (JSON, a CSV sheet or a workbook): its sections, items
                                         and red lines, or every located problem
    catalog convert FILE.csv --id ID --title TITLE [--version V] -o FILE.json
                                         Turn a CSV sheet into a catalog in our JSON format
    merge BASE.json OTHER... -o OUT.json [--prefer base|other|newest] [--lang zh-CN|en]
                                         Merge returned questionnaires (JSON, or workbooks filled in Excel)
                                         or colleagues' reports into BASE: what
                                         does not conflict is applied, each conflict listed (exit 1) unless
                                         --prefer decides; answers not chosen are kept as history in OUT
    diff OLD.json NEW.json [--json] [--lang zh-CN|en]
                                         Every changed answer and figure between two reports of one role
    evidence verify REPORT.json DIR [--json] [--lang zh-CN|en]
                                         Hash every file in DIR (and below) and check each evidence
                                         fingerprint in the report: matched, changed or missing, and the
                                         files no answer names; exit 0 only when every one matches
    xlsx REPORT.json -o OUT.xlsx [--lang zh-CN|en]
                                         The report as an Excel workbook (a questionnaire's as one to fill in)
    sources [--lang zh-CN|en] [--json]   List the regulations, convention and standards the checks cite
    help                                 Show this help
    version                              Show the version

Everything runs locally; nothing is sent anywhere.
";

/// Runs one invocation and returns the process exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some((command, rest)) = args.split_first() else {
        let _ = write!(err, "{USAGE}");
        return EXIT_USAGE;
    };
    let result = match command.as_str() {
        "help" | "--help" | "-h" => write!(out, "{USAGE}").map(|_| 0),
        "version" | "--version" | "-V" => writeln!(out, "selfcheck {}", selfcheck_core::VERSION).map(|_| 0),
        "sources" => match SourcesOptions::parse(rest) {
            Ok(options) => sources_cmd::print(out, options.lang, options.json).map(|_| 0),
            Err(message) => usage_error(err, &message),
        },
        "classify" => match parse_classify(rest) {
            Ok((options, platforms)) => classify_cmd::run(&options.path, platforms.as_deref(), options.lang, out, err),
            Err(message) => usage_error(err, &message),
        },
        "validate" => match FileOptions::parse(rest, "validate needs a report: selfcheck validate FILE.json") {
            Ok(options) => validate_cmd::run(&options.path, options.lang, out, err),
            Err(message) => usage_error(err, &message),
        },
        "catalog" => match CatalogOptions::parse(rest) {
            Ok(CatalogOptions::Check { path, lang }) => catalog_cmd::check(&path, lang, out, err),
            Ok(CatalogOptions::Convert { path, head, output, lang }) => {
                catalog_cmd::convert(&path, head, &output, lang, out, err)
            }
            Err(message) => usage_error(err, &message),
        },
        "merge" => match parse_merge(rest) {
            Ok(options) => merge_cmd::run(&options, out, err),
            Err(message) => usage_error(err, &message),
        },
        "evidence" => match parse_evidence(rest) {
            Ok((report, dir, json, lang)) => evidence_cmd::run(&report, &dir, json, lang, out, err),
            Err(message) => usage_error(err, &message),
        },
        "xlsx" => match parse_xlsx(rest) {
            Ok((path, output, lang)) => xlsx_cmd::run(&path, &output, lang, out, err),
            Err(message) => usage_error(err, &message),
        },
        "diff" => match parse_diff(rest) {
            Ok((before, after, json, lang)) => diff_cmd::run(&before, &after, json, lang, out, err),
            Err(message) => usage_error(err, &message),
        },
        other => usage_error(err, &format!("unknown command {other:?}")),
    };
    result.unwrap_or_else(|io_error| {
        let _ = writeln!(err, "selfcheck: cannot write output: {io_error}");
        1
    })
}

fn usage_error(err: &mut dyn Write, message: &str) -> std::io::Result<u8> {
    writeln!(err, "selfcheck: {message}\n")?;
    write!(err, "{USAGE}")?;
    Ok(EXIT_USAGE)
}

/// A command that takes one file and an optional `--lang`.
struct FileOptions {
    path: String,
    lang: Lang,
}

impl FileOptions {
    fn parse(args: &[String], missing: &str) -> Result<Self, String> {
        let mut path = None;
        let mut lang = Lang::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            match arg.as_str() {
                "--lang" => lang = parse_lang(iter.next())?,
                other if other.starts_with("--") => return Err(format!("unexpected option {other:?}")),
                other if path.is_none() => path = Some(other.to_string()),
                other => return Err(format!("unexpected argument {other:?}")),
            }
        }
        Ok(FileOptions { path: path.ok_or(missing)?, lang })
    }
}

/// `classify FILE [--platforms FILE] [--lang L]`.
fn parse_classify(args: &[String]) -> Result<(FileOptions, Option<String>), String> {
    let (mut rest, mut platforms) = (Vec::with_capacity(args.len()), None);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--platforms" => {
                let file = iter.next().ok_or("--platforms needs a file: a CSV file or an Excel workbook (.xlsx)")?;
                if platforms.replace(file.clone()).is_some() {
                    return Err("--platforms is given twice".into());
                }
            }
            _ => rest.push(arg.clone()),
        }
    }
    let options = FileOptions::parse(&rest, "classify needs a CSV file: selfcheck classify FILE.csv")?;
    Ok((options, platforms))
}

/// `evidence verify REPORT.json DIR [--json] [--lang L]`.
fn parse_evidence(args: &[String]) -> Result<(String, String, bool, Lang), String> {
    let usage = "evidence verify needs a report and a folder: selfcheck evidence verify REPORT.json DIR";
    let Some(("verify", rest)) = args.split_first().map(|(first, rest)| (first.as_str(), rest)) else {
        return Err(usage.into());
    };
    let (mut paths, mut json, mut lang) = (Vec::new(), false, Lang::default());
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--lang" => lang = parse_lang(iter.next())?,
            "--json" => json = true,
            other if other.starts_with("--") => return Err(format!("unexpected option {other:?}")),
            other => paths.push(other.to_string()),
        }
    }
    match <[String; 2]>::try_from(paths) {
        Ok([report, dir]) => Ok((report, dir, json, lang)),
        Err(_) => Err(usage.into()),
    }
}

/// `xlsx REPORT.json -o OUT.xlsx [--lang L]`.
fn parse_xlsx(args: &[String]) -> Result<(String, String, Lang), String> {
    let (mut path, mut output, mut lang) = (None, None, Lang::default());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--lang" => lang = parse_lang(iter.next())?,
            "-o" | "--output" => output = Some(iter.next().ok_or("-o needs a file name")?.to_string()),
            other if other.starts_with('-') => return Err(format!("unexpected option {other:?}")),
            other if path.is_none() => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let usage = "xlsx needs a report and an output: selfcheck xlsx REPORT.json -o OUT.xlsx";
    Ok((path.ok_or(usage)?, output.ok_or(usage)?, lang))
}

fn parse_lang(code: Option<&String>) -> Result<Lang, String> {
    let code = code.ok_or("--lang needs a value: zh-CN or en")?;
    Lang::from_code(code).ok_or_else(|| format!("unknown language {code:?}: use zh-CN or en"))
}

struct SourcesOptions {
    lang: Lang,
    json: bool,
}

impl SourcesOptions {
    fn parse(args: &[String]) -> Result<Self, String> {
        let mut options = SourcesOptions { lang: Lang::default(), json: false };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            match arg.as_str() {
                "--json" => options.json = true,
                "--lang" => options.lang = parse_lang(iter.next())?,
                other => return Err(format!("unexpected argument {other:?}")),
            }
        }
        Ok(options)
    }
}

enum CatalogOptions {
    Check { path: String, lang: Lang },
    Convert { path: String, head: selfcheck_core::catalog::csv_import::CatalogHeader, output: String, lang: Lang },
}

impl CatalogOptions {
    fn parse(args: &[String]) -> Result<Self, String> {
        let usage = "catalog needs check FILE, or convert FILE.csv --id ID --title TITLE [--version V] -o FILE.json";
        let (sub, rest) = args.split_first().ok_or(usage)?;
        let (mut path, mut lang, mut id, mut title, mut version, mut output) =
            (None, Lang::default(), None, None, None, None);
        let mut iter = rest.iter();
        while let Some(arg) = iter.next() {
            let mut value = |name: &str| iter.next().cloned().ok_or(format!("{name} needs a value"));
            match arg.as_str() {
                "--lang" => lang = parse_lang(iter.next())?,
                "--id" if sub == "convert" => id = Some(value("--id")?),
                "--title" if sub == "convert" => title = Some(value("--title")?),
                "--version" if sub == "convert" => version = Some(value("--version")?),
                "-o" | "--output" if sub == "convert" => output = Some(value("-o")?),
                other if other.starts_with('-') => return Err(format!("unexpected option {other:?}")),
                other if path.is_none() => path = Some(other.to_string()),
                other => return Err(format!("unexpected argument {other:?}")),
            }
        }
        let path = path.ok_or(usage)?;
        match sub.as_str() {
            "check" => Ok(CatalogOptions::Check { path, lang }),
            "convert" => {
                let today = catalog_cmd::today();
                let head = selfcheck_core::catalog::csv_import::CatalogHeader {
                    id: id.ok_or("convert needs --id ID")?,
                    title: title.ok_or("convert needs --title TITLE")?,
                    version: version.unwrap_or_else(|| today.to_string()),
                    date: today,
                };
                Ok(CatalogOptions::Convert { path, head, output: output.ok_or("convert needs -o FILE.json")?, lang })
            }
            other => Err(format!("unknown catalog command {other:?}: {usage}")),
        }
    }
}

fn parse_merge(args: &[String]) -> Result<merge_cmd::MergeOptions, String> {
    let usage = "merge needs BASE.json OTHER.json... -o OUT.json";
    let (mut paths, mut output, mut prefer, mut lang) = (Vec::new(), None, None, Lang::default());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--lang" => lang = parse_lang(iter.next())?,
            "-o" | "--output" => output = Some(iter.next().ok_or("-o needs a file name")?.clone()),
            "--prefer" => {
                prefer = Some(match iter.next().map(String::as_str) {
                    Some("base") => selfcheck_core::team::Prefer::Yours,
                    Some("other") => selfcheck_core::team::Prefer::Theirs,
                    Some("newest") => selfcheck_core::team::Prefer::Newest,
                    other => return Err(format!("--prefer takes base, other or newest, not {other:?}")),
                })
            }
            other if other.starts_with('-') => return Err(format!("unexpected option {other:?}")),
            other => paths.push(other.to_string()),
        }
    }
    if paths.len() < 2 {
        return Err(usage.into());
    }
    let base = paths.remove(0);
    Ok(merge_cmd::MergeOptions { base, others: paths, output: output.ok_or(usage)?, prefer, lang })
}

fn parse_diff(args: &[String]) -> Result<(String, String, bool, Lang), String> {
    let (mut paths, mut json, mut lang) = (Vec::new(), false, Lang::default());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => lang = parse_lang(iter.next())?,
            other if other.starts_with('-') => return Err(format!("unexpected option {other:?}")),
            other => paths.push(other.to_string()),
        }
    }
    match <[String; 2]>::try_from(paths) {
        Ok([before, after]) => Ok((before, after, json, lang)),
        Err(_) => Err("diff needs two reports: selfcheck diff OLD.json NEW.json".into()),
    }
}
