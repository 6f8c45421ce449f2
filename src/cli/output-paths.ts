/**
 * Whether a command can write its outputs, checked before any kernel starts (a run that fails
 * only when it writes has spent minutes for nothing):
 *
 * 1. no output is a source notebook, whichever way the path leads there (`..`, a symlink, a
 *    linked folder): `overwritesSource`;
 * 2. every folder is one (not a file) or can be made (the nearest existing folder above it is one,
 *    and writable); every file's place is not a folder: `notWritable`.
 */
import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fail } from "./messages.js";
import { displayPath } from "./display-path.js";

/** What a command writes, and what it must not write over. */
export interface Outputs {
  /** The option that names them, for messages: `--out`. */
  readonly name: string;
  /** Its value as given (or the default's path): `report`. */
  readonly value: string;
  /** What the option names: a file (`run --out`) or a folder (`report --out`). */
  readonly kind: "file" | "folder";
  /** Folders the command writes in, outermost first. */
  readonly folders: readonly string[];
  /** Files it may write. */
  readonly files: readonly string[];
  /** Source notebooks, never to be written over. */
  readonly sources: readonly string[];
}

/** Fails with the first output that cannot be written, or that would overwrite a source. */
export async function checkOutputs(outputs: Outputs): Promise<void> {
  const { name, value, kind } = outputs;
  // 1. sources
  const sources = new Map<string, string>();
  for (const source of outputs.sources) sources.set(await realPath(resolve(source)), resolve(source));
  for (const file of outputs.files) {
    const source = sources.get(await realPath(resolve(file)));
    if (source !== undefined)
      fail("overwritesSource", { name, value, path: displayPath(resolve(file)), source: displayPath(source) });
  }
  // 2. places
  const unfit = (path: string, problem: "file" | "folder" | "readOnly"): never =>
    fail("notWritable", { name, value, kind, path: displayPath(path), problem });
  for (const folder of outputs.folders) await checkFolder(resolve(folder), unfit);
  for (const file of outputs.files) {
    const path = resolve(file);
    await checkFolder(dirname(path), unfit);
    if ((await kindOf(path)) === "folder") unfit(path, "folder");
  }
}

type Unfit = (path: string, problem: "file" | "folder" | "readOnly") => never;

/** `folder` is a writable folder, or the nearest existing path above it is one. */
async function checkFolder(folder: string, unfit: Unfit): Promise<void> {
  let path = folder;
  let found = await kindOf(path);
  while (found === "none" && dirname(path) !== path) {
    path = dirname(path);
    found = await kindOf(path);
  }
  if (found === "file") unfit(path, "file");
  if (
    found === "folder" &&
    !(await access(path, constants.W_OK | constants.X_OK).then(
      () => true,
      () => false,
    ))
  )
    unfit(path, "readOnly");
}

/** What is at `path`, following symlinks; `none` when nothing is (or a file is on the way). */
async function kindOf(path: string): Promise<"none" | "file" | "folder"> {
  const info = await stat(path).catch(() => undefined);
  return info === undefined ? "none" : info.isDirectory() ? "folder" : "file";
}

/** Where `path` leads once every symlink is followed, as far as it exists; the rest as written. */
async function realPath(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realPath(parent), basename(path));
}
