//! The command line, declared once: every command and option is a variant or a field
//! below (clap's derive), and every word the help shows comes from the bilingual table
//! (`texts.rs`), set on the built command for the language chosen before parsing
//! (`command`). clap's own errors are worded here too (`usage_error`), so help,
//! messages and output are in one language.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, Parser, Subcommand, ValueEnum};
use selfcheck_core::messages::{fill_in, list_separator};
use selfcheck_core::Lang;

use crate::texts::T;

#[derive(Debug, Parser)]
#[command(
    name = "selfcheck",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    arg_required_else_help = true
)]
pub struct Cli {
    /// The language asked for (`None`: the environment decides).
    #[arg(long, global = true, value_name = "zh-CN|en", value_parser = LangParser, hide_possible_values = true)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Classify {
        #[arg(value_name = "FILE")]
        file: String,
        #[arg(long, value_name = "FILE")]
        platforms: Option<String>,
    },
    Validate {
        #[arg(value_name = "FILE.json")]
        report: String,
    },
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    Merge {
        #[arg(value_name = "BASE.json")]
        base: String,
        #[arg(value_name = "OTHER", required = true)]
        others: Vec<String>,
        #[arg(short = 'o', long = "output", value_name = "OUT.json")]
        output: String,
        #[arg(long, value_name = "base|other|newest", hide_possible_values = true)]
        prefer: Option<PreferArg>,
    },
    Diff {
        #[arg(value_name = "OLD.json")]
        old: String,
        #[arg(value_name = "NEW.json")]
        new: String,
        #[arg(long)]
        json: bool,
    },
    Crosswalk {
        #[arg(long, value_name = "general|enhanced", hide_possible_values = true, conflicts_with = "check")]
        tier: Option<TierArg>,
        #[arg(long, value_name = "1-4", value_parser = LevelParser, hide_possible_values = true, conflicts_with = "check")]
        level: Option<u8>,
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "REPORT.json")]
        check: Option<String>,
    },
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Evidence {
        #[command(subcommand)]
        command: EvidenceCommand,
    },
    #[command(subcommand_required = true, arg_required_else_help = true)]
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
    Sign {
        #[arg(value_name = "REPORT.json")]
        report: String,
        #[arg(long, value_name = "KEY.pem", required = true)]
        key: String,
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<String>,
        #[arg(short = 'o', long = "output", value_name = "OUT.json")]
        output: Option<String>,
    },
    Verify {
        #[arg(value_name = "REPORT.json")]
        report: String,
        #[arg(long, value_name = "FINGERPRINT", value_parser = FingerprintParser)]
        expect: Option<String>,
    },
    Xlsx {
        #[arg(value_name = "REPORT.json")]
        report: String,
        #[arg(short = 'o', long = "output", value_name = "OUT.xlsx")]
        output: String,
    },
    Docx {
        #[arg(value_name = "REPORT.json")]
        report: String,
        #[arg(short = 'o', long = "output", value_name = "OUT.docx")]
        output: String,
        #[arg(long, value_name = "report|plan", hide_possible_values = true, default_value = "report")]
        kind: KindArg,
    },
    Sources {
        #[arg(long)]
        json: bool,
    },
    Completions {
        #[arg(value_name = "bash|zsh|fish", hide_possible_values = true)]
        shell: Shell,
    },
    Help {
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
    Version,
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    Check {
        #[arg(value_name = "FILE")]
        file: String,
    },
    Convert {
        #[arg(value_name = "FILE.csv")]
        file: String,
        #[arg(long, value_name = "ID")]
        id: String,
        #[arg(long, value_name = "TITLE")]
        title: String,
        #[arg(long, value_name = "V")]
        version: Option<String>,
        #[arg(short = 'o', long = "output", value_name = "FILE.json")]
        output: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    Verify {
        #[arg(value_name = "REPORT.json")]
        report: String,
        #[arg(value_name = "DIR")]
        dir: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    Generate {
        #[arg(short = 'o', long = "output", value_name = "KEY.pem", required = true)]
        output: String,
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<String>,
    },
    Fingerprint {
        #[arg(value_name = "KEY.pem")]
        file: String,
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<String>,
    },
}

/// `merge --prefer`: whose answer a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PreferArg {
    Base,
    Other,
    Newest,
}

impl From<PreferArg> for selfcheck_core::team::merge::Prefer {
    fn from(prefer: PreferArg) -> Self {
        use selfcheck_core::team::merge::Prefer;
        match prefer {
            PreferArg::Base => Prefer::Yours,
            PreferArg::Other => Prefer::Theirs,
            PreferArg::Newest => Prefer::Newest,
        }
    }
}

/// `docx --kind`: the report of the report's role, or a provider's remediation plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Report,
    Plan,
}

