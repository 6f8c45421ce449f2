// Mocha root hook plugin (loaded by .mocharc.json's `require`): what every test file assumes.
// The library's loaders read the package's data/ folder, as the package entry point arranges.
import { useNodeDataFiles } from "../src/node/data-files.js";
import { closeSharedKernel } from "./runner/live-kernel.js";

useNodeDataFiles();

export const mochaHooks = {
  /** After each test file (in parallel mode, a worker runs several): no kernel left running. */
  async afterAll(): Promise<void> {
    await closeSharedKernel();
  },
};
