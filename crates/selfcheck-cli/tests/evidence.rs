//! `selfcheck evidence verify`: a report's evidence fingerprints against a folder.

mod common;
use common::selfcheck;
use selfcheck_core::ProviderWork;

use selfcheck_core::evidence::Fingerprinter;
use selfcheck_core::report::{build_provider_report, to_canonical_json};
use selfcheck_core::{Answer, Date, Status};

#[test]
fn every_fingerprint_is_matched_changed_or_missing_and_strays_are_named() {
    let dir = std::env::temp_dir().join(format!("selfcheck-evidence-{}", std::process::id()));
    let files = dir.join("files");
    std::fs::create_dir_all(files.join("2026")).unwrap();
    std::fs::write(files.join("合同.pdf"), b"signed contract").unwrap();
    std::fs::write(files.join("2026/policy.docx"), b"policy v2").unwrap();
    let fingerprint = |name: &str, bytes: &[u8]| {
        let mut f = Fingerprinter::new();
        f.update(bytes);
        f.finish().file(name, None)
    };
    let mut inputs = ProviderWork::default();
    let answer = Answer::with_status(Status::Met).with_details(|d| {
        d.evidence_files = vec![fingerprint("合同.pdf", b"signed contract"), fingerprint("policy.docx", b"policy v2")]
    });
    inputs.answers_mut().insert("M19-A3-01-Q1".into(), answer);
    let day = Date::from_ymd(2026, 12, 2).unwrap();
    let report = dir.join("report.json");
    std::fs::write(&report, to_canonical_json(&build_provider_report(&inputs, "2026-12-02T08:00:00Z", day))).unwrap();
    let (report, folder) = (report.to_str().unwrap(), files.to_str().unwrap());

    let (code, out, err) = selfcheck(&["evidence", "verify", report, folder, "--lang", "en"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 of 2 fingerprints matched; 0 files"), "{out}");

    // A changed file, a missing one and a stray are each caught.
    std::fs::write(files.join("2026/policy.docx"), b"policy v3").unwrap();
    std::fs::remove_file(files.join("合同.pdf")).unwrap();
    std::fs::write(files.join("notes.txt"), b"?").unwrap();
    let (code, out, _) = selfcheck(&["evidence", "verify", report, folder, "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(out.contains("changed  M19-A3-01-Q1  policy.docx (2026/policy.docx"), "{out}");
    assert!(out.contains("missing  M19-A3-01-Q1  合同.pdf"), "{out}");
    assert!(out.contains("not named  notes.txt"), "{out}");
    let (_, json, _) = selfcheck(&["evidence", "verify", report, folder, "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["checks"][0]["outcome"], "missing");
    assert_eq!(value["unnamed"], serde_json::json!(["notes.txt"]));

    let (code, _, err) = selfcheck(&["evidence", "verify", report]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