impl From<KindArg> for selfcheck_docx::Kind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Report => selfcheck_docx::Kind::Report,
            KindArg::Plan => selfcheck_docx::Kind::Plan,
        }
    }
}

/// `crosswalk --tier`: the capability tier sought (GB/T 31168).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TierArg {
    General,
    Enhanced,
}

impl From<TierArg> for selfcheck_core::profile::CapabilityTier {
    fn from(tier: TierArg) -> Self {
        use selfcheck_core::profile::CapabilityTier;
        match tier {
            TierArg::General => CapabilityTier::General,
            TierArg::Enhanced => CapabilityTier::Enhanced,
        }
    }
}

/// `crosswalk --level`: a 等级保护 level, 1 to 4; the four are offered to shells'
/// completion and named when another value is given.
#[derive(Clone)]
struct LevelParser;

impl TypedValueParser for LevelParser {
    type Value = u8;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&Arg>, value: &OsStr) -> Result<u8, clap::Error> {
        value.to_str().and_then(|v| v.parse::<u8>().ok()).filter(|level| (1..=4).contains(level)).ok_or_else(|| {
            let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            let name = arg.map_or_else(|| "--level".to_string(), |arg| arg.to_string());
            error.insert(ContextKind::InvalidArg, ContextValue::String(name));
            error.insert(ContextKind::InvalidValue, ContextValue::String(value.to_string_lossy().into_owned()));
            error.insert(ContextKind::ValidValue, ContextValue::Strings(LEVELS.map(String::from).to_vec()));
            error
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(LEVELS.into_iter().map(PossibleValue::new)))
    }
}

const LEVELS: [&str; 4] = ["1", "2", "3", "4"];

/// The shells `completions` writes a script for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl From<Shell> for clap_complete::Shell {
    fn from(shell: Shell) -> Self {
        match shell {
            Shell::Bash => clap_complete::Shell::Bash,
            Shell::Zsh => clap_complete::Shell::Zsh,
            Shell::Fish => clap_complete::Shell::Fish,
        }
    }
}

/// `--lang`: what `Lang::from_code` takes (zh-CN, zh, en, en-…, any case); zh-CN and en
/// are offered to shells' completion.
#[derive(Clone)]
struct LangParser;

impl TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&Arg>, value: &OsStr) -> Result<Lang, clap::Error> {
        value.to_str().and_then(Lang::from_code).ok_or_else(|| {
            let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            let name = arg.map_or_else(|| "--lang".to_string(), |arg| arg.to_string());
            error.insert(ContextKind::InvalidArg, ContextValue::String(name));
            error.insert(ContextKind::InvalidValue, ContextValue::String(value.to_string_lossy().into_owned()));
            let valid = Lang::ALL.iter().map(|lang| lang.code().to_string()).collect();
            error.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
            error
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Lang::ALL.iter().map(|lang| PossibleValue::new(lang.code()))))
    }
}

/// `verify --expect`: a key's fingerprint as typed from a printed cover (spaces, colons,
/// dashes, upper case, full-width forms), in its written form.
#[derive(Clone)]
struct FingerprintParser;

