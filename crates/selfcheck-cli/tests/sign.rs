//! `selfcheck key`, `sign` and `verify`, and `validate` on signed reports, driving the real
//! binary; and the README's recipe for checking a signature without this tool, run as
//! written with Python and OpenSSL.

mod common;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::selfcheck;
use selfcheck_core::{Answer, Date, ProviderWork, Status};

/// A fresh folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("selfcheck-sign-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_string()
    }

    fn write(&self, name: &str, text: impl AsRef<[u8]>) -> String {
        std::fs::write(self.0.join(name), text).unwrap();
        self.path(name)
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.0.join(name)).unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A provider report as the app writes it, its one answer `status`.
fn report(status: Status) -> String {
    use selfcheck_core::report::{build_provider_report, to_canonical_json};
    let mut work = ProviderWork::default();
    work.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(status));
    work.answers_mut().insert("M19-A3-01-Q2".into(), Answer::with_status(Status::Met));
    let day = Date::from_ymd(2026, 11, 21).unwrap();
    to_canonical_json(&build_provider_report(&work, "2026-11-21T09:30:00Z", day))
}

fn en(args: &[&str]) -> (i32, String, String) {
    let args: Vec<&str> = args.iter().copied().chain(["--lang", "en"]).collect();
    selfcheck(&args)
}

/// The fingerprint line `key generate` prints.
fn printed_fingerprint(out: &str) -> String {
    let line = out.lines().find_map(|line| line.strip_prefix("Fingerprint: ")).expect(out);
    line.to_string()
}

fn have(program: &str) -> bool {
    let found = Command::new(program).arg("--version").output().is_ok()
        || Command::new(program).arg("version").output().is_ok();
    if !found {
        eprintln!("SKIPPED: `{program}` is not installed, so this was not checked against it");
    }
    found
}

