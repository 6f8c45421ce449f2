/**
 * What the report needs to make its page live: the bundled scripts (`npm run build` writes them
 * with scripts/bundle-live.ts), the data files and the scenarios, read from the package.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readScenario } from "../assumptions/scenario.js";
import type { LiveScenario } from "../live/page-data.js";
import { dataPath } from "../node/data-files.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { SCENARIOS_DIR } from "../node/scenarios.js";

/** The two bundles: the page's script and its Web Worker, by entry point and output file. */
export const LIVE_BUNDLES = {
  page: { entry: "src/live/browser/page.ts", file: "live-page.js" },
  worker: { entry: "src/live/browser/worker.ts", file: "live-worker.js" },
} as const;

/** Where scripts/bundle-live.ts writes them. */
export const BUNDLE_DIR = join(PACKAGE_ROOT, "dist", "bundle");

/** Everything the live part of the page is made of. */
export interface LiveAssets {
  /** The page's script and the worker's, as they go into the page. */
  readonly scripts: { readonly page: string; readonly worker: string };
  /** `data/*.csv` by file name. */
  readonly dataFiles: Readonly<Record<string, string>>;
  readonly scenarios: readonly LiveScenario[];
}

/**
 * The live assets from the package: the bundles in `dist/bundle/`, every `data/*.csv` and every
 * scenario in `data/scenarios/`; undefined when the bundles are not built (the report is then
 * the static page, and says why).
 */
export function readLiveAssets(bundleDir = BUNDLE_DIR): LiveAssets | undefined {
  const paths = { page: join(bundleDir, LIVE_BUNDLES.page.file), worker: join(bundleDir, LIVE_BUNDLES.worker.file) };
  if (!existsSync(paths.page) || !existsSync(paths.worker)) return undefined;
  const csv = readdirSync(dataPath(".")).filter((f) => f.endsWith(".csv"));
  const scenarioFiles = readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return {
    scripts: { page: readFileSync(paths.page, "utf8"), worker: readFileSync(paths.worker, "utf8") },
    dataFiles: Object.fromEntries(csv.sort().map((f) => [f, readFileSync(dataPath(f), "utf8")])),
    scenarios: scenarioFiles.map((f) => {
      const path = join(SCENARIOS_DIR, f);
      const { name, description, assumptions } = readScenario(
        f.slice(0, -5),
        JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>,
        path,
      );
      return { name, description, assumptions };
    }),
  };
}
