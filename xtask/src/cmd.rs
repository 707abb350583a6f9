//! Running child processes with the project's tool folders on PATH, echoing each
//! command so a CI log shows exactly what ran.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

use crate::Result;

/// A command whose PATH also holds the project-local tools and cargo's bin folder.
pub fn new(program: &str, root: &Path) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root).env("PATH", tool_path(root));
    command
}

/// PATH with `.tools/node_modules/.bin` and `$CARGO_HOME/bin` in front.
pub fn tool_path(root: &Path) -> OsString {
    let mut dirs = vec![root.join(".tools/node_modules/.bin")];
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME") {
        dirs.push(Path::new(&cargo_home).join("bin"));
    } else if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).expect("PATH entries are valid")
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command to completion with inherited output; non-zero exit is an error.
pub fn run(command: &mut Command) -> Result {
    let text = describe(command);
    println!("$ {text}");
    let status = command.status().map_err(|e| format!("cannot start `{text}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{text}` failed ({status})"))
    }
}

/// Runs a command quietly and returns its stdout, or `None` if it could not run or failed.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
