// The Excel module (calamine and rust_xlsxwriter, `crates/selfcheck-sheets-web`) is
// compiled only the first time a workbook is read or written, so start-up never pays
// for it. In the single file its wasm is a gzip'd data block and its glue an inline
// script before this one (file:// cannot fetch); under `cargo xtask serve` both are
// files beside the page. `__selfcheckSheets()` resolves to the module's functions.
globalThis.__selfcheckSheets = (() => {
  let ready;
  // The helpers of the page's start-up (`wasm_start.js`): base64, and gunzip where the
  // browser has no DecompressionStream. Under `cargo xtask serve` neither is needed.
  const inflated = (base64) => {
    const bytes = globalThis.__selfcheckBase64(base64);
    if (typeof DecompressionStream !== "function") return globalThis.__selfcheckGunzip(bytes);
    const inflater = new DecompressionStream("gzip");
    const writer = inflater.writable.getWriter();
    writer.write(bytes).catch(() => {});
    writer.close().catch(() => {});
    return new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
  };
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
    await selfcheckSheets({ module_or_path: block ? inflated(block.textContent) : "sheets/sheets_bg.wasm" });
    performance.mark("sheets-ready");
    return selfcheckSheets;
  };
  // A failed start is tried again next time (the user may have freed memory).
  return () => (ready ??= load().catch((error) => ((ready = undefined), Promise.reject(error))));
})();
