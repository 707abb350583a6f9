// Placed by `cargo xtask dist` right after the wasm's data block, as a classic script:
// it runs as soon as the block is parsed and starts inflating and compiling the wasm
// while the rest of the page is read. The app's script (glue and `boot.js`, a classic
// script right after this one) awaits the compiled module and starts the app, while the
// parser reads the first-use module's data. file:// pages cannot fetch, hence
// the data block: a script element of a non-JavaScript type, which the browser neither
// runs nor parses as code.

// Every CSP violation from here on, as { directive, blocked, sample }: a diagnostic the
// tests and a curious user (in the console) read the same way in every browser, since only
// Chromium lets a WebDriver client read the console. A string refused by Trusted Types is
// one too (`require-trusted-types-for`, blocked `trusted-types-sink`, the sample naming the sink).
globalThis.__selfcheckBlocked = [];
document.addEventListener("securitypolicyviolation", (e) =>
  globalThis.__selfcheckBlocked.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
);

// The start-up panel, in both languages: shown here when the browser cannot run the
// app at all (no WebAssembly), or by boot.js.
globalThis.__selfcheckBootError = (error) => {
  if (document.getElementById("fatal-error")) return; // the Rust panic hook spoke first
  for (const booting of document.querySelectorAll(".booting")) booting.remove();
  const panel = document.createElement("section");
  panel.id = "fatal-error";
  panel.className = "fatal-error";
  panel.setAttribute("role", "alert");
  const title = document.createElement("h2");
  title.textContent = "无法启动 · The app could not start";
  const body = document.createElement("p");
  body.textContent =
    typeof WebAssembly === "undefined"
      ? "此浏览器不支持 WebAssembly，无法运行本应用。请使用 Chrome/Edge 96、Firefox 91、Safari 15 或更新版本。" +
        " This browser has no WebAssembly, which the app needs: please use Chrome/Edge 96, Firefox 91, Safari 15 or newer."
      : "此浏览器未能运行本应用，请使用 Chrome/Edge 96、Firefox 91、Safari 15 或更新版本。" +
        " This browser could not run the app: please use Chrome/Edge 96, Firefox 91, Safari 15 or newer.";
  const detail = document.createElement("pre");
  detail.textContent = String((error && error.stack) || error);
  panel.append(title, body, detail);
  (document.body || document.documentElement).prepend(panel);
};

// Where the browser has no DecompressionStream (Firefox before 113, Safari before 16.4,
// older Chromium inside domestic browsers), a bundled inflater (fflate) inflates in memory
// instead. Its script, read before this one, only defined the function that runs it: run
// only then. (Under the page's Trusted Types no script can be made from a string, so the
// bundle is a script the parser ran, not text turned into one here.)
globalThis.__selfcheckGunzip = (bytes) => {
  if (!globalThis.fflate) {
    if (typeof globalThis.__selfcheckInflater !== "function") throw new Error("the inflater's script is missing");
    globalThis.__selfcheckInflater();
  }
  return globalThis.fflate.gunzipSync(bytes);
};

// A data block's bytes from its base64 (the app's start and the first-use module's
// loader share it).
globalThis.__selfcheckBytes = (base64) => {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

// A data block's wasm (gzip, base64) as WebAssembly takes it: a Response that inflates
// as it is compiled (the browser's own DecompressionStream, in memory, no request), or
// the inflated bytes where that is missing. A corrupt or short stream rejects the
// compilation, so the writer's own promises need no handler beyond silencing them.
globalThis.__selfcheckInflated = (base64) => {
  const bytes = globalThis.__selfcheckBytes(base64);
  if (typeof DecompressionStream !== "function") return globalThis.__selfcheckGunzip(bytes);
  const inflater = new DecompressionStream("gzip");
  const writer = inflater.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  return new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
};

globalThis.__selfcheckWasm = (() => {
  try {
    performance.mark("wasm-block-parsed");
    if (typeof WebAssembly === "undefined") throw new Error("WebAssembly is not available");
    const block = document.currentScript.previousElementSibling;
    if (!block || !block.classList.contains("wasm-gzip-base64")) throw new Error("the wasm's data block is missing");
    // Stored gzip-compressed (base64 would otherwise defeat any compression).
    const wasm = globalThis.__selfcheckInflated(block.textContent);
    return wasm instanceof Response ? WebAssembly.compileStreaming(wasm) : WebAssembly.compile(wasm);
  } catch (error) {
    return Promise.reject(error);
  }
})();
// Without WebAssembly the app's script cannot start it: say so now. Otherwise boot.js
// handles a failure once it runs; until then the rejection is not "unhandled".
if (typeof WebAssembly === "undefined") globalThis.__selfcheckBootError(new Error("WebAssembly is not available"));
globalThis.__selfcheckWasm.catch(() => {});
