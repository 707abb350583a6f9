//! The command line itself: every command's help in either language, the language
//! chosen by `--lang` or the environment, usage errors located and worded in that
//! language (exit 2), and shell completions.

mod common;
use common::selfcheck_in;
use std::process::Command;

/// Every command, as typed after `selfcheck`.
const COMMANDS: &[&str] = &[
    "classify",
    "validate",
    "catalog",
    "catalog check",
    "catalog convert",
    "merge",
    "diff",
    "crosswalk",
    "evidence",
    "evidence verify",
    "key",
    "key generate",
    "key fingerprint",
    "sign",
    "verify",
    "xlsx",
    "docx",
    "sources",
    "completions",
    "help",
    "version",
];

/// Locale variables given to the child, name and value.
type Env<'a> = &'a [(&'a str, &'a str)];

const CHINESE: Env = &[("LANG", "zh_CN.UTF-8")];
const ENGLISH: Env = &[("LANG", "en_US.UTF-8")];

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The lines of a help's argument and option sections (after its headings, up to the
/// text after them), each describing one argument.
fn described_arguments<'h>(help: &'h str, headings: &[&str]) -> Vec<&'h str> {
    let mut lines = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if headings.contains(&line) {
            inside = true;
        } else if line.is_empty() {
            inside = false;
        } else if inside {
            lines.push(line);
        }
    }
    lines
}

#[test]
fn every_command_has_its_own_help_in_either_language() {
    for command in COMMANDS {
        let mut args: Vec<&str> = command.split(' ').collect();
        args.push("--help");

        let (code, out, err) = selfcheck_in(CHINESE, &args);
        assert_eq!(code, 0, "{command}: {err}");
        assert!(err.is_empty(), "{command}: {err}");
        assert!(out.contains(&format!("用法：selfcheck {command} ")), "{command}: its own usage: {out}");
        let about = out.lines().next().unwrap();
        assert!(has_chinese(about), "{command}: a Chinese description: {about}");
        let described = described_arguments(&out, &["参数：", "选项：", "命令："]);
        assert!(described.iter().any(|l| l.contains("--help")), "{command}: {out}");
        for line in &described {
            assert!(has_chinese(line), "{command}: described in Chinese: {line:?}");
        }
        assert!(!out.contains("Usage") && !out.contains("Options") && !out.contains("Print help"), "{out}");

        let (code, out, err) = selfcheck_in(ENGLISH, &args);
        assert_eq!(code, 0, "{command}: {err}");
        assert!(out.contains(&format!("USAGE: selfcheck {command} ")), "{command}: {out}");
        assert!(!has_chinese(out.lines().next().unwrap()), "{command}: {out}");
        let described = described_arguments(&out, &["ARGUMENTS:", "OPTIONS:", "COMMANDS:"]);
        assert!(described.iter().any(|l| l.contains("--help")), "{command}: {out}");
        for line in &described {
            assert!(!has_chinese(line), "{command}: described in English: {line:?}");
        }
    }
}

#[test]
fn the_overall_help_lists_every_command_the_test_above_covers() {
    for (env, heading) in [(CHINESE, "命令："), (ENGLISH, "COMMANDS:")] {
        let (code, out, _) = selfcheck_in(env, &["--help"]);
        assert_eq!(code, 0);
        let listed: Vec<&str> =
            described_arguments(&out, &[heading]).iter().map(|line| line.split_whitespace().next().unwrap()).collect();
        let top: Vec<&str> = COMMANDS.iter().filter(|c| !c.contains(' ')).copied().collect();
        assert_eq!(listed, top, "{out}");
        let (code, same, _) = selfcheck_in(env, &["help"]);
        assert_eq!((code, same), (0, out));
    }
    let (_, out, _) = selfcheck_in(CHINESE, &["catalog", "--help"]);
    assert!(out.contains("  check ") && out.contains("  convert "), "{out}");
}

