use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let code = selfcheck_cli::run_with_env(&args, |name| std::env::var(name).ok(), &mut stdout, &mut stderr);
    let _ = stdout.flush();
    ExitCode::from(code)
}
