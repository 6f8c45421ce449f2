/**
 * The project's own JupyterLab environment: a Python virtual environment in `.venv/` with the pinned
 * `requirements.txt` installed and the project's tslab kernel registered into it. `npm run lab`, the
 * browser end-to-end test and the nbconvert benchmark all call `ensureLabEnv()`, so they share one
 * `.venv`; the headless runner (`npm run report`) needs none of it.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, join, relative } from "node:path";
import { errorOf, fail } from "./messages.js";
import { PACKAGE_ROOT } from "../node/package-root.js";
import { writeLabSettings } from "./lab-settings.js";

/** Options of `ensureLabEnv()`. */
export interface LabEnvOptions {
  /** The project folder holding `requirements.txt` and `node_modules/`. Defaults to the package root. */
  projectDir?: string;
  /** The Python 3 that creates the environment. Defaults to `$PYTHON`, else `"python3"`. */
  python?: string;
  /** Where setup progress goes (one line per step). Defaults to `console.error`. */
  log?: (line: string) => void;
  /** Show pip's and tslab's own output. Defaults to true; when false it is kept and shown only on failure. */
  verbose?: boolean;
}

/** A ready environment: absolute paths, and the process environment to start Jupyter with. */
export interface LabEnv {
  projectDir: string;
  venvDir: string;
  /** `.venv/bin/python` */
  python: string;
  /** `.venv/bin/jupyter` */
  jupyter: string;
  /** `node_modules/.bin/tslab`, the command the registered kernel runs. */
  tslab: string;
  /** `.venv/share/jupyter/kernels/tslab/kernel.json` */
  kernelJson: string;
  /** `process.env` plus the venv first on PATH and `JUPYTER_PATH` pointing at the venv's kernels. */
  env: NodeJS.ProcessEnv;
  /** True when an earlier complete setup was reused as is. */
  reused: boolean;
  /** Seconds this call took. */
  seconds: number;
}

/** What a complete setup records; a later run reuses the environment only if all of it still holds. */
interface Stamp {
  requirementsSha256: string;
  tslab: string;
  python: string;
}

const STAMP = "gpu-cost-lab-setup.json";

/**
 * The preload the registered kernel requires: the build's (`npm run lab` and the browser test
 * build first), so that the sources under tsx and the build write the same kernel.json.
 */
export const LAB_KERNEL_PRELOAD = join(PACKAGE_ROOT, "dist", "runner", "tslab-preload.cjs");

/**
 * Make sure `.venv/` holds JupyterLab from `requirements.txt` and the project's tslab kernel, and
 * return its paths. A complete earlier setup (same requirements hash, same tslab path, kernel.json in
 * place) is reused in well under a second; a change of `requirements.txt` reinstalls.
 *
 * Throws `labPythonMissing` / `labPythonUnfit` when no usable Python 3 with `venv` is found, and
 * `labStepFailed` when a step exits non-zero.
 */
