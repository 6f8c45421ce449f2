import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GpuCostError } from "../../src/errors/error.js";
import {
  findKernelspec,
  jupyterDataPaths,
  kernelCommand,
  parseKernelspec,
  projectTslab,
  TSLAB_PRELOAD,
} from "../../src/runner/kernelspec.js";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

describe("runner/kernelspec", () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), "kernelspec-test-"));
    for (const [dir, name, spec] of [
      [
        "a",
        "python3",
        {
          argv: ["python3", "-m", "ipykernel", "-f", "{connection_file}"],
          display_name: "Python 3",
          language: "python",
        },
      ],
      [
        "b",
        "tslab",
        {
          argv: ["/opt/tslab", "kernel", "--config-path", "{connection_file}"],
          display_name: "TypeScript",
          language: "typescript",
        },
      ],
      ["b", "echo", { argv: ["echo", "{resource_dir}"], interrupt_mode: "message", env: { A: "1" } }],
    ] as const) {
      await mkdir(join(root, dir, "kernels", name), { recursive: true });
      await writeFile(join(root, dir, "kernels", name, "kernel.json"), JSON.stringify(spec));
    }
  });
  after(() => rm(root, { recursive: true, force: true }));

  it("projectTslab() starts the tslab this package depends on, resolved as Node resolves it", () => {
    const spec = projectTslab();
    assert.deepEqual(spec.argv.slice(0, 3), [process.execPath, "--require", TSLAB_PRELOAD]);
    assert.ok(existsSync(TSLAB_PRELOAD), "the preload beside kernelspec's module");
    assert.match(TSLAB_PRELOAD, /tslab-preload\.cjs$/);
    assert.equal(spec.argv[3], join(PACKAGE_ROOT, "node_modules", "tslab", "bin", "tslab"));
    assert.ok(existsSync(spec.argv[3]));
    assert.deepEqual(spec.argv.slice(4), ["kernel", "--config-path", "{connection_file}"]);
    assert.equal(spec.interruptMode, "signal");
  });

  it("jupyterDataPaths() searches $JUPYTER_PATH first, then each Python prefix given, the user's and the system's folders", () => {
    const paths = jupyterDataPaths({ prefixes: ["/p/.venv"], env: { JUPYTER_PATH: "/x:/y" } });
    assert.deepEqual(paths.slice(0, 3), ["/x", "/y", join("/p/.venv", "share", "jupyter")]);
    assert.deepEqual(paths.slice(-2), ["/usr/local/share/jupyter", "/usr/share/jupyter"]);
  });

  it("findKernelspec(name) takes the first data folder that has kernels/<name>/kernel.json", async () => {
    const spec = await findKernelspec("tslab", { searchPaths: [join(root, "a"), join(root, "b")] });
    assert.equal(spec.argv[0], "/opt/tslab");
    assert.equal(spec.resourceDir, join(root, "b", "kernels", "tslab"));
    const echo = await findKernelspec("echo", { searchPaths: [join(root, "b")] });
    assert.equal(echo.interruptMode, "message");
    assert.deepEqual(echo.env, { A: "1" });
  });

  it("findKernelspec(unknown) fails listing the kernels found and where it looked", async () => {
    const searchPaths = [join(root, "a"), join(root, "b"), join(root, "none")];
    await assert.rejects(
      findKernelspec("pyhton3", { searchPaths }),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.message ===
          `invalid kernel: "pyhton3" (expected tslab, the project's own and the default, or one installed: echo, python3; looked in ${searchPaths.map((p) => `${p}/kernels`).join(", ")})`,
    );
  });

  it("findKernelspec('tslab') is the project's tslab, the default, where no kernelspec of that name is installed", async () => {
    // the default is a kernel of this package, not a kernel.json on disk: "tslab" must not be "none installed"
    const spec = await findKernelspec("tslab", { searchPaths: [join(root, "none")] });
    assert.deepEqual(spec, projectTslab());
    await assert.rejects(
      findKernelspec("tlsab", { searchPaths: [join(root, "none")] }),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.message ===
          `invalid kernel: "tlsab" (expected tslab, the project's own and the default, and no other is installed: looked in ${join(root, "none")}/kernels)`,
    );
  });

  it("parseKernelspec refuses a kernel.json without a usable argv", () => {
    assert.throws(
      () => parseKernelspec("x", '{"argv": []}', "/k/x"),
      /^GpuCostError: invalid kernelspec: \/k\/x\/kernel.json \(argv is not a non-empty list of strings\)$/,
    );
    assert.throws(
      () => parseKernelspec("x", "{", "/k/x"),
      /^GpuCostError: invalid kernelspec: \/k\/x\/kernel.json \(it is not JSON\)$/,
    );
  });

  it("kernelCommand(spec, file) fills in {connection_file} and {resource_dir}", () => {
    const spec = parseKernelspec(
      "x",
      JSON.stringify({ argv: ["k", "-f", "{connection_file}", "--res={resource_dir}"] }),
      "/k/x",
    );
    assert.deepEqual(kernelCommand(spec, "/run/kernel-1.json"), ["k", "-f", "/run/kernel-1.json", "--res=/k/x"]);
  });
});