#[test]
fn diff_help_prints_that_commands_help_and_exits_0() {
    let (code, out, err) = selfcheck_in(ENGLISH, &["diff", "--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty());
    assert!(out.starts_with("Every changed answer and figure between two reports of one role\n"), "{out}");
    assert!(out.contains("USAGE: selfcheck diff [OPTIONS] <OLD.json> <NEW.json>"), "{out}");
    assert!(out.contains("--json") && out.contains("Print the comparison as JSON"), "{out}");
    assert!(!out.contains("merge"), "only diff's help: {out}");
    let (code, short, _) = selfcheck_in(ENGLISH, &["diff", "-h"]);
    assert_eq!((code, &short), (0, &out));
    let (code, asked, _) = selfcheck_in(ENGLISH, &["help", "diff"]);
    assert_eq!((code, &asked), (0, &out), "help diff is diff --help");

    let (code, out, _) = selfcheck_in(&[], &["diff", "--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("同一角色的两份报告之间每个变化的答复和数字\n"), "{out}");
    assert!(out.contains("用法：selfcheck diff [选项] <OLD.json> <NEW.json>"), "{out}");
    assert!(out.contains("--json") && out.contains("以 JSON 输出比较结果"), "{out}");
}

#[test]
fn an_unknown_option_is_located_and_exits_2() {
    let (code, out, err) = selfcheck_in(ENGLISH, &["diff", "old.json", "new.json", "--frob"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.starts_with("selfcheck diff: unknown option \"--frob\"\n"), "{err}");
    assert!(err.contains("USAGE: selfcheck diff [OPTIONS] <OLD.json> <NEW.json>"), "{err}");
    assert!(err.contains("selfcheck diff --help"), "{err}");

    let (code, _, err) = selfcheck_in(&[], &["diff", "old.json", "new.json", "--frob"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("selfcheck diff: 未知选项“--frob”\n"), "{err}");
    assert!(err.contains("用法：selfcheck diff [选项]"), "{err}");

    let (code, _, err) = selfcheck_in(ENGLISH, &["catalog", "check", "x.csv", "--jsn"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("selfcheck catalog check: unknown option \"--jsn\""), "{err}");
    let (code, _, err) = selfcheck_in(ENGLISH, &["diff", "a.json", "--jsn"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option \"--jsn\"; did you mean \"--json\"?"), "{err}");
}

#[test]
fn other_usage_errors_name_what_is_wrong_in_the_language() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["diff", "a.json", "b.json", "c.json"],
            "selfcheck diff: unexpected argument \"c.json\"",
            "多余的参数“c.json”",
        ),
        (&["diff", "a.json", "b.json", "--", "-x"], "selfcheck diff: unexpected argument \"-x\"", "多余的参数“-x”"),
        (
            &["merge", "a.json", "b.json", "-o", "x.json", "--prefer", "best"],
            "selfcheck merge: --prefer takes base, other or newest, not \"best\"",
            "--prefer 只接受 base、other 或 newest，不接受“best”",
        ),
        (&["merge", "a.json", "b.json", "-o"], "--output needs a file", "--output 需要一个文件"),
        (&["catalog", "convert", "a.csv", "--id"], "--id needs a value", "--id 需要一个值"),
        (
            &["classify", "a.csv", "--platforms", "p.csv", "--platforms", "q.csv"],
            "--platforms is given twice",
            "--platforms 给了两次",
        ),
        (
            &["catalog", "convert", "a.csv", "-o", "x.json"],
            "catalog convert needs a CSV sheet, --id, --title and -o (missing: --id <ID>, --title <TITLE>)",
            "（缺少：--id <ID>、--title <TITLE>）",
        ),
        (&["evidence", "--lang", "en"], "evidence needs a command: verify", "evidence 需要一个命令：verify"),
        (&["completions", "tcsh"], "takes bash, zsh or fish, not \"tcsh\"", "只接受 bash、zsh 或 fish"),
        (
            &["crosswalk", "--level", "5"],
            "selfcheck crosswalk: --level takes 1, 2, 3 or 4, not \"5\"",
            "--level 只接受 1、2、3 或 4，不接受“5”",
        ),
        (&["help", "frobnicate"], "selfcheck: unknown command \"frobnicate\"", "未知命令“frobnicate”"),
    ];
    for (args, english, chinese) in cases {
        let (code, out, err) = selfcheck_in(ENGLISH, args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}: {err}");
        assert!(err.contains(english), "{args:?}: {err}");
        if !args.contains(&"en") {
            let (code, _, err) = selfcheck_in(CHINESE, args);
            assert_eq!(code, 2);
            assert!(err.contains(chinese), "{args:?}: {err}");
        }
    }
}

#[test]
fn the_environment_chooses_the_language_unless_lang_does() {
    let chinese = "云计算服务安全评估办法";
    let english = "Measures for Security Assessment of Cloud Computing Services";
    let cases: &[(Env, &[&str], &str)] = &[
        (&[], &[], chinese),
        (&[("LANG", "zh_CN.UTF-8")], &[], chinese),
        (&[("LANG", "zh_TW.UTF-8")], &[], chinese),
        (&[("LANG", "en_US.UTF-8")], &[], english),
        (&[("LANG", "C.UTF-8")], &[], english),
        (&[("LANG", "")], &[], chinese),
        (&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")], &[], chinese),
        (&[("LC_ALL", "en_US.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8")], &[], english),
        (&[("LC_MESSAGES", "en_GB.UTF-8"), ("LANG", "zh_CN.UTF-8")], &[], english),
        (&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "C")], &[], chinese),
        (&[("LANG", "zh_CN.UTF-8")], &["--lang", "en"], english),
        (&[("LC_ALL", "en_US.UTF-8")], &["--lang", "zh-CN"], chinese),
        (&[("LANG", "en_US.UTF-8")], &["--lang=zh"], chinese),
    ];
    for (env, lang, wanted) in cases {
        let args: Vec<&str> = ["sources"].iter().chain(lang.iter()).copied().collect();
        let (code, out, err) = selfcheck_in(env, &args);
        assert_eq!(code, 0, "{env:?} {lang:?}: {err}");
        assert!(out.contains(wanted), "{env:?} {lang:?}: {out}");
        // The help and a usage error follow the same choice.
        let help_args: Vec<&str> = ["validate", "--help"].iter().chain(lang.iter()).copied().collect();
        let (_, help, _) = selfcheck_in(env, &help_args);
        assert_eq!(help.contains("用法："), *wanted == chinese, "{env:?} {lang:?}: {help}");
        let error_args: Vec<&str> = ["validate"].iter().chain(lang.iter()).copied().collect();
        let (code, _, err) = selfcheck_in(env, &error_args);
        assert_eq!(code, 2);
        let said = if *wanted == chinese { "validate 需要一份报告" } else { "validate needs a report" };
        assert!(err.contains(said), "{env:?} {lang:?}: {err}");
    }
}

#[test]
fn no_command_shows_the_help_on_stderr_and_exits_2() {
    let (code, out, err) = selfcheck_in(&[], &[]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("用法：selfcheck [选项] <命令>") && err.contains("命令："), "{err}");
    let (code, out, err) = selfcheck_in(ENGLISH, &["catalog"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("USAGE: selfcheck catalog [OPTIONS] <COMMAND>") && err.contains("convert"), "{err}");
}

#[test]
fn the_version_is_the_same_in_every_language_and_form() {
    for (env, args) in [(CHINESE, &["--version"][..]), (ENGLISH, &["-V"][..]), (CHINESE, &["version"][..])] {
        let (code, out, _) = selfcheck_in(env, args);
        assert_eq!((code, out), (0, format!("selfcheck {}\n", env!("CARGO_PKG_VERSION"))));
    }
}

#[test]
fn completions_name_every_command_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, script, err) = selfcheck_in(ENGLISH, &["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(err.is_empty(), "{err}");
        for command in COMMANDS.iter().flat_map(|c| c.split(' ')) {
            assert!(script.contains(command), "{shell}: {command} missing");
        }
        for option in ["--lang", "--prefer", "--platforms", "--json", "--output", "--tier", "--level", "--check"] {
            assert!(script.contains(option.trim_start_matches('-')), "{shell}: {option} missing");
        }
        assert!(script.contains("newest") && script.contains("zh-CN"), "{shell}: the values offered");
        assert!(script.contains("enhanced"), "{shell}: crosswalk --tier's values offered");
        let (_, chinese, _) = selfcheck_in(CHINESE, &["completions", shell]);
        if shell != "bash" {
            assert!(chinese.contains("以 JSON 输出比较结果"), "{shell}: described in the language");
        }
    }
}

/// Bash itself completes from the script (skipped where there is no bash).
#[test]
fn the_bash_script_completes_commands_and_values() {
    let (_, script, _) = selfcheck_in(ENGLISH, &["completions", "bash"]);
    let path = std::env::temp_dir().join(format!("selfcheck-completion-{}.bash", std::process::id()));
    std::fs::write(&path, script).unwrap();
    let probe = format!(
        "source {}
         COMP_WORDS=(selfcheck di); COMP_CWORD=1; _selfcheck selfcheck di selfcheck; echo \"${{COMPREPLY[@]}}\"
         COMP_WORDS=(selfcheck merge a.json b.json --prefer ''); COMP_CWORD=5; _selfcheck selfcheck '' --prefer; echo \"${{COMPREPLY[@]}}\"",
        path.display()
    );
    let output = Command::new("bash").arg("-c").arg(probe).output();
    std::fs::remove_file(&path).unwrap();
    let Ok(output) = output else { return };
    let said = String::from_utf8(output.stdout).unwrap();
    assert_eq!(said, "diff\nbase other newest\n", "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn run_in_process_reads_no_environment_and_gives_help_on_stdout() {
    let run = |args: &[&str]| {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = selfcheck_cli::run(&args, &mut out, &mut err);
        (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
    };
    let (code, out, err) = run(&["diff", "--help"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("用法：selfcheck diff"), "Chinese whatever the machine's locale: {out}");
    let (code, out, err) = run(&["diff", "--help", "--lang", "en"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("USAGE: selfcheck diff"), "{out}");
    let (code, out, err) = run(&["diff", "--bogus"]);
    assert_eq!((code, out.as_str()), (selfcheck_cli::EXIT_USAGE, ""));
    assert!(err.starts_with("selfcheck diff: 未知选项“--bogus”"), "{err}");

    let english = |name: &str| (name == "LANG").then(|| "en_US.UTF-8".to_string());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = selfcheck_cli::run_with_env(&["validate".to_string()], english, &mut out, &mut err);
    assert_eq!(code, selfcheck_cli::EXIT_USAGE);
    assert!(String::from_utf8(err).unwrap().contains("validate needs a report"));
}
