/**
 * The command line's dispatch, apart from its entry point (./main.ts) so that tests can call it:
 * `gpu-cost-lab run …`, `gpu-cost-lab report …`. Bad arguments or assumptions are reported as
 * one line on stderr with exit status 2.
 */
import { GpuCostError } from "../errors/error.js";
import { reportCommand } from "./report-command.js";
import { runCommand } from "./run-command.js";

/** The top-level help. */
export const HELP = `Usage: gpu-cost-lab <command> [options]

Commands:
  run NOTEBOOK   execute one notebook (papermill-style parameters)
  report         execute every notebook and write report/ (index.html, summary.json)

gpu-cost-lab <command> --help shows a command's options.`;

const commands: Record<string, (args: readonly string[], context: { signal: AbortSignal }) => Promise<number>> = {
  run: runCommand,
  report: reportCommand,
};

/** Runs the CLI with `argv` (without node and the script); resolves with the exit status. */
export async function main(argv: readonly string[], signal: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  const handler = commands[command];
  try {
    if (!handler) throw new GpuCostError("unknownCommand", { command });
    return await handler(rest, { signal });
  } catch (error) {
    if (error instanceof GpuCostError) {
      console.error(`gpu-cost-lab: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
