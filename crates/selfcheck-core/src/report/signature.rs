//! A report's signature: who made it, provable without this tool.
//!
//! A signed report carries a last top-level member, `signature`: an SM2 signature
//! (GB/T 32918.2, with SM3) over exactly the bytes the digest covers (`signed_bytes`:
//! the compact JSON with the digest read as `""` and this member left out), so signing
//! leaves the digest as it was and OpenSSL can check it from the README's recipe.
//!
//! The core holds the member's shape, the bytes it covers and what a check found; the
//! arithmetic is `selfcheck-sign`'s, reached through `SignatureChecker`, so that the
//! start-up wasm, which links the core, carries no SM2. The bytes are `canonical`'s
//! (`signed_bytes`), as the digest's are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::messages::{Describe, Message, M};

/// The one algorithm a signature may name: SM2 signing with SM3 hashing.
pub const SIGNATURE_ALGORITHM: &str = "SM2-SM3";
/// GB/T 32918's default distinguishing ID, the one OpenSSL's `distid` is given.
pub const DISTINGUISHING_ID: &str = "1234567812345678";
/// Longest text any member may hold: a 91-byte public key is 124 characters in base64,
/// a signature at most 72 bytes, 96 characters. A longer one is refused before decoding.
pub const MAX_MEMBER_CHARS: usize = 512;

/// The `signature` member of a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportSignature {
    /// Always `SM2-SM3`.
    pub algorithm: String,
    /// The distinguishing ID the signature was made with (GB/T 32918's default,
    /// `1234567812345678`).
    pub distinguishing_id: String,
    /// The signer's public key: its SubjectPublicKeyInfo DER, in base64.
    pub public_key: String,
    /// SM3 of the public key's DER, 64 hex digits in groups of four: what the sealed
    /// printout shows.
    pub fingerprint: String,
    /// When it was signed (RFC 3339).
    pub signed_at: String,
    /// The signature, DER (a SEQUENCE of r and s), in base64.
    pub value: String,
}

/// Why a `signature` member cannot be checked, or why it does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureFault {
    /// A member is longer than any genuine one.
    TooLong { field: &'static str },
    /// An algorithm other than `SM2-SM3`.
    Algorithm { found: String },
    /// A distinguishing ID other than the default.
    DistinguishingId { found: String },
    /// Not base64.
    NotBase64 { field: &'static str },
    /// `public_key` is not an SM2 public key (not SPKI DER, another curve, a point off
    /// the curve).
    NotAPublicKey,
    /// `value` is not a DER signature.
    NotASignature,
    /// `fingerprint` is not the public key's.
    FingerprintNotTheKeys,
    /// `signed_at` is not an RFC 3339 time.
    SignedAt { found: String },
    /// The signature does not match the report's bytes: changed since it was signed, or
    /// a signature taken from another report.
    DoesNotMatch,
}

impl SignatureFault {
    /// The member it concerns, as the file names it.
    pub fn field(&self) -> &'static str {
        match self {
            SignatureFault::TooLong { field } | SignatureFault::NotBase64 { field } => field,
            SignatureFault::Algorithm { .. } => "algorithm",
            SignatureFault::DistinguishingId { .. } => "distinguishing_id",
            SignatureFault::NotAPublicKey => "public_key",
            SignatureFault::NotASignature | SignatureFault::DoesNotMatch => "value",
            SignatureFault::FingerprintNotTheKeys => "fingerprint",
            SignatureFault::SignedAt { .. } => "signed_at",
        }
    }
}

