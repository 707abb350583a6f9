// Placed by `cargo xtask dist` right after the wasm's data block, as a classic script: it
// runs as soon as the block is parsed and starts inflating and compiling the wasm while
// the browser still parses and compiles the JavaScript glue that follows (a module
// script, which waits for the whole page). `boot.js` awaits the compiled module.
// file:// pages cannot fetch, hence the data block: a script element of a non-JavaScript
// type, which the browser neither runs nor parses as code.
globalThis.__selfcheckWasm = (() => {
  const legacyBase64 = (text) => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  try {
    performance.mark("wasm-block-parsed");
    const text = document.getElementById("wasm-gzip-base64").textContent;
    const packed = typeof Uint8Array.fromBase64 === "function" ? Uint8Array.fromBase64(text) : legacyBase64(text);
    // The wasm is stored gzip-compressed (base64 would otherwise defeat any compression).
    // The browser's own DecompressionStream inflates it in memory, with no request, and
    // the module compiles while it inflates (a Response is what streaming compilation
    // takes). The bytes are written straight into the inflater: reading them through a
    // Blob's stream was about 7 ms slower. A corrupt stream rejects the compilation, so
    // the writer's own promises need no handler beyond silencing them.
    const inflater = new DecompressionStream("gzip");
    const writer = inflater.writable.getWriter();
    writer.write(packed).catch(() => {});
    writer.close().catch(() => {});
    const inflated = new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
    return WebAssembly.compileStreaming(inflated);
  } catch (error) {
    return Promise.reject(error); // boot.js shows it
  }
})();
// boot.js handles a failure once it runs; until then the rejection is not "unhandled".
globalThis.__selfcheckWasm.catch(() => {});
