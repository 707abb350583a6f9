// The first-use module (calamine and rust_xlsxwriter, docx-rs for the Word documents,
// and the check of a provider's report an agency loads on a platform:
// `crates/selfcheck-sheets-web`) is compiled only the first time one of them is used, so
// start-up never pays for it. In the single file its wasm is a data block packed with
// Zstandard (decoded by fzstd, defined in this script before this loader) and its glue an
// inline script before this one (file:// cannot fetch); under `cargo xtask serve` both
// are files beside the page. `__selfcheckSheets()` resolves to the module's functions.
globalThis.__selfcheckSheets = (() => {
  let ready;
  // Only under `cargo xtask serve`, whose page has no CSP: the single file has the glue
  // inline already, and its Trusted Types would refuse a script's `src` given as a string.
  const script = (src) =>
    new Promise((resolve, reject) => {
      const element = document.createElement("script");
      element.src = src;
      element.onload = resolve;
      element.onerror = () => reject(new Error(src + " did not load"));
      document.head.append(element);
    });
  const load = async () => {
    performance.mark("sheets-start");
    const block = document.getElementById("sheets-wasm");
    if (typeof selfcheckSheets === "undefined") await script("sheets/sheets.js");
    // The block's base64 is decoded as the app's own wasm's is (`wasm_start.js`), then
    // unpacked; under `cargo xtask serve` there is no block and the module is a file
    // beside the page.
    const source = block
      ? globalThis.__selfcheckZstd()(globalThis.__selfcheckBytes(block.textContent))
      : "sheets/sheets_bg.wasm";
    await selfcheckSheets({ module_or_path: source });
    performance.mark("sheets-ready");
    return selfcheckSheets;
  };
  // A failed start is tried again next time (the user may have freed memory).
  return () => (ready ??= load().catch((error) => ((ready = undefined), Promise.reject(error))));
})();