impl TypedValueParser for FingerprintParser {
    type Value = String;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&Arg>, value: &OsStr) -> Result<String, clap::Error> {
        value.to_str().and_then(selfcheck_sign::normalize_fingerprint).ok_or_else(|| {
            let mut error = clap::Error::new(ErrorKind::ValueValidation).with_cmd(cmd);
            let name = arg.map_or_else(|| "--expect".to_string(), |arg| arg.to_string());
            error.insert(ContextKind::InvalidArg, ContextValue::String(name));
            error.insert(ContextKind::InvalidValue, ContextValue::String(value.to_string_lossy().into_owned()));
            error
        })
    }
}

/// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that has a value decides, Chinese if it starts with `zh`, English otherwise; none
/// set (or all empty) gives Chinese, the tool's default.
pub fn lang_from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        match var(name) {
            Some(value) if !value.is_empty() => {
                return if value.to_ascii_lowercase().starts_with("zh") { Lang::ZhCn } else { Lang::En };
            }
            _ => {}
        }
    }
    Lang::ZhCn
}

/// The first valid `--lang` among the arguments (before a `--`), read before clap
/// parses so that clap's help and errors can be in that language.
pub fn lang_in_args(args: &[String]) -> Option<Lang> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let value = match arg.as_str() {
            "--" => return None,
            "--lang" => iter.next().map(String::as_str),
            other => other.strip_prefix("--lang="),
        };
        if let Some(lang) = value.and_then(Lang::from_code) {
            return Some(lang);
        }
    }
    None
}

/// Where the options every command has are listed: after the command's own.
const LAST: usize = 1000;

/// The full command, its help in `lang`, built (bin names and global options carried
/// down to every command).
pub fn command(lang: Lang) -> clap::Command {
    let root = Cli::command()
        .version(selfcheck_core::VERSION)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).display_order(LAST))
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).global(true).display_order(LAST + 1))
        .mut_arg("lang", |arg| arg.display_order(LAST));
    let mut root = localize(root, "", lang);
    root.build();
    words_of_usage(root, lang)
}

/// Sets every command's description, every argument's and the help's layout in `lang`,
/// from the table; `path` is the command's place ("", "catalog", "catalog check").
fn localize(mut cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    if let Some(about) = about(path) {
        cmd = cmd.about(about.text(lang));
    }
    if let Some(after) = after(path) {
        cmd = cmd.after_help(after.text(lang));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|arg| arg.get_id().to_string()).collect();
    for id in ids {
        if let Some(help) = arg_help(path, &id) {
            cmd = cmd.mut_arg(id, |arg| arg.help(help.text(lang)));
        }
    }
    let template = template(&cmd, lang);
    cmd = cmd.help_template(template);
    let names: Vec<String> = cmd.get_subcommands().map(|sub| sub.get_name().to_string()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        cmd = cmd.mut_subcommand(name, |sub| localize(sub, &sub_path, lang));
    }
    cmd
}

/// The help's layout with the headings in `lang` (clap's own are English), each part
/// only where the command has it; every command has options (`--help`, `--lang`).
fn template(cmd: &clap::Command, lang: Lang) -> String {
    let heading = |key: T| key.text(lang);
    let mut template = format!("{{about-with-newline}}\n{}{}{{usage}}\n", heading(T::HeadingUsage), space(lang));
    if cmd.has_subcommands() {
        template.push_str(&format!("\n{}\n{{subcommands}}\n", heading(T::HeadingCommands)));
    }
    if cmd.get_positionals().next().is_some() {
        template.push_str(&format!("\n{}\n{{positionals}}\n", heading(T::HeadingArguments)));
    }
    template.push_str(&format!("\n{}\n{{options}}{{after-help}}", heading(T::HeadingOptions)));
    template
}

/// What follows a heading or a label on its line: a space in English, none after a
/// Chinese full-width colon.
fn space(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "",
        Lang::En => " ",
    }
}

