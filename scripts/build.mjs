// `npm run build`: the library (tsc → dist/) and the live report page's bundles (esbuild →
// dist/bundle/, scripts/bundle-live.ts) side by side, as esbuild reads src/ itself; the bundles
// only when something they are made of (src/, the installed packages, the bundling script) is
// newer than they are; and the CommonJS files of src/ (the tslab kernel's preload,
// src/runner/tslab-*.cjs), which tsc does not emit, copied to the same place in dist/. tsc runs
// only when the library is not up to date (libraryFresh: what `tsc -b` checks, without loading
// TypeScript, 0.15 s of a cached `npm run report`). Fails when any of these fails.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundles = ["live-page.js", "live-worker.js"].map((f) => join(root, "dist", "bundle", f));
const inputs = [join(root, "src"), join(root, "node_modules", ".package-lock.json"), join(root, "scripts")];

/** The latest modification time of `path` (a file, or every file below a folder); 0 if missing. */
function newest(path) {
  try {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  } catch {
    return 0;
  }
}

const run = (args) =>
  new Promise((resolve) =>
    spawn(process.execPath, args, { cwd: root, stdio: "inherit" })
      .on("error", () => resolve(1))
      .on("close", (code) => resolve(code ?? 1)),
  );
/** Every `.cjs` file below `dir`. */
const cjsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cjsFiles(join(dir, e.name)) : e.name.endsWith(".cjs") ? [join(dir, e.name)] : [],
  );
for (const file of cjsFiles(join(root, "src"))) {
  const target = join(root, "dist", file.slice(join(root, "src").length));
  const text = readFileSync(file, "utf8");
  let old;
  try {
    old = readFileSync(target, "utf8");
  } catch {
    mkdirSync(join(target, ".."), { recursive: true });
  }
  if (old !== text) writeFileSync(target, text); // unchanged files keep their time (the report's cache)
}

/** Modification time of `path`, 0 if missing. */
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Whether `tsc -b` would have nothing to do: dist/.tsbuildinfo (which tsc -b writes or touches on
 * every build) newer than tsconfig.json, the installed packages, and every folder (a file deleted
 * or added) and .ts file of what tsc compiles (src/ but src/live/browser), and a .js in dist/ for
 * each .ts file.
 */
function libraryFresh() {
  const builtInfo = mtime(join(root, "dist", ".tsbuildinfo"));
  const src = join(root, "src");
  const newer = (path) => mtime(path) >= builtInfo;
  if (
    builtInfo === 0 ||
    [join(root, "tsconfig.json"), join(root, "node_modules", ".package-lock.json"), src].some(newer)
  ) {
    return false;
  }
  const fresh = (dir) =>
    readdirSync(dir, { withFileTypes: true }).every((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return path === join(src, "live", "browser") || (!newer(path) && fresh(path));
      if (!e.name.endsWith(".ts") || e.name.endsWith(".d.ts")) return true;
      return !newer(path) && mtime(join(root, "dist", path.slice(src.length).replace(/\.ts$/, ".js"))) > 0;
    });
  return fresh(src);
}

const builtAt = Math.min(...bundles.map(newest));
const fresh = builtAt > 0 && inputs.every((path) => newest(path) < builtAt);
if (fresh) console.error("bundle: dist/bundle/ is up to date");
const codes = await Promise.all([
  libraryFresh() ? 0 : run(["node_modules/typescript/bin/tsc", "-b", "tsconfig.json"]),
  fresh ? 0 : run(["--import", "tsx", "scripts/bundle-live.ts"]),
]);
process.exit(codes.find((code) => code !== 0) ?? 0);
