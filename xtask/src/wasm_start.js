// Placed by `cargo xtask dist` right after the wasm's data block, as a classic script:
// it runs as soon as the block is parsed and starts inflating and compiling the wasm
// while the rest of the page is read. The module script (glue and `boot.js`) runs once
// the page is parsed and awaits the compiled module. file:// pages cannot fetch, hence
// the data block: a script element of a non-JavaScript type, which the browser neither
// runs nor parses as code.
globalThis.__selfcheckWasm = (() => {
  try {
    performance.mark("wasm-block-parsed");
    const block = document.currentScript.previousElementSibling;
    if (!block || !block.classList.contains("wasm-gzip-base64")) throw new Error("the wasm's data block is missing");
    const text = block.textContent;
    let bytes;
    if (typeof Uint8Array.fromBase64 === "function") {
      bytes = Uint8Array.fromBase64(text);
    } else {
      const binary = atob(text);
      bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    // The wasm is stored gzip-compressed (base64 would otherwise defeat any compression).
    // The browser's own DecompressionStream inflates it in memory, with no request, and
    // the module compiles while it inflates (a Response is what streaming compilation
    // takes). A corrupt or short stream rejects the compilation, so the writer's own
    // promises need no handler beyond silencing them.
    const inflater = new DecompressionStream("gzip");
    const writer = inflater.writable.getWriter();
    writer.write(bytes).catch(() => {});
    writer.close().catch(() => {});
    const inflated = new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
    return WebAssembly.compileStreaming(inflated);
  } catch (error) {
    return Promise.reject(error); // boot.js shows it
  }
})();
// boot.js handles a failure once it runs; until then the rejection is not "unhandled".
globalThis.__selfcheckWasm.catch(() => {});