/// Every usage line with clap's placeholders in `lang` (`[OPTIONS]`, `<COMMAND>`), the
/// command being built so each line names its whole path.
fn words_of_usage(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang != Lang::En {
        let usage = usage_of(&mut cmd)
            .replace("[OPTIONS]", T::PlaceholderOptions.text(lang))
            .replace("<COMMAND>", T::PlaceholderCommand.text(lang));
        cmd = cmd.override_usage(usage);
    }
    let names: Vec<String> = cmd.get_subcommands().map(|sub| sub.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| words_of_usage(sub, lang));
    }
    cmd
}

/// A command's usage line(s), without clap's English title.
fn usage_of(cmd: &mut clap::Command) -> String {
    let usage = cmd.render_usage().to_string();
    usage.strip_prefix("Usage: ").unwrap_or(&usage).trim_end().to_string()
}

fn about(path: &str) -> Option<T> {
    Some(match path {
        "" => T::RootAbout,
        "classify" => T::ClassifyAbout,
        "validate" => T::ValidateAbout,
        "catalog" => T::CatalogAbout,
        "catalog check" => T::CatalogCheckAbout,
        "catalog convert" => T::CatalogConvertAbout,
        "merge" => T::MergeAbout,
        "diff" => T::DiffAbout,
        "crosswalk" => T::CrosswalkAbout,
        "evidence" => T::EvidenceAbout,
        "evidence verify" => T::EvidenceVerifyAbout,
        "key" => T::KeyAbout,
        "key generate" => T::KeyGenerateAbout,
        "key fingerprint" => T::KeyFingerprintAbout,
        "sign" => T::SignAbout,
        "verify" => T::VerifyAbout,
        "xlsx" => T::XlsxAbout,
        "docx" => T::DocxAbout,
        "sources" => T::SourcesAbout,
        "completions" => T::CompletionsAbout,
        "help" => T::HelpAbout,
        "version" => T::VersionAbout,
        _ => return None,
    })
}

fn after(path: &str) -> Option<T> {
    Some(match path {
        "" => T::RootAfter,
        "classify" => T::ClassifyAfter,
        "validate" => T::ValidateAfter,
        "merge" => T::MergeAfter,
        "diff" => T::DiffAfter,
        "crosswalk" => T::CrosswalkAfter,
        "evidence verify" => T::EvidenceVerifyAfter,
        "key generate" => T::KeyGenerateAfter,
        "key fingerprint" => T::KeyFingerprintAfter,
        "sign" => T::SignAfter,
        "verify" => T::VerifyAfter,
        "completions" => T::CompletionsAfter,
        _ => return None,
    })
}

/// What a command needs, said when clap finds a required argument missing.
fn needs(path: &str) -> Option<T> {
    Some(match path {
        "classify" => T::ClassifyNeeds,
        "validate" => T::ValidateNeeds,
        "catalog check" => T::CatalogCheckNeeds,
        "catalog convert" => T::CatalogConvertNeeds,
        "merge" => T::MergeNeeds,
        "diff" => T::DiffNeeds,
        "evidence verify" => T::EvidenceVerifyNeeds,
        "key generate" => T::KeyGenerateNeeds,
        "key fingerprint" => T::KeyFingerprintNeeds,
        "sign" => T::SignNeeds,
        "verify" => T::VerifyNeeds,
        "xlsx" => T::XlsxNeeds,
        "docx" => T::DocxNeeds,
        "completions" => T::CompletionsNeeds,
        _ => return None,
    })
}

