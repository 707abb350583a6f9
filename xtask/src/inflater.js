// The single file's inflater where the browser has no DecompressionStream: fflate's
// gunzipSync alone, bundled and minified by esbuild (`tools::ensure_inflater`).
import { gunzipSync } from "fflate";

globalThis.fflate = { gunzipSync };
