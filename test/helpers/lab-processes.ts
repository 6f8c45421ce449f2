/**
 * The process table, as `ps` shows it: what `startLab()` uses to find the kernels a JupyterLab
 * server started (Jupyter starts each kernel in a session of its own, so killing the server's process
 * group leaves them running), and what the end-to-end test compares before and after a run.
 */
import { execFileSync } from "node:child_process";

/** One process: its id, its parent's id, its process group and its command line. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  command: string;
}

/** Every process visible to this user, from `ps -eo pid=,ppid=,pgid=,args=`. */
export function listProcesses(): ProcessInfo[] {
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,pgid=,args="], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const rows: ProcessInfo[] = [];
  for (const line of out.split("\n")) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match)
      rows.push({ pid: Number(match[1]), ppid: Number(match[2]), pgid: Number(match[3]), command: match[4] ?? "" });
  }
  return rows;
}

/**
 * `pid` and everything started under it, children before grandchildren. The kernels of a JupyterLab
 * server are its direct children while it runs; once it exits they are re-parented, so take this
 * list before stopping the server.
 */
export function processTree(pid: number, table: ProcessInfo[] = listProcesses()): ProcessInfo[] {
  const tree = table.filter((p) => p.pid === pid);
  for (let i = 0; i < tree.length; i++) {
    const parent = tree[i]!.pid;
    tree.push(...table.filter((p) => p.ppid === parent && p.pid !== parent));
  }
  return tree;
}

/** True when a process with this id still runs the same command (a reused id is not the same process). */
export function stillRunning(p: ProcessInfo, table: ProcessInfo[] = listProcesses()): boolean {
  return table.some((q) => q.pid === p.pid && q.command === p.command);
}

/** Send `signal` to each process that still runs its recorded command; ignore those already gone. */
export function signalAll(processes: ProcessInfo[], signal: NodeJS.Signals): void {
  const table = listProcesses();
  for (const p of processes) {
    if (!stillRunning(p, table)) continue;
    try {
      process.kill(p.pid, signal);
    } catch {
      // exited between the listing and the signal
    }
  }
}

/** Wait until none of `processes` runs any more, polling every 100 ms; true if they all ended in time. */
export async function waitGone(processes: ProcessInfo[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = listProcesses();
    if (!processes.some((p) => stillRunning(p, table))) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
