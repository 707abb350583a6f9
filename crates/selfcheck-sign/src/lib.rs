//! SM2 signatures (GB/T 32918.2, with the SM3 hash of GB/T 32905) for the tool's reports.
//!
//! A signing key is an SM2 key pair, kept and exchanged as PKCS#8 PEM, the form OpenSSL 3
//! writes (`openssl genpkey -algorithm SM2`) and reads (`openssl pkey`); an encrypted key is
//! PBES2 (PBKDF2-SHA256, AES-256-CBC), the one scheme both sides accept. A public key
//! travels as its SubjectPublicKeyInfo DER, and is known to people by its fingerprint: SM3
//! of that DER, in hex groups of four, the form printed on the sealed cover. A signature is
//! DER (`SEQUENCE { r INTEGER, s INTEGER }`), as `openssl pkeyutl` writes and reads it, made
//! with the standard's default distinguishing ID, which is recorded with it.
//!
//! The crate has no random source of its own: whoever generates a key or encrypts one
//! brings it (the operating system's natively, the browser's in the first-use module), so
//! it compiles for wasm32 unchanged.

use pkcs8::der::asn1::UintRef;
use pkcs8::der::{self, Decode, DecodeValue, Encode, EncodeValue, Header, Length, Reader, Sequence, Writer};
use pkcs8::spki::SubjectPublicKeyInfoRef;
use pkcs8::{
    pkcs5, DecodePrivateKey, EncodePrivateKey, EncodePublicKey, EncryptedPrivateKeyInfo, LineEnding, ObjectIdentifier,
    PrivateKeyInfo,
};
use rand_core::CryptoRngCore;
use selfcheck_core::messages::{Describe, Message, M};
use selfcheck_core::report::signature::group_of_four;
use selfcheck_core::report::{
    add_signature, load_report, signed_bytes, LoadProblem, LoadWarning, ReportSignature, SignatureChecker,
    SignatureFault,
};
use selfcheck_core::Timestamp;
use sm2::dsa::signature::{Signer, Verifier};
use sm2::dsa::{Signature, SigningKey, VerifyingKey};
use sm2::{PublicKey, SecretKey};

/// The distinguishing ID (GB/T 32918.2's ID_A) every signature here is made and checked
/// with: the standard's default, `1234567812345678`, which OpenSSL is given as
/// `-pkeyopt distid:…`. The core's constant, which a report's member must name.
pub const DISTINGUISHING_ID: &str = selfcheck_core::report::signature::DISTINGUISHING_ID;

/// The algorithm a report's signature names, `SM2-SM3`: SM2 signatures over SM3 (the core's).
pub const ALGORITHM: &str = selfcheck_core::report::signature::SIGNATURE_ALGORITHM;

/// PBKDF2-SHA256 iterations of an encrypted export (`KeyPair::to_encrypted_pem`).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// The most PBKDF2 iterations an encrypted key may ask for when read: a hostile file
/// could otherwise ask for four billion (OpenSSL writes 2,048 by default).
const MAX_PBKDF2_ITERATIONS: u32 = 10_000_000;

/// The most memory (bytes) an scrypt-encrypted key may ask for when read.
const MAX_SCRYPT_MEMORY: u64 = 64 << 20;

/// id-ecPublicKey (RFC 5480): the algorithm of an elliptic-curve key, its curve the parameter.
const ID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");

/// The SM2 curve (GM/T 0006).
const SM2_CURVE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.156.10197.1.301");

/// An SM2 signing key (its private and public halves).
#[derive(Clone)]
pub struct KeyPair {
    secret: SecretKey,
}

impl std::fmt::Debug for KeyPair {
    /// The fingerprint only: the private key is never written by a debug print.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair").field("fingerprint", &self.fingerprint()).finish_non_exhaustive()
    }
}

