/**
 * `gpu-cost-lab estimate` from the command line against Node starting and doing nothing
 * (`node -e ""`), side by side: the command's whole cost (loading the library and the data,
 * `estimate()`, printing) as a multiple of the start-up no command can avoid. Goal: the answer
 * in well under a second; the ratio says where the time goes. `BENCH_RUNS` sets the number of
 * timed runs (default 15).
 *
 * Then `estimate()` itself, in this process: with `BENCH_BASELINE=<another checkout, built>`,
 * this build's against that one's, alternated (each round 200 calls), to measure a change to it.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compare, describe } from "./compare.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");

/** Runs node with `args` to the end; rejects on a non-zero exit. */
function node(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`node ${args.join(" ")} exited ${code}`))));
  });
}

interface Library {
  assumptions(overrides?: Record<string, unknown>): unknown;
  estimate(input?: unknown): unknown;
}

/** The library of the build in `dir`/dist, its data files installed by its entry point. */
async function library(dir: string): Promise<Library> {
  const dist = pathToFileURL(join(dir, "dist")).href;
  await import(`${dist}/index.js`);
  const { assumptions } = (await import(`${dist}/assumptions/assumptions.js`)) as Pick<Library, "assumptions">;
  const { estimate } = (await import(`${dist}/assumptions/estimate.js`)) as Pick<Library, "estimate">;
  return { assumptions, estimate };
}

/** 200 calls of `estimate()`: of validated assumptions, or of overrides it checks first. */
function calls(lib: Library, validated: boolean): () => void {
  const overrides = { gpuPrice: "400万～500万日元", gpuCount: [2000, 3000], valuation: "training-start" };
  const a = lib.assumptions(overrides);
  return () => {
    for (let i = 0; i < 200; i++) lib.estimate(validated ? a : overrides);
  };
}

async function inProcess(runs: number): Promise<void> {
  const baselineDir = process.env["BENCH_BASELINE"];
  const current = await library(root);
  const baseline = baselineDir ? await library(baselineDir) : current;
  const which = baselineDir ? `the build in ${baselineDir}` : "this build (set BENCH_BASELINE to compare)";
  for (const validated of [true, false]) {
    const what = validated ? "estimate(a), a validated" : "estimate(overrides)";
    const c = await compare(
      { label: `${what} × 200, ${which}`, run: calls(baseline, validated) },
      { label: `${what} × 200, this build`, run: calls(current, validated) },
      { runs, warmup: 3 },
    );
    console.log(describe(c));
  }
}

export default async function estimateBench(): Promise<void> {
  const runs = Number(process.env["BENCH_RUNS"] ?? 15);
  await inProcess(runs);
  for (const args of [["estimate"], ["estimate", "--format", "json", "--scenario", "full-programme"]]) {
    const c = await compare(
      { label: 'node -e ""', run: () => node(["-e", ""]) },
      { label: `gpu-cost-lab ${args.join(" ")}`, run: () => node([cli, ...args]) },
      { runs, warmup: 2 },
    );
    const verdict = c.candidateMedianMs < 1000 ? "under a second: met" : "under a second: NOT met";
    console.log(`${describe(c)} (${verdict})`);
  }
}