export async function ensureLabEnv(options: LabEnvOptions = {}): Promise<LabEnv> {
  const {
    projectDir = PACKAGE_ROOT,
    python = process.env["PYTHON"] || "python3",
    log = (line: string) => console.error(line),
    verbose = true,
  } = options;
  const started = Date.now();
  const venvDir = join(projectDir, ".venv");
  const paths = {
    projectDir,
    venvDir,
    python: join(venvDir, "bin", "python"),
    jupyter: join(venvDir, "bin", "jupyter"),
    tslab: join(projectDir, "node_modules", ".bin", "tslab"),
    kernelJson: join(venvDir, "share", "jupyter", "kernels", "tslab", "kernel.json"),
  };
  const done = async (reused: boolean): Promise<LabEnv> => {
    // the project's JupyterLab settings (./lab-settings.ts: no news prompt, no MathJax), and the
    // kernel's preload, an older .venv too
    await writeLabSettings(venvDir);
    await preloadLabKernel(paths.kernelJson);
    return { ...paths, env: labProcessEnv(venvDir), reused, seconds: (Date.now() - started) / 1000 };
  };
  const requirements = await readFile(join(projectDir, "requirements.txt"));
  const wanted: Stamp = {
    requirementsSha256: createHash("sha256").update(requirements).digest("hex"),
    tslab: paths.tslab,
    python: "",
  };

  // 1. Reuse a complete setup.
  const reusable = async () => {
    const stamp = await readStamp(join(venvDir, STAMP));
    return (
      stamp?.requirementsSha256 === wanted.requirementsSha256 &&
      stamp.tslab === wanted.tslab &&
      (await isComplete(paths))
    );
  };
  if (await reusable()) return done(true);

  // 2. Check Python 3 and its venv module before touching anything.
  wanted.python = await checkPython(python);
  const unlock = await lock(join(venvDir, ".setup-lock"), log);
  try {
    if (await reusable()) return done(true); // another process finished the setup while this one waited
    await setUp(paths, wanted, python, { projectDir, verbose, log });
  } finally {
    await unlock();
  }
  log(`lab setup: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return done(false);
}

/** Steps 3–5 of `ensureLabEnv()`, run under its lock. */
async function setUp(
  paths: { venvDir: string; python: string; tslab: string; kernelJson: string },
  wanted: Stamp,
  python: string,
  o: { projectDir: string; verbose: boolean; log: (line: string) => void },
): Promise<void> {
  const { projectDir, verbose, log } = o;
  const venvDir = paths.venvDir;
  const step = (name: string, command: string, args: string[]) =>
    run(name, command, args, { cwd: projectDir, verbose, log });

  // 3. Create the virtual environment (kept if it exists and runs), install the pinned requirements.
  if (!(await runs(paths.python))) {
    log(`lab setup: creating ${relative(projectDir, venvDir)}/ with ${python} (Python ${wanted.python})`);
    await step("create the virtual environment", python, ["-m", "venv", venvDir]);
  }
  await rm(join(venvDir, STAMP), { force: true });
  // Node would read the .js files JupyterLab runs from .venv/ (jupyter_builder's yarn.js) as ES
  // modules because the project's package.json says "type": "module"; this one says otherwise.
  await writeFile(join(venvDir, "package.json"), '{ "type": "commonjs" }\n');
  log("lab setup: installing requirements.txt (JupyterLab, nbconvert, nbclient)");
  await step("install requirements", paths.python, [
    "-m",
    "pip",
    "install",
    "--disable-pip-version-check",
    "-r",
    join(projectDir, "requirements.txt"),
  ]);

  // 4. Register the project's own tslab (not a global one) into the environment, and check what was written.
  log(
    `lab setup: registering the tslab kernel (${relative(projectDir, paths.tslab)}) into ${relative(projectDir, venvDir)}/`,
  );
  await step("register the tslab kernel", paths.tslab, [
    "install",
    `--python=${paths.python}`,
    `--binary=${paths.tslab}`,
    `--prefix=${venvDir}`,
  ]);
  const argv0 = ((await readJson(paths.kernelJson)) as { argv?: unknown[] } | undefined)?.argv?.[0];
  if (argv0 !== paths.tslab) fail("labKernelSpec", { path: paths.kernelJson, argv0, expected: paths.tslab });

  // 5. Stamp the setup as complete.
  await writeFile(join(venvDir, STAMP), JSON.stringify(wanted, null, 2) + "\n");
}

/**
 * The `NODE_OPTIONS` of the registered tslab kernel: `--require` the runner's preload
 * (src/runner/tslab-preload.cjs: a TypeScript program without every `@types` package, V8's code
 * cache of TypeScript, zeromq's busy socket), so that a notebook opened in JupyterLab starts on
 * the same kernel as `npm run report` runs. The path is quoted (Node reads quotes in NODE_OPTIONS);
 * the preload takes itself out of NODE_OPTIONS for the processes a cell starts.
 */
function labKernelNodeOptions(): string {
  return `--require ${JSON.stringify(LAB_KERNEL_PRELOAD)}`;
}

/** Writes `labKernelNodeOptions()` into kernel.json's `env` (kept as is when already there). */
async function preloadLabKernel(kernelJson: string): Promise<void> {
  const spec = (await readJson(kernelJson)) as { env?: Record<string, string> } | undefined;
  if (spec === undefined) return;
  const nodeOptions = labKernelNodeOptions();
  if (spec.env?.["NODE_OPTIONS"] === nodeOptions) return;
  const next = { ...spec, env: { ...spec.env, NODE_OPTIONS: nodeOptions } };
  await writeFile(kernelJson, JSON.stringify(next, null, 2) + "\n");
}

/**
 * One setup at a time per project (`npm run lab` and the e2e test may start together on a fresh
 * checkout; two pip installs into one venv can break it). A lock older than 30 minutes is stale.
 */
async function lock(dir: string, log: (line: string) => void): Promise<() => Promise<void>> {
  await mkdir(join(dir, ".."), { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      await mkdir(dir);
      return () => rm(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const ageMs =
        Date.now() -
        (await stat(dir).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (ageMs > 30 * 60_000) await rm(dir, { recursive: true, force: true });
      if (waited === 0) log(`lab setup: waiting for another setup to finish (${dir})`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/**
 * The environment Jupyter runs in: the venv's `bin/` and the project's `node_modules/.bin` first on
 * PATH, and `JUPYTER_PATH` naming the venv's `share/jupyter` so its tslab kernel wins over any
 * per-user kernel called `tslab` (Jupyter searches `JUPYTER_PATH` before the user's data folder).
 */
export function labProcessEnv(venvDir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const projectBin = join(venvDir, "..", "node_modules", ".bin");
  return {
    ...base,
    VIRTUAL_ENV: venvDir,
    PATH: [join(venvDir, "bin"), projectBin, base["PATH"] ?? ""].join(delimiter),
    JUPYTER_PATH: [join(venvDir, "share", "jupyter"), base["JUPYTER_PATH"]].filter(Boolean).join(delimiter),
  };
}

async function isComplete(paths: {
  python: string;
  jupyter: string;
  tslab: string;
  kernelJson: string;
}): Promise<boolean> {
  const marker = join(paths.python, "..", "..", "package.json");
  if (![paths.jupyter, paths.tslab, marker].every((p) => existsSync(p)) || !(await runs(paths.python))) return false;
  const spec = (await readJson(paths.kernelJson)) as { argv?: unknown[] } | undefined;
  return spec?.argv?.[0] === paths.tslab;
}

/** The version of `python` if it is Python ≥ 3.9 with `venv` and `ensurepip`; otherwise a catalogued error. */
async function checkPython(python: string): Promise<string> {
  const probe =
    "import sys\nprint('%d.%d.%d' % sys.version_info[:3])\n" +
    "try:\n import venv, ensurepip\n print('ok')\nexcept ImportError as e:\n print('missing ' + str(e.name))";
  const result = await capture(python, ["-c", probe]);
  if (result === undefined) fail("labPythonMissing", { python });
  const [version = "?", verdict = ""] = result.trim().split("\n");
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major !== 3 || minor < 9) fail("labPythonUnfit", { python, version, problem: "is too old" });
  if (verdict !== "ok")
    fail("labPythonUnfit", { python, version, problem: `has no ${verdict.replace(/^missing /, "")} module` });
  return version;
}

/** True when `python --version` runs and exits 0 (a venv whose base Python was removed does not). */
async function runs(python: string): Promise<boolean> {
  return existsSync(python) && (await capture(python, ["--version"])) !== undefined;
}

/** stdout of a command that exited 0, or undefined when it could not start or failed. */
function capture(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", () => resolve(undefined));
    child.on("close", (status) => resolve(status === 0 ? out : undefined));
  });
}

/** Run one setup step; its output is shown (verbose) or kept and printed only if it fails. */
function run(
  name: string,
  command: string,
  args: string[],
  o: { cwd: string; verbose: boolean; log: (line: string) => void },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: o.cwd,
      stdio: o.verbose ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    let kept = "";
    child.stdout?.on("data", (chunk: Buffer) => (kept += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (kept += chunk.toString()));
    const failed = (status: number | string) => {
      if (kept) o.log(kept.trimEnd());
      reject(errorOf("labStepFailed", { step: name, command: [command, ...args].join(" "), status }));
    };
    child.on("error", (e: NodeJS.ErrnoException) => failed(e.code ?? e.message));
    child.on("close", (status, signal) => (status === 0 ? resolve() : failed(status ?? signal ?? "?")));
  });
}

async function readStamp(path: string): Promise<Stamp | undefined> {
  return (await readJson(path)) as Stamp | undefined;
}

async function readJson(path: string): Promise<unknown> {
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}