/// Why a PEM text is not a signing key this tool can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Not PEM at all (no `-----BEGIN …-----` block that decodes).
    NotPem,
    /// A public key, where the private key is needed.
    PublicKeyGiven,
    /// PEM of another kind (a certificate, a SEC1 "EC PRIVATE KEY", …): its label.
    OtherPem { label: String },
    /// A PKCS#8 key, but not an SM2 one: the algorithm (and curve) it names.
    NotSm2 { algorithm: String },
    /// An encrypted key, and no passphrase given.
    PassphraseNeeded,
    /// An encrypted key the passphrase does not open.
    WrongPassphrase,
    /// An encrypted key whose scheme this tool does not read (or whose cost is beyond
    /// its limits): what it is.
    EncryptionUnsupported { detail: String },
    /// PKCS#8 that does not decode as a key.
    Malformed { detail: String },
    /// A public key ("PUBLIC KEY") that is not a usable SM2 key: why.
    PublicKeyInvalid(VerifyProblem),
}

/// Why a signature does not verify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyProblem {
    /// The public key is not a SubjectPublicKeyInfo DER.
    KeyNotSpki,
    /// The public key is not an SM2 key: the algorithm (and curve) it names.
    KeyNotSm2 { algorithm: String },
    /// The public key's point is not on the SM2 curve.
    KeyOffCurve,
    /// The signature is not a DER `SEQUENCE { r, s }` with r and s in range.
    SignatureNotDer,
    /// The signature was not made by this key over these bytes.
    Mismatch,
}

impl KeyPair {
    /// A new key pair from `rng` (the operating system's or the browser's random source).
    pub fn generate(rng: &mut impl CryptoRngCore) -> KeyPair {
        KeyPair { secret: SecretKey::random(rng) }
    }

    /// The key in a PKCS#8 PEM: "PRIVATE KEY" (as `openssl genpkey -algorithm SM2`
    /// writes it) or "ENCRYPTED PRIVATE KEY" (PBES2), opened with `passphrase`.
    pub fn from_pem(text: &str, passphrase: Option<&str>) -> Result<KeyPair, KeyProblem> {
        let (label, der) = pkcs8::der::pem::decode_vec(pem_block(text).ok_or(KeyProblem::NotPem)?.as_bytes())
            .map_err(|_| KeyProblem::NotPem)?;
        match label {
            "PRIVATE KEY" => KeyPair::from_pkcs8_der(&der),
            "ENCRYPTED PRIVATE KEY" => {
                let encrypted = EncryptedPrivateKeyInfo::from_der(&der)
                    .map_err(|e| KeyProblem::Malformed { detail: e.to_string() })?;
                check_encryption(&encrypted.encryption_algorithm)?;
                let passphrase = passphrase.ok_or(KeyProblem::PassphraseNeeded)?;
                // A wrong passphrase shows as bad padding, or (one time in a few hundred)
                // as padding that happens to pass over bytes that are not a key.
                let plain = encrypted.decrypt(passphrase).map_err(|_| KeyProblem::WrongPassphrase)?;
                match PrivateKeyInfo::from_der(plain.as_bytes()) {
                    Ok(_) => KeyPair::from_pkcs8_der(plain.as_bytes()),
                    Err(_) => Err(KeyProblem::WrongPassphrase),
                }
            }
            "PUBLIC KEY" => Err(KeyProblem::PublicKeyGiven),
            other => Err(KeyProblem::OtherPem { label: other.to_string() }),
        }
    }

    fn from_pkcs8_der(der: &[u8]) -> Result<KeyPair, KeyProblem> {
        let info = PrivateKeyInfo::from_der(der).map_err(|e| KeyProblem::Malformed { detail: e.to_string() })?;
        let algorithm = algorithm_name(info.algorithm.oid, info.algorithm.parameters_oid().ok());
        if info.algorithm.oid != ID_EC_PUBLIC_KEY || info.algorithm.parameters_oid().ok() != Some(SM2_CURVE) {
            return Err(KeyProblem::NotSm2 { algorithm });
        }
        let secret = SecretKey::from_pkcs8_der(der).map_err(|e| KeyProblem::Malformed { detail: e.to_string() })?;
        Ok(KeyPair { secret })
    }

    /// The key as unencrypted PKCS#8 PEM ("PRIVATE KEY"), what the browser keeps.
    pub fn to_pem(&self) -> String {
        let pem = self.secret.to_pkcs8_pem(LineEnding::LF).expect("an SM2 key encodes as PKCS#8");
        pem.as_str().to_string()
    }

