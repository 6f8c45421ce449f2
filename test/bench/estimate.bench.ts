/**
 * `gpu-cost-lab estimate` from the command line against Node starting and doing nothing
 * (`node -e ""`), side by side: the command's whole cost (loading the library and the data,
 * `estimate()`, printing) as a multiple of the start-up no command can avoid. Goal: the answer
 * in well under a second; the ratio says where the time goes. `BENCH_RUNS` sets the number of
 * timed runs (default 15).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

export default async function estimateBench(): Promise<void> {
  const runs = Number(process.env["BENCH_RUNS"] ?? 15);
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
