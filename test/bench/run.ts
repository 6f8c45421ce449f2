/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` in name order. Each file's default export
 * is an async function that prints its own results (use ./compare.ts for side-by-side ratios).
 * `npm run bench -- monte-carlo` runs only the files whose name contains "monte-carlo".
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
  .sort();

const started = Date.now();
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
console.log(`\nbenchmarks done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
