//! Hostile `signature` members on a genuine report, checked as `selfcheck validate` and
//! `selfcheck verify` check them (`verify_with` and `selfcheck-sign`'s `Sm2Checker`): any
//! JSON where the member goes, and any text in each of its six fields of an otherwise
//! genuine member; refused or judged, never a panic. The raw bytes go straight to the SM2
//! verifier as a public key and a signature too. A member left as it was must still hold.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rand_core::{CryptoRng, RngCore};
use selfcheck_core::report::signature::{SignatureChecker, SignatureState};
use selfcheck_core::report::verify::verify_with;
use selfcheck_core::report::{build_provider_report, signed_bytes, to_canonical_json, ReportSignature};
use selfcheck_core::{Date, ProviderWork};
use selfcheck_sign::{sign_report, KeyPair, Sm2Checker};

/// A fixed stream of bytes posing as a random source: the same key on every run.
struct Fixed(u64);

impl RngCore for Fixed {
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn next_u64(&mut self) -> u64 {
        // SplitMix64.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            chunk.copy_from_slice(&self.next_u64().to_le_bytes()[..chunk.len()]);
        }
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl CryptoRng for Fixed {}

/// The report (unsigned, its text up to the closing brace) and its genuine member.
fn genuine() -> &'static (String, ReportSignature) {
    static GENUINE: OnceLock<(String, ReportSignature)> = OnceLock::new();
    GENUINE.get_or_init(|| {
        let key = KeyPair::generate(&mut Fixed(27));
        let day = Date::from_ymd(2026, 12, 7).expect("a date");
        let text = to_canonical_json(&build_provider_report(&ProviderWork::default(), "2026-12-07T08:00:00Z", day));
        let signed = sign_report(&text, &key, "2026-12-07T08:00:00Z").expect("a genuine report signs");
        let value: serde_json::Value = serde_json::from_str(&signed).expect("JSON");
        let member = serde_json::from_value(value["signature"].clone()).expect("the member");
        let body = text.trim_end().strip_suffix('}').expect("an object").trim_end().to_string();
        (body, member)
    })
}

fn with_member(body: &str, member: &str) -> String {
    format!("{body},\n  \"signature\": {member}\n}}\n")
}

fuzz_target!(|data: &[u8]| {
    let (body, member) = genuine();
    let Some((&mode, rest)) = data.split_first() else {
        // Nothing to vary: the genuine member holds.
        let text = with_member(body, &serde_json::to_string(member).expect("serialises"));
        let signer = verify_with(text.as_bytes(), &Sm2Checker).expect("it loads").signer.expect("signed");
        assert_eq!(signer.state, SignatureState::Valid);
        return;
    };
    match mode % 3 {
        // Any text where the member goes.
        0 => {
            let text = with_member(body, &String::from_utf8_lossy(rest));
            let _ = verify_with(text.as_bytes(), &Sm2Checker);
        }
        // Each field, in turn, any text (fields split at 0xFF; an empty part keeps the field).
        1 => {
            let mut hostile = member.clone();
            let fields = [
                &mut hostile.algorithm,
                &mut hostile.distinguishing_id,
                &mut hostile.public_key,
                &mut hostile.fingerprint,
                &mut hostile.signed_at,
                &mut hostile.value,
            ];
            for (field, part) in fields.into_iter().zip(rest.split(|b| *b == 0xFF)) {
                if !part.is_empty() {
                    *field = String::from_utf8_lossy(part).into_owned();
                }
            }
            let text = with_member(body, &serde_json::to_string(&hostile).expect("serialises"));
            let result = verify_with(text.as_bytes(), &Sm2Checker);
            if hostile == *member {
                let signer = result.expect("it loads").signer.expect("signed");
                assert_eq!(signer.state, SignatureState::Valid);
            }
            let signed = signed_bytes(&text).expect("JSON");
            let _ = Sm2Checker.check(&signed, &hostile);
        }
        // Raw bytes as a public key and a signature (split at the first 0xFF).
        _ => {
            let (spki, signature) = match rest.iter().position(|b| *b == 0xFF) {
                Some(at) => (&rest[..at], &rest[at + 1..]),
                None => (rest, &[][..]),
            };
            let _ = selfcheck_sign::verify(spki, b"bytes", signature);
            let _ = selfcheck_sign::fingerprint_of_pem(&String::from_utf8_lossy(rest), Some("x"));
            let _ = KeyPair::from_pem(&String::from_utf8_lossy(rest), None);
        }
    }
});
