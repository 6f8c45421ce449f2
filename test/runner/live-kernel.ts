/**
 * Kernels for the tests: tslab for what is about tslab, the stand-in (../helpers/stand-in.ts) for
 * the runner's mechanics. One kernel of each kind is shared by the tests whose behaviour allows it,
 * started on first use and shut down after each test file; tests that kill or wedge a kernel start
 * their own instead.
 */
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { makeRuntimeDir } from "../../src/runner/connection-file.js";
import { Kernel, type StartKernelOptions } from "../../src/runner/kernel.js";
import { standIn } from "../helpers/stand-in.js";

/** The folder of the tslab fixture notebooks (inside the project, so tslab finds @types/node). */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

type Kind = "tslab" | "stand-in";

const shared = new Map<Kind, Promise<{ kernel: Kernel; runtimeDir: string }>>();

async function start(kind: Kind, options: Partial<StartKernelOptions> = {}) {
  const runtimeDir = await makeRuntimeDir();
  const kernel = await Kernel.start(
    kind === "tslab"
      ? { cwd: FIXTURES, runtimeDir, ...options }
      : { spec: await standIn(), cwd: tmpdir(), runtimeDir, ...options },
  );
  return { kernel, runtimeDir };
}

/** The shared kernel of `kind` (tslab by default). */
export async function sharedKernel(kind: Kind = "tslab"): Promise<Kernel> {
  if (!shared.has(kind)) shared.set(kind, start(kind));
  return (await shared.get(kind)!).kernel;
}

/**
 * A kernel of its own (the stand-in by default: tests that kill or wedge a kernel test the runner),
 * for tests that kill or wedge it; shut it down with `freshKernel.done()`.
 */
export async function freshKernel(
  kind: Kind = "stand-in",
  options: Partial<StartKernelOptions> = {},
): Promise<Kernel & { done(): Promise<void> }> {
  const { kernel, runtimeDir } = await start(kind, options);
  return Object.assign(kernel, {
    async done() {
      await kernel.shutdown();
      await rm(runtimeDir, { recursive: true, force: true });
    },
  });
}

/**
 * Shuts the shared kernels down, if any was started. Called after each test file by the root
 * hook in test/setup.ts: mocha's parallel workers run several files in one process, so a hook
 * registered here would run only after the first of them.
 */
export async function closeSharedKernel(): Promise<void> {
  const started = [...shared.values()];
  shared.clear();
  for (const kernel of started) {
    const { kernel: k, runtimeDir } = await kernel;
    await k.shutdown();
    await rm(runtimeDir, { recursive: true, force: true });
  }
}
