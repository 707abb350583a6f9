// Appended by `cargo xtask dist` after the wasm-bindgen glue. file:// pages cannot
// fetch, so the wasm is read from the page's own data block (`#wasm-gzip-base64`: a
// script element of a non-JavaScript type, which the browser neither runs nor parses
// as code); any failure shows a readable panel instead of a blank page.
const decodeBase64 = (text) => {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

const showBootError = (error) => {
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
    typeof DecompressionStream === "undefined"
      ? "此浏览器缺少 DecompressionStream，请使用 Chrome/Edge 80、Firefox 113、Safari 16.4 或更新版本。" +
        " This browser lacks DecompressionStream: please use Chrome/Edge 80, Firefox 113, Safari 16.4 or newer."
      : "此浏览器未能运行本应用，请使用支持 WebAssembly 的新版浏览器。" +
        " This browser could not run the app; please use a current browser with WebAssembly.";
  const detail = document.createElement("pre");
  detail.textContent = String((error && error.stack) || error);
  panel.append(title, body, detail);
  document.body.prepend(panel);
};

// The wasm is stored gzip-compressed (base64 would otherwise defeat any compression).
// The browser's own DecompressionStream inflates it in memory, with no request, and
// the module compiles while it inflates (a Response is what streaming compilation takes).
// The bytes are written straight into the inflater: reading them through a Blob's
// stream made start-up about 7 ms slower. A corrupt stream rejects the compilation,
// so the writer's own promises need no handler beyond silencing them.
const wasmResponse = () => {
  const packed = decodeBase64(document.getElementById("wasm-gzip-base64").textContent);
  const inflater = new DecompressionStream("gzip");
  const writer = inflater.writable.getWriter();
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  return new Response(inflater.readable, { headers: { "Content-Type": "application/wasm" } });
};

try {
  performance.mark("boot-start");
  await __wbg_init({ module_or_path: wasmResponse() });
} catch (error) {
  showBootError(error);
}
