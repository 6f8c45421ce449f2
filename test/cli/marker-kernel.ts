/**
 * The setup of the command line's refusal tests: a scratch folder holding `nbs/<notebook>` and a
 * kernelspec named `marker` (on `JUPYTER_PATH` for the test) whose kernel only leaves a mark when
 * started. A refusal must stop before any kernel starts: the mark must never appear.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inProcess } from "./in-process.js";

export interface MarkerKernel {
  /** This test's scratch folder (set by the `beforeEach` the setup adds). */
  readonly temp: string;
  /** `args` stop with exit status 2 and exactly `message`, no kernel started, nothing printed on stdout. */
  refused(args: readonly string[], message: string): Promise<void>;
}

/** Adds the `beforeEach`/`afterEach` of the setup to the calling `describe`; `notebook` is copied into `nbs/`. */
export function markerKernel(prefix: string, notebook: string): MarkerKernel {
  const state = { temp: "", marker: "", jupyterPath: undefined as string | undefined };
  beforeEach(async () => {
    state.temp = await mkdtemp(join(tmpdir(), prefix));
    state.marker = join(state.temp, "kernel-started");
    await mkdir(join(state.temp, "jupyter", "kernels", "marker"), { recursive: true });
    await writeFile(
      join(state.temp, "jupyter", "kernels", "marker", "kernel.json"),
      JSON.stringify({ argv: ["sh", "-c", `touch ${state.marker}; exit 3`] }),
    );
    await mkdir(join(state.temp, "nbs"));
    await copyFile(notebook, join(state.temp, "nbs", basename(notebook)));
    state.jupyterPath = process.env["JUPYTER_PATH"];
    process.env["JUPYTER_PATH"] = join(state.temp, "jupyter");
  });
  afterEach(async () => {
    if (state.jupyterPath === undefined) delete process.env["JUPYTER_PATH"];
    else process.env["JUPYTER_PATH"] = state.jupyterPath;
    await rm(state.temp, { recursive: true, force: true });
  });
  return {
    get temp() {
      return state.temp;
    },
    async refused(args, message) {
      const result = await inProcess([...args, "--kernel", "marker"]);
      assert.deepEqual(result, { status: 2, stdout: "", stderr: `gpu-cost-lab: ${message}\n` }, args.join(" "));
      assert.equal(existsSync(state.marker), false, `no kernel started: ${args.join(" ")}`);
    },
  };
}
