// Appended by `cargo xtask dist` after the wasm-bindgen glue and the embedded
// WASM_GZIP_BASE64 constant. file:// pages cannot fetch, so the module is started from
// bytes; any failure shows a readable panel instead of a blank page.
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

// The wasm is stored gzip-compressed (base64 would otherwise defeat any compression);
// the browser's own DecompressionStream inflates it in memory, with no request.
const gunzip = async (bytes) => {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

try {
  performance.mark("boot-start");
  const wasm = await gunzip(decodeBase64(WASM_GZIP_BASE64));
  performance.mark("wasm-inflated");
  await __wbg_init({ module_or_path: wasm });
} catch (error) {
  showBootError(error);
}
