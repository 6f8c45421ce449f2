/**
 * The tslab kernel's CPU, with the project's preload (src/runner/tslab-preload.cjs: the lean
 * TypeScript program, the code cache, the zeromq fix) against a baseline kernel, side by side,
 * alternated, through the same runner (`gpu-cost-lab run --kernel`): a one-cell notebook
 * (`console.log`, no import: the kernel's start), one cell importing `node:fs` (what loading Node's
 * declarations on demand costs) and notebook 03, then every notebook once on each
 * kernel with their outputs compared cell by cell (they must be identical).
 *
 * The baseline is the project's tslab of another checkout, built (`BENCH_BASELINE=<dir>`: the
 * command line its dist/runner/kernelspec.js gives), or else tslab with no preload at all (what
 * `npx tslab install` registers). Kernel CPU is the user + system time of the kernel's process
 * tree, read from /proc (cutime + cstime of a wrapper that starts the kernel and waits for it;
 * 10 ms ticks). Goals against the code before issue 19: ≤ 0.65× for the one-cell notebook and
 * ≤ 0.8× for notebook 03. `BENCH_RUNS` sets the timed runs (default 5; 1 untimed round first).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./compare.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");

/** Starts argv[3…] as a child, waits, appends the CPU seconds of the reaped tree to argv[2]. */
const WRAPPER = `
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const [out, command, ...args] = process.argv.slice(1);
const child = spawn(command, args, { stdio: "inherit" });
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => child.kill(s));
child.on("exit", (code, signal) => {
  const f = fs.readFileSync("/proc/self/stat", "utf8").slice(fs.readFileSync("/proc/self/stat", "utf8").lastIndexOf(")") + 2).split(" ");
  fs.appendFileSync(out, (Number(f[13]) + Number(f[14])) / 100 + "\\n");
  process.exit(code ?? 1);
});`;

interface Kernel {
  readonly name: string;
  readonly label: string;
  readonly cpuFile: string;
}

/** The kernel command lines compared: the baseline's and this checkout's projectTslab(). */
async function kernelArgv(): Promise<{ baseline: { label: string; argv: string[] }; candidate: string[] }> {
  type Spec = { projectTslab(): { argv: readonly string[] } };
  const load = async (dir: string) =>
    (await import(pathToFileURL(join(dir, "dist", "runner", "kernelspec.js")).href)) as Spec;
  const candidate = [...(await load(root)).projectTslab().argv];
  const base = process.env.BENCH_BASELINE;
  if (base !== undefined && base !== "") {
    return { baseline: { label: `tslab of ${base}`, argv: [...(await load(base)).projectTslab().argv] }, candidate };
  }
  const tslab = candidate[candidate.indexOf("--require") + 2]!;
  return {
    baseline: {
      label: "tslab with no preload",
      argv: [process.execPath, tslab, "kernel", "--config-path", "{connection_file}"],
    },
    candidate,
  };
}

/** Runs `notebook` on `kernel`; resolves with the kernel's CPU seconds and the executed notebook. */
async function runOn(kernel: Kernel, notebook: string, out: string, env: NodeJS.ProcessEnv): Promise<number> {
  const before = existsSync(kernel.cpuFile) ? readFileSync(kernel.cpuFile, "utf8").trim().split("\n").length : 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "run", notebook, "--kernel", kernel.name, "--out", out], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`run ${notebook} exited ${code}:\n${stderr}`)),
    );
  });
  // a kernel started again (a port taken before it bound it) wrote a line of its own: count both
  const lines = readFileSync(kernel.cpuFile, "utf8").trim().split("\n").slice(before);
  if (lines.length === 0) throw new Error(`no CPU figure from ${kernel.name} for ${notebook}`);
  return lines.reduce((sum, line) => sum + Number(line), 0);
}

/** The outputs of each code cell of an executed notebook, as JSON text. */
function outputs(file: string): string[] {
  const nb = JSON.parse(readFileSync(file, "utf8")) as { cells: { cell_type: string; outputs?: unknown[] }[] };
  return nb.cells.filter((c) => c.cell_type === "code").map((c) => JSON.stringify(c.outputs ?? []));
}

