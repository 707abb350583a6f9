//! Performance marks for the bench: the app only marks; `cargo xtask bench` reads them
//! from `performance.getEntriesByName`. Nothing is timed or judged in the app itself.

use wasm_bindgen::JsCast;

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

pub fn mark(name: &str) {
    if let Some(perf) = performance() {
        let _ = perf.mark(name);
    }
}

/// Runs `work` between two marks and records a measure named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(perf) = performance() else { return work() };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = perf.mark(&start);
    let out = work();
    let _ = perf.mark(&end);
    let _ = perf.measure_with_start_mark_and_end_mark(name, &start, &end);
    out
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Publishes the last file fingerprinted, `data-hashed="bytes sha256_ms sm3_ms"` on
/// `<html>`, for the bench's throughput figures.
pub fn record_hashing(bytes: u64, sha256_ms: f64, sm3_ms: f64) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-hashed", &format!("{bytes} {sha256_ms:.1} {sm3_ms:.1}"));
    }
}

/// As `measure`, for work that awaits (the first use of the Excel module compiles it).
pub async fn measure_async<T>(name: &str, work: impl std::future::Future<Output = T>) -> T {
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    mark(&start);
    let out = work.await;
    mark(&end);
    if let Some(perf) = performance() {
        let _ = perf.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    out
}

/// Publishes the size of the wasm memory on `<html data-wasm-bytes>`.
pub fn record_wasm_memory() {
    let bytes = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map(|buffer| buffer.byte_length());
    if let (Some(bytes), Some(html)) =
        (bytes, web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()))
    {
        let _ = html.set_attribute("data-wasm-bytes", &bytes.to_string());
    }
}
