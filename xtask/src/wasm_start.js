// Placed by `cargo xtask dist` right after the first part of the wasm, as a classic
// script: it runs as soon as that part is parsed and starts inflating and compiling the
// wasm. The wasm comes in parts, each followed by a one-line script (`wasm_part.js`)
// that feeds it in as soon as the parser has read it, so inflating and compiling overlap
// with reading the rest of the file (measured: 4–10 % sooner to an interactive page than
// one block). The module script (glue and `boot.js`) runs once the page is parsed and
// awaits the compiled module. file:// pages cannot fetch, hence the data blocks: script
// elements of a non-JavaScript type, which the browser neither runs nor parses as code.
globalThis.__selfcheckWasm = (() => {
  const decode =
    typeof Uint8Array.fromBase64 === "function"
      ? (text) => Uint8Array.fromBase64(text)
      : (text) => {
          const binary = atob(text);
          const bytes = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
          return bytes;
        };
  // Defined first, so that the later parts' scripts run cleanly even where start-up
  // fails below (boot.js then shows why).
  let feed = () => {};
  globalThis.__selfcheckWasmPart = (block) => feed(block);
  try {
    performance.mark("wasm-block-parsed");
    const first = document.currentScript.previousElementSibling;
    let left = Number(first.dataset.parts);
    if (!(left >= 1)) throw new Error("the wasm's first part does not say how many parts there are");
    // The wasm is stored gzip-compressed (base64 would otherwise defeat any compression).
    // The browser's own DecompressionStream inflates it in memory, with no request, and
    // the module compiles while it inflates (a Response is what streaming compilation
    // takes). A corrupt stream rejects the compilation, so the writer's own promises
    // need no handler beyond silencing them.
    const inflater = new DecompressionStream("gzip");
    const writer = inflater.writable.getWriter();
    const fail = (error) => writer.abort(error).catch(() => {});
    feed = (block) => {
      try {
        writer.write(decode(block.textContent)).catch(() => {});
        if (--left === 0) writer.close().catch(() => {});
      } catch (error) {
        fail(error);
      }
    };
    // A copy that lost parts would otherwise wait for them for ever.
    document.addEventListener("DOMContentLoaded", () => {
      if (left > 0) fail(new Error(`the file is incomplete: ${left} part(s) of the wasm are missing`));
    });
    feed(first);
    const inflated = new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
    return WebAssembly.compileStreaming(inflated);
  } catch (error) {
    return Promise.reject(error); // boot.js shows it
  }
})();
// boot.js handles a failure once it runs; until then the rejection is not "unhandled".
globalThis.__selfcheckWasm.catch(() => {});
