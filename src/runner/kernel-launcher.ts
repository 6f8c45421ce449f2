/**
 * The launcher every kernel is started through, so that no kernel outlives the runner, even one
 * killed with SIGKILL (which no handler sees). It is a few lines of Node run with `node -e`:
 *
 * - the runner starts it in a new process group, and it starts the kernel in that same group,
 *   so a signal to the group reaches the kernel and whatever a cell started
 *   (`spawn("sleep", ["127"]).unref()`); what left the group (`detached: true`) still carries the
 *   kernel's mark in its environment, and is killed by it before the group (./process-marks.ts);
 * - its stdin is a pipe from the runner that the runner never writes to: when it closes, the
 *   runner has ended, however it ended, and the launcher deletes the kernel's connection file
 *   (and its folder, once empty) and kills the whole group with SIGKILL;
 * - SIGINT is for the kernel (an interrupt), so the launcher ignores it; SIGTERM and SIGHUP make
 *   it kill the group;
 * - when the kernel ends, the launcher ends the same way (its exit code, or the same signal), so
 *   the runner reads the kernel's own exit; the runner then kills what is left in the group.
 *
 * Source text rather than a module file: `node -e` needs no path, so the launcher works the same
 * from the build, from the sources under tsx, and in a project that lifts the runner.
 */
export const LAUNCHER_SOURCE = `"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const [connectionFile, command, ...args] = process.argv.slice(1);
const mark = process.env.GPU_COST_LAB_KERNEL ? "GPU_COST_LAB_KERNEL=" + process.env.GPU_COST_LAB_KERNEL : "";
const killMarked = () => {
  for (let round = 0; mark && round < 10; round++) {
    let pids = [];
    try { pids = fs.readdirSync("/proc").filter((n) => /^\\d+$/.test(n) && Number(n) !== process.pid); } catch { return; }
    let found = 0;
    for (const pid of pids) {
      let env = "";
      try { env = fs.readFileSync("/proc/" + pid + "/environ", "latin1"); } catch { continue; }
      if (!env.split("\\0").includes(mark)) continue;
      found++;
      try { process.kill(Number(pid), "SIGKILL"); } catch {}
    }
    if (found === 0) return;
  }
};
const killGroup = () => { killMarked(); try { process.kill(-process.pid, "SIGKILL"); } catch { process.exit(137); } };
const runnerGone = () => {
  try { if (connectionFile) { fs.rmSync(connectionFile, { force: true }); fs.rmdirSync(path.dirname(connectionFile)); } } catch {}
  killGroup();
};
process.on("SIGINT", () => {});
process.on("SIGTERM", killGroup);
process.on("SIGHUP", killGroup);
process.stdin.on("end", runnerGone).on("error", runnerGone).resume();
const kernel = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
kernel.on("error", (error) => { process.stderr.write("cannot start " + command + ": " + error.message + "\\n"); process.exit(127); });
kernel.on("exit", (code, signal) => {
  if (signal === null) process.exit(code === null ? 1 : code);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  setTimeout(() => process.exit(128 + (require("node:os").constants.signals[signal] || 0)), 1000);
});
`;

/**
 * The command line that starts `argv` (a kernel's command) through the launcher.
 * `connectionFile`: deleted if the runner dies (its folder too, once empty). Defaults to none.
 */
export function launcherCommand(
  argv: readonly string[],
  { connectionFile = "" }: { connectionFile?: string } = {},
): string[] {
  return [process.execPath, "-e", LAUNCHER_SOURCE, "--", connectionFile, ...argv];
}
