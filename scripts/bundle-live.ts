/**
 * Half of `npm run build` (scripts/build.mjs runs it beside tsc): the live report page's script and its Web Worker, each one
 * self-contained file (esbuild: the library's portable core, vega, vega-lite and
 * vega-interpreter, minified, licence comments kept), in `dist/bundle/`. The report inlines them
 * (src/report/live-assets.ts); nothing is fetched at run time.
 *
 *   node --import tsx scripts/bundle-live.ts            (npm run build runs it)
 *
 * It imports nothing built: esbuild reads src/ itself, so it runs while tsc does.
 */
import { build } from "esbuild";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/node/package-root.js";
import { LIVE_BUNDLES } from "../src/report/live-assets.js";

const started = performance.now();
const result = await build({
  entryPoints: Object.fromEntries(
    Object.entries(LIVE_BUNDLES).map(([, { entry, file }]) => [file.replace(/\.js$/, ""), join(PACKAGE_ROOT, entry)]),
  ),
  outdir: join(PACKAGE_ROOT, "dist", "bundle"),
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  charset: "utf8",
  legalComments: "eof",
  metafile: true,
  logLevel: "warning",
});
const sizes = Object.entries(result.metafile.outputs).map(
  ([file, o]) => `${file.split("/").pop()} ${(o.bytes / 1024).toFixed(0)} KB`,
);
console.error(`bundle: ${sizes.join(", ")} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