#[test]
fn a_key_is_generated_unencrypted_or_encrypted_with_its_public_half_and_never_overwritten() {
    let dir = Scratch::new("generate");
    let key = dir.path("key.pem");
    let (code, out, err) = en(&["key", "generate", "-o", &key]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("unencrypted"), "said: {out}");
    let fingerprint = printed_fingerprint(&out);
    assert!(dir.read("key.pem").starts_with("-----BEGIN PRIVATE KEY-----"));
    assert!(dir.read("key.pub.pem").starts_with("-----BEGIN PUBLIC KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the private key is its owner's alone");
    }
    for file in [key.clone(), dir.path("key.pub.pem")] {
        let (code, out, err) = en(&["key", "fingerprint", &file]);
        assert_eq!((code, out.trim()), (0, fingerprint.as_str()), "{err}");
    }
    let before = dir.read("key.pem");
    let (code, _, err) = en(&["key", "generate", "-o", &key]);
    assert_eq!(code, 1);
    assert!(err.contains("exists already"), "{err}");
    assert_eq!(dir.read("key.pem"), before, "the key is kept");

    let pass = dir.write("pass.txt", "口令 long enough\n");
    let locked = dir.path("locked.pem");
    let (code, out, err) = en(&["key", "generate", "-o", &locked, "--passphrase-file", &pass]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("unencrypted"), "{out}");
    assert!(dir.read("locked.pem").starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    let fingerprint = printed_fingerprint(&out);
    let (code, out, _) = en(&["key", "fingerprint", &locked, "--passphrase-file", &pass]);
    assert_eq!((code, out.trim()), (0, fingerprint.as_str()));
    let (code, _, err) = en(&["key", "fingerprint", &locked]);
    assert_eq!(code, 1);
    assert!(err.contains("passphrase is needed"), "{err}");
    let wrong = dir.write("wrong.txt", "not it\n");
    let (code, _, err) = en(&["key", "fingerprint", &locked, "--passphrase-file", &wrong]);
    assert_eq!(code, 1);
    assert!(err.contains("passphrase is wrong"), "{err}");
    let (code, _, err) = en(&["key", "fingerprint", &locked, "--passphrase-file", &dir.write("empty.txt", "\n")]);
    assert_eq!(code, 1);
    assert!(err.contains("empty"), "{err}");
    let (code, _, err) = selfcheck(&["key", "fingerprint", &dir.write("report.json", report(Status::Met))]);
    assert_eq!(code, 1);
    assert!(err.contains("不是 PEM"), "{err}");

    if have("openssl") {
        let opened = Command::new("openssl")
            .args(["pkey", "-in", &locked, "-passin", &format!("file:{pass}"), "-noout"])
            .output()
            .unwrap();
        assert!(
            opened.status.success(),
            "OpenSSL opens the encrypted key: {}",
            String::from_utf8_lossy(&opened.stderr)
        );
    }
}

#[test]
fn sign_then_verify_with_and_without_the_expected_key() {
    let dir = Scratch::new("verify");
    let key = dir.path("key.pem");
    let (_, out, _) = en(&["key", "generate", "-o", &key]);
    let fingerprint = printed_fingerprint(&out);
    let unsigned = report(Status::NotMet);
    let path = dir.write("report.json", &unsigned);

    let (code, _, err) = en(&["verify", &path]);
    assert_eq!(code, 3, "unsigned: {err}");
    assert!(err.contains("not signed"), "{err}");
    let (code, out, _) = en(&["validate", &path]);
    assert_eq!(code, 0);
    assert!(out.contains("Signature: none"), "{out}");

    let signed_path = dir.path("signed.json");
    let (code, out, err) = en(&["sign", &path, "--key", &key, "-o", &signed_path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&fingerprint), "{out}");
    assert_eq!(dir.read("report.json"), unsigned, "with -o the report itself is left as it was");
    let signed = dir.read("signed.json");
    assert!(signed.starts_with(unsigned.trim_end().strip_suffix('}').unwrap().trim_end()));

    let (code, out, err) = en(&["verify", &signed_path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("The signature is valid") && out.contains(&fingerprint), "{out}");
    let typed = fingerprint.to_uppercase().replace(' ', ":");
    let (code, out, _) = en(&["verify", &signed_path, "--expect", &typed]);
    assert_eq!(code, 0);
    assert!(out.contains("This is the key expected"), "{out}");
    let (code, _, err) = en(&["verify", &signed_path, "--expect", &"ab".repeat(32)]);
    assert_eq!(code, 5, "another key: {err}");
    assert!(err.contains("not the key expected"), "{err}");
    let (code, _, err) = en(&["verify", &signed_path, "--expect", "from the cover"]);
    assert_eq!(code, 2, "not a fingerprint: {err}");
    assert!(err.contains("--expect cannot take \"from the cover\""), "{err}");

    let (code, out, err) = en(&["validate", &signed_path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("Signature: valid, by the key with fingerprint {fingerprint}")), "{out}");
    let (code, out, _) = selfcheck(&["validate", &signed_path]);
    assert_eq!(code, 0);
    assert!(out.contains("签名：有效"), "{out}");

    // Signed again (any key): refused, the file kept.
    let (code, _, err) = en(&["sign", &signed_path, "--key", &key]);
    assert_eq!(code, 1);
    assert!(err.contains("already signed"), "{err}");
    assert_eq!(dir.read("signed.json"), signed);

    // Without -o the report itself is signed.
    let (code, _, err) = en(&["sign", &path, "--key", &key]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(en(&["verify", &path]).0, 0);
}

#[test]
fn an_edited_report_a_moved_signature_and_hostile_members_are_invalid() {
    let dir = Scratch::new("invalid");
    let key = dir.path("key.pem");
    en(&["key", "generate", "-o", &key]);
    let path = dir.write("report.json", report(Status::NotMet));
    assert_eq!(en(&["sign", &path, "--key", &key]).0, 0);
    let signed = dir.read("report.json");

    // One answer changed: its digest and its signature no longer match.
    let edited = dir.write("edited.json", signed.replacen("\"not_met\"", "\"met\"", 1));
    let (code, _, err) = en(&["verify", &edited]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("does not match"), "{err}");
    let (code, _, err) = en(&["validate", &edited]);
    assert_eq!(code, 1);
    assert!(err.contains("signature was taken from another report"), "{err}");

    // The signature member moved onto another report, whose own digest matches.
    let other = report(Status::Partial);
    let at = signed.find(",\n  \"signature\"").unwrap();
    let moved = format!("{},{}", other.trim_end().strip_suffix('}').unwrap().trim_end(), &signed[at + 1..]);
    let moved = dir.write("moved.json", moved);
    let (code, _, err) = en(&["verify", &moved]);
    assert_eq!(code, 4, "{err}");

    // A signed report whose digest does not match is not signed either.
    let (code, _, err) = en(&[
        "sign",
        &dir.write("edited-unsigned.json", report(Status::NotMet).replacen("\"not_met\"", "\"met\"", 1)),
        "--key",
        &key,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("digest does not match"), "{err}");

    // Hostile members: refused with the member named, exit 4.
    let value: serde_json::Value = serde_json::from_str(&signed).unwrap();
    let public_key = value["signature"]["public_key"].as_str().unwrap();
    let huge = "A".repeat(100_000);
    for (from, to, field) in [
        (public_key.to_string(), "%%%".to_string(), "signature.public_key"),
        (public_key.to_string(), huge.clone(), "signature.public_key"),
        ("\"SM2-SM3\"".to_string(), "\"RSA\"".to_string(), "signature.algorithm"),
    ] {
        let hostile = dir.write("hostile.json", signed.replacen(&from, &to, 1));
        let (code, _, err) = en(&["verify", &hostile]);
        assert_eq!(code, 4, "{field}: {err}");
        assert!(err.contains(field), "{field}: {err}");
    }
}

/// The lines of the README's recipe for checking a signature without this tool: the
/// `sh` block after its marker.
fn readme_recipe() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
    let after = readme
        .split("<!-- signature-recipe: run by crates/selfcheck-cli/tests/sign.rs -->")
        .nth(1)
        .expect("the marker");
    let block = after.split("```sh\n").nth(1).expect("an sh block").split("\n```").next().unwrap();
    block.to_string()
}

/// Runs the recipe in `dir` (which holds `report.json`): whether OpenSSL said the
/// signature verifies, and what was printed.
fn run_recipe(dir: &Path) -> (bool, String) {
    let out = Command::new("bash").args(["-e", "-c", &readme_recipe()]).current_dir(dir).output().unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success() && said.contains("Signature Verified Successfully"), said)
}

#[test]
fn the_readme_recipe_checks_a_signature_with_python_and_openssl_alone() {
    if !have("openssl") || !have("python3") {
        return;
    }
    let dir = Scratch::new("recipe");
    // A key OpenSSL made, used by this tool to sign.
    let made = Command::new("openssl")
        .args(["genpkey", "-algorithm", "SM2", "-out"])
        .arg(dir.path("key.pem"))
        .output()
        .unwrap();
    assert!(made.status.success());
    let signed_path = dir.write("report.json", report(Status::NotMet));
    let (code, out, err) = en(&["sign", &signed_path, "--key", &dir.path("key.pem")]);
    assert_eq!(code, 0, "{err}");
    let fingerprint = out.rsplit("fingerprint: ").next().unwrap().trim().to_string();
    let signed = dir.read("report.json");

    let (verified, said) = run_recipe(&dir.0);
    assert!(verified, "the README's recipe verifies: {said}");
    // The recipe prints the fingerprint (openssl dgst -sm3 of the public key's DER).
    let hex: String = fingerprint.split(' ').collect();
    assert!(said.contains(&hex), "the fingerprint {hex} in: {said}");

    // One byte changed in a value: the recipe fails.
    std::fs::write(dir.0.join("report.json"), signed.replacen("\"not_met\"", "\"met\"", 1)).unwrap();
    let (verified, said) = run_recipe(&dir.0);
    assert!(!verified, "an edited report: {said}");
    assert!(said.contains("Signature Verification Failure"), "{said}");

    // The signature moved onto another report: the recipe fails.
    let other = report(Status::Partial);
    let at = signed.find(",\n  \"signature\"").unwrap();
    let moved = format!("{},{}", other.trim_end().strip_suffix('}').unwrap().trim_end(), &signed[at + 1..]);
    std::fs::write(dir.0.join("report.json"), moved).unwrap();
    let (verified, said) = run_recipe(&dir.0);
    assert!(!verified, "a moved signature: {said}");

    // Re-indenting the signed file changes nothing the signature covers.
    std::fs::write(dir.0.join("report.json"), &signed).unwrap();
    let reindent = "import json; r = json.load(open('report.json', encoding='utf-8')); \
                    json.dump(r, open('report.json', 'w', encoding='utf-8'), indent=7, ensure_ascii=False)";
    assert!(Command::new("python3").args(["-c", reindent]).current_dir(&dir.0).status().unwrap().success());
    assert_ne!(dir.read("report.json"), signed);
    let (verified, said) = run_recipe(&dir.0);
    assert!(verified, "re-indented: {said}");
}

#[test]
fn a_merge_says_who_signed_each_file_and_keeps_the_signer_in_the_history() {
    let dir = Scratch::new("merge");
    let key = dir.path("respondent.pem");
    let (code, out, err) = en(&["key", "generate", "-o", &key]);
    assert_eq!(code, 0, "{err}");
    let fingerprint = printed_fingerprint(&out);
    let base = dir.write("base.json", report(Status::Met));
    let signed = dir.write("signed.json", report(Status::NotMet));
    let (code, _, err) = en(&["sign", &signed, "--key", &key]);
    assert_eq!(code, 0, "{err}");
    let unsigned = dir.write("unsigned.json", report(Status::Partial));
    // The respondent's signature moved onto another answer to the same item.
    let other = report(Status::NotApplicable);
    let original: serde_json::Value = serde_json::from_str(&dir.read("signed.json")).unwrap();
    let member = serde_json::from_value(original["signature"].clone()).unwrap();
    let moved = selfcheck_core::report::add_signature(&other, &member);
    let moved = dir.write("moved.json", moved.unwrap());

    let merged = dir.path("merged.json");
    let (code, out, err) = en(&["merge", &base, &signed, &unsigned, &moved, "-o", &merged, "--prefer", "base"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(&format!("{signed}: signed by the key with fingerprint {fingerprint}")), "{out}");
    assert!(out.contains(&format!("{unsigned}: not signed")), "{out}");
    assert!(out.contains(&format!("{moved}: signed (fingerprint {fingerprint}), but the signature does not match")));

    // What the merge set aside keeps who signed the file it came from; only a valid signer.
    let report: serde_json::Value = serde_json::from_str(&dir.read("merged.json")).unwrap();
    let history = report["provider"]["history"]["M19-A3-01-Q1"].as_array().unwrap();
    let entry = |file: &str| history.iter().find(|e| e["from"] == file).unwrap_or_else(|| panic!("{history:?}"));
    assert_eq!(entry(&signed)["signer"], fingerprint.as_str());
    assert!(entry(&unsigned).get("signer").is_none());
    assert!(entry(&moved).get("signer").is_none(), "a signature that does not hold names no one");
    let (code, _, err) = en(&["validate", &merged]);
    assert_eq!(code, 0, "the merged report reads back: {err}");

    // A signature member that could never hold refuses that file, saying where.
    let hostile = dir.write("hostile.json", dir.read("signed.json").replace("\"SM2-SM3\"", "\"MD5\""));
    let (code, _, err) = en(&["merge", &base, &hostile, "-o", &dir.path("m2.json")]);
    assert_eq!(code, 1);
    assert!(err.contains("hostile.json") && err.contains("signature.algorithm"), "{err}");
}

/// A report signed by the format-9 CLI (`tests/fixtures/report-v9-provider-signed.json`,
/// its public key beside it) is read by this version, migrated, and its signature still
/// holds: it covers the bytes as written, never the migrated text.
#[test]
fn a_report_signed_in_an_older_format_still_verifies() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let signed = fixtures.join("report-v9-provider-signed.json");
    let (code, out, err) = en(&["key", "fingerprint", fixtures.join("report-v9-signer.pub.pem").to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let fingerprint = out.trim();
    assert_eq!(fingerprint.split(' ').count(), 16, "{out}");
    let (code, out, err) = en(&["verify", signed.to_str().unwrap(), "--expect", fingerprint]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = en(&["validate", signed.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("older format version") && out.contains("Signature: valid"), "{out}");
}