fn arg_help(path: &str, id: &str) -> Option<T> {
    Some(match (path, id) {
        (_, "help") => T::ArgHelp,
        (_, "lang") => T::ArgLang,
        ("", "version") => T::ArgVersion,
        ("classify", "file") => T::ClassifyFile,
        ("classify", "platforms") => T::ClassifyPlatforms,
        ("validate", "report") => T::ValidateReport,
        ("catalog check", "file") => T::CatalogCheckFile,
        ("catalog convert", "file") => T::CatalogConvertFile,
        ("catalog convert", "id") => T::CatalogConvertId,
        ("catalog convert", "title") => T::CatalogConvertTitle,
        ("catalog convert", "version") => T::CatalogConvertVersion,
        ("catalog convert", "output") => T::CatalogConvertOutput,
        ("merge", "base") => T::MergeBase,
        ("merge", "others") => T::MergeOthers,
        ("merge", "output") => T::MergeOutput,
        ("merge", "prefer") => T::MergePrefer,
        ("diff", "old") => T::DiffOld,
        ("diff", "new") => T::DiffNew,
        ("diff", "json") => T::DiffJson,
        ("crosswalk", "tier") => T::CrosswalkTier,
        ("crosswalk", "level") => T::CrosswalkLevel,
        ("crosswalk", "json") => T::CrosswalkJson,
        ("crosswalk", "check") => T::CrosswalkCheck,
        ("evidence verify", "report") => T::EvidenceVerifyReport,
        ("evidence verify", "dir") => T::EvidenceVerifyDir,
        ("evidence verify", "json") => T::EvidenceVerifyJson,
        ("key generate", "output") => T::KeyGenerateOutput,
        ("key generate", "passphrase_file") => T::KeyGeneratePassphraseFile,
        ("key fingerprint", "file") => T::KeyFingerprintFile,
        ("key fingerprint", "passphrase_file") => T::KeyPassphraseFile,
        ("sign", "report") => T::SignReport,
        ("sign", "key") => T::SignKey,
        ("sign", "passphrase_file") => T::KeyPassphraseFile,
        ("sign", "output") => T::SignOutput,
        ("verify", "report") => T::VerifyReport,
        ("verify", "expect") => T::VerifyExpect,
        ("xlsx", "report") => T::XlsxReport,
        ("xlsx", "output") => T::XlsxOutput,
        ("docx", "report") => T::DocxReport,
        ("docx", "output") => T::DocxOutput,
        ("docx", "kind") => T::DocxKind,
        ("sources", "json") => T::SourcesJson,
        ("completions", "shell") => T::CompletionsShell,
        ("help", "command") => T::HelpCommand,
        _ => return None,
    })
}

/// The commands named in `args`, in order ("catalog", "check"), as far as they name
/// commands of `cmd`: where an error is located.
pub fn command_path(cmd: &clap::Command, args: &[String]) -> Vec<String> {
    let (mut path, mut current) = (Vec::new(), cmd);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--" => break,
            "--lang" => {
                iter.next();
            }
            option if option.starts_with('-') => {}
            name => match current.find_subcommand(name) {
                Some(sub) => {
                    path.push(sub.get_name().to_string());
                    current = sub;
                }
                None => break,
            },
        }
    }
    path
}

/// The command at `path` (the root if it names none).
pub fn find<'c>(cmd: &'c mut clap::Command, path: &[String]) -> &'c mut clap::Command {
    match path.split_first() {
        Some((name, rest)) if cmd.find_subcommand(name).is_some() => {
            find(cmd.find_subcommand_mut(name).expect("just found"), rest)
        }
        _ => cmd,
    }
}

