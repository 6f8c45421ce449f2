/**
 * The report's notebook execution, our runner against Jupyter's own (`jupyter nbconvert --to
 * notebook --execute`, nbclient) on the same notebooks, side by side: `gpu-cost-lab report --jobs
 * 1` and `--jobs 2` (which also render the static charts and write index.html and summary.json)
 * against one nbconvert process executing every notebook in turn on the stock tslab kernelspec
 * (what `npx tslab install` registers: this project's tslab, no preload), registered for the
 * benchmark in a temporary `JUPYTER_PATH`. Goal (issue 19): ≤ 0.6×. Our cold runs pass
 * `--no-cache`; then the cached rerun (nothing changed) is timed on its own, the command from
 * node's start and `npm run report` (build included). Goal: ≤ 1 s. And `--jobs 1`'s kernel
 * start-ahead (with its warm-up) against none, through runReport.
 *
 * Needs a Python environment with nbconvert: the project's `.venv/` (`npm run lab`) or
 * `BENCH_JUPYTER=<…/bin/jupyter>` of another (python3 -m venv v && v/bin/pip install
 * nbconvert==7.17.2 nbclient==0.11.0 ipython, which `tslab install` needs); without one the
 * benchmark says so and is skipped.
 * `BENCH_RUNS` sets the number of timed runs (default 5).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { compare, describe, median } from "./compare.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const jupyter = process.env.BENCH_JUPYTER || join(root, ".venv", "bin", "jupyter");
const cli = join(root, "dist", "cli", "main.js");

/** Runs a command to the end; rejects on a non-zero exit, with its stderr. */
function exec(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr = (stderr + t).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${stderr}`)),
    );
  });
}

/** User + system CPU seconds of this process and the children it has waited for (/proc, 10 ms ticks). */
function cpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0) / 100;
}

/**
 * `runReport({ jobs: 1 })` with the next notebook's kernel started ahead and warmed up
 * (`startAhead: 1`, the default with --jobs 1 on two cores) against none (`startAhead: 0`),
 * cold, alternated: wall and CPU (the kernels' too).
 */
async function startAheadBench(notebooksDir: string, out: string, runs: number): Promise<void> {
  type RunReport = (o: Record<string, unknown>) => Promise<{ summary: { status: string } }>;
  const { runReport } = (await import(pathToFileURL(join(root, "dist", "report", "run-report.js")).href)) as {
    runReport: RunReport;
  };
  const { useNodeDataFiles } = (await import(pathToFileURL(join(root, "dist", "node", "data-files.js")).href)) as {
    useNodeDataFiles: () => void;
  };
  useNodeDataFiles();
  const times: Record<number, { wall: number[]; cpu: number[] }> = {
    0: { wall: [], cpu: [] },
    1: { wall: [], cpu: [] },
  };
  for (let i = 0; i <= runs; i++) {
    for (const ahead of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const [start, cpu] = [performance.now(), cpuSeconds()];
      const { summary } = await runReport({
        jobs: 1,
        startAhead: ahead,
        cache: false,
        notebooksDir,
        outDir: join(out, `ahead${ahead}`),
      });
      if (summary.status !== "ok") throw new Error(`runReport with startAhead ${ahead}: ${summary.status}`);
      if (i === 0) continue;
      times[ahead]!.wall.push((performance.now() - start) / 1000);
      times[ahead]!.cpu.push(cpuSeconds() - cpu);
    }
  }
  const [w0, w1, c0, c1] = [times[0]!.wall, times[1]!.wall, times[0]!.cpu, times[1]!.cpu].map(median) as [
    number,
    number,
    number,
    number,
  ];
  console.log(
    `runReport --jobs 1, kernel started ahead and warmed up: ${w1.toFixed(1)} s wall, ${c1.toFixed(1)} s CPU, against none ${w0.toFixed(1)} s, ${c0.toFixed(1)} s → wall ${(w1 / w0).toFixed(2)}×, CPU ${(c1 / c0).toFixed(2)}×, median of ${runs}`,
  );
}

export default async function reportBench(): Promise<void> {
  if (!existsSync(jupyter)) {
    console.log(
      `skipped: ${jupyter} not found. Create the project's Jupyter environment with \`npm run lab\`, or point BENCH_JUPYTER at the jupyter of an environment with nbconvert (python3 -m venv v && v/bin/pip install nbconvert==7.17.2 nbclient==0.11.0 ipython; tslab install needs IPython), then run \`npm run bench -- report\`.`,
    );
    return;
  }
  const notebooksDir = readdirSync(join(root, "notebooks")).some((f) => f.endsWith(".ipynb"))
    ? join(root, "notebooks")
    : join(root, "test", "runner", "fixtures", "clean");
  const notebooks = readdirSync(notebooksDir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort()
    .map((f) => join(notebooksDir, f));
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const out = await mkdtemp(join(tmpdir(), "report-bench-"));
  console.log(
    `${notebooks.length} notebooks from ${notebooksDir.slice(root.length)}, ${runs} timed runs after 1 warm-up, alternating`,
  );
  try {
    // the stock tslab kernelspec, as `npx tslab install` registers it, in a JUPYTER_PATH of its own
    const tslab = join(root, "node_modules", ".bin", "tslab");
    const python = join(jupyter, "..", "python");
    await exec(tslab, ["install", `--python=${python}`, `--prefix=${join(out, "stock")}`, `--binary=${tslab}`]);
    const stockEnv = { ...process.env, JUPYTER_PATH: join(out, "stock", "share", "jupyter") };
    const nbconvert = {
      label: "jupyter nbconvert --execute (stock tslab kernelspec)",
      run: () =>
        exec(
          jupyter,
          [
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.kernel_name=tslab",
            "--output-dir",
            join(out, "nbconvert"),
            ...notebooks,
          ],
          stockEnv,
        ),
    };
    for (const [jobs, goal] of [
      [1, 0.6],
      [2, 0.6],
    ] as const) {
      const ours = {
        label: `gpu-cost-lab report --jobs ${jobs}`,
        run: () =>
          exec(process.execPath, [
            cli,
            "report",
            "--jobs",
            String(jobs),
            "--notebooks",
            notebooksDir,
            "--out",
            join(out, `jobs${jobs}`),
            "--no-cache",
          ]),
      };
      const result = await compare(nbconvert, ours, { runs });
      console.log(describe(result, goal));
      console.log(
        `  runs (ms): ours ${result.candidateMs.map(Math.round).join(", ")}; nbconvert ${result.baselineMs.map(Math.round).join(", ")}`,
      );
    }
    // the kernel start-ahead (with its warm-up) of --jobs 1: runReport with it and without, alternated
    await startAheadBench(notebooksDir, out, runs);
    // the cached rerun: the last cold run left its cache in jobs2/.cache
    const cachedMs: number[] = [];
    const args = [cli, "report", "--notebooks", notebooksDir, "--out", join(out, "jobs2")];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await exec(process.execPath, args);
      cachedMs.push(performance.now() - start);
    }
    console.log(
      `gpu-cost-lab report, nothing changed (every notebook from the cache): ${median(cachedMs).toFixed(0)} ms, median of ${runs} (goal ≤ 1 s)`,
    );
    // the same through npm run report: the build first (nothing to do), then the command
    const npmMs: number[] = [];
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await exec(npm, ["run", "report", "--silent", "--", "--notebooks", notebooksDir, "--out", join(out, "jobs2")]);
      npmMs.push(performance.now() - start);
    }
    console.log(
      `npm run report, nothing changed (build included): ${median(npmMs).toFixed(0)} ms, median of ${runs} (goal ≤ 1 s)`,
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