    /// The key as encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY"): PBES2 with
    /// PBKDF2-SHA256 (`PBKDF2_ITERATIONS`, a random 16-byte salt) and AES-256-CBC (a random
    /// IV), which `openssl pkey -in K.pem -passin pass:…` reads.
    pub fn to_encrypted_pem(&self, passphrase: &str, rng: &mut impl CryptoRngCore) -> String {
        self.to_encrypted_pem_with(passphrase, rng, PBKDF2_ITERATIONS)
    }

    fn to_encrypted_pem_with(&self, passphrase: &str, rng: &mut impl CryptoRngCore, iterations: u32) -> String {
        let mut salt = [0u8; 16];
        let mut iv = [0u8; 16];
        rng.fill_bytes(&mut salt);
        rng.fill_bytes(&mut iv);
        let params = pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(iterations, &salt, &iv)
            .expect("the iteration count is within PBKDF2's limit");
        let plain = self.secret.to_pkcs8_der().expect("an SM2 key encodes as PKCS#8");
        let info = PrivateKeyInfo::from_der(plain.as_bytes()).expect("its own PKCS#8 decodes");
        let encrypted = info.encrypt_with_params(params, passphrase).expect("AES-256-CBC encrypts any length");
        let pem = encrypted.to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF).expect("DER encodes as PEM");
        pem.as_str().to_string()
    }

    /// The public key, SubjectPublicKeyInfo DER (id-ecPublicKey on the SM2 curve, the
    /// point uncompressed), as `openssl pkey -pubout -outform DER` writes it.
    pub fn public_key_der(&self) -> Vec<u8> {
        self.secret.public_key().to_public_key_der().expect("an SM2 point encodes").into_vec()
    }

    /// The public key as PEM ("PUBLIC KEY").
    pub fn public_key_pem(&self) -> String {
        self.secret.public_key().to_public_key_pem(LineEnding::LF).expect("an SM2 point encodes")
    }

    /// The public key's fingerprint (`fingerprint_of_spki`).
    pub fn fingerprint(&self) -> String {
        fingerprint_of_spki(&self.public_key_der())
    }

    /// The SM2 signature of `bytes` (with `DISTINGUISHING_ID`), DER.
    pub fn sign(&self, bytes: &[u8]) -> Vec<u8> {
        let key = SigningKey::new(DISTINGUISHING_ID, &self.secret).expect("a key from SecretKey is valid");
        let signature: Signature = key.sign(bytes);
        signature_to_der(&signature)
    }
}

/// The fingerprint of the key in a PEM text: a public key ("PUBLIC KEY", an SM2
/// SubjectPublicKeyInfo) or a private key as `KeyPair::from_pem` reads it.
pub fn fingerprint_of_pem(text: &str, passphrase: Option<&str>) -> Result<String, KeyProblem> {
    let (label, der) = pkcs8::der::pem::decode_vec(pem_block(text).ok_or(KeyProblem::NotPem)?.as_bytes())
        .map_err(|_| KeyProblem::NotPem)?;
    if label != "PUBLIC KEY" {
        return KeyPair::from_pem(text, passphrase).map(|key| key.fingerprint());
    }
    match public_key_of_spki(&der) {
        Ok(_) => Ok(fingerprint_of_spki(&der)),
        Err(VerifyProblem::KeyNotSm2 { algorithm }) => Err(KeyProblem::NotSm2 { algorithm }),
        Err(problem) => Err(KeyProblem::PublicKeyInvalid(problem)),
    }
}

/// The first PEM block of a text (a file may have words before or after it, as
/// `openssl pkcs12` writes "Bag Attributes").
fn pem_block(text: &str) -> Option<&str> {
    let start = text.find("-----BEGIN ")?;
    let end_line = start + text[start..].find("-----END ")? + "-----END ".len();
    let end = end_line + text[end_line..].find("-----")? + "-----".len();
    Some(&text[start..end])
}

