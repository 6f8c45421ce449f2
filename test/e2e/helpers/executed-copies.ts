/**
 * The executed copies of a folder of notebooks, which say how many charts each notebook shows: the
 * headless runner's report (`node dist/cli/main.js report --notebooks DIR --out OUT` writes
 * `OUT/notebooks/*.ipynb`), built once per folder and run.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectDir, recordTime, removeAtEnd } from "./session.js";

export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";
export const runnerCli = join(projectDir, "dist", "cli", "main.js");

/** True once the headless runner's CLI is built. */
export function runnerPresent(): boolean {
  return existsSync(runnerCli);
}

/** The `.ipynb` files directly in `dir`, by name. */
export async function notebooksIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith(".ipynb")).sort();
}

const reports = new Map<string, Promise<string>>();
/** Build the report of `notebooksDir` once per run (and per extra arguments, `["--lang", "zh"]`) into a temporary folder; resolves with that folder. */
export function buildReport(notebooksDir: string, extra: readonly string[] = []): Promise<string> {
  const key = [notebooksDir, ...extra].join(" ");
  let built = reports.get(key);
  if (!built) {
    built = (async () => {
      const out = removeAtEnd(await mkdtemp(join(tmpdir(), "gpu-cost-lab-report-")));
      const started = Date.now();
      // Exit status 1 (a notebook failed) still writes every executed copy, the failed one as
      // <name>.failed.ipynb; JupyterLab then shows the same failure in its own test.
      const status = await run(
        process.execPath,
        [runnerCli, "report", "--notebooks", notebooksDir, "--out", out, ...extra],
        process.env,
        [0, 1],
      );
      if (status !== 0) console.log(`    (the headless report of ${notebooksDir} failed: exit status ${status})`);
      recordTime(`headless report of ${notebooksDir.replace(projectDir + "/", "")}`, (Date.now() - started) / 1000);
      return out;
    })();
    reports.set(key, built);
  }
  return built;
}

/** The runner's executed copies of the notebooks in `notebooksDir` (`OUT/notebooks/<name>.ipynb`). */
export async function executedCopies(notebooksDir: string): Promise<string> {
  if (!runnerPresent()) throw new Error(`${runnerCli} is missing: run \`npm run build\` (npm run test:e2e does)`);
  return join(await buildReport(notebooksDir), "notebooks");
}

/** How many Vega-Lite 5 outputs the executed copy of `name` in `dir` holds (`<name>.failed.ipynb` if it failed). */
export function countCharts(dir: string, name: string): number {
  const ok = join(dir, name);
  const ipynbPath = existsSync(ok) ? ok : join(dir, name.replace(/\.ipynb$/, ".failed.ipynb"));
  const notebook = JSON.parse(readFileSync(ipynbPath, "utf8")) as {
    cells: Array<{ outputs?: Array<{ data?: Record<string, unknown> }> }>;
  };
  return notebook.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.[VEGA_LITE_MIME] !== undefined).length;
}

/** Run a command to its end; resolves with its exit status if that is one of `accepted`. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, accepted: number[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (status) =>
      status !== null && accepted.includes(status)
        ? resolve(status)
        : reject(new Error(`${[command, ...args].join(" ")} exited with ${status}:\n${output.slice(-4000)}`)),
    );
  });
}