impl Describe for SignatureFault {
    fn describe(&self) -> Message {
        let message = match self {
            SignatureFault::TooLong { .. } => Message::new(M::SignatureTooLong).with("limit", MAX_MEMBER_CHARS),
            SignatureFault::Algorithm { found } => {
                Message::new(M::SignatureAlgorithm).with("found", found).with("expected", SIGNATURE_ALGORITHM)
            }
            SignatureFault::DistinguishingId { found } => {
                Message::new(M::SignatureDistinguishingId).with("found", found).with("expected", DISTINGUISHING_ID)
            }
            SignatureFault::NotBase64 { .. } => Message::new(M::SignatureNotBase64),
            SignatureFault::NotAPublicKey => Message::new(M::SignatureNotAPublicKey),
            SignatureFault::NotASignature => Message::new(M::SignatureNotASignature),
            SignatureFault::FingerprintNotTheKeys => Message::new(M::SignatureFingerprintNotTheKeys),
            SignatureFault::SignedAt { found } => Message::new(M::SignatureSignedAt).with("found", found),
            SignatureFault::DoesNotMatch => Message::new(M::SignatureDoesNotMatch),
        };
        Message::new(M::SignatureMember).with("field", self.field()).message("problem", message)
    }
}

impl ReportSignature {
    /// What can be checked without the arithmetic: sizes, the algorithm and ID named,
    /// the time. The checker decodes and verifies the rest.
    pub fn check_shape(&self) -> Result<(), SignatureFault> {
        let members = [
            ("algorithm", &self.algorithm),
            ("distinguishing_id", &self.distinguishing_id),
            ("public_key", &self.public_key),
            ("fingerprint", &self.fingerprint),
            ("signed_at", &self.signed_at),
            ("value", &self.value),
        ];
        if let Some((field, _)) = members.iter().find(|(_, text)| text.len() > MAX_MEMBER_CHARS) {
            return Err(SignatureFault::TooLong { field });
        }
        if self.algorithm != SIGNATURE_ALGORITHM {
            return Err(SignatureFault::Algorithm { found: self.algorithm.clone() });
        }
        if self.distinguishing_id != DISTINGUISHING_ID {
            return Err(SignatureFault::DistinguishingId { found: self.distinguishing_id.clone() });
        }
        if crate::Timestamp::parse(&self.signed_at).is_none() {
            return Err(SignatureFault::SignedAt { found: self.signed_at.clone() });
        }
        Ok(())
    }
}

/// Checks a signature: `selfcheck-sign`'s SM2, or `NotChecked` where it is not linked.
pub trait SignatureChecker {
    /// The signer's fingerprint, computed from the public key, when `signature` is a
    /// valid signature of `signed`; else why not.
    fn check(&self, signed: &[u8], signature: &ReportSignature) -> Result<String, SignatureFault>;

    /// Whether `check` does the arithmetic (`NotChecked` does not).
    fn checks(&self) -> bool {
        true
    }
}

/// For readers that do not check signatures (the core's own tests, the app's start-up
/// code): a signed report is said to be signed, never to be valid.
pub struct NotChecked;

impl SignatureChecker for NotChecked {
    fn check(&self, _: &[u8], _: &ReportSignature) -> Result<String, SignatureFault> {
        Err(SignatureFault::DoesNotMatch)
    }

    fn checks(&self) -> bool {
        false
    }
}

/// What a check of a signed report found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignatureState {
    /// The signature is the key's, over exactly this report.
    Valid,
    /// It does not match: the report changed after it was signed, or the signature
    /// came from another report.
    DoesNotMatch,
    /// Not checked by this reader.
    NotChecked,
}

/// Who signed a report, and whether the signature holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// The key's fingerprint (`fingerprint` of `ReportSignature`, checked against the key
    /// when the signature was checked).
    pub fingerprint: String,
    pub signed_at: String,
    pub state: SignatureState,
}

impl Signer {
    /// The signer of `signature` over `signed`, as `checker` finds it. A member that is
    /// malformed (not a signature that could ever hold) is the error: a reader refuses
    /// the file with it. One that is well formed but does not match is a signer whose
    /// state says so.
    pub fn checked(
        signature: &ReportSignature,
        signed: &[u8],
        checker: &dyn SignatureChecker,
    ) -> Result<Signer, SignatureFault> {
        signature.check_shape()?;
        let stated = signature.fingerprint.clone();
        let (fingerprint, state) = if !checker.checks() {
            (stated, SignatureState::NotChecked)
        } else {
            match checker.check(signed, signature) {
                Ok(fingerprint) => (fingerprint, SignatureState::Valid),
                Err(SignatureFault::DoesNotMatch) => (stated, SignatureState::DoesNotMatch),
                Err(fault) => return Err(fault),
            }
        };
        Ok(Signer { fingerprint, signed_at: signature.signed_at.clone(), state })
    }