/// Refuses the encryption schemes (and costs) an encrypted key may not ask for, before any
/// work: PBES1, PBKDF2 beyond `MAX_PBKDF2_ITERATIONS`, scrypt beyond `MAX_SCRYPT_MEMORY`.
fn check_encryption(scheme: &pkcs5::EncryptionScheme<'_>) -> Result<(), KeyProblem> {
    let unsupported = |detail: String| Err(KeyProblem::EncryptionUnsupported { detail });
    let Some(pbes2) = scheme.pbes2() else {
        return unsupported(format!("PBES1 ({})", scheme.oid()));
    };
    if let Some(pbkdf2) = pbes2.kdf.pbkdf2() {
        if pbkdf2.iteration_count > MAX_PBKDF2_ITERATIONS {
            return unsupported(format!("PBKDF2, {} iterations", pbkdf2.iteration_count));
        }
    } else if let Some(scrypt) = pbes2.kdf.scrypt() {
        let memory = scrypt.cost_parameter.saturating_mul(128 * u64::from(scrypt.block_size));
        if memory > MAX_SCRYPT_MEMORY || scrypt.parallelization > 16 {
            return unsupported(format!(
                "scrypt N={} r={} p={}",
                scrypt.cost_parameter, scrypt.block_size, scrypt.parallelization
            ));
        }
    }
    Ok(())
}

/// An algorithm and its parameter as a person can look them up: the names of the few
/// a key is likely to be, the dotted OID otherwise.
fn algorithm_name(oid: ObjectIdentifier, parameter: Option<ObjectIdentifier>) -> String {
    let name = |oid: ObjectIdentifier| -> String {
        match oid.to_string().as_str() {
            "1.2.840.10045.2.1" => "EC".into(),
            "1.2.840.113549.1.1.1" => "RSA".into(),
            "1.3.101.112" => "Ed25519".into(),
            "1.3.101.113" => "Ed448".into(),
            "1.3.101.110" => "X25519".into(),
            "1.2.840.10045.3.1.7" => "P-256".into(),
            "1.3.132.0.34" => "P-384".into(),
            "1.3.132.0.35" => "P-521".into(),
            "1.3.132.0.10" => "secp256k1".into(),
            "1.2.156.10197.1.301" => "SM2".into(),
            other => other.into(),
        }
    };
    match parameter {
        Some(parameter) => format!("{} {}", name(oid), name(parameter)),
        None => name(oid),
    }
}

/// The fingerprint of a public key: SM3 of its SubjectPublicKeyInfo DER, lower-case hex in
/// sixteen groups of four separated by spaces (the form printed on the cover).
pub fn fingerprint_of_spki(der: &[u8]) -> String {
    use sm3::Digest;
    group_of_four(&hex(&sm3::Sm3::digest(der)))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|b| [DIGITS[usize::from(b >> 4)] as char, DIGITS[usize::from(b & 15)] as char]).collect()
}

/// A fingerprint as a person typed it from a printed cover (spaces, colons, dashes, upper
/// case, full-width forms) in the form `fingerprint_of_spki` writes; None unless it is 64
/// hex digits. The core's, which a platform's recorded fingerprint goes through too.
pub use selfcheck_core::report::signature::normalize_fingerprint;

/// Checks that `signature_der` is the SM2 signature (with `DISTINGUISHING_ID`) of `bytes`
/// by the key whose SubjectPublicKeyInfo DER is `spki_der`.
pub fn verify(spki_der: &[u8], bytes: &[u8], signature_der: &[u8]) -> Result<(), VerifyProblem> {
    let key = public_key_of_spki(spki_der)?;
    let signature = signature_from_der(signature_der).ok_or(VerifyProblem::SignatureNotDer)?;
    let verifying = VerifyingKey::new(DISTINGUISHING_ID, key).map_err(|_| VerifyProblem::KeyOffCurve)?;
    verifying.verify(bytes, &signature).map_err(|_| VerifyProblem::Mismatch)
}

