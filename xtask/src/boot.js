// Appended by `cargo xtask dist` after the wasm-bindgen glue. The wasm itself is already
// compiling (`wasm_start.js`, run as soon as its data block was parsed); this instantiates
// it, and any failure shows a readable panel instead of a blank page.
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

try {
  performance.mark("boot-start");
  await __wbg_init({ module_or_path: await globalThis.__selfcheckWasm });
} catch (error) {
  showBootError(error);
}
