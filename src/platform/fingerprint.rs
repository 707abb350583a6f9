//! Fingerprinting evidence files in the browser: each file read in 4 MiB parts (a 4 GB
//! file is never held whole), both hashes updated per part, and the page given back
//! between parts, so it stays responsive and a cancel is seen at once. The content is
//! neither kept nor sent anywhere: only the fingerprint leaves this module.

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use selfcheck_core::evidence::{EvidenceFile, Fingerprinter};

use super::files::ChosenFile;
use super::perf;

const PART: u64 = 4 * 1024 * 1024;
/// Larger files are refused (the browser itself struggles past this).
pub const MAX_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// How far the current file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub name: String,
    /// The file's position among those chosen (from 1) and how many were chosen.
    pub file: usize,
    pub files: usize,
    pub done: u64,
    pub total: u64,
}

/// How fingerprinting ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Cancelled,
    TooLarge { name: String, bytes: u64 },
    Failed(String),
}

/// Fingerprints `files` one after another: `on_file` gets each as it is done,
/// `on_progress` is told after every part, `on_end` once. Setting `cancel` stops at the
/// next part; files already done are kept.
pub fn fingerprint(
    files: Vec<ChosenFile>,
    cancel: Rc<Cell<bool>>,
    on_progress: impl Fn(Progress) + 'static,
    on_file: impl Fn(EvidenceFile) + 'static,
    on_end: impl FnOnce(Outcome) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let count = files.len();
        for (n, file) in files.into_iter().enumerate() {
            let (name, total) = (file.name(), file.size());
            if total > MAX_BYTES {
                return on_end(Outcome::TooLarge { name, bytes: total });
            }
            let mut hasher = Fingerprinter::new();
            let (mut sha256_ms, mut sm3_ms) = (0.0, 0.0);
            let mut done = 0;
            while done < total {
                if cancel.get() {
                    return on_end(Outcome::Cancelled);
                }
                let end = (done + PART).min(total);
                let part = file.file().deref().slice(done, end);
                match gloo_file::futures::read_as_bytes(&part).await {
                    Ok(bytes) => {
                        // Each hash timed on its own: the bench reports both throughputs.
                        let t = perf::now();
                        hasher.update_sha256(&bytes);
                        let u = perf::now();
                        hasher.update_sm3(&bytes);
                        sha256_ms += u - t;
                        sm3_ms += perf::now() - u;
                        hasher.count(&bytes);
                    }
                    Err(e) => return on_end(Outcome::Failed(e.to_string())),
                }
                done = end;
                on_progress(Progress { name: name.clone(), file: n + 1, files: count, done, total });
                // Give the page its turn: input, painting the progress bar.
                TimeoutFuture::new(0).await;
            }
            perf::record_hashing(total, sha256_ms, sm3_ms);
            on_file(hasher.finish().file(&name, file.modified()));
        }
        on_end(Outcome::Done);
    });
}