/// The SM2 public key of a SubjectPublicKeyInfo DER.
fn public_key_of_spki(spki_der: &[u8]) -> Result<PublicKey, VerifyProblem> {
    let spki = SubjectPublicKeyInfoRef::from_der(spki_der).map_err(|_| VerifyProblem::KeyNotSpki)?;
    let curve = spki.algorithm.parameters_oid().ok();
    if spki.algorithm.oid != ID_EC_PUBLIC_KEY || curve != Some(SM2_CURVE) {
        return Err(VerifyProblem::KeyNotSm2 { algorithm: algorithm_name(spki.algorithm.oid, curve) });
    }
    let point = spki.subject_public_key.as_bytes().ok_or(VerifyProblem::KeyOffCurve)?;
    PublicKey::from_sec1_bytes(point).map_err(|_| VerifyProblem::KeyOffCurve)
}

/// `SEQUENCE { r INTEGER, s INTEGER }`, both unsigned and minimally encoded (DER).
struct DerSignature<'a> {
    r: UintRef<'a>,
    s: UintRef<'a>,
}

impl<'a> DecodeValue<'a> for DerSignature<'a> {
    fn decode_value<R: Reader<'a>>(reader: &mut R, header: Header) -> der::Result<Self> {
        reader.read_nested(header.length, |reader| Ok(DerSignature { r: reader.decode()?, s: reader.decode()? }))
    }
}

impl EncodeValue for DerSignature<'_> {
    fn value_len(&self) -> der::Result<Length> {
        self.r.encoded_len()? + self.s.encoded_len()?
    }

    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        self.r.encode(writer)?;
        self.s.encode(writer)
    }
}

impl<'a> Sequence<'a> for DerSignature<'a> {}

fn signature_to_der(signature: &Signature) -> Vec<u8> {
    let (r, s) = (signature.r_bytes(), signature.s_bytes());
    let der = DerSignature { r: UintRef::new(&r).expect("r fits"), s: UintRef::new(&s).expect("s fits") };
    der.to_der().expect("two integers encode")
}

/// The signature of a DER `SEQUENCE { r, s }`, r and s in 1..n; None otherwise.
fn signature_from_der(der: &[u8]) -> Option<Signature> {
    let parsed = DerSignature::from_der(der).ok()?;
    let field = |uint: UintRef<'_>| -> Option<[u8; 32]> {
        let bytes = uint.as_bytes();
        let mut out = [0u8; 32];
        out.get_mut(32usize.checked_sub(bytes.len())?..)?.copy_from_slice(bytes);
        Some(out)
    };
    Signature::from_scalars(field(parsed.r)?, field(parsed.s)?).ok()
}

impl Describe for KeyProblem {
    fn describe(&self) -> Message {
        match self {
            KeyProblem::NotPem => Message::new(M::SignKeyNotPem),
            KeyProblem::PublicKeyGiven => Message::new(M::SignKeyIsPublic),
            KeyProblem::OtherPem { label } => Message::new(M::SignKeyOtherPem).with("label", label),
            KeyProblem::NotSm2 { algorithm } => Message::new(M::SignKeyNotSm2).with("algorithm", algorithm),
            KeyProblem::PassphraseNeeded => Message::new(M::SignKeyPassphraseNeeded),
            KeyProblem::WrongPassphrase => Message::new(M::SignKeyWrongPassphrase),
            KeyProblem::EncryptionUnsupported { detail } => {
                Message::new(M::SignKeyEncryptionUnsupported).with("detail", detail)
            }
            KeyProblem::Malformed { detail } => Message::new(M::SignKeyMalformed).with("detail", detail),
            KeyProblem::PublicKeyInvalid(problem) => problem.describe(),
        }
    }
}

impl Describe for VerifyProblem {
    fn describe(&self) -> Message {
        match self {
            VerifyProblem::KeyNotSpki => Message::new(M::SignPublicKeyNotSpki),
            VerifyProblem::KeyNotSm2 { algorithm } => Message::new(M::SignPublicKeyNotSm2).with("algorithm", algorithm),
            VerifyProblem::KeyOffCurve => Message::new(M::SignPublicKeyOffCurve),
            VerifyProblem::SignatureNotDer => Message::new(M::SignSignatureNotDer),
            VerifyProblem::Mismatch => Message::new(M::SignSignatureMismatch),
        }
    }
}

/// The SM2 checker of a report's `signature` member (`report::verify::verify_with`): the
/// public key and the signature decoded from base64, the stated fingerprint checked
/// against the key's, and the signature against the signed bytes.
pub struct Sm2Checker;

