/**
 * An execution cache, as Jupyter Book's (jupyter-cache) works: an executed notebook is stored
 * under a content hash of what its execution depends on, and reused while that hash is unchanged.
 *
 * The key hashes, in order: this cache's format version; the Node version; the kernel (name,
 * command line, environment); the kernel's working folder; the sources of the code cells, in
 * order, after parameters were injected (so a `--set` changes the key of exactly the notebooks
 * that take it); and a hash of the files the caller names as dependencies (for the project: the
 * built library `dist/`, the data files `data/`, `package-lock.json`). Markdown cells are not in
 * the key: a reused execution takes the notebook's current markdown, with the stored outputs
 * put back into its code cells.
 *
 * Only executions where every cell succeeded are stored (the caller's rule). Entries are
 * `<key>.ipynb` files in one folder, written atomically; reading one refreshes its time, and
 * `prune` keeps the most recently used.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { join, relative } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";
import type { Kernelspec } from "./kernelspec.js";
import { cellSource, parseNotebook, serializeNotebook, type CodeCell, type Notebook } from "./ipynb.js";
import { RUNNER_MARK } from "./runner-mark.js";

/** Bumped when what an entry holds, or how keys are made, changes. */
const CACHE_FORMAT = "gpu-cost-lab execution cache 1";

/** What an execution depends on, besides the notebook's code. */
export interface ExecutionContext {
  readonly kernel: Kernelspec;
  /** The kernel's working folder (relative imports and files resolve from it). */
  readonly cwd: string;
  /** A hash of the files the execution reads (see hashFiles). */
  readonly dependencies: string;
}

/** The cache key of `notebook` (parameters already injected) run in `context`: 64 hex digits. */
export function executionKey(notebook: Notebook, { kernel, cwd, dependencies }: ExecutionContext): string {
  const code = notebook.cells.filter((c) => c.cell_type === "code").map(cellSource);
  return createHash("sha256")
    .update(
      JSON.stringify([CACHE_FORMAT, process.version, [kernel.name, kernel.argv, kernel.env], cwd, code, dependencies]),
    )
    .digest("hex");
}

/**
 * A hash of the files under `paths` (files or folders, walked recursively, in sorted order): their
 * paths relative to `root` and their contents. A path that does not exist counts as absent.
 *
 * Synchronous on purpose: it runs once, before any kernel starts, over the ~800 small files of
 * `dist/` and `data/`; reading them one by one through the promise API spent its time waiting on
 * the thread pool (measured side by side: 160–365 ms against 25–70 ms), most of a cached rerun's.
 */
export function hashFiles(paths: readonly string[], root: string): string {
  const hash = createHash("sha256");
  const visit = (path: string): void => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return void hash.update(`absent ${relative(root, path)}\n`);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    const content = readFileSync(path);
    hash.update(`file ${relative(root, path)} ${content.length}\n`).update(content);
  };
  for (const path of paths) visit(path);
  return hash.digest("hex");
}

/** `notebook` with the outputs and execution counts of `executed`'s code cells, cell by cell in order (the key guarantees the same code cells). */
export function withOutputsOf(notebook: Notebook, executed: Notebook): Notebook {
  const done = executed.cells.filter((c): c is CodeCell => c.cell_type === "code");
  let i = 0;
  const cells = notebook.cells.map((cell) => {
    if (cell.cell_type !== "code") return cell;
    const from = done[i++];
    return { ...cell, outputs: from?.outputs ?? [], execution_count: from?.execution_count ?? null };
  });
  const metadata = { ...notebook.metadata };
  for (const key of ["language_info", RUNNER_MARK])
    if (executed.metadata[key] !== undefined) metadata[key] = executed.metadata[key];
  return { ...notebook, metadata, cells };
}

/** A folder of executed notebooks by key. */
export class ExecutionCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The executed notebook stored under `key`, or undefined (also for an entry that cannot be read). */
  async get(key: string): Promise<Notebook | undefined> {
    const path = this.#path(key);
    const text = await readFile(path, "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const notebook = parseNotebook(text, path);
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
      return notebook;
    } catch {
      return undefined;
    }
  }

  /** Stores `executed` under `key`. */
  async put(key: string, executed: Notebook): Promise<void> {
    await writeFileAtomic(this.#path(key), serializeNotebook(executed));
  }

  /** Deletes all but the `keep` most recently used entries. Defaults: 64. */
  async prune({ keep = 64 }: { keep?: number } = {}): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [])).filter((n) => /^[0-9a-f]{64}\.ipynb$/.test(n));
    const dated = await Promise.all(
      names.map(async (name) => ({
        name,
        used: (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
      })),
    );
    dated.sort((a, b) => b.used - a.used);
    await Promise.all(dated.slice(keep).map(({ name }) => rm(join(this.dir, name), { force: true })));
  }

  #path(key: string): string {
    return join(this.dir, `${key}.ipynb`);
  }
}
