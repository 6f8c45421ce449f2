/**
 * One tslab kernel shared by the tests whose behaviour allows it (starting one takes a second or
 * more), started on first use in the fixtures folder and shut down after each test file.
 * Tests that kill or wedge a kernel start their own instead.
 */
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { makeRuntimeDir } from "../../src/runner/connection-file.js";
import { Kernel } from "../../src/runner/kernel.js";

/** The folder of the fixture notebooks (inside the project, so tslab finds @types/node). */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

let shared: Promise<{ kernel: Kernel; runtimeDir: string }> | undefined;

/** The shared kernel. */
export async function sharedKernel(): Promise<Kernel> {
  shared ??= makeRuntimeDir().then(async (runtimeDir) => ({
    kernel: await Kernel.start({ cwd: FIXTURES, runtimeDir }),
    runtimeDir,
  }));
  return (await shared).kernel;
}

/** A kernel of its own, for tests that kill or wedge it; shut it down with `freshKernel.done()`. */
export async function freshKernel(): Promise<Kernel & { done(): Promise<void> }> {
  const runtimeDir = await makeRuntimeDir();
  const kernel = await Kernel.start({ cwd: FIXTURES, runtimeDir });
  return Object.assign(kernel, {
    async done() {
      await kernel.shutdown();
      await rm(runtimeDir, { recursive: true, force: true });
    },
  });
}

/**
 * Shuts the shared kernel down, if one was started. Called after each test file by the root
 * hook in test/setup.ts: mocha's parallel workers run several files in one process, so a hook
 * registered here would run only after the first of them.
 */
export async function closeSharedKernel(): Promise<void> {
  if (!shared) return;
  const started = shared;
  shared = undefined;
  const { kernel, runtimeDir } = await started;
  await kernel.shutdown();
  await rm(runtimeDir, { recursive: true, force: true });
}
