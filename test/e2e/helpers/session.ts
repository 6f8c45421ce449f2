/**
 * What the end-to-end files share: one Chromium, the JupyterLab servers they start, the process table
 * at the start, a tag every process of this run inherits, and the timings printed at the end.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { ensureLabEnv, type LabEnv } from "../../../src/cli/lab-env.js";
import { PACKAGE_ROOT } from "../../../src/node/package-root.js";
import { listProcesses } from "../../helpers/lab-processes.js";
import type { RunningLab } from "../../helpers/lab-server.js";

/** Every process this run starts inherits this variable, so a leftover can be told from someone else's. */
export const RUN_TAG_NAME = "GPU_COST_LAB_E2E_RUN";
export const runTag = randomBytes(8).toString("hex");
process.env[RUN_TAG_NAME] = runTag;

export const startedAt = Date.now();
export const processesAtStart = listProcesses();
export const projectDir = PACKAGE_ROOT;
export const resultsDir = join(projectDir, "test-results");

/** Debian's chromium by default; CI on Ubuntu may point elsewhere. */
export const chromiumPath = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";

const timings: Array<[string, number]> = [];
/** Note how long a step took, for the table printed at the end. */
export function recordTime(label: string, seconds: number): void {
  timings.push([label, seconds]);
}
export function timingTable(): string {
  return timings.map(([label, s]) => `  ${s.toFixed(1).padStart(6)} s  ${label}`).join("\n");
}

let env: Promise<LabEnv> | undefined;
/** The project's `.venv` (set up on first use), shared with `npm run lab`. */
export function labEnv(): Promise<LabEnv> {
  env ??= ensureLabEnv({ verbose: false }).then((e) => {
    recordTime(e.reused ? "venv setup (reused)" : "venv setup (fresh)", e.seconds);
    return e;
  });
  return env;
}

let browser: Promise<Browser> | undefined;
/** The one Chromium of this run, launched on first use. Never `npx playwright install`: it downloads a browser. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  return browser;
}

/** True when this run has a browser open. */
export function sharedBrowserStarted(): boolean {
  return browser !== undefined;
}

const labs = new Set<RunningLab>();
/** Keep `lab` so that the end of the run (or Ctrl-C) stops it whatever happened. */
export function track(lab: RunningLab): RunningLab {
  labs.add(lab);
  return lab;
}
export async function stopLab(lab: RunningLab): Promise<void> {
  labs.delete(lab);
  await lab.stop();
}

const temporary: string[] = [];
/** Remove `dir` when the run ends. */
export function removeAtEnd(dir: string): string {
  temporary.push(dir);
  return dir;
}

/** Close the browser, stop every server still running, remove the temporary folders. */
export async function shutdownAll(): Promise<void> {
  const closing = browser;
  browser = undefined;
  await closing?.then(
    (b) => b.close(),
    () => undefined,
  );
  await Promise.all([...labs].map((lab) => stopLab(lab)));
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The same at once, for SIGINT: Playwright kills its browser on SIGINT itself. */
export function killAllNow(): void {
  for (const lab of labs) lab.killNow();
}

export function ensureResultsDir(): string {
  mkdirSync(resultsDir, { recursive: true });
  return resultsDir;
}
