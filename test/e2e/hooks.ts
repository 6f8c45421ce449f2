/**
 * Root hooks of `npm run test:e2e`: whatever happens, the browser and every JupyterLab server (with its
 * kernels) are stopped at the end, also on Ctrl-C; the timings and the total time are printed last.
 */
import { killAllNow, shutdownAll, startedAt, timingTable } from "./helpers/session.js";

function onInterrupt(): void {
  console.error("\ne2e: interrupted, stopping JupyterLab, its kernels and the browser");
  killAllNow();
  process.exit(130);
}

export const mochaHooks = {
  beforeAll(): void {
    process.once("SIGINT", onInterrupt);
    process.once("SIGTERM", onInterrupt);
  },
  async afterAll(): Promise<void> {
    await shutdownAll();
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
    console.log(`\ne2e timings:\n${timingTable()}`);
    console.log(`e2e total: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  },
};
