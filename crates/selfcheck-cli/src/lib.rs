//! The `selfcheck` command line. Parsing (clap, the commands declared in `args.rs`, their
//! words in `texts.rs`) and dispatch live here so tests can drive it in-process;
//! `main.rs` only wires it to the real streams and the environment.

mod args;
mod catalog_cmd;
mod classify_cmd;
mod crosswalk_cmd;
mod diff_cmd;
mod docx_cmd;
mod evidence_cmd;
mod files;
mod merge_cmd;
mod sign_cmd;
mod sources_cmd;
mod texts;
mod validate_cmd;
mod xlsx_cmd;

use std::io::Write;

use clap::error::ErrorKind;
use clap::FromArgMatches;
use selfcheck_core::messages::fill_in;
use selfcheck_core::Lang;

use crate::args::{CatalogCommand, Cli, Command, EvidenceCommand, KeyCommand};
use crate::texts::T;

pub use crate::args::lang_from_env;

/// The command line's words as a table, for the check over every table of the product
/// (the app's `i18n` test runs it).
pub fn text_table() -> selfcheck_core::messages::Table {
    selfcheck_core::messages::Table { name: "cli", entries: T::entries() }
}

/// Exit status for a command line the tool does not understand.
pub const EXIT_USAGE: u8 = 2;

/// `verify`: the report is not signed.
pub const EXIT_UNSIGNED: u8 = 3;

/// `verify`: the signature is not valid (changed since it was signed, taken from another
/// report, or a signature member that could never hold).
pub const EXIT_INVALID_SIGNATURE: u8 = 4;

/// `verify --expect`: a valid signature, by a key other than the one expected.
pub const EXIT_OTHER_KEY: u8 = 5;

/// Runs one invocation and returns the process exit status, in the language `--lang`
/// asks for, else Chinese: the environment is not read (see `run_with_env`), so a test
/// driving it in-process gives the same words on any machine.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    run_with_env(args, |_| None, out, err)
}

/// Runs one invocation as `main` does: without `--lang`, the locale variables read
/// through `var` choose the language (`lang_from_env`).
pub fn run_with_env(
    args: &[String],
    var: impl Fn(&str) -> Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let lang_env = lang_from_env(var);
    // clap's help and errors come before the parsed `--lang`: look for it first.
    let lang = args::lang_in_args(args).unwrap_or(lang_env);
    let mut command = args::command(lang);
    let argv = std::iter::once("selfcheck").chain(args.iter().map(String::as_str));
    let parsed = command.try_get_matches_from_mut(argv).and_then(|matches| Cli::from_arg_matches(&matches));
    let result = match parsed {
        Ok(cli) => dispatch(cli.command, cli.lang.unwrap_or(lang), &mut command, out, err),
        Err(error) => clap_error(&error, &mut command, args, lang, out, err),
    };
    result.unwrap_or_else(|io_error| {
        let detail = io_error.to_string();
        let _ = writeln!(err, "selfcheck: {}", fill_in(T::ErrCannotWrite.text(lang), &[("detail", &detail)]));
        1
    })
}

fn dispatch(
    command: Command,
    lang: Lang,
    cli: &mut clap::Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    match command {
        Command::Classify { file, platforms } => classify_cmd::run(&file, platforms.as_deref(), lang, out, err),
        Command::Validate { report } => validate_cmd::run(&report, lang, out, err),
        Command::Catalog { command: CatalogCommand::Check { file } } => catalog_cmd::check(&file, lang, out, err),
        Command::Catalog { command: CatalogCommand::Convert { file, id, title, version, output } } => {
            let today = catalog_cmd::today();
            let head = selfcheck_core::catalog::csv_import::CatalogHeader {
                id,
                title,
                version: version.unwrap_or_else(|| today.to_string()),
                date: today,
            };
            catalog_cmd::convert(&file, head, &output, lang, out, err)
        }
        Command::Merge { base, others, output, prefer } => {
            let options = merge_cmd::MergeOptions { base, others, output, prefer: prefer.map(Into::into), lang };
            merge_cmd::run(&options, out, err)
        }
        Command::Diff { old, new, json } => diff_cmd::run(&old, &new, json, lang, out, err),
        Command::Crosswalk { check: Some(report), json, .. } => crosswalk_cmd::check(&report, json, lang, out, err),
        Command::Crosswalk { check: None, tier, level, json } => {
            let tier = tier.map_or(crosswalk_cmd::DEFAULT_TIER, Into::into);
            crosswalk_cmd::figures_of_scope(tier, level.unwrap_or(crosswalk_cmd::DEFAULT_LEVEL), json, lang, out)
        }
        Command::Evidence { command: EvidenceCommand::Verify { report, dir, json } } => {
            evidence_cmd::run(&report, &dir, json, lang, out, err)
        }
        Command::Key { command: KeyCommand::Generate { output, passphrase_file } } => {
            sign_cmd::generate(&output, passphrase_file.as_deref(), lang, out, err)
        }
        Command::Key { command: KeyCommand::Fingerprint { file, passphrase_file } } => {
            sign_cmd::fingerprint(&file, passphrase_file.as_deref(), lang, out, err)
        }
        Command::Sign { report, key, passphrase_file, output } => {
            let options = sign_cmd::SignOptions {
                report: &report,
                key: &key,
                passphrase_file: passphrase_file.as_deref(),
                output: output.as_deref(),
                lang,
            };
            sign_cmd::sign(&options, out, err)
        }
        Command::Verify { report, expect } => sign_cmd::verify(&report, expect.as_deref(), lang, out, err),
        Command::Xlsx { report, output } => xlsx_cmd::run(&report, &output, lang, out, err),
        Command::Docx { report, output, kind } => docx_cmd::run(&report, &output, kind.into(), lang, out, err),
        Command::Sources { json } => sources_cmd::print(out, lang, json).map(|_| 0),
        Command::Completions { shell } => {
            // Into memory first: clap_complete panics on a failed write (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(clap_complete::Shell::from(shell), cli, "selfcheck", &mut script);
            out.write_all(&script)?;
            Ok(0)
        }
        Command::Help { command } => {
            // `help diff` is `diff --help`: the same help, or the same error for a
            // command that does not exist.
            let asked: Vec<String> = command.into_iter().chain(["--help".to_string()]).collect();
            let argv = std::iter::once("selfcheck").chain(asked.iter().map(String::as_str));
            match cli.try_get_matches_from_mut(argv) {
                Err(error) => clap_error(&error, cli, &asked, lang, out, err),
                Ok(_) => unreachable!("--help always stops the parse"),
            }
        }
        Command::Version => version(out),
    }
}

fn version(out: &mut dyn Write) -> std::io::Result<u8> {
    writeln!(out, "selfcheck {}", selfcheck_core::VERSION)?;
    Ok(0)
}

/// What clap stopped at: help and the version on stdout (exit 0), the help asked by
/// nothing on stderr, a usage error located on stderr (exit `EXIT_USAGE`).
fn clap_error(
    error: &clap::Error,
    cli: &mut clap::Command,
    args: &[String],
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    match error.kind() {
        ErrorKind::DisplayHelp => {
            writeln!(out, "{}", error.render().to_string().trim_end())?;
            Ok(0)
        }
        ErrorKind::DisplayVersion => version(out),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            writeln!(err, "{}", error.render().to_string().trim_end())?;
            Ok(EXIT_USAGE)
        }
        _ => {
            write!(err, "{}", args::usage_error(error, cli, args, lang))?;
            Ok(EXIT_USAGE)
        }
    }
}
