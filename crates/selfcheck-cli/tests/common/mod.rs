//! Running the real `selfcheck` binary from the tests, with the locale they choose.
#![allow(dead_code)] // each test file uses what it needs

use std::process::Command;

/// `selfcheck ARGS` with exactly the locale variables `env` (none of the machine's), as
/// (exit code, stdout, stderr).
pub fn selfcheck_in(env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_selfcheck"));
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG").envs(env.iter().copied());
    let output = command.args(args).output().expect("selfcheck runs");
    (
        output.status.code().expect("exited normally"),
        String::from_utf8(output.stdout).expect("utf-8 stdout"),
        String::from_utf8(output.stderr).expect("utf-8 stderr"),
    )
}

/// `selfcheck ARGS` with no locale variable set: Chinese unless `--lang` says otherwise,
/// whatever the machine running the tests has.
pub fn selfcheck(args: &[&str]) -> (i32, String, String) {
    selfcheck_in(&[], args)
}
