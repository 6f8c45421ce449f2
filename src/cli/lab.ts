#!/usr/bin/env node
/**
 * `npm run lab`: JupyterLab with the project's tslab kernel, in `notebooks/`.
 *
 *   npm run lab                        set up .venv/ on first use, then start JupyterLab on 127.0.0.1
 *   npm run lab -- --setup-only        set up (or check) .venv/ and exit; CI uses this
 *   npm run lab -- --port=9000         anything else goes to `jupyter lab` as is, after our defaults,
 *   npm run lab -- --ServerApp.open_browser=True     so it wins (here: open a browser)
 */
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { labArgs } from "./lab-args.js";
import { ensureLabEnv, type LabEnv } from "./lab-env.js";
import { GpuCostError } from "../errors/error.js";

/** What the command line asks for. */
export interface LabCommand {
  /** Set up the environment and exit. */
  setupOnly: boolean;
  /** Arguments passed through to `jupyter lab`. */
  jupyterArgs: string[];
}

/** Split our own flag from the ones for JupyterLab: `["--setup-only"]` → `{setupOnly: true, jupyterArgs: []}`. */
export function parseLabCommand(argv: string[]): LabCommand {
  return { setupOnly: argv.includes("--setup-only"), jupyterArgs: argv.filter((a) => a !== "--setup-only") };
}

/** Run JupyterLab in the foreground until it exits; resolves with its exit code. */
export function runLab(env: LabEnv, jupyterArgs: string[]): Promise<number> {
  const rootDir = join(env.projectDir, "notebooks");
  const child = spawn(env.jupyter, labArgs(rootDir, jupyterArgs), { cwd: rootDir, env: env.env, stdio: "inherit" });
  // Ctrl-C reaches JupyterLab itself (same terminal process group), which asks before shutting down;
  // this process stays until it has, and passes on a SIGTERM.
  const ignore = () => undefined;
  const forward = () => child.kill("SIGTERM");
  process.on("SIGINT", ignore);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("error", (e) => {
      console.error(`could not start ${env.jupyter}: ${e.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", ignore);
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const command = parseLabCommand(argv);
  const env = await ensureLabEnv();
  if (command.setupOnly) {
    console.error(`lab setup: ${env.reused ? "reused" : "created"} ${env.venvDir} (tslab kernel: ${env.kernelJson})`);
    return 0;
  }
  return runLab(env, command.jupyterArgs);
}

// Run only as the entry point (`node dist/cli/lab.js`), not when a test imports this module.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof GpuCostError ? e.message : e);
      process.exit(1);
    },
  );
}
