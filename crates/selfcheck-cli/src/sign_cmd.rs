//! `selfcheck key generate | key fingerprint`, `selfcheck sign` and `selfcheck verify`:
//! SM2 signing keys and report signatures (`selfcheck-sign`), the same code the browser's
//! first-use module runs.

use std::io::Write;
use std::path::{Path, PathBuf};

use rand_core::OsRng;
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::signature::SignatureState;
use selfcheck_core::report::verify::verify_with;
use selfcheck_core::report::LoadProblem;
use selfcheck_core::{Lang, Timestamp};
use selfcheck_sign::{fingerprint_of_pem, sign_report, KeyPair, Sm2Checker};

use crate::files::read_report;
use crate::{EXIT_INVALID_SIGNATURE, EXIT_OTHER_KEY, EXIT_UNSIGNED};

/// Largest key or passphrase file read: a PEM key is well under 1 KB.
const MAX_KEY_FILE_BYTES: usize = 64 * 1024;

/// Where `key generate` writes the public key: KEY.pem → KEY.pub.pem (any other name gains
/// `.pub.pem`).
pub fn public_key_path(private: &str) -> PathBuf {
    match private.strip_suffix(".pem") {
        Some(stem) => PathBuf::from(format!("{stem}.pub.pem")),
        None => PathBuf::from(format!("{private}.pub.pem")),
    }
}

fn fail(err: &mut dyn Write, path: &str, message: &str) -> std::io::Result<u8> {
    writeln!(err, "selfcheck: {path}: {message}")?;
    Ok(1)
}

fn read_text(path: &str) -> Result<String, Message> {
    let bytes = crate::files::read_limited(path, MAX_KEY_FILE_BYTES).map_err(|e| match e {
        crate::files::ReadError::TooLarge { bytes } => {
            Message::new(M::FileUnreadable).with("detail", format!("{bytes} bytes"))
        }
        crate::files::ReadError::Io(detail) => Message::new(M::FileUnreadable).with("detail", detail),
    })?;
    String::from_utf8(bytes).map_err(|_| Message::new(M::SignKeyNotPem))
}

/// The passphrase in a file: its first line (as OpenSSL's `-passin file:` reads it).
fn passphrase(path: Option<&str>) -> Result<Option<String>, (String, Message)> {
    let Some(path) = path else { return Ok(None) };
    let text = read_text(path).map_err(|m| (path.to_string(), m))?;
    let line = text.lines().next().unwrap_or("").trim_end_matches('\r').to_string();
    if line.is_empty() {
        return Err((path.to_string(), Message::new(M::SignCliPassphraseEmpty)));
    }
    Ok(Some(line))
}

/// A new file at `path` holding `text`, never replacing one; the private key readable by
/// its owner alone.
fn create_new(path: &Path, text: &str, private: bool) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    options.open(path)?.write_all(text.as_bytes())
}

pub fn generate(
    output: &str,
    passphrase_file: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let passphrase = match passphrase(passphrase_file) {
        Ok(passphrase) => passphrase,
        Err((path, message)) => return fail(err, &path, &message.render(lang)),
    };
    let public = public_key_path(output);
    for path in [Path::new(output), public.as_path()] {
        if path.exists() {
            let shown = path.display().to_string();
            return fail(err, &shown, &Message::new(M::SignCliFileExists).with("path", &shown).render(lang));
        }
    }
    let key = KeyPair::generate(&mut OsRng);
    let text = match &passphrase {
        Some(passphrase) => key.to_encrypted_pem(passphrase, &mut OsRng),
        None => key.to_pem(),
    };
    let unwritable = |e: std::io::Error| Message::new(M::FileUnreadable).with("detail", e).render(lang);
    if let Err(e) = create_new(Path::new(output), &text, true) {
        return fail(err, output, &unwritable(e));
    }
    if let Err(e) = create_new(&public, &key.public_key_pem(), false) {
        return fail(err, &public.display().to_string(), &unwritable(e));
    }
    let written = if passphrase.is_some() { M::SignCliKeyWritten } else { M::SignCliKeyWrittenPlain };
    writeln!(out, "{}", Message::new(written).with("path", output).render(lang))?;
    writeln!(out, "{}", Message::new(M::SignCliPublicWritten).with("path", public.display()).render(lang))?;
    writeln!(out, "{}", Message::new(M::SignCliFingerprint).with("fingerprint", key.fingerprint()).render(lang))?;
    Ok(0)
}

