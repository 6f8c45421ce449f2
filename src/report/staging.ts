/**
 * The report's working folders beside it, `<out>/.staging-*` (the report being written) and
 * `<out>/.previous-*` (the report being swapped out): each is named after the process that made
 * it, its pid and its start time (`.staging-4711-9823345-Ab12Cd`), so that the next run can tell
 * one whose owner is gone, killed with SIGKILL mid-run, which no exit handler saw, from one a
 * report running at the same time still writes, even where the pid has been reused since (the
 * start time differs). Folders named before owners were recorded (`.staging-Ab12Cd`) are removed
 * once a day old.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { isRunning, processStartTime } from "../runner/process-marks.js";

/** The kinds of working folder a report leaves beside itself while it runs. */
const KINDS = ["staging", "previous"] as const;

/** How old a working folder without a recorded owner must be to count as left behind. */
const UNOWNED_AGE_MS = 24 * 60 * 60 * 1000;

/** `4711-9823345`: this process, by pid and start time (0 where /proc cannot say). */
function ownerTag(): string {
  return `${process.pid}-${processStartTime(process.pid) ?? 0}`;
}

/** Makes a working folder of `kind` in `dir`, named after this process: `<dir>/.staging-4711-9823345-Ab12Cd`. */
export function makeWorkingFolder(dir: string, kind: (typeof KINDS)[number]): Promise<string> {
  return mkdtemp(join(dir, `.${kind}-${ownerTag()}-`));
}

/**
 * Removes the working folders in `dir` whose owner has ended (a report killed mid-run), and those
 * with no owner recorded that are over a day old; resolves with the paths removed.
 */
export async function removeLeftBehind(dir: string, now = Date.now()): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const kind = KINDS.find((k) => entry.name.startsWith(`.${k}-`));
    if (!entry.isDirectory() || kind === undefined) continue;
    const path = join(dir, entry.name);
    const owner = /^\.[a-z]+-(\d+)-(\d+)-[^-]+$/.exec(entry.name);
    const gone = owner
      ? !isRunning(Number(owner[1]), Number(owner[2]) === 0 ? undefined : Number(owner[2]))
      : now -
          (await stat(path)
            .then((s) => s.mtimeMs)
            .catch(() => now)) >
        UNOWNED_AGE_MS;
    if (!gone) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}
