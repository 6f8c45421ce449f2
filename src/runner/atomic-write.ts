/**
 * Writing a file so that readers see the old version or the new one, never half of one: the
 * text goes to a temporary file in the same folder (same file system, so the rename is atomic),
 * which then replaces the target. A failure removes the temporary file.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes `text` to `path` atomically, creating the folder if needed. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The name a failed run's output is written under, beside the good one and never over it:
 * `report/notebooks/02-buy.ipynb` → `report/notebooks/02-buy.failed.ipynb`.
 */
export function failedPath(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? `${path.slice(0, dot)}.failed${path.slice(dot)}` : `${path}.failed`;
}
