//! Drives the real `selfcheck` binary as a user would.

use std::process::Command;

fn selfcheck(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_selfcheck"))
        .args(args)
        .output()
        .expect("selfcheck runs");
    (
        output.status.code().expect("exited normally"),
        String::from_utf8(output.stdout).expect("utf-8 stdout"),
        String::from_utf8(output.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn version_prints_the_crate_version() {
    let (code, out, _) = selfcheck(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("selfcheck {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn no_arguments_is_a_usage_error_on_stderr() {
    let (code, out, err) = selfcheck(&[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("USAGE"));
}

#[test]
fn unknown_command_is_named_in_the_error() {
    let (code, _, err) = selfcheck(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown command \"frobnicate\""), "{err}");
}

#[test]
fn sources_lists_the_binding_texts_in_chinese_by_default() {
    let (code, out, _) = selfcheck(&["sources"]);
    assert_eq!(code, 0);
    assert!(out.contains("云计算服务安全评估办法"));
    assert!(out.contains("中网办发文〔2014〕14号"));
    assert!(out.contains("云计算服务安全自律公约"));
    assert!(
        out.contains("（参考）"),
        "standards are labelled as guidance"
    );
}

#[test]
fn sources_in_english_and_as_json() {
    let (code, out, _) = selfcheck(&["sources", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("Measures for Security Assessment of Cloud Computing Services"));
    assert!(out.contains("(guidance)"));

    let (code, out, _) = selfcheck(&["sources", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let ids: Vec<&str> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"measures-2019")
            && ids.contains(&"opinion-2014")
            && ids.contains(&"convention-2023")
    );
}

#[test]
fn bad_language_is_refused_with_the_accepted_values() {
    let (code, _, err) = selfcheck(&["sources", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("zh-CN or en"), "{err}");
}
