/** What is running, read from /proc (Linux): for tests that prove no process is left behind. */
import { readdirSync, readFileSync } from "node:fs";

/** The pids of live processes (zombies excluded) whose process group is `pgid`. */
export function processesInGroup(pgid: number): number[] {
  return liveProcesses()
    .filter((p) => p.pgid === pgid)
    .map((p) => p.pid);
}

/** The pids of live processes (zombies excluded) whose environment holds `name=value` (e.g. a run's own TMPDIR). */
export function processesWithEnv(name: string, value: string): number[] {
  const entry = `${name}=${value}`;
  return liveProcesses()
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p.pid}/environ`, "utf8").split("\0").includes(entry);
      } catch {
        return false; // it ended while we looked
      }
    })
    .map((p) => p.pid);
}

function liveProcesses(): { pid: number; pgid: number }[] {
  const found: { pid: number; pgid: number }[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state !== "Z") found.push({ pid: Number(name), pgid: Number(pgrp) });
    } catch {
      // it ended while we looked
    }
  }
  return found;
}