pub fn fingerprint(
    file: &str,
    passphrase_file: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let passphrase = match passphrase(passphrase_file) {
        Ok(passphrase) => passphrase,
        Err((path, message)) => return fail(err, &path, &message.render(lang)),
    };
    let text = match read_text(file) {
        Ok(text) => text,
        Err(message) => return fail(err, file, &message.render(lang)),
    };
    match fingerprint_of_pem(&text, passphrase.as_deref()) {
        Ok(fingerprint) => {
            writeln!(out, "{fingerprint}")?;
            Ok(0)
        }
        Err(problem) => fail(err, file, &problem.message(lang)),
    }
}

pub struct SignOptions<'a> {
    pub report: &'a str,
    pub key: &'a str,
    pub passphrase_file: Option<&'a str>,
    pub output: Option<&'a str>,
    pub lang: Lang,
}

pub fn sign(options: &SignOptions<'_>, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let lang = options.lang;
    let passphrase = match passphrase(options.passphrase_file) {
        Ok(passphrase) => passphrase,
        Err((path, message)) => return fail(err, &path, &message.render(lang)),
    };
    let key = match read_text(options.key) {
        Ok(text) => KeyPair::from_pem(&text, passphrase.as_deref()).map_err(|p| p.message(lang)),
        Err(message) => Err(message.render(lang)),
    };
    let key = match key {
        Ok(key) => key,
        Err(message) => return fail(err, options.key, &message),
    };
    let text = match read_report(options.report, lang)
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| LoadProblem::NotUtf8.message(lang)))
    {
        Ok(text) => text,
        Err(message) => return fail(err, options.report, &message),
    };
    let signed = match sign_report(&text, &key, now().as_str()) {
        Ok(signed) => signed,
        Err(problem) => return fail(err, options.report, &problem.message(lang)),
    };
    let output = options.output.unwrap_or(options.report);
    if let Err(e) = write_replacing(Path::new(output), &signed) {
        return fail(err, output, &Message::new(M::FileUnreadable).with("detail", e).render(lang));
    }
    let done = Message::new(M::SignCliSigned).with("path", output).with("fingerprint", key.fingerprint());
    writeln!(out, "{}", done.render(lang))?;
    Ok(0)
}

/// Now, to the second (RFC 3339, UTC).
fn now() -> Timestamp {
    let seconds =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    Timestamp::from_unix_seconds(i64::try_from(seconds).unwrap_or(0)).expect("now is a moment")
}

/// `text` into `path` whole or not at all: written beside it, then renamed over it.
fn write_replacing(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.signing", std::process::id()));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

pub fn verify(
    report: &str,
    expect: Option<&str>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let bytes = match read_report(report, lang) {
        Ok(bytes) => bytes,
        Err(message) => return fail(err, report, &message),
    };
    let verified = match verify_with(&bytes, &Sm2Checker) {
        Ok(verified) => verified,
        Err(problem @ LoadProblem::Signature(_)) => {
            fail(err, report, &problem.message(lang))?;
            return Ok(EXIT_INVALID_SIGNATURE);
        }
        Err(problem) => return fail(err, report, &problem.message(lang)),
    };
    let Some(signer) = verified.signer else {
        fail(err, report, &Message::new(M::SignCliUnsigned).render(lang))?;
        return Ok(EXIT_UNSIGNED);
    };
    if signer.state != SignatureState::Valid {
        fail(err, report, &Message::new(M::ValidateSignatureDoesNotMatch).render(lang))?;
        return Ok(EXIT_INVALID_SIGNATURE);
    }
    let valid =
        Message::new(M::SignCliValid).with("fingerprint", &signer.fingerprint).with("signed_at", &signer.signed_at);
    writeln!(out, "{}", valid.render(lang))?;
    match expect {
        None => Ok(0),
        Some(expected) if signer.is_key(expected) => {
            writeln!(out, "{}", Message::new(M::SignCliExpected).render(lang))?;
            Ok(0)
        }
        Some(expected) => {
            fail(err, report, &Message::new(M::SignCliOtherKey).with("expected", expected).render(lang))?;
            Ok(EXIT_OTHER_KEY)
        }
    }
}
