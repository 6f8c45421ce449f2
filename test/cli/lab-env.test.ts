import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureLabEnv, LAB_KERNEL_PRELOAD, labProcessEnv } from "../../src/cli/lab-env.js";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";
import { GpuCostError } from "../../src/errors/error.js";

const HINT = "(expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)";

/** A project folder with only a requirements.txt, and a way to drop executable scripts into it. */
async function tempProject(): Promise<{ dir: string; script: (path: string, body: string) => Promise<string> }> {
  const dir = await mkdtemp(join(tmpdir(), "lab-env-test-"));
  await writeFile(join(dir, "requirements.txt"), "jupyterlab==4.6.6\n");
  const script = async (path: string, body: string) => {
    const file = join(dir, path);
    await mkdir(join(file, ".."), { recursive: true });
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  };
  return { dir, script };
}

const quiet = { log: () => undefined, verbose: false };

describe("cli/lab-env", () => {
  const made: string[] = [];
  after(async () => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

  it("ensureLabEnv({python}) without a runnable Python says what to install, and creates nothing", async () => {
    const { dir } = await tempProject();
    made.push(dir);
    await assert.rejects(
      ensureLabEnv({ projectDir: dir, python: "/nonexistent/python3", ...quiet }),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.code === "labPythonMissing" &&
        e.message ===
          `no Python 3 found: "/nonexistent/python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
    );
    assert.equal(existsSync(join(dir, ".venv")), false);
  });

  it("ensureLabEnv({python}) refuses a Python without ensurepip (Debian without python3-venv)", async () => {
    const { dir, script } = await tempProject();
    made.push(dir);
    const python = await script("fake/python3", "printf '3.11.2\\nmissing ensurepip\\n'");
    await assert.rejects(ensureLabEnv({ projectDir: dir, python, ...quiet }), {
      message: `unusable Python: ${JSON.stringify(python)} (Python 3.11.2) has no ensurepip module ${HINT}`,
    });
    assert.equal(existsSync(join(dir, ".venv")), false);
  });

  it("ensureLabEnv({python}) refuses a Python older than 3.9", async () => {
    const { dir, script } = await tempProject();
    made.push(dir);
    const python = await script("fake/python3", "printf '3.8.10\\nok\\n'");
    await assert.rejects(ensureLabEnv({ projectDir: dir, python, ...quiet }), {
      message: `unusable Python: ${JSON.stringify(python)} (Python 3.8.10) is too old ${HINT}`,
    });
  });

  /** A setup that looks complete: venv python, jupyter, marker, tslab, kernel.json and a stamp for `requirements`. */
  async function completeSetup(): Promise<string> {
    const { dir, script } = await tempProject();
    made.push(dir);
    const tslab = await script("node_modules/.bin/tslab", "exit 0");
    await script(".venv/bin/python", "exit 0");
    await script(".venv/bin/jupyter", "exit 0");
    await writeFile(join(dir, ".venv", "package.json"), '{ "type": "commonjs" }\n');
    await mkdir(join(dir, ".venv/share/jupyter/kernels/tslab"), { recursive: true });
    await writeFile(
      join(dir, ".venv/share/jupyter/kernels/tslab/kernel.json"),
      JSON.stringify({ argv: [tslab, "kernel", "--config-path", "{connection_file}"] }),
    );
    const requirementsSha256 = createHash("sha256")
      .update(await readFile(join(dir, "requirements.txt")))
      .digest("hex");
    await writeFile(
      join(dir, ".venv/gpu-cost-lab-setup.json"),
      JSON.stringify({ requirementsSha256, tslab, python: "3.11.7" }),
    );
    return dir;
  }

  it("ensureLabEnv() reuses a complete setup without running the system Python", async () => {
    const dir = await completeSetup();
    const env = await ensureLabEnv({ projectDir: dir, python: "/nonexistent/python3", ...quiet });
    assert.equal(env.reused, true);
    assert.equal(env.jupyter, join(dir, ".venv/bin/jupyter"));
    assert.equal(env.tslab, join(dir, "node_modules/.bin/tslab"));
    // an older .venv gets the project's JupyterLab settings too (no news prompt, no MathJax)
    assert.ok(existsSync(join(dir, ".venv/share/jupyter/lab/settings/overrides.d/gpu-cost-lab.json")));
  });

  it("ensureLabEnv() has the registered tslab kernel preload the build's tslab-preload.cjs (NODE_OPTIONS), an older .venv too", async () => {
    const dir = await completeSetup();
    const kernelJson = join(dir, ".venv/share/jupyter/kernels/tslab/kernel.json");
    const before = JSON.parse(await readFile(kernelJson, "utf8")) as { argv: string[] };
    await ensureLabEnv({ projectDir: dir, python: "/nonexistent/python3", ...quiet });
    const spec = JSON.parse(await readFile(kernelJson, "utf8")) as { argv: string[]; env: Record<string, string> };
    assert.deepEqual(spec.argv, before.argv, "the command tslab install wrote, unchanged");
    assert.deepEqual(spec.env, { NODE_OPTIONS: `--require "${LAB_KERNEL_PRELOAD}"` });
    assert.equal(LAB_KERNEL_PRELOAD, join(PACKAGE_ROOT, "dist", "runner", "tslab-preload.cjs"), "the build's");
  });

  it("ensureLabEnv() sets up again when requirements.txt changed (here: reaches the Python check)", async () => {
    const dir = await completeSetup();
    await writeFile(join(dir, "requirements.txt"), "jupyterlab==4.6.7\n");
    await assert.rejects(ensureLabEnv({ projectDir: dir, python: "/nonexistent/python3", ...quiet }), {
      code: "labPythonMissing",
    });
  });

  it("ensureLabEnv() sets up again when kernel.json points at another tslab (a global one)", async () => {
    const dir = await completeSetup();
    await writeFile(
      join(dir, ".venv/share/jupyter/kernels/tslab/kernel.json"),
      JSON.stringify({ argv: ["tslab", "kernel"] }),
    );
    await assert.rejects(ensureLabEnv({ projectDir: dir, python: "/nonexistent/python3", ...quiet }), {
      code: "labPythonMissing",
    });
  });

  it("labProcessEnv(venvDir) puts the venv and the project's .bin first and names the venv's kernels in JUPYTER_PATH", () => {
    const env = labProcessEnv("/p/.venv", { PATH: "/usr/bin", JUPYTER_PATH: "/elsewhere" });
    assert.equal(env["PATH"], "/p/.venv/bin:/p/node_modules/.bin:/usr/bin");
    assert.equal(env["JUPYTER_PATH"], "/p/.venv/share/jupyter:/elsewhere");
    assert.equal(env["VIRTUAL_ENV"], "/p/.venv");
  });
});