/// clap's error `error` (not a help or a version) in `lang`: which command, what is
/// wrong with which argument, the command's usage and where its help is.
pub fn usage_error(error: &clap::Error, cmd: &mut clap::Command, args: &[String], lang: Lang) -> String {
    let path = command_path(cmd, args);
    let located = std::iter::once("selfcheck").chain(path.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
    let message = describe(error, &path.join(" "), args, lang);
    let usage = usage_of(find(cmd, &path));
    format!(
        "{located}: {message}\n\n{}{}{usage}\n{}{}{located} --help\n",
        T::HeadingUsage.text(lang),
        space(lang),
        T::ErrMoreHelp.text(lang),
        space(lang),
    )
}

fn describe(error: &clap::Error, path: &str, args: &[String], lang: Lang) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        _ => None,
    };
    let texts = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(texts)) => texts.clone(),
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::StyledStrs(texts)) => texts.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let fill = |key: T, values: &[(&str, &str)]| fill_in(key.text(lang), values);
    let option = text(ContextKind::InvalidArg).map(|arg| option_name(&arg));
    let suggested = |message: String| {
        let suggestion = text(ContextKind::SuggestedArg)
            .or_else(|| texts(ContextKind::SuggestedSubcommand).into_iter().next())
            .or_else(|| text(ContextKind::SuggestedValue));
        match suggestion {
            Some(name) => format!("{message}{}{}", separator(lang), fill(T::ErrDidYouMean, &[("name", &name)])),
            None => message,
        }
    };
    match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            suggested(fill(T::ErrUnknownCommand, &[("name", &name)]))
        }
        ErrorKind::UnknownArgument => {
            let name = option.clone().unwrap_or_default();
            // After `--` nothing is an option: `-x` there is one argument too many.
            let after_dashes = args.iter().skip_while(|arg| *arg != "--").any(|arg| *arg == name);
            let key =
                if name.starts_with('-') && !after_dashes { T::ErrUnknownOption } else { T::ErrUnexpectedArgument };
            let message = suggested(fill(key, &[("name", &name)]));
            match error.get(ContextKind::TrailingArg) {
                Some(ContextValue::Bool(true)) => format!("{message}{}{}", separator(lang), T::ErrAsValue.text(lang)),
                _ => message,
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let placeholder = text(ContextKind::InvalidArg)
                .and_then(|arg| Some(arg.split_once('<')?.1.trim_end_matches('>').to_string()));
            let option = option.unwrap_or_default();
            let values = or_list(&texts(ContextKind::ValidValue), lang);
            match (value.is_empty(), values.is_empty()) {
                // A file's placeholder is FILE, DIR or a name with its extension.
                (true, true) if placeholder.is_some_and(|p| p.ends_with("FILE") || p == "DIR" || p.contains('.')) => {
                    fill(T::ErrNeedsFile, &[("option", &option)])
                }
                (true, true) => fill(T::ErrNeedsValue, &[("option", &option)]),
                (true, false) => fill(T::ErrNeedsOneOf, &[("option", &option), ("values", &values)]),
                (false, true) => fill(T::ErrNotAValue, &[("option", &option), ("value", &value)]),
                (false, false) => {
                    suggested(fill(T::ErrInvalidValue, &[("option", &option), ("values", &values), ("value", &value)]))
                }
            }
        }
        ErrorKind::ArgumentConflict => {
            let option = option.unwrap_or_default();
            let other = texts(ContextKind::PriorArg).first().map(|arg| option_name(arg)).unwrap_or_default();
            if other.is_empty() || other == option {
                fill(T::ErrTwice, &[("option", &option)])
            } else {
                fill(T::ErrConflict, &[("option", &option), ("other", &other)])
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = texts(ContextKind::InvalidArg).join(list_separator(lang));
            let needs = needs(path).map_or_else(String::new, |needs| needs.text(lang).to_string());
            fill(T::ErrMissing, &[("needs", &needs), ("missing", &missing)]).trim_start().to_string()
        }
        ErrorKind::MissingSubcommand => {
            let command = if path.is_empty() { "selfcheck" } else { path };
            let commands = or_list(&texts(ContextKind::ValidSubcommand), lang);
            fill(T::ErrNeedsCommand, &[("command", command), ("commands", &commands)])
        }
        ErrorKind::TooManyValues => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            fill(T::ErrUnexpectedArgument, &[("name", &value)])
        }
        ErrorKind::InvalidUtf8 => T::ErrNotUtf8.text(lang).to_string(),
        _ => T::ErrNotUnderstood.text(lang).to_string(),
    }
}

