/**
 * `gpu-cost-lab lab` (`npm run lab`): JupyterLab with the project's tslab kernel, in `notebooks/`.
 *
 *   gpu-cost-lab lab                         set up .venv/ on first use, then start JupyterLab on 127.0.0.1
 *   gpu-cost-lab lab --setup-only            set up (or check) .venv/ and exit; CI uses this
 *   gpu-cost-lab lab --port=9000             anything else goes to `jupyter lab` as is, after our defaults,
 *   gpu-cost-lab lab --ServerApp.open_browser=True      so it wins (here: open a browser)
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { join } from "node:path";
import { GpuCostError } from "../errors/error.js";
import { LAB } from "./commands.js";
import { commandHelp } from "./help.js";
import { labArgs } from "./lab-args.js";
import { ensureLabEnv, type LabEnv } from "./lab-env.js";
import { parseOptions } from "./option-table.js";

/** Runs the command; resolves with JupyterLab's exit status, or 1 when the setup fails. */
export async function labCommand(args: readonly string[]): Promise<number> {
  const { values, rest } = parseOptions(LAB, args);
  if (values.help) {
    console.log(commandHelp(LAB));
    return 0;
  }
  let env: LabEnv;
  try {
    env = await ensureLabEnv();
  } catch (error) {
    // No usable Python, a failed pip install: the environment, not the arguments (exit status 1).
    if (!(error instanceof GpuCostError)) throw error;
    console.error(`gpu-cost-lab: ${error.message}`);
    return 1;
  }
  if (values["setup-only"]) {
    console.error(`lab setup: ${env.reused ? "reused" : "created"} ${env.venvDir} (tslab kernel: ${env.kernelJson})`);
    return 0;
  }
  return runLab(env, [...rest]);
}

/** Run JupyterLab in the foreground until it exits; resolves with its exit code. */
function runLab(env: LabEnv, jupyterArgs: string[]): Promise<number> {
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
