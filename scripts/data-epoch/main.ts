/**
 * `npm run data:epoch -- <checkout> [--out DIR] [--current SHA] [--paper SHA] [--working SHA]`
 *
 * Regenerates the data derived from Epoch AI's repository (training-cost-trends, CC BY) from a
 * git checkout of it, reading each file at the commit named in data/epoch/sources.json (or given
 * here): data/frontier-models.csv, data/hardware-prices.csv and data/frontier-selections.csv, with
 * the hand-kept files of data/epoch/. The next update of Epoch's data is this command and a diff.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { COSTS_FILE, frontierModels, MODELS_FILE } from "./frontier-models.js";
import { hardwarePrices, PRICES_FILE } from "./hardware-prices.js";
import { frontierSelections } from "./frontier-selections.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Sources {
  readonly current: { commit: string; extraModels: string[] };
  readonly paper: { commit: string; notebook: string; costsCell: number };
  readonly working: { commit: string; notebook: string; countCell: number; costsCell: number };
}

/** The file at `path` in commit `commit` of the git repository `checkout`. */
function show(checkout: string, commit: string, path: string): string {
  return execFileSync("git", ["-C", checkout, "show", `${commit}:${path}`], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
}

/** The full 40-digit name of a commit, as every row records it. */
function fullCommit(checkout: string, commit: string): string {
  return execFileSync("git", ["-C", checkout, "rev-parse", "--verify", `${commit}^{commit}`], {
    encoding: "utf8",
  }).trim();
}

export function main(argv: readonly string[]): void {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      sources: { type: "string" },
      current: { type: "string" },
      paper: { type: "string" },
      working: { type: "string" },
    },
  });
  const [checkout] = positionals;
  if (!checkout || positionals.length > 1)
    throw new Error("usage: npm run data:epoch -- <git checkout of epoch-research/training-cost-trends> [--out DIR]");
  if (!existsSync(join(checkout, ".git")) && !existsSync(join(checkout, "HEAD")))
    throw new Error(`${checkout} is not a git checkout (expected a clone of epoch-research/training-cost-trends)`);
  const dataDir = join(ROOT, "data");
  const sourcesPath = values.sources ?? join(dataDir, "epoch", "sources.json");
  const sources = JSON.parse(readFileSync(sourcesPath, "utf8")) as Sources;
  const epochDir = join(resolve(sourcesPath, ".."));
  const out = resolve(values.out ?? dataDir);
  const current = fullCommit(checkout, values.current ?? sources.current.commit);
  const paper = fullCommit(checkout, values.paper ?? sources.paper.commit);
  const working = fullCommit(checkout, values.working ?? sources.working.commit);
  const at = (commit: string, path: string) => show(checkout, commit, path);

  const frontier = frontierModels({
    costs: at(current, COSTS_FILE),
    models: at(current, MODELS_FILE),
    commit: current,
    extra: sources.current.extraModels,
  });
  writeFileSync(join(out, "frontier-models.csv"), frontier.csv);
  writeFileSync(
    join(out, "hardware-prices.csv"),
    hardwarePrices({
      prices: at(current, PRICES_FILE),
      commit: current,
      overlay: readFileSync(join(epochDir, "hardware-prices-overlay.csv"), "utf8"),
      extra: readFileSync(join(epochDir, "hardware-prices-extra.csv"), "utf8"),
    }),
  );
  writeFileSync(
    join(out, "frontier-selections.csv"),
    frontierSelections({
      paper: {
        commit: paper,
        notebookFile: sources.paper.notebook,
        notebook: at(paper, sources.paper.notebook),
        costsCell: sources.paper.costsCell,
        models: at(paper, MODELS_FILE),
      },
      working: {
        commit: working,
        notebookFile: sources.working.notebook,
        notebook: at(working, sources.working.notebook),
        countCell: sources.working.countCell,
        costsCell: sources.working.costsCell,
        costs: at(working, COSTS_FILE),
        models: at(working, MODELS_FILE),
      },
      current: { commit: current, costs: at(current, COSTS_FILE), models: at(current, MODELS_FILE) },
    }),
  );
  console.log(
    `wrote frontier-models.csv, hardware-prices.csv and frontier-selections.csv to ${out} (Epoch AI @ ${current.slice(0, 7)}, paper @ ${paper.slice(0, 7)}, working notebook @ ${working.slice(0, 7)})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
