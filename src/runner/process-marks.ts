/**
 * Processes found by a mark in their environment, read from /proc (Linux): how the runner finds
 * what a cell started and detached from the kernel's process group (`spawn(…, { detached: true })`
 * puts the child in a session of its own, which a signal to the group does not reach, and
 * reparents it to PID 1 when the kernel ends). Every kernel starts with
 * `GPU_COST_LAB_KERNEL=<id>` in its environment (./kernel-process.ts); children inherit the
 * environment unless they clear it, so whatever is left with the mark when the kernel ends is
 * killed. Linux gives other ways, each with a catch here: a child subreaper needs prctl, which
 * Node cannot call without a native addon; a cgroup needs a writable cgroup tree, which CI's root
 * has and a user may not.
 *
 * Limits: a process that clears or replaces its environment (`env -i`, `spawn(…, { env: {} })`),
 * one of another user (its environ cannot be read), and systems without /proc (macOS) escape it;
 * there only the process group is killed.
 */
import { readdirSync, readFileSync } from "node:fs";

/** The environment variable that marks a kernel and every process it starts. */
export const KERNEL_MARK_VAR = "GPU_COST_LAB_KERNEL";

/** The pids of live processes, this one apart, whose environment holds `name=value`. */
export function markedProcesses(name: string, value: string): number[] {
  const entry = `${name}=${value}`;
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return []; // no /proc: not Linux
  }
  const found: number[] = [];
  for (const pid of names) {
    if (!isPid(pid) || Number(pid) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${pid}/environ`, "latin1");
    } catch {
      continue; // it ended while we looked, or it is another user's
    }
    if (environ.includes(entry) && environ.split("\0").includes(entry)) found.push(Number(pid));
  }
  return found;
}

/**
 * SIGKILLs every process whose environment holds `name=value`, again until none is found (a
 * process may start another while the first round runs), at most `rounds` times; the number killed.
 */
export function killMarked(name: string, value: string, rounds = 10): number {
  let killed = 0;
  for (let round = 0; round < rounds; round++) {
    const pids = markedProcesses(name, value);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
        killed++;
      } catch {
        // it ended first
      }
    }
  }
  return killed;
}

/**
 * When process `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or
 * undefined when it is not running or /proc cannot say: with the pid, it names one process, since
 * a pid is reused once its process ends.
 */
export function processStartTime(pid: number): number | undefined {
  const fields = statFields(pid);
  const start = Number(fields?.[19]);
  return Number.isFinite(start) ? start : undefined;
}

/**
 * Is process `pid` running (not ended, nor a zombie waiting for its parent), and the one that
 * started at `start` (processStartTime), when that is known? Without /proc, only whether the pid is taken.
 */
export function isRunning(pid: number, start: number | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const fields = statFields(pid);
  if (fields === undefined) return true;
  if (fields[0] === "Z") return false;
  return start === undefined || Number(fields[19]) === start;
}

/** The fields of /proc/<pid>/stat after `pid (comm)`: state, ppid, …; undefined without it. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so count from the last ")"
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

function isPid(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return name.length > 0;
}
