// The first-use module's decoder: fzstd's decompress alone, bundled and minified by
// esbuild (`tools::build_zstd_decoder`). Browsers decode gzip natively, not Zstandard.
import { decompress } from "fzstd";

globalThis.fzstd = { decompress };
