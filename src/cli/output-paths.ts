/**
 * Whether a command can write its outputs, checked before any kernel starts (a run that fails
 * only when it writes has spent minutes for nothing):
 *
 * 1. no output is a source notebook, whichever way the path leads there (`..`, a symlink, a
 *    linked folder), and no folder the command replaces whole holds one: `overwritesSource`;
 * 2. every folder is one (not a file) or can be made (the nearest existing folder above it is one,
 *    and writable); every file's place is not a folder: `notWritable`;
 * 3. every file is absent or a regular file: a character device (`/dev/full`), a symbolic link,
 *    a FIFO or a socket would be replaced by the atomic rename (`notWritable`); and an existing
 *    notebook is replaced only if the runner wrote it (its mark, src/runner/runner-mark.ts) or it
 *    lies in one of the command's own folders: `notOurNotebook`. The same holds for every notebook
 *    in a folder the command replaces whole (the report's `notebooks/`).
 */
import { constants, type Stats } from "node:fs";
import { access, lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { hasRunnerMark } from "../runner/runner-mark.js";
import { fail, type WriteProblem } from "./messages.js";
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
  /** Folders the command replaces whole (`<report>/notebooks`): no source may be in one, and every notebook in one must be the runner's. Defaults to none. */
  readonly replaced?: readonly string[];
  /** Folders of the command's own, whose notebooks it may replace without the runner's mark (the default report folder, written before the mark existed). Defaults to none. */
  readonly own?: readonly string[];
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
  for (const folder of outputs.replaced ?? []) {
    const real = await realPath(resolve(folder));
    for (const [source, given] of sources)
      if (source.startsWith(`${real}${sep}`))
        fail("overwritesSource", { name, value, path: displayPath(resolve(folder)), source: displayPath(given) });
  }
  // 2. places
  const unfit = (path: string, problem: WriteProblem): never =>
    fail("notWritable", { name, value, kind, path: displayPath(path), problem });
  for (const folder of outputs.folders) await checkFolder(resolve(folder), unfit);
  for (const file of outputs.files) {
    const path = resolve(file);
    await checkFolder(dirname(path), unfit);
    if ((await kindOf(path)) === "folder") unfit(path, "folder");
  }
  // 3. what is there now
  const own = await Promise.all((outputs.own ?? []).map((dir) => realPath(resolve(dir))));
  const replaceable = async (path: string): Promise<void> => {
    const info = await lstat(path).catch(() => undefined);
    if (info === undefined) return;
    if (!info.isFile()) unfit(path, specialKind(info));
    if (!path.endsWith(".ipynb")) return;
    const real = await realPath(path);
    if (own.some((dir) => real.startsWith(`${dir}${sep}`))) return;
    const text = await readFile(path, "utf8").catch(() => "");
    if (!hasRunnerMark(text)) fail("notOurNotebook", { name, value, path: displayPath(path) });
  };
  for (const file of outputs.files) await replaceable(resolve(file));
  for (const folder of outputs.replaced ?? []) {
    const entries = await readdir(resolve(folder)).catch(() => []);
    for (const entry of entries.sort()) if (entry.endsWith(".ipynb")) await replaceable(join(resolve(folder), entry));
  }
}

/** What a path that is not a regular file is: `/dev/full` is a character device. */
function specialKind(info: Stats): "link" | "device" | "fifo" | "socket" | "folder" {
  if (info.isSymbolicLink()) return "link";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  return "folder";
}

type Unfit = (path: string, problem: WriteProblem) => never;

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

/** The notebooks (`*.ipynb`) in `dir`, none if it cannot be read: sources a command must not write over. */
export async function notebooksIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(".ipynb")).map((e) => join(dir, e.name));
}

/** Where `path` leads once every symlink is followed, as far as it exists; the rest as written. */
async function realPath(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realPath(parent), basename(path));
}
