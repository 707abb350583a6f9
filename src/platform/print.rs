//! The browser's print dialog (print CSS turns the report view into a clean document).

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
