/**
 * The stand-in kernel (./jupyter/kernels/stand-in/stand-in.mjs): a kernelspec in a Jupyter data
 * folder of its own, for the tests of the runner's mechanics (timeouts, signals, kernel death,
 * heartbeat, keys, ports, staging, the cache). In-process tests take `standIn()`; command-line
 * tests pass `--kernel stand-in` with `JUPYTER_PATH` set to `JUPYTER_DIR` (STAND_IN_ENV).
 */
import { fileURLToPath } from "node:url";
import { findKernelspec, type Kernelspec } from "../../src/runner/kernelspec.js";

/** The Jupyter data folder holding `kernels/stand-in/kernel.json`. */
export const JUPYTER_DIR = fileURLToPath(new URL("./jupyter/", import.meta.url));

/** The environment of a command-line run that can start `--kernel stand-in`. */
export const STAND_IN_ENV = { JUPYTER_PATH: JUPYTER_DIR };

/** The fixture notebooks written for the stand-in (cells of its commands): clean/, failing/, orphans/. */
export const STAND_IN_NOTEBOOKS = fileURLToPath(new URL("../runner/fixtures/stand-in/", import.meta.url));

/** The stand-in's kernelspec, found as the runner finds any. */
export function standIn(): Promise<Kernelspec> {
  return findKernelspec("stand-in", { searchPaths: [JUPYTER_DIR] });
}
