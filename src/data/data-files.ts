import { fail } from "./messages.js";

/** A data file's text and the name messages use for it (`data/gpus.csv`). */
export interface DataFileText {
  readonly text: string;
  readonly file: string;
}

/**
 * Where the data files come from. The computing core reads no files itself: in Node the package's
 * `data/` folder (src/node/data-files.ts, installed by the package entry point), in a browser
 * the copies bundled into the page.
 */
export interface DataFiles {
  /** The text of `data/<name>`, e.g. `read("gpus.csv")`. */
  read(name: string): DataFileText;
  /** The text of the file at `path` (a copy of a data file, e.g. a what-if). Where files can be read. */
  readPath?(path: string): DataFileText;
}

let current: DataFiles | undefined;

/** Install the source of the data files; the loaders' caches follow it (see {@link dataFiles}). */
export function useDataFiles(files: DataFiles): void {
  current = files;
}

/** The installed source of the data files, or `noDataFiles` when none is. */
export function dataFiles(): DataFiles {
  return current ?? fail("noDataFiles", {});
}
