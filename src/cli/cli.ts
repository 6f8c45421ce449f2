/**
 * The command line's dispatch, apart from its entry point (./main.ts) so that tests can call it:
 * `gpu-cost-lab run …`, `report …`, `estimate …`, `lab …`. Each command's module is loaded only
 * when it runs, so `estimate` never loads the runner. Bad arguments or assumptions are reported
 * as one line on stderr with exit status 2.
 */
import { GpuCostError } from "../errors/error.js";
import { fail } from "./messages.js";
import { COMMANDS, type CommandName } from "./commands.js";
import { toolHelp } from "./help.js";

/** What a command gets besides its arguments. */
export interface CommandContext {
  /** Aborted on Ctrl-C, SIGTERM or SIGHUP (./main.ts). */
  readonly signal: AbortSignal;
}

/** A command's implementation: its arguments (after the command's name) in, the exit status out. */
export type CommandRun = (args: readonly string[], context: CommandContext) => Promise<number>;

/** Loads the implementation of a command. */
export type CommandLoader = (name: CommandName) => Promise<CommandRun>;

/** Each command's module, imported only when that command runs. */
const loadCommand: CommandLoader = async (name) => {
  switch (name) {
    case "run":
      return (await import("./run-command.js")).runCommand;
    case "report":
      return (await import("./report-command.js")).reportCommand;
    case "estimate":
      return (await import("./estimate-command.js")).estimateCommand;
    case "cases":
      return (await import("./cases-command.js")).casesCommand;
    case "lab":
      return (await import("./lab.js")).labCommand;
  }
};

/**
 * Runs the CLI with `argv` (without node and the script); resolves with the exit status. `load`
 * defaults to {@link loadCommand}; tests that run in one module system pass static imports.
 */
export async function main(
  argv: readonly string[],
  signal: AbortSignal,
  load: CommandLoader = loadCommand,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(toolHelp(COMMANDS));
    return command === undefined ? 2 : 0;
  }
  try {
    const spec = COMMANDS.find((c) => c.name === command);
    if (!spec) fail("unknownCommand", { command, known: COMMANDS.map((c) => c.name) });
    const run = await load(spec.name);
    return await run(rest, { signal });
  } catch (error) {
    if (error instanceof GpuCostError) {
      console.error(`gpu-cost-lab: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
