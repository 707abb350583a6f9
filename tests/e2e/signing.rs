//! Signed reports, tried as a new user would, offline from file://: a provider makes a
//! key, signs and prints (the cover carries the key's fingerprint); an agency types that
//! fingerprint from the cover, loads the report, and platform fit trusts it; an edited
//! copy and a copy signed by another key are both flagged. The private key appears in
//! no file the app writes but its encrypted export.

use std::path::Path;

use selfcheck_core::report::{add_signature, write_report, Report};
use selfcheck_sign::{sign_report, KeyPair, Sm2Checker};
use serde_json::json;

use super::evidence::print_to_pdf;
use super::{assert_clean_console, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

const ENTER: &str = "\u{E007}";

/// The private key as this browser keeps it (the record beside the session).
fn kept_private_key(browser: &Browser) -> String {
    let record = browser.eval_async(
        "const done = arguments[arguments.length - 1];
         const open = indexedDB.open('cloud-selfcheck');
         open.onsuccess = () => {
             const get = open.result.transaction('session').objectStore('session').get('signing-key');
             get.onsuccess = () => { done(get.result ? get.result.pem : null); open.result.close(); };
         };",
        json!([]),
    );
    record.as_str().expect("the key is kept in IndexedDB").to_string()
}

/// The PEM's base64 body on one line: what a file holding the key would contain.
fn key_body(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

fn platform_id(agency: &Browser) -> String {
    let id = agency.eval("return document.querySelector('fieldset.platform-editor').dataset.platformId;", json!([]));
    id.as_str().unwrap().to_string()
}

fn fit_codes(agency: &Browser) -> Vec<String> {
    let codes =
        agency.eval("return [...document.querySelectorAll('#fit-gaps .reason')].map(r => r.dataset.code);", json!([]));
    codes.as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect()
}

fn load_on_platform(agency: &Browser, id: &str, file: &Path, state: &str) {
    agency.choose_file(&format!("#platform-{id}-report"), file);
    agency.wait_for(
        &format!("document.querySelector('#platform-{id}-signer')?.dataset.signer === '{state}'"),
        &format!("the report's signer: {state}"),
    );
}

#[test]
#[ignore = "needs dist/, Chromium and pdftotext: run by `cargo xtask test`"]
fn a_provider_signs_and_prints_and_an_agency_trusts_only_the_recorded_key() {
    let dir = TempDir::new("signing");
    let provider = Browser::start();
    open_app(&provider, "#/provider");
    provider.type_into("#profile-provider", "示例云计算有限公司");
    provider.type_into("#profile-platform", "政务云 A");
    provider.click("#item-M19-A3-01-Q1 [data-status='met']");
    provider.wait_for("document.querySelector('#item-M19-A3-01-Q1').dataset.status === 'met'", "an answer");

    // No key yet: the page says downloads are unsigned, and so does the cover.
    go(&provider, "#/report");
    provider.wait_for("!!document.querySelector('#sign-no-key')", "no key yet");
    assert!(provider.text("#cover-unsigned").contains("未签名"));
    provider.click("#key-generate");
    provider.wait_for("!!document.querySelector('#key-fingerprint')", "a key made in the module");
    let fingerprint = provider.text("#key-fingerprint");
    assert_eq!(fingerprint.len(), 64 + 15, "64 hex digits in groups of four: {fingerprint}");
    assert_eq!(provider.text("#cover-fingerprint"), fingerprint, "the cover prints it where the seal goes");
    assert!(provider.eval("return document.querySelector('#sign-reports').checked;", json!([])) == json!(true));

    // The report downloads signed; its digest is the one on the cover, unchanged by signing.
    let cover_digest = provider.text("#cover-provider-digest");
    provider.click("#download-provider");
    let (name, bytes) = provider.downloaded_starting("cloud-selfcheck-provider-");
    let signed = String::from_utf8(bytes).unwrap();
    let report: Report = serde_json::from_str(&signed).unwrap();
    let member = report.signature.clone().expect("signed");
    assert_eq!(member.fingerprint, fingerprint);
    let verified = selfcheck_core::report::verify::verify_with(signed.as_bytes(), &Sm2Checker).unwrap();
    assert!(verified.is_consistent(), "{:?}", verified.findings);
    assert_eq!(verified.signer.unwrap().fingerprint, fingerprint);
    assert_eq!(
        selfcheck_core::report::canonical::digest_of_text(&signed).unwrap(),
        report.digest,
        "the digest covers the report without its signature"
    );
    let signed_path = dir.0.join(&name);
    std::fs::write(&signed_path, &signed).unwrap();

    // The printout, as Chromium prints it: the fingerprint beside the digest.
    let (text, _) = print_to_pdf(&provider, &dir.0.join("signed.pdf"));
    let flat: String = text.split_whitespace().collect();
    let groups: Vec<&str> = text.split_whitespace().collect();
    assert!(
        fingerprint.split(' ').all(|group| groups.iter().any(|g| g.contains(group))),
        "the printed cover carries every group of the fingerprint:\n{text}"
    );
    assert!(text.contains("签名密钥指纹"), "{text}");
    // A long unbroken digest may wrap anywhere on the narrow cover column: its head is there.
    assert!(flat.contains(&cover_digest[..48]), "{cover_digest}:\n{text}");

    // Exported encrypted: read back only with its passphrase, the same key.
    provider.type_into("#key-export-passphrase", "印章旁的口令 2026");
    provider.type_into("#key-export-repeat", "印章旁的口令 2026");
    provider.click("#key-export");
    let exported = String::from_utf8(provider.downloaded("cloud-selfcheck-signing-key.pem")).unwrap();
    assert!(exported.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"), "{exported}");
    assert_eq!(KeyPair::from_pem(&exported, Some("印章旁的口令 2026")).unwrap().fingerprint(), fingerprint);
    assert!(KeyPair::from_pem(&exported, Some("wrong")).is_err());

    // The private key is in no file the page wrote, nor in its saved work.
    let private = key_body(&kept_private_key(&provider));
    assert!(private.len() > 100);
    for file in std::fs::read_dir(provider.download_dir()).unwrap().flatten() {
        let content = String::from_utf8_lossy(&std::fs::read(file.path()).unwrap()).to_string();
        let oneline: String = content.lines().collect();
        assert!(!oneline.contains(&private), "{} holds the private key", file.path().display());
    }
    let session = provider.eval_async(
        "const done = arguments[arguments.length - 1];
         const open = indexedDB.open('cloud-selfcheck');
         open.onsuccess = () => {
             const get = open.result.transaction('session').objectStore('session').get('current');
             get.onsuccess = () => { done(get.result ? get.result.text : ''); open.result.close(); };
         };",
        json!([]),
    );
    assert!(!session.as_str().unwrap().contains(&private) && !session.as_str().unwrap().contains("PRIVATE KEY"));
    let local = provider.eval("return JSON.stringify(Object.assign({}, localStorage));", json!([]));
    assert!(!local.as_str().unwrap().contains(&private));

    // Copies an agency must not trust: edited after signing (digest recomputed, as anyone
    // can, the signature moved over), and one signed by another key.
    let mut edited: Report = serde_json::from_str(&signed.replacen("示例云计算有限公司", "别的公司", 1)).unwrap();
    let edited = add_signature(&write_report(&mut edited), &member).unwrap();
    let edited_path = dir.0.join("edited.json");
    std::fs::write(&edited_path, edited).unwrap();
    let unsigned = {
        let mut report = report.clone();
        write_report(&mut report)
    };
    let other = KeyPair::from_pem(&another_key(), None).unwrap();
    let other_path = dir.0.join("other.json");
    std::fs::write(&other_path, sign_report(&unsigned, &other, "2026-12-07T09:00:00Z").unwrap()).unwrap();

    let agency = Browser::start();
    open_app(&agency, "#/agency");
    agency.choose_file("#csv-file", &super::evidence::fixture("inventory.csv"));
    agency.wait_for("!!document.querySelector('#import-result')", "the inventory");
    agency.click("#add-platform");
    agency.wait_for("!!document.querySelector('fieldset.platform-editor')", "a platform");
    let id = platform_id(&agency);
    // Typed from the cover, not as printed: capitals, colons.
    let typed = fingerprint.to_uppercase().replace(' ', ":");
    agency.type_into(&format!("#platform-{id}-fingerprint"), "not a fingerprint");
    agency.press(ENTER);
    agency.wait_for(&format!("!!document.querySelector('#platform-{id}-fingerprint-problem')"), "refused");
    agency.clear(&format!("#platform-{id}-fingerprint"));
    agency.type_into(&format!("#platform-{id}-fingerprint"), &typed);
    agency.press(ENTER);
    agency.wait_for(
        &format!("document.querySelector('#platform-{id}-fingerprint').value === '{fingerprint}'"),
        "recorded in its written form",
    );
    load_on_platform(&agency, &id, &signed_path, "recorded");
    assert!(agency.text(&format!("#platform-{id}-signer")).contains(&fingerprint));
    agency.click(".workload-row:nth-child(2) .open-btn");
    agency.wait_for("!!document.querySelector('#fit-gaps')", "platform fit");
    let codes = fit_codes(&agency);
    assert!(
        !codes.iter().any(|c| c.starts_with("provider_report_")),
        "a report signed by the recorded key is trusted: {codes:?}"
    );

    load_on_platform(&agency, &id, &edited_path, "does-not-match");
    agency.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"provider_report_signature_invalid\"]')",
        "an edited copy flagged",
    );
    load_on_platform(&agency, &id, &other_path, "other-key");
    agency.wait_for(
        "!!document.querySelector('#fit-gaps [data-code=\"provider_report_other_signer\"]')",
        "another key flagged",
    );
    assert!(!fit_codes(&agency).contains(&"provider_report_untrusted".to_string()), "its content is intact");

    // A lead merging files is told who signed each (checked in the first-use module), and
    // the "Open a file" entry says it too.
    let lead = Browser::start();
    open_app(&lead, "#/report");
    let paths = [signed_path.to_str().unwrap(), edited_path.to_str().unwrap()];
    lead.type_into("#merge-file", &paths.join("\n"));
    lead.wait_for("document.querySelectorAll('#merge-files .merge-signer').length === 2", "each file's signer");
    let signers = lead.eval(
        "return [...document.querySelectorAll('#merge-files .merge-signer')].map(s => [s.dataset.signed, s.textContent]);",
        json!([]),
    );
    assert_eq!(signers[0][0], json!("valid"), "{signers}");
    assert!(signers[0][1].as_str().unwrap().contains(&fingerprint), "{signers}");
    assert_eq!(signers[1][0], json!("does-not-match"), "{signers}");
    lead.choose_file("#open-file", &signed_path);
    lead.wait_for("!!document.querySelector('#opened-signer')", "the opened file's signer");
    assert!(lead.text("#opened-signer").contains(&fingerprint));

    // The exported key imported in another browser: refused with a wrong passphrase, said
    // where; with the right one, the same key.
    let exported_path = dir.0.join("signing-key.pem");
    std::fs::write(&exported_path, &exported).unwrap();
    lead.choose_file("#key-import-file", &exported_path);
    lead.type_into("#key-import-passphrase", "不是这个口令");
    lead.click("#key-import");
    lead.wait_for("document.querySelector('#key-status')?.dataset.state === 'failed'", "a wrong passphrase refused");
    assert!(lead.text("#key-status").contains("口令"), "{}", lead.text("#key-status"));
    lead.clear("#key-import-passphrase");
    lead.type_into("#key-import-passphrase", "印章旁的口令 2026");
    lead.click("#key-import");
    lead.wait_for("!!document.querySelector('#key-fingerprint')", "the key imported");
    assert_eq!(lead.text("#key-fingerprint"), fingerprint);

    // Removing the key is confirmed by naming it; downloads are then unsigned again.
    provider.click("#key-remove");
    assert!(provider.text("#key-remove-question").contains(&fingerprint));
    provider.click("#key-remove-confirm");
    provider.wait_for("!!document.querySelector('#key-none')", "the key removed");
    provider.wait_for("!!document.querySelector('#cover-unsigned')", "the cover unsigned again");

    for browser in [&provider, &agency, &lead] {
        assert_no_network(browser);
        assert_clean_console(browser);
    }
}

/// A second key, as OpenSSL or another browser would have made it.
fn another_key() -> String {
    KeyPair::generate(&mut rand_core::OsRng).to_pem()
}