    /// Whether this is the key `expected` names (a fingerprint as typed from a cover).
    pub fn is_key(&self, expected: &str) -> bool {
        normalize_fingerprint(expected).is_some_and(|e| Some(e) == normalize_fingerprint(&self.fingerprint))
    }
}

/// A fingerprint as a person may type it from a printed cover (spaces, colons or dashes
/// between groups, upper case, full-width forms) in its one written form: 64 lower-case
/// hex digits in groups of four. `None` if it is not 64 hex digits.
pub fn normalize_fingerprint(typed: &str) -> Option<String> {
    let mut digits = String::with_capacity(64);
    for c in typed.chars() {
        // Full-width ASCII (U+FF01..=U+FF5E) sits 0xFEE0 above its ASCII form.
        let c = match u32::from(c) {
            code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        match c {
            c if c.is_ascii_hexdigit() => digits.push(c.to_ascii_lowercase()),
            ' ' | '\u{3000}' | ':' | '-' | '\t' | '\n' | '\r' => {}
            _ => return None,
        }
    }
    (digits.len() == 64).then(|| group_of_four(&digits))
}

/// Hex digits in groups of four, separated by spaces.
pub fn group_of_four(hex: &str) -> String {
    let mut out = String::with_capacity(hex.len() + hex.len() / 4);
    for (i, c) in hex.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// `text` (a report file without a `signature` member, as written) with `signature` as
/// its last member. The rest of the text is kept byte for byte.
pub fn add_signature(text: &str, signature: &ReportSignature) -> Option<String> {
    let body = text.trim_end();
    let body = body.strip_suffix('}')?.trim_end();
    let member = serde_json::to_string_pretty(signature).ok()?.replace('\n', "\n  ");
    Some(format!("{body},\n  \"signature\": {member}\n}}\n"))
}

/// How the first-use module answers a key or signing request: the text it made (a key
/// kept in the browser, an exported key, a signed report) and the key's fingerprint, or
/// the problem in both languages. Members, not a `Result`, as `ProviderReportReply`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SigningReply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<crate::Localized>,
}

impl SigningReply {
    pub fn of(made: Result<(String, String), Message>) -> SigningReply {
        match made {
            Ok((text, fingerprint)) => SigningReply { text: Some(text), fingerprint: Some(fingerprint), problem: None },
            Err(message) => SigningReply {
                problem: Some(crate::Localized {
                    zh: message.render(crate::Lang::ZhCn),
                    en: message.render(crate::Lang::En),
                }),
                ..SigningReply::default()
            },
        }
    }

    /// Back to what was made: the text and the key's fingerprint, or why not.
    pub fn into_made(self) -> Result<(String, String), Message> {
        match self {
            SigningReply { text: Some(text), fingerprint: Some(fingerprint), .. } => Ok((text, fingerprint)),
            SigningReply { problem: Some(problem), .. } => {
                Err(Message::new(M::SigningRefused).localized("problem", problem))
            }
            _ => Err(Message::new(M::ModuleUnavailable).with("detail", "no answer")),
        }
    }
}

/// How the first-use module answers "who signed this file?": the signer (`None`:
/// unsigned), or why the file is refused, in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignerReply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<crate::Localized>,
}

impl SignerReply {
    pub fn of(found: Result<Option<Signer>, Message>) -> SignerReply {
        match found {
            Ok(signer) => SignerReply { signer, problem: None },
            Err(message) => SignerReply {
                signer: None,
                problem: Some(crate::Localized {
                    zh: message.render(crate::Lang::ZhCn),
                    en: message.render(crate::Lang::En),
                }),
            },
        }
    }

