use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use rand_core::OsRng;
use selfcheck_core::Lang;

use super::*;

/// A fresh directory under the system's temporary one, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "selfcheck-sign-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    fn read_text(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Whether OpenSSL is installed; says so on stderr when it is not (the test then checks
/// nothing against it). It is on every machine that runs `cargo xtask test`.
fn have_openssl() -> bool {
    let found = Command::new("openssl").arg("version").output().is_ok_and(|out| out.status.success());
    if !found {
        eprintln!("SKIPPED: `openssl` is not installed, so interoperability with OpenSSL was not checked");
    }
    found
}

/// Runs `openssl` with `args` in `dir`; its success and its stderr.
fn openssl(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("openssl").args(args).current_dir(dir).output().expect("openssl runs");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn openssl_ok(dir: &Path, args: &[&str]) {
    let (ok, stderr) = openssl(dir, args);
    assert!(ok, "openssl {args:?} failed: {stderr}");
}

const SIGN_ARGS: [&str; 4] = ["-digest", "sm3", "-pkeyopt", "distid:1234567812345678"];

fn openssl_verifies(dir: &Path, public_pem: &str, data: &str, signature: &str) -> bool {
    let mut args =
        vec!["pkeyutl", "-verify", "-pubin", "-inkey", public_pem, "-rawin", "-in", data, "-sigfile", signature];
    args.extend(SIGN_ARGS);
    openssl(dir, &args).0
}

const DATA: &[u8] = "{\"format\":\"cloud-selfcheck-report\",\"digest\":\"\",\"名称\":\"云评自查\"}".as_bytes();

#[test]
fn a_signature_verifies_with_its_key_and_not_with_another_or_over_other_bytes() {
    let key = KeyPair::generate(&mut OsRng);
    let signature = key.sign(DATA);
    assert_eq!(verify(&key.public_key_der(), DATA, &signature), Ok(()));
    let other = KeyPair::generate(&mut OsRng);
    assert_eq!(verify(&other.public_key_der(), DATA, &signature), Err(VerifyProblem::Mismatch));
    for i in 0..DATA.len() {
        let mut changed = DATA.to_vec();
        changed[i] ^= 0x01;
        assert_eq!(verify(&key.public_key_der(), &changed, &signature), Err(VerifyProblem::Mismatch), "byte {i}");
    }
    assert_eq!(verify(&key.public_key_der(), &DATA[1..], &signature), Err(VerifyProblem::Mismatch));
    assert_eq!(verify(&key.public_key_der(), b"", &signature), Err(VerifyProblem::Mismatch));
    // A changed signature is either not a signature or not this one.
    for i in 0..signature.len() {
        let mut changed = signature.clone();
        changed[i] ^= 0x01;
        assert!(verify(&key.public_key_der(), DATA, &changed).is_err(), "signature byte {i}");
    }
}

#[test]
fn a_key_survives_its_pem_and_its_encrypted_pem() {
    let key = KeyPair::generate(&mut OsRng);
    let pem = key.to_pem();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{pem}");
    let again = KeyPair::from_pem(&pem, None).unwrap();
    assert_eq!(again.fingerprint(), key.fingerprint());
    assert_eq!(again.public_key_der(), key.public_key_der());
    assert_eq!(
        KeyPair::from_pem(&pem, Some("ignored for a key that is not encrypted")).unwrap().fingerprint(),
        key.fingerprint()
    );
    // A signature made by the reread key verifies with the first key's public half.
    assert_eq!(verify(&key.public_key_der(), DATA, &again.sign(DATA)), Ok(()));

    let passphrase = "口令 correct horse";
    let encrypted = key.to_encrypted_pem_with(passphrase, &mut OsRng, 1_000);
    assert!(encrypted.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"), "{encrypted}");
    assert!(!encrypted.contains(pem.lines().nth(1).unwrap()), "the encrypted form does not carry the plain one");
    assert_eq!(KeyPair::from_pem(&encrypted, Some(passphrase)).unwrap().fingerprint(), key.fingerprint());
    assert_eq!(KeyPair::from_pem(&encrypted, Some("口令 correct horse!")).unwrap_err(), KeyProblem::WrongPassphrase);
    assert_eq!(KeyPair::from_pem(&encrypted, Some("")).unwrap_err(), KeyProblem::WrongPassphrase);
    assert_eq!(KeyPair::from_pem(&encrypted, None).unwrap_err(), KeyProblem::PassphraseNeeded);
    // Two exports of one key differ (salt and IV are random).
    assert_ne!(encrypted, key.to_encrypted_pem_with(passphrase, &mut OsRng, 1_000));
    // Words around the block (as `openssl pkcs12` writes) are no obstacle.
    let wrapped = format!("Bag Attributes\n    localKeyID: 01\n{pem}\ntrailing words\n");
    assert_eq!(KeyPair::from_pem(&wrapped, None).unwrap().fingerprint(), key.fingerprint());
    assert!(!format!("{key:?}").contains(pem.lines().nth(1).unwrap()), "Debug never prints the key");
}

#[test]
fn the_export_uses_the_stated_iterations_and_says_how_long_they_take() {
    let key = KeyPair::generate(&mut OsRng);
    let started = std::time::Instant::now();
    let encrypted = key.to_encrypted_pem("passphrase", &mut OsRng);
    let took = started.elapsed();
    eprintln!("PBKDF2-SHA256, {PBKDF2_ITERATIONS} iterations: export took {took:?} (this build's profile)");
    let (_, der) = pkcs8::der::pem::decode_vec(encrypted.as_bytes()).unwrap();
    let info = EncryptedPrivateKeyInfo::from_der(&der).unwrap();
    let pbes2 = info.encryption_algorithm.pbes2().unwrap();
    let pbkdf2 = pbes2.kdf.pbkdf2().unwrap();
    assert_eq!(pbkdf2.iteration_count, PBKDF2_ITERATIONS);
    const { assert!(PBKDF2_ITERATIONS >= 100_000) };
    assert_eq!(pbkdf2.salt.len(), 16);
    assert_eq!(pbkdf2.prf, pkcs5::pbes2::Pbkdf2Prf::HmacWithSha256);
    assert!(matches!(pbes2.encryption, pkcs5::pbes2::EncryptionScheme::Aes256Cbc { .. }));
    assert_eq!(KeyPair::from_pem(&encrypted, Some("passphrase")).unwrap().fingerprint(), key.fingerprint());
}

#[test]
fn an_encrypted_key_asking_for_too_much_work_is_refused_before_any() {
    let salt = [7u8; 16];
    let iv = [9u8; 16];
    let mut params = pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(1, &salt, &iv).unwrap();
    if let pkcs5::pbes2::Kdf::Pbkdf2(pbkdf2) = &mut params.kdf {
        pbkdf2.iteration_count = u32::MAX;
    }
    let info = EncryptedPrivateKeyInfo { encryption_algorithm: params.into(), encrypted_data: &[0u8; 160] };
    let pem = pkcs8::der::pem::encode_string("ENCRYPTED PRIVATE KEY", LineEnding::LF, &info.to_der().unwrap()).unwrap();
    let started = std::time::Instant::now();
    assert_eq!(
        KeyPair::from_pem(&pem, Some("x")).unwrap_err(),
        KeyProblem::EncryptionUnsupported { detail: format!("PBKDF2, {} iterations", u32::MAX) }
    );
    assert!(started.elapsed().as_secs() < 1);
}

#[test]
fn what_is_not_an_sm2_private_key_is_told_apart() {
    let key = KeyPair::generate(&mut OsRng);
    assert_eq!(KeyPair::from_pem("", None).unwrap_err(), KeyProblem::NotPem);
    assert_eq!(KeyPair::from_pem("just some words", None).unwrap_err(), KeyProblem::NotPem);
    assert_eq!(
        KeyPair::from_pem("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n", None).unwrap_err(),
        KeyProblem::NotPem
    );
    assert_eq!(KeyPair::from_pem(&key.public_key_pem(), None).unwrap_err(), KeyProblem::PublicKeyGiven);
    let certificate = key.to_pem().replace("PRIVATE KEY", "CERTIFICATE");
    assert_eq!(
        KeyPair::from_pem(&certificate, None).unwrap_err(),
        KeyProblem::OtherPem { label: "CERTIFICATE".into() }
    );
    let not_der = pkcs8::der::pem::encode_string("PRIVATE KEY", LineEnding::LF, b"not DER at all").unwrap();
    assert!(matches!(KeyPair::from_pem(&not_der, None), Err(KeyProblem::Malformed { .. })));
    // A fingerprint is read from a public key as from a private one; a public key that is
    // not SM2, or not a key, is said to be so.
    assert_eq!(fingerprint_of_pem(&key.public_key_pem(), None), Ok(key.fingerprint()));
    assert_eq!(fingerprint_of_pem(&key.to_pem(), None), Ok(key.fingerprint()));
    let not_spki = pkcs8::der::pem::encode_string("PUBLIC KEY", LineEnding::LF, b"\x30\x00").unwrap();
    assert_eq!(fingerprint_of_pem(&not_spki, None), Err(KeyProblem::PublicKeyInvalid(VerifyProblem::KeyNotSpki)));
    assert!(KeyProblem::PublicKeyInvalid(VerifyProblem::KeyOffCurve).message(Lang::ZhCn).contains("SM2"));
}

#[test]
fn public_keys_and_signatures_that_are_not_what_they_claim_are_told_apart() {
    let key = KeyPair::generate(&mut OsRng);
    let spki = key.public_key_der();
    let signature = key.sign(DATA);
    assert_eq!(verify(b"", DATA, &signature), Err(VerifyProblem::KeyNotSpki));
    assert_eq!(verify(&spki[..spki.len() - 1], DATA, &signature), Err(VerifyProblem::KeyNotSpki));
    let mut trailing = spki.clone();
    trailing.push(0);
    assert_eq!(verify(&trailing, DATA, &signature), Err(VerifyProblem::KeyNotSpki));

    // The point: 0x04 ‖ x ‖ y at the end of the DER. A changed y is (almost surely) off the
    // curve; these two are checked to be.
    for flip in [0x01u8, 0x80] {
        let mut off = spki.clone();
        let last = off.len() - 1;
        off[last] ^= flip;
        assert_eq!(verify(&off, DATA, &signature), Err(VerifyProblem::KeyOffCurve));
    }
    // x = 0, y = 0 is no point either.
    let mut zero = spki.clone();
    let len = zero.len();
    zero[len - 64..].fill(0);
    assert_eq!(verify(&zero, DATA, &signature), Err(VerifyProblem::KeyOffCurve));

    // The same point named as a P-256 key.
    let p256 = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7").to_der().unwrap();
    let sm2 = SM2_CURVE.to_der().unwrap();
    let at = spki.windows(sm2.len()).position(|w| w == sm2.as_slice()).unwrap();
    let mut renamed = spki[..at].to_vec();
    renamed.extend(&p256);
    renamed.extend(&spki[at + sm2.len()..]);
    // The outer lengths shrink by the OIDs' difference (both are short-form here).
    let shrink = (sm2.len() - p256.len()) as u8;
    renamed[1] -= shrink;
    renamed[3] -= shrink;
    assert_eq!(verify(&renamed, DATA, &signature), Err(VerifyProblem::KeyNotSm2 { algorithm: "EC P-256".into() }));

    for bad in [&b""[..], b"\x30\x00", &signature[..signature.len() - 1], b"\x30\x06\x02\x01\x00\x02\x01\x01"] {
        assert_eq!(verify(&spki, DATA, bad), Err(VerifyProblem::SignatureNotDer), "{bad:?}");
    }
    // r ‖ s (64 bytes), the other common form, is not DER.
    let (_, rs) = signature_from_der(&signature).map(|s| ((), s.to_bytes())).unwrap();
    assert_eq!(verify(&spki, DATA, &rs), Err(VerifyProblem::SignatureNotDer));
    // r padded with a needless zero byte is not DER.
    let parsed = DerSignature::from_der(&signature).unwrap();
    let r = parsed.r.as_bytes();
    let s = parsed.s.as_bytes();
    let mut padded = vec![0x30, 0, 0x02, (r.len() + 2) as u8, 0, 0];
    padded.extend(r);
    padded.extend([0x02, s.len() as u8]);
    padded.extend(s);
    padded[1] = (padded.len() - 2) as u8;
    assert_eq!(verify(&spki, DATA, &padded), Err(VerifyProblem::SignatureNotDer));
    // r = n (out of range).
    // The order n of the SM2 curve (GB/T 32918.5).
    let n = "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123";
    let n: Vec<u8> = (0..64).step_by(2).map(|i| u8::from_str_radix(&n[i..i + 2], 16).unwrap()).collect();
    let big = DerSignature { r: UintRef::new(&n).unwrap(), s: UintRef::new(s).unwrap() }.to_der().unwrap();
    assert_eq!(verify(&spki, DATA, &big), Err(VerifyProblem::SignatureNotDer));
}

#[test]
fn fingerprints_are_sm3_in_groups_and_typed_forms_read_back() {
    // SM3("abc"), GB/T 32905's example.
    assert_eq!(
        fingerprint_of_spki(b"abc"),
        "66c7 f0f4 62ee edd9 d1f2 d46b dc10 e4e2 4167 c487 5cf2 f7a2 297d a02b 8f4b a8e0"
    );
    let key = KeyPair::generate(&mut OsRng);
    let printed = key.fingerprint();
    assert_eq!(printed.len(), 64 + 15);
    assert_eq!(printed.split(' ').count(), 16);
    assert!(printed.split(' ').all(|group| group.len() == 4));
    let plain: String = printed.chars().filter(|c| *c != ' ').collect();
    let upper = plain.to_uppercase();
    let colons: Vec<String> = plain.as_bytes().chunks(2).map(|p| String::from_utf8(p.to_vec()).unwrap()).collect();
    let full_width: String = upper.chars().map(|c| char::from_u32(u32::from(c) + 0xFEE0).unwrap()).collect::<String>();
    let spaced_full_width = full_width.chars().enumerate().fold(String::new(), |mut out, (i, c)| {
        if i > 0 && i % 4 == 0 {
            out.push('\u{3000}');
        }
        out.push(c);
        out
    });
    for typed in [
        printed.clone(),
        plain.clone(),
        upper.clone(),
        colons.join(":"),
        colons.join("-").to_uppercase(),
        format!("  {printed}\n"),
        full_width,
        spaced_full_width,
        printed.replace(' ', "－"),
    ] {
        assert_eq!(normalize_fingerprint(&typed).as_deref(), Some(printed.as_str()), "{typed}");
    }
    for wrong in ["", &plain[..63], &format!("{plain}0"), &plain.replace(&plain[..1], "g"), &format!("0x{plain}")] {
        assert_eq!(normalize_fingerprint(wrong), None, "{wrong}");
    }
}

#[test]
fn every_problem_is_worded_in_both_languages() {
    let problems: Vec<Box<dyn Describe>> = vec![
        Box::new(KeyProblem::NotPem),
        Box::new(KeyProblem::PublicKeyGiven),
        Box::new(KeyProblem::OtherPem { label: "CERTIFICATE".into() }),
        Box::new(KeyProblem::NotSm2 { algorithm: "EC P-256".into() }),
        Box::new(KeyProblem::PassphraseNeeded),
        Box::new(KeyProblem::WrongPassphrase),
        Box::new(KeyProblem::EncryptionUnsupported { detail: "PBES1".into() }),
        Box::new(KeyProblem::Malformed { detail: "bad".into() }),
        Box::new(VerifyProblem::KeyNotSpki),
        Box::new(VerifyProblem::KeyNotSm2 { algorithm: "Ed25519".into() }),
        Box::new(VerifyProblem::KeyOffCurve),
        Box::new(VerifyProblem::SignatureNotDer),
        Box::new(VerifyProblem::Mismatch),
    ];
    let mut seen = std::collections::HashSet::new();
    for problem in &problems {
        let zh = problem.message(Lang::ZhCn);
        let en = problem.message(Lang::En);
        assert!(!zh.contains('{') && !en.contains('{'), "{zh} / {en}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh}");
        assert!(seen.insert(problem.describe().key), "each problem has its own words: {en}");
    }
    assert_eq!(KeyProblem::NotSm2 { algorithm: "EC P-256".into() }.message(Lang::En).matches("P-256").count(), 1);
}

// Interoperability with OpenSSL 3 (`openssl` on the PATH).

#[test]
fn openssl_verifies_our_signature_and_we_verify_its() {
    if !have_openssl() {
        return;
    }
    let dir = Scratch::new();
    let key = KeyPair::generate(&mut OsRng);
    dir.write("data", DATA);
    dir.write("pub.pem", key.public_key_pem());
    dir.write("ours.der", key.sign(DATA));
    assert!(openssl_verifies(&dir.0, "pub.pem", "data", "ours.der"), "OpenSSL verifies our signature");
    let mut changed = DATA.to_vec();
    changed[10] ^= 0x20;
    dir.write("changed", &changed);
    assert!(!openssl_verifies(&dir.0, "pub.pem", "changed", "ours.der"), "and refuses it over other bytes");

    // OpenSSL signs with our key (its unencrypted PEM) and we verify.
    dir.write("key.pem", key.to_pem());
    let mut args = vec!["pkeyutl", "-sign", "-inkey", "key.pem", "-rawin", "-in", "data", "-out", "theirs.der"];
    args.extend(SIGN_ARGS);
    openssl_ok(&dir.0, &args);
    assert_eq!(verify(&key.public_key_der(), DATA, &dir.read("theirs.der")), Ok(()));
    assert_eq!(verify(&key.public_key_der(), &changed, &dir.read("theirs.der")), Err(VerifyProblem::Mismatch));
}

#[test]
fn a_key_made_by_openssl_signs_here_and_its_fingerprint_is_sm3_of_its_public_der() {
    if !have_openssl() {
        return;
    }
    let dir = Scratch::new();
    openssl_ok(&dir.0, &["genpkey", "-algorithm", "SM2", "-out", "key.pem"]);
    openssl_ok(&dir.0, &["pkey", "-in", "key.pem", "-pubout", "-outform", "DER", "-out", "pub.der"]);
    openssl_ok(&dir.0, &["pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem"]);
    let key = KeyPair::from_pem(&dir.read_text("key.pem"), None).unwrap();
    assert_eq!(key.public_key_der(), dir.read("pub.der"), "the same SubjectPublicKeyInfo DER as OpenSSL's");

    // The fingerprint, computed apart from this crate: Python's SM3 over OpenSSL's DER.
    let python = Command::new("python3")
        .args(["-c", "import hashlib,sys; print(hashlib.new('sm3', open(sys.argv[1],'rb').read()).hexdigest())"])
        .arg(dir.path("pub.der"))
        .output()
        .expect("python3 runs");
    assert!(python.status.success(), "{}", String::from_utf8_lossy(&python.stderr));
    let hex = String::from_utf8(python.stdout).unwrap().trim().to_string();
    assert_eq!(hex.len(), 64);
    assert_eq!(normalize_fingerprint(&hex).unwrap(), key.fingerprint());
    assert_eq!(fingerprint_of_spki(&dir.read("pub.der")), key.fingerprint());

    dir.write("data", DATA);
    dir.write("ours.der", key.sign(DATA));
    assert!(openssl_verifies(&dir.0, "pub.pem", "data", "ours.der"));
}

#[test]
fn openssl_reads_our_encrypted_export_and_we_read_its() {
    if !have_openssl() {
        return;
    }
    let dir = Scratch::new();
    let key = KeyPair::generate(&mut OsRng);
    dir.write("ours.pem", key.to_encrypted_pem("secret pass 口令", &mut OsRng));
    openssl_ok(
        &dir.0,
        &[
            "pkey",
            "-in",
            "ours.pem",
            "-passin",
            "pass:secret pass 口令",
            "-pubout",
            "-outform",
            "DER",
            "-out",
            "pub.der",
        ],
    );
    assert_eq!(dir.read("pub.der"), key.public_key_der(), "OpenSSL opened our export to the same key");
    let (ok, _) = openssl(&dir.0, &["pkey", "-in", "ours.pem", "-passin", "pass:wrong", "-noout"]);
    assert!(!ok, "and refuses a wrong passphrase");

    // OpenSSL's own encrypted PKCS#8 (PBES2, AES-256-CBC), from its own key.
    openssl_ok(&dir.0, &["genpkey", "-algorithm", "SM2", "-out", "plain.pem"]);
    openssl_ok(
        &dir.0,
        &[
            "pkcs8",
            "-topk8",
            "-v2",
            "aes-256-cbc",
            "-in",
            "plain.pem",
            "-passout",
            "pass:их пароль",
            "-out",
            "theirs.pem",
        ],
    );
    openssl_ok(&dir.0, &["pkey", "-in", "plain.pem", "-pubout", "-outform", "DER", "-out", "theirs.der"]);
    let theirs = dir.read_text("theirs.pem");
    assert!(theirs.contains("ENCRYPTED PRIVATE KEY"));
    let opened = KeyPair::from_pem(&theirs, Some("их пароль")).unwrap();
    assert_eq!(opened.public_key_der(), dir.read("theirs.der"));
    assert_eq!(KeyPair::from_pem(&theirs, Some("wrong")).unwrap_err(), KeyProblem::WrongPassphrase);
    assert_eq!(KeyPair::from_pem(&theirs, None).unwrap_err(), KeyProblem::PassphraseNeeded);
}

#[test]
fn keys_openssl_makes_for_other_algorithms_are_not_taken_for_sm2() {
    if !have_openssl() {
        return;
    }
    let dir = Scratch::new();
    openssl_ok(&dir.0, &["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "p256.pem"]);
    openssl_ok(&dir.0, &["genpkey", "-algorithm", "ED25519", "-out", "ed25519.pem"]);
    openssl_ok(&dir.0, &["pkey", "-in", "p256.pem", "-pubout", "-outform", "DER", "-out", "p256.der"]);
    openssl_ok(&dir.0, &["genpkey", "-algorithm", "SM2", "-out", "sm2.pem"]);
    openssl_ok(&dir.0, &["pkey", "-in", "sm2.pem", "-pubout", "-out", "sm2.pub.pem"]);
    assert_eq!(
        KeyPair::from_pem(&dir.read_text("p256.pem"), None).unwrap_err(),
        KeyProblem::NotSm2 { algorithm: "EC P-256".into() }
    );
    assert_eq!(
        KeyPair::from_pem(&dir.read_text("ed25519.pem"), None).unwrap_err(),
        KeyProblem::NotSm2 { algorithm: "Ed25519".into() }
    );
    assert_eq!(KeyPair::from_pem(&dir.read_text("sm2.pub.pem"), None).unwrap_err(), KeyProblem::PublicKeyGiven);
    let key = KeyPair::generate(&mut OsRng);
    assert_eq!(
        verify(&dir.read("p256.der"), DATA, &key.sign(DATA)),
        Err(VerifyProblem::KeyNotSm2 { algorithm: "EC P-256".into() })
    );
}

// Reports: `sign_report` and `Sm2Checker` through the core's `verify_with`.

mod reports {
    use selfcheck_core::report::signature::SignatureState;
    use selfcheck_core::report::verify::{verify_with, Finding};
    use selfcheck_core::report::{build_provider_report, signed_bytes, to_canonical_json, LoadProblem};
    use selfcheck_core::{Answer, Date, ProviderWork, Status};

    use super::*;

    const SIGNED_AT: &str = "2026-12-07T08:00:00+08:00";

    /// A report as the app writes it, with one answer of `status`.
    fn report(status: Status) -> String {
        let mut work = ProviderWork::default();
        work.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(status));
        let day = Date::from_ymd(2026, 11, 21).unwrap();
        to_canonical_json(&build_provider_report(&work, "2026-11-21T09:30:00Z", day))
    }

    fn member(text: &str) -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(text).unwrap()["signature"].clone()
    }

    /// `text` with its signature member's `field` set to `value`.
    fn with_member(text: &str, field: &str, value: &str) -> String {
        let old = member(text)[field].as_str().unwrap().to_string();
        let old = serde_json::to_string(&old).unwrap();
        assert_eq!(text.matches(&old).count(), 1, "{field} appears once");
        text.replace(&old, &serde_json::to_string(value).unwrap())
    }

    #[test]
    fn a_signed_report_verifies_keeps_its_digest_and_names_its_signer() {
        let key = KeyPair::generate(&mut OsRng);
        let text = report(Status::Met);
        let signed = sign_report(&text, &key, SIGNED_AT).unwrap();
        assert!(signed.starts_with(text.trim_end().strip_suffix('}').unwrap().trim_end()), "the text is kept");
        assert_eq!(signed_bytes(&signed).unwrap(), signed_bytes(&text).unwrap());
        let verified = verify_with(signed.as_bytes(), &Sm2Checker).unwrap();
        assert!(verified.is_consistent(), "{:?}", verified.findings);
        let signer = verified.signer.unwrap();
        assert_eq!(signer.state, SignatureState::Valid);
        assert_eq!(signer.fingerprint, key.fingerprint());
        assert_eq!(signer.signed_at, SIGNED_AT);
        assert!(signer.is_key(&key.fingerprint().to_uppercase().replace(' ', ":")));
        let stated = member(&signed);
        assert_eq!(stated["algorithm"], ALGORITHM);
        assert_eq!(stated["distinguishing_id"], DISTINGUISHING_ID);
        assert_eq!(stated["fingerprint"], key.fingerprint().as_str());
        assert!(!signed.contains(key.to_pem().lines().nth(1).unwrap()), "never the private key");
    }

    #[test]
    fn an_edited_report_or_a_signature_moved_to_another_does_not_match() {
        let key = KeyPair::generate(&mut OsRng);
        let signed = sign_report(&report(Status::Met), &key, SIGNED_AT).unwrap();
        // An answer changed (and so its digest): the signature no longer holds.
        let edited = signed.replacen("\"met\"", "\"not_met\"", 1);
        assert_ne!(edited, signed);
        let verified = verify_with(edited.as_bytes(), &Sm2Checker).unwrap();
        assert!(verified.findings.contains(&Finding::SignatureDoesNotMatch), "{:?}", verified.findings);
        assert_eq!(verified.signer.as_ref().unwrap().state, SignatureState::DoesNotMatch);
        assert!(verified.is_edited());

        // The whole member moved onto another report: that report's digest is its own and
        // matches, the signature does not.
        let other = report(Status::NotMet);
        let at = signed.find(",\n  \"signature\"").unwrap();
        let moved = format!("{},{}", other.trim_end().strip_suffix('}').unwrap().trim_end(), &signed[at + 1..]);
        let verified = verify_with(moved.as_bytes(), &Sm2Checker).unwrap();
        assert_eq!(verified.findings, vec![Finding::SignatureDoesNotMatch]);

        // Signed by another key, named with that key's own fingerprint: valid, but not ours.
        let stranger = KeyPair::generate(&mut OsRng);
        let theirs = sign_report(&report(Status::Met), &stranger, SIGNED_AT).unwrap();
        let signer = verify_with(theirs.as_bytes(), &Sm2Checker).unwrap().signer.unwrap();
        assert_eq!(signer.state, SignatureState::Valid);
        assert!(!signer.is_key(&key.fingerprint()));
    }

    #[test]
    fn hostile_members_are_refused_with_the_member_named() {
        let key = KeyPair::generate(&mut OsRng);
        let signed = sign_report(&report(Status::Met), &key, SIGNED_AT).unwrap();
        let spki = key.public_key_der();
        let mut off_curve = spki.clone();
        let last = off_curve.len() - 1;
        off_curve[last] ^= 1;
        use base64ct::{Base64, Encoding};
        let b64 = |bytes: &[u8]| Base64::encode_string(bytes);
        let other = KeyPair::generate(&mut OsRng);
        let cases = [
            ("public_key", "not base64!".to_string(), SignatureFault::NotBase64 { field: "public_key" }),
            ("value", "****".to_string(), SignatureFault::NotBase64 { field: "value" }),
            ("public_key", b64(&off_curve), SignatureFault::NotAPublicKey),
            ("public_key", b64(b"\x30\x03\x02\x01\x01"), SignatureFault::NotAPublicKey),
            ("public_key", b64(&other.public_key_der()), SignatureFault::FingerprintNotTheKeys),
            ("fingerprint", other.fingerprint(), SignatureFault::FingerprintNotTheKeys),
            ("fingerprint", "not a fingerprint".to_string(), SignatureFault::FingerprintNotTheKeys),
            ("value", b64(&[0u8; 64]), SignatureFault::NotASignature),
            ("value", "A".repeat(10_000), SignatureFault::TooLong { field: "value" }),
        ];
        for (field, value, fault) in cases {
            let hostile = with_member(&signed, field, &value);
            let problem = verify_with(hostile.as_bytes(), &Sm2Checker).unwrap_err();
            assert_eq!(problem, LoadProblem::Signature(fault.clone()), "{field}: {value}");
            let words = problem.message(Lang::En);
            assert!(words.contains(&format!("signature.{}", fault.field())), "{words}");
        }
        // The other key's public key with the other key's fingerprint: a well-formed
        // member whose signature is not that key's.
        let swapped = with_member(
            &with_member(&signed, "public_key", &b64(&other.public_key_der())),
            "fingerprint",
            &other.fingerprint(),
        );
        assert_eq!(
            verify_with(swapped.as_bytes(), &Sm2Checker).unwrap().findings,
            vec![Finding::SignatureDoesNotMatch]
        );
    }

    #[test]
    fn signing_refuses_what_it_should_not_vouch_for() {
        let key = KeyPair::generate(&mut OsRng);
        let text = report(Status::Met);
        assert!(matches!(sign_report("{}", &key, SIGNED_AT), Err(SignProblem::Load(_))));
        assert!(matches!(sign_report("not json", &key, SIGNED_AT), Err(SignProblem::Load(_))));
        let edited = text.replacen("\"met\"", "\"not_met\"", 1);
        assert_eq!(sign_report(&edited, &key, SIGNED_AT), Err(SignProblem::DigestMismatch));
        let signed = sign_report(&text, &key, SIGNED_AT).unwrap();
        assert_eq!(
            sign_report(&signed, &KeyPair::generate(&mut OsRng), SIGNED_AT),
            Err(SignProblem::AlreadySigned { fingerprint: key.fingerprint() })
        );
        assert_eq!(sign_report(&text, &key, "today"), Err(SignProblem::SignedAt { found: "today".into() }));
        for problem in [
            SignProblem::DigestMismatch,
            SignProblem::AlreadySigned { fingerprint: key.fingerprint() },
            SignProblem::SignedAt { found: "x".into() },
        ] {
            for lang in Lang::ALL {
                assert!(!problem.message(lang).contains('{'), "{}", problem.message(lang));
            }
        }
    }
}
