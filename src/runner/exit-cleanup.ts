/**
 * What must not outlive the runner, however it ends: kernel processes and private folders
 * (connection files carry HMAC keys; a report's staging folder is half a report). Folders are
 * registered while they exist; `cleanUpSync` runs on `process.exit` (an entry point calls it from
 * its "exit" handler: a second Ctrl-C, a timeout), when nothing asynchronous can run any more.
 * A SIGKILL runs no handler: then each kernel's launcher kills the kernel and deletes its
 * connection file (./kernel-launcher.ts).
 */
import { rmSync } from "node:fs";
import { killLiveKernelsSync } from "./kernel-process.js";

const folders = new Set<string>();

/** Registers `path` to be deleted (recursively) on exit; the returned function unregisters it. */
export function removeOnExit(path: string): () => void {
  folders.add(path);
  return () => void folders.delete(path);
}

/** Kills every live kernel and deletes every registered folder, synchronously. */
export function cleanUpSync(): void {
  killLiveKernelsSync();
  for (const path of folders) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // the last resort goes on with the others
    }
  }
  folders.clear();
}
