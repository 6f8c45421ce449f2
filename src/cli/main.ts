#!/usr/bin/env node
/**
 * `gpu-cost-lab`: the project's command line (`run`, `report`, `estimate`, `lab`; see ./cli.ts). Exit status: 0
 * success, 1 a notebook failed, 2 bad arguments or assumptions, 74 standard output could not be
 * written (a full disk, a pipe closed early: EX_IOERR of sysexits.h), 128 + signal when interrupted.
 *
 * Standard output is checked as the command ends: a write that failed (ENOSPC on `> /dev/full`,
 * EPIPE from `| head -c1`), which console.log would swallow, is said on stderr and ends the
 * command with status 74, in every command.
 *
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP: the run is cancelled, every kernel is shut down, nothing
 * half-written is left; a second signal, or 10 s without the run ending, kills the kernels outright
 * and deletes the private folders (connection files, a report being staged) on the way out.
 */
import { constants } from "node:os";
import { cleanUpSync } from "../runner/exit-cleanup.js";
import { useNodeDataFiles } from "../node/data-files.js";
import { main } from "./cli.js";
import { messages } from "./messages.js";
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

// A failed write of standard output is kept, and the command ends saying so: console.log would
// swallow it, thrown at once where standard output is a file or a device (ENOSPC on /dev/full),
// or emitted later where it is a pipe (EPIPE once the reader has gone).
let outputError: NodeJS.ErrnoException | undefined;
process.stdout.on("error", (error: NodeJS.ErrnoException) => (outputError ??= error));
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((...args: Parameters<typeof write>) => {
  try {
    return write(...args);
  } catch (error) {
    outputError ??= error as NodeJS.ErrnoException;
    return false;
  }
}) as typeof process.stdout.write;

main(process.argv.slice(2), controller.signal).then(
  async (status) => {
    await flushed(process.stdout);
    process.exitCode = interruptedBy ? 128 + constants.signals[interruptedBy] : status;
    if (outputError && !interruptedBy) {
      console.error(
        `gpu-cost-lab: ${messages.outputFailed({ code: outputError.code ?? "", reason: outputError.message })}`,
      );
      process.exitCode = OUTPUT_FAILED;
    }
    // zeromq's context, the vega modules and stray timers must not keep a finished run alive.
    setImmediate(() => process.exit());
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/** The exit status of a command whose standard output could not be written: EX_IOERR. */
const OUTPUT_FAILED = 74;

/**
 * Resolves once what was written to `stream` has gone (or failed), and a turn of the event loop
 * later, so that its error, if any, has been emitted (a write error is emitted on the next tick,
 * after the promise callbacks that are already waiting).
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write("", () => resolve());
  }).then(() => new Promise<void>((resolve) => setImmediate(resolve)));
}