/// `--prefer <base|other|newest>` → `--prefer`: the option as typed, without its value's
/// placeholder (a positional keeps its `<NAME>`).
fn option_name(arg: &str) -> String {
    if arg.starts_with('-') {
        arg.split([' ', '=']).next().unwrap_or(arg).to_string()
    } else {
        arg.to_string()
    }
}

/// What separates a message from the clause that follows it.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "；",
        Lang::En => "; ",
    }
}

/// "a, b or c" / "a、b 或 c".
fn or_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(list_separator(lang)), T::Or.text(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'p>(pairs: &'p [(&'p str, &'p str)]) -> impl Fn(&str) -> Option<String> + 'p {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_environment_chooses_the_language_in_order() {
        assert_eq!(lang_from_env(env(&[])), Lang::ZhCn, "nothing set: Chinese, the default");
        assert_eq!(lang_from_env(env(&[("LANG", "zh_CN.UTF-8")])), Lang::ZhCn);
        assert_eq!(lang_from_env(env(&[("LANG", "zh_TW.UTF-8")])), Lang::ZhCn);
        assert_eq!(lang_from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(lang_from_env(env(&[("LANG", "C.UTF-8")])), Lang::En, "any other value: English");
        assert_eq!(lang_from_env(env(&[("LANG", "")])), Lang::ZhCn, "empty is unset");
        assert_eq!(lang_from_env(env(&[("LC_MESSAGES", "en_GB"), ("LANG", "zh_CN.UTF-8")])), Lang::En);
        assert_eq!(lang_from_env(env(&[("LC_ALL", "zh_CN.UTF-8"), ("LC_MESSAGES", "en_GB")])), Lang::ZhCn);
        assert_eq!(lang_from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN"), ("LANG", "C")])), Lang::ZhCn);
    }

    #[test]
    fn the_language_is_found_in_the_arguments_before_parsing() {
        let args = |list: &[&str]| list.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        assert_eq!(lang_in_args(&args(&["diff", "a", "b", "--lang", "en"])), Some(Lang::En));
        assert_eq!(lang_in_args(&args(&["--lang=zh-CN", "sources"])), Some(Lang::ZhCn));
        assert_eq!(lang_in_args(&args(&["sources", "--lang", "fr"])), None, "not a language: the environment's");
        assert_eq!(lang_in_args(&args(&["diff", "--", "--lang", "en"])), None, "after --, a file's name");
    }

    #[test]
    fn every_command_and_argument_is_described_in_both_languages() {
        fn walk(cmd: &clap::Command, path: &str, lang: Lang) {
            let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(!about.is_empty(), "{path:?} has no description");
            if lang == Lang::ZhCn {
                assert!(about.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{path:?}: {about}");
            }
            let required = cmd.get_arguments().any(|arg| arg.is_required_set());
            assert_eq!(required, needs(path).is_some(), "{path:?}: what it needs is said when missing");
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(!help.is_empty(), "{path:?} {} has no description", arg.get_id());
                if lang == Lang::ZhCn {
                    assert!(help.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{path:?}: {help}");
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path =
                    if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
                walk(sub, &sub_path, lang);
            }
        }
        for lang in Lang::ALL {
            walk(&command(lang), "", lang);
        }
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        // This table alone; the test over every table of the product is the app's (`i18n`).
        let problems = selfcheck_core::messages::table_problems(&[crate::text_table()], &[]);
        assert_eq!(problems, Vec::<String>::new());
    }

    #[test]
    fn a_list_of_choices_reads_as_the_language_joins_it() {
        let items = ["base".to_string(), "other".to_string(), "newest".to_string()];
        assert_eq!(or_list(&items, Lang::En), "base, other or newest");
        assert_eq!(or_list(&items, Lang::ZhCn), "base、other 或 newest");
        assert_eq!(or_list(&items[..2], Lang::En), "base or other");
    }
}
