//! Evidence fingerprints: a file named as evidence for an answer is recorded by its name,
//! size, last-modified time, SHA-256 and SM3 (GB/T 32905, the hash Chinese reviewers
//! expect), never by its content. Anyone holding the files can check them against the
//! report (`verify`, `selfcheck evidence verify`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::Digest as _;

use crate::timestamp::Timestamp;

/// At most this many files per answer (a report is read with this cap).
pub const MAX_FILES_PER_ANSWER: usize = 200;

/// One evidence file, fingerprinted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceFile {
    /// The file's name (without its folder: a browser is given no more).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// When the file was last changed, as the system said when it was fingerprinted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Timestamp>,
    /// Lower-case hex SHA-256 of the content.
    pub sha256: String,
    /// Lower-case hex SM3 (GB/T 32905-2016) of the content.
    pub sm3: String,
}

/// Both hashes over a file read in parts, in one pass.
#[derive(Clone, Default)]
pub struct Fingerprinter {
    sha256: sha2::Sha256,
    sm3: sm3::Sm3,
    size: u64,
}

/// What `Fingerprinter::finish` gives: the two hashes and the size hashed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub size: u64,
    pub sha256: String,
    pub sm3: String,
}

impl Fingerprinter {
    pub fn new() -> Fingerprinter {
        Fingerprinter::default()
    }

    pub fn update(&mut self, part: &[u8]) {
        self.update_sha256(part);
        self.update_sm3(part);
        self.size += part.len() as u64;
    }

    /// One hash at a time, for a caller that times each (the bench's figures); then
    /// `count` the part.
    pub fn update_sha256(&mut self, part: &[u8]) {
        sha2::Digest::update(&mut self.sha256, part);
    }

    pub fn update_sm3(&mut self, part: &[u8]) {
        sm3::Digest::update(&mut self.sm3, part);
    }

    pub fn count(&mut self, part: &[u8]) {
        self.size += part.len() as u64;
    }

    pub fn finish(self) -> Fingerprint {
        Fingerprint {
            size: self.size,
            sha256: hex(&self.sha256.finalize()),
            sm3: hex(&sm3::Digest::finalize(self.sm3)),
        }
    }
}

impl Fingerprint {
    /// The file record for a file of this name and time.
    pub fn file(self, name: &str, modified: Option<Timestamp>) -> EvidenceFile {
        EvidenceFile { name: name.to_string(), size: self.size, modified, sha256: self.sha256, sm3: self.sm3 }
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// What checking one fingerprint against the files held found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Check {
    /// A file of that name with the same size and both hashes.
    Matched { item: String, name: String, path: String },
    /// A file of that name whose content differs (every file of that name differs).
    Changed { item: String, name: String, path: String },
    /// No file of that name.
    Missing { item: String, name: String },
}

impl Check {
    pub fn is_match(&self) -> bool {
        matches!(self, Check::Matched { .. })
    }
}

/// A file held, as found (its path for people, its name for matching).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub path: String,
    pub name: String,
    pub fingerprint: Fingerprint,
}

/// Every fingerprint (with the item it is recorded on) checked against the files
/// held, matched by name (a name may be held twice, in two folders: any copy that matches
/// is a match); and the files no fingerprint names.
pub fn verify<'a>(
    recorded: impl IntoIterator<Item = (&'a str, &'a EvidenceFile)>,
    held: &[Held],
) -> (Vec<Check>, Vec<String>) {
    let mut checks = Vec::new();
    let mut named = vec![false; held.len()];
    for (item, file) in recorded {
        let same_name: Vec<usize> = (0..held.len()).filter(|&i| held[i].name == file.name).collect();
        for &i in &same_name {
            named[i] = true;
        }
        let same = |h: &Held| {
            h.fingerprint.size == file.size && h.fingerprint.sha256 == file.sha256 && h.fingerprint.sm3 == file.sm3
        };
        let (item, name) = (item.to_string(), file.name.clone());
        checks.push(match same_name.iter().find(|&&i| same(&held[i])) {
            Some(&i) => Check::Matched { item, name, path: held[i].path.clone() },
            None => match same_name.first() {
                Some(&i) => Check::Changed { item, name, path: held[i].path.clone() },
                None => Check::Missing { item, name },
            },
        });
    }
    let unnamed = held.iter().zip(named).filter(|(_, n)| !n).map(|(h, _)| h.path.clone()).collect();
    (checks, unnamed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print(bytes: &[u8]) -> Fingerprint {
        let mut f = Fingerprinter::new();
        // In uneven parts, as a file read in chunks arrives.
        for part in bytes.chunks(7) {
            f.update(part);
        }
        f.finish()
    }

    #[test]
    fn both_hashes_match_their_standards_test_vectors() {
        let abc = print(b"abc");
        // GB/T 32905-2016, appendix A, example 1.
        assert_eq!(abc.sm3, "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        // FIPS 180-2, appendix B.1.
        assert_eq!(abc.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(abc.size, 3);
        // GB/T 32905-2016, appendix A, example 2: 64 bytes.
        let sixty_four = print(&b"abcd".repeat(16));
        assert_eq!(sixty_four.sm3, "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    #[test]
    fn each_fingerprint_is_matched_changed_or_missing_and_unnamed_files_are_listed() {
        let file = |name: &str, bytes: &[u8]| print(bytes).file(name, None);
        let recorded = [file("contract.pdf", b"signed"), file("policy.docx", b"v2"), file("plan.xlsx", b"x")];
        let held = |path: &str, name: &str, bytes: &[u8]| Held {
            path: path.into(),
            name: name.into(),
            fingerprint: print(bytes),
        };
        let held = [
            held("old/contract.pdf", "contract.pdf", b"draft"),
            held("contract.pdf", "contract.pdf", b"signed"),
            held("policy.docx", "policy.docx", b"v3"),
            held("notes.txt", "notes.txt", b"?"),
        ];
        let items = ["A-1", "A-2", "B-1"];
        let (checks, unnamed) = verify(items.iter().copied().zip(&recorded), &held);
        assert_eq!(
            checks,
            [
                Check::Matched { item: "A-1".into(), name: "contract.pdf".into(), path: "contract.pdf".into() },
                Check::Changed { item: "A-2".into(), name: "policy.docx".into(), path: "policy.docx".into() },
                Check::Missing { item: "B-1".into(), name: "plan.xlsx".into() },
            ]
        );
        assert_eq!(unnamed, ["notes.txt"]);
    }
}