export default async function kernelStartBench(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const dir = await mkdtemp(join(tmpdir(), "kernel-bench-"));
  try {
    const { baseline, candidate } = await kernelArgv();
    const kernels: Kernel[] = [];
    for (const [name, label, argv] of [
      ["bench-baseline", baseline.label, baseline.argv],
      ["bench-candidate", "tslab with this checkout's preload", candidate],
    ] as const) {
      const cpuFile = join(dir, `${name}.cpu`);
      await mkdir(join(dir, "kernels", name), { recursive: true });
      const spec = {
        argv: [process.execPath, "-e", WRAPPER, cpuFile, ...argv],
        display_name: name,
        language: "typescript",
      };
      await writeFile(join(dir, "kernels", name, "kernel.json"), JSON.stringify(spec));
      kernels.push({ name, label, cpuFile });
    }
    const env = { ...process.env, JUPYTER_PATH: dir };
    const oneCell = join(dir, "one-cell.ipynb");
    const cell = {
      cell_type: "code",
      metadata: {},
      source: 'console.log("ready");',
      outputs: [],
      execution_count: null,
    };
    await writeFile(oneCell, JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    const nodeCell = join(dir, "node-cell.ipynb");
    const fsCell = { ...cell, source: 'import { readFileSync } from "node:fs";\nconsole.log(typeof readFileSync);' };
    await writeFile(nodeCell, JSON.stringify({ cells: [fsCell], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    const notebooks = readdirSync(join(root, "notebooks"))
      .filter((f) => f.endsWith(".ipynb"))
      .sort()
      .map((f) => join(root, "notebooks", f));
    const nb03 = notebooks.find((f) => f.includes("03-"));
    console.log(
      `kernel CPU (s), ${runs} timed runs after 1 untimed round, alternating; ${kernels[0]!.label} against ${kernels[1]!.label}`,
    );
    const names = new Map([
      [oneCell, "one-cell notebook"],
      [nodeCell, 'one cell importing "node:fs" (Node\'s declarations on demand)'],
    ]);
    const cases: [string, number | undefined][] = [
      [oneCell, 0.65],
      [nodeCell, undefined],
    ];
    if (nb03 !== undefined) cases.push([nb03, 0.8]);
    for (const [notebook, goal] of cases) {
      const cpu: number[][] = [[], []];
      for (let i = 0; i <= runs; i++) {
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) {
          const seconds = await runOn(kernels[k]!, notebook, join(dir, `out-${k}.ipynb`), env);
          if (i > 0) cpu[k]!.push(seconds);
        }
      }
      const [b, c] = [median(cpu[0]!), median(cpu[1]!)];
      const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
      console.log(
        `${names.get(notebook) ?? notebook.slice(root.length)}: ` +
          `${c.toFixed(2)} s (${range(cpu[1]!)}) against ${b.toFixed(2)} s (${range(cpu[0]!)}) → ${(c / b).toFixed(2)}×` +
          (goal === undefined
            ? ""
            : process.env.BENCH_BASELINE
              ? ` (goal ≤ ${goal}× against the code before issue 19: ${c / b <= goal ? "met" : "NOT met"})`
              : ` (the goal, ≤ ${goal}×, is against the code before issue 19: BENCH_BASELINE=<its checkout, built>)`),
      );
    }
    for (const notebook of notebooks) {
      const files = [join(dir, "check-0.ipynb"), join(dir, "check-1.ipynb")];
      const cpu = [
        await runOn(kernels[0]!, notebook, files[0]!, env),
        await runOn(kernels[1]!, notebook, files[1]!, env),
      ];
      const [a, b] = files.map(outputs) as [string[], string[]];
      const differ = a.map((o, i) => (o === b[i] ? -1 : i + 1)).filter((i) => i > 0);
      console.log(
        `${notebook.slice(root.length)}: ${cpu[1]!.toFixed(2)} s against ${cpu[0]!.toFixed(2)} s (${(cpu[1]! / cpu[0]!).toFixed(2)}×), ` +
          (a.length === b.length && differ.length === 0
            ? `outputs identical (${a.length} code cells)`
            : `OUTPUTS DIFFER in code cells ${differ.join(", ")}`),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