impl SignatureChecker for Sm2Checker {
    fn check(&self, signed: &[u8], signature: &ReportSignature) -> Result<String, SignatureFault> {
        use base64ct::{Base64, Encoding};
        let decode =
            |field: &'static str, text: &str| Base64::decode_vec(text).map_err(|_| SignatureFault::NotBase64 { field });
        let spki = decode("public_key", &signature.public_key)?;
        let value = decode("value", &signature.value)?;
        public_key_of_spki(&spki).map_err(|_| SignatureFault::NotAPublicKey)?;
        let fingerprint = fingerprint_of_spki(&spki);
        if normalize_fingerprint(&signature.fingerprint).as_deref() != Some(fingerprint.as_str()) {
            return Err(SignatureFault::FingerprintNotTheKeys);
        }
        match verify(&spki, signed, &value) {
            Ok(()) => Ok(fingerprint),
            Err(VerifyProblem::KeyNotSpki | VerifyProblem::KeyNotSm2 { .. } | VerifyProblem::KeyOffCurve) => {
                Err(SignatureFault::NotAPublicKey)
            }
            Err(VerifyProblem::SignatureNotDer) => Err(SignatureFault::NotASignature),
            Err(VerifyProblem::Mismatch) => Err(SignatureFault::DoesNotMatch),
        }
    }
}

/// Why a report was not signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignProblem {
    /// It does not load as a report.
    Load(LoadProblem),
    /// Its digest does not match its content: it was edited since it was written, and
    /// signing it would vouch for that.
    DigestMismatch,
    /// It is signed already (a second signature would hide the first).
    AlreadySigned { fingerprint: String },
    /// The signing time given is not an RFC 3339 time.
    SignedAt { found: String },
}

/// `text` (a report file as written) with a `signature` member by `key`, made at
/// `signed_at` (RFC 3339): over `report::signed_bytes`, so its digest is unchanged and the
/// rest of the text kept byte for byte. Refuses a file that does not load, one whose
/// digest does not match, and one already signed.
pub fn sign_report(text: &str, key: &KeyPair, signed_at: &str) -> Result<String, SignProblem> {
    if Timestamp::parse(signed_at).is_none() {
        return Err(SignProblem::SignedAt { found: signed_at.to_string() });
    }
    let loaded = load_report(text.as_bytes()).map_err(SignProblem::Load)?;
    if let Some(signature) = &loaded.report.signature {
        return Err(SignProblem::AlreadySigned { fingerprint: signature.fingerprint.clone() });
    }
    if loaded.warnings.contains(&LoadWarning::DigestMismatch) {
        return Err(SignProblem::DigestMismatch);
    }
    // The file loaded, so it is JSON.
    let signed = signed_bytes(text).map_err(|_| SignProblem::Load(LoadProblem::NotUtf8))?;
    let member = report_signature(key, &key.sign(&signed), signed_at);
    Ok(add_signature(text, &member).expect("a report that loads is a JSON object"))
}

/// The `signature` member for `signature_der` by `key`.
fn report_signature(key: &KeyPair, signature_der: &[u8], signed_at: &str) -> ReportSignature {
    use base64ct::{Base64, Encoding};
    let spki = key.public_key_der();
    ReportSignature {
        algorithm: ALGORITHM.to_string(),
        distinguishing_id: DISTINGUISHING_ID.to_string(),
        public_key: Base64::encode_string(&spki),
        fingerprint: fingerprint_of_spki(&spki),
        signed_at: signed_at.to_string(),
        value: Base64::encode_string(signature_der),
    }
}

impl Describe for SignProblem {
    fn describe(&self) -> Message {
        match self {
            SignProblem::Load(problem) => problem.describe(),
            SignProblem::DigestMismatch => Message::new(M::SignReportEdited),
            SignProblem::AlreadySigned { fingerprint } => {
                Message::new(M::SignReportAlreadySigned).with("fingerprint", fingerprint)
            }
            SignProblem::SignedAt { found } => Message::new(M::SignReportSignedAt).with("found", found),
        }
    }
}

#[cfg(test)]
mod tests;
