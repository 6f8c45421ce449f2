import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { fail } from "./messages.js";
import { parseNotebook, type Notebook } from "../runner/ipynb.js";

/**
 * The notebook a command was given, read and parsed before any kernel starts: `notNotebookFile`
 * for a path that is missing, a folder or unreadable (`invalid notebook: "02-buy.ipynb" (expected
 * a notebook file: no such file)`), `badNotebook` for a file that is not nbformat 4.
 */
export async function readSourceNotebook(given: string): Promise<Notebook> {
  const path = resolve(given);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) =>
    error.code === "ENOENT" || error.code === "ENOTDIR"
      ? fail("notNotebookFile", { path: given, problem: "missing" })
      : undefined,
  );
  if (info?.isDirectory()) fail("notNotebookFile", { path: given, problem: "folder" });
  const text = await readFile(path, "utf8").catch(() =>
    fail("notNotebookFile", { path: given, problem: "unreadable" }),
  );
  return parseNotebook(text, given);
}
