#!/usr/bin/env node
/**
 * `gpu-cost-lab`: the project's command line (`run`, `report`, `estimate`, `lab`; see ./cli.ts). Exit status: 0
 * success, 1 a notebook failed, 2 bad arguments or assumptions, 128 + signal when interrupted.
 *
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP: the run is cancelled, every kernel is shut down, nothing
 * half-written is left; a second signal, or 10 s without the run ending, kills the kernels outright
 * and deletes the private folders (connection files, a report being staged) on the way out.
 */
import { constants } from "node:os";
import { cleanUpSync } from "../runner/exit-cleanup.js";
import { useNodeDataFiles } from "../node/data-files.js";
import { main } from "./cli.js";
import { COMMANDS } from "./commands.js";

useNodeDataFiles();

const controller = new AbortController();
let interruptedBy: NodeJS.Signals | undefined;
// `lab` leaves Ctrl-C to JupyterLab, which asks before it quits (./lab.ts).
const ownsSignals = COMMANDS.some((c) => c.name === process.argv[2] && "ownsSignals" in c && c.ownsSignals);
for (const name of ownsSignals ? [] : (["SIGINT", "SIGTERM", "SIGHUP"] as const)) {
  process.on(name, () => {
    if (interruptedBy) process.exit(128 + constants.signals[interruptedBy]);
    interruptedBy = name;
    console.error(`\ngpu-cost-lab: ${name}: stopping, shutting the kernels down…`);
    controller.abort();
    setTimeout(() => process.exit(128 + constants.signals[name]), 10_000).unref();
  });
}
process.on("exit", cleanUpSync);

main(process.argv.slice(2), controller.signal).then(
  (status) => {
    process.exitCode = interruptedBy ? 128 + constants.signals[interruptedBy] : status;
    // zeromq's context, the vega modules and stray timers must not keep a finished run alive.
    setImmediate(() => process.exit());
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
