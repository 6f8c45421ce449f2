/**
 * Runs the CLI's `main` in this process, capturing what it prints: for cases that start no kernel.
 * Mocha loads the tests as CommonJS through tsx, where main's dynamic imports would load a second
 * copy of every module (its own GpuCostError, no data files installed): the commands are passed
 * in as static imports instead. The child-process tests (cli.kernel.test.ts) cover the lazy loading.
 */
import { main, type CommandLoader } from "../../src/cli/cli.js";
import { casesCommand } from "../../src/cli/cases-command.js";
import { estimateCommand } from "../../src/cli/estimate-command.js";
import { labCommand } from "../../src/cli/lab.js";
import { reportCommand } from "../../src/cli/report-command.js";
import { runCommand } from "../../src/cli/run-command.js";

const load: CommandLoader = (name) =>
  Promise.resolve(
    { run: runCommand, report: reportCommand, estimate: estimateCommand, cases: casesCommand, lab: labCommand }[name],
  );

export interface InProcessResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `gpu-cost-lab …args`, with console.log and console.error captured. */
export async function inProcess(args: readonly string[]): Promise<InProcessResult> {
  let stdout = "";
  let stderr = "";
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void (stdout += `${parts.join(" ")}\n`);
  console.error = (...parts: unknown[]) => void (stderr += `${parts.join(" ")}\n`);
  try {
    const status = await main(args, new AbortController().signal, load);
    return { status, stdout, stderr };
  } finally {
    Object.assign(console, { log, error });
  }
}