    /// Back to what was found.
    pub fn into_found(self) -> Result<Option<Signer>, Message> {
        match self {
            SignerReply { problem: Some(problem), .. } => {
                Err(Message::new(M::SigningRefused).localized("problem", problem))
            }
            SignerReply { signer, .. } => Ok(signer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signature() -> ReportSignature {
        ReportSignature {
            algorithm: SIGNATURE_ALGORITHM.into(),
            distinguishing_id: DISTINGUISHING_ID.into(),
            public_key: "MFkw".into(),
            fingerprint: group_of_four(&"ab".repeat(32)),
            signed_at: "2026-12-07T08:00:00Z".into(),
            value: "MEU=".into(),
        }
    }

    /// Answers as a checker would: valid when the bytes are the ones it was given.
    struct Expects(Vec<u8>);

    impl SignatureChecker for Expects {
        fn check(&self, signed: &[u8], signature: &ReportSignature) -> Result<String, SignatureFault> {
            if signed == self.0 {
                Ok(signature.fingerprint.clone())
            } else {
                Err(SignatureFault::DoesNotMatch)
            }
        }
    }

    #[test]
    fn the_modules_reply_round_trips_what_was_made_or_the_problem() {
        let round_trip = |made| {
            let text = serde_json::to_string(&SigningReply::of(made)).unwrap();
            serde_json::from_str::<SigningReply>(&text).unwrap().into_made()
        };
        let made = ("-----BEGIN PRIVATE KEY-----".to_string(), group_of_four(&"ab".repeat(32)));
        assert_eq!(round_trip(Ok(made.clone())), Ok(made));
        let refused = round_trip(Err(Message::new(M::SignatureDoesNotMatch))).unwrap_err();
        assert!(refused.render(crate::Lang::En).contains("does not match"), "{}", refused.render(crate::Lang::En));
        assert!(SigningReply::default().into_made().is_err());
    }

    #[test]
    fn a_typed_fingerprint_is_read_however_it_is_spaced_or_cased() {
        let written = group_of_four(&"0f1e".repeat(16));
        let typed = ["0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E:0F1E", &written];
        for text in typed {
            assert_eq!(normalize_fingerprint(text).as_deref(), Some(written.as_str()), "{text}");
        }
        let full_width: String = "０Ｆ１Ｅ".repeat(16);
        assert_eq!(normalize_fingerprint(&full_width).as_deref(), Some(written.as_str()));
        for wrong in ["", "0f1e", &"0f1e".repeat(17), &"0g1e".repeat(16)] {
            assert_eq!(normalize_fingerprint(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn a_malformed_member_is_refused_before_any_arithmetic_and_located() {
        let checker = Expects(b"x".to_vec());
        type Edit = fn(&mut ReportSignature);
        let cases: [(Edit, &str); 4] = [
            (|s| s.algorithm = "RSA".into(), "algorithm"),
            (|s| s.distinguishing_id = "ALICE123@YAHOO.COM".into(), "distinguishing_id"),
            (|s| s.value = "A".repeat(MAX_MEMBER_CHARS + 1), "value"),
            (|s| s.signed_at = "yesterday".into(), "signed_at"),
        ];
        for (edit, field) in cases {
            let mut member = signature();
            edit(&mut member);
            let fault = Signer::checked(&member, b"x", &checker).unwrap_err();
            assert_eq!(fault.field(), field);
            let words = fault.describe().render(crate::Lang::ZhCn);
            assert!(words.contains(field), "{words}");
        }
    }

    #[test]
    fn a_well_formed_signature_that_does_not_match_is_a_signer_said_not_to_match() {
        let checker = Expects(b"these bytes".to_vec());
        let valid = Signer::checked(&signature(), b"these bytes", &checker).unwrap();
        assert_eq!(valid.state, SignatureState::Valid);
        assert!(valid.is_key(&"AB".repeat(32)));
        assert!(!valid.is_key(&"CD".repeat(32)));
        let edited = Signer::checked(&signature(), b"other bytes", &checker).unwrap();
        assert_eq!(edited.state, SignatureState::DoesNotMatch);
        let unchecked = Signer::checked(&signature(), b"these bytes", &NotChecked).unwrap();
        assert_eq!(unchecked.state, SignatureState::NotChecked);
    }
}
