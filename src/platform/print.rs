//! The browser's print dialog (print CSS turns the report view into a clean document).

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Prints one part of the page (`body[data-print=part]`: the print CSS hides the rest).
pub fn print_part(part: &str) {
    let body = gloo_utils::body();
    let _ = body.set_attribute("data-print", part);
    print();
    // The dialog has closed (or the page was printed) when `print` returns.
    let _ = body.remove_attribute("data-print");
}
