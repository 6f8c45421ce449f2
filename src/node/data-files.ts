import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { useDataFiles, type DataFiles, type DataFileText } from "../data/data-files.js";
import { fail } from "../errors/error.js";
import { PACKAGE_ROOT } from "./package-root.js";

/** The path of `file` in the package's `data/` folder. */
export function dataPath(file: string): string {
  return join(PACKAGE_ROOT, "data", file);
}

/** A path as error messages write it: `data/gpus.csv` inside the package, otherwise as given. */
export function displayPath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : path;
}

function readText(path: string): DataFileText {
  const file = displayPath(path);
  try {
    return { text: readFileSync(path, "utf8"), file };
  } catch (error) {
    return fail("dataUnreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** The data files as Node reads them: the package's `data/` folder, or any path. */
export const nodeDataFiles: DataFiles = {
  read: (name) => readText(dataPath(name)),
  readPath: (path) => readText(path),
};

/** Install {@link nodeDataFiles} as the source of the data files (the Node entry points call it). */
export function useNodeDataFiles(): void {
  useDataFiles(nodeDataFiles);
}
