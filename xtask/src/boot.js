// Appended by `cargo xtask dist` after the wasm-bindgen glue. The wasm itself is already
// compiling (`wasm_start.js`, run as soon as its data block was parsed); this instantiates
// it, and any failure shows a readable panel (`__selfcheckBootError`, defined there)
// instead of a blank page.
try {
  performance.mark("boot-start");
  await __wbg_init({ module_or_path: await globalThis.__selfcheckWasm });
} catch (error) {
  globalThis.__selfcheckBootError(error);
}
