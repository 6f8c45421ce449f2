import type { ColumnTable } from "arquero";
import { fail } from "./messages.js";
import { dataFiles, type DataFiles } from "./data-files.js";
import { parseCsv } from "./parse-csv.js";
import type { FileSchema } from "./schema.js";

/**
 * The loader of one data file: with no `path`, `data/<schema.file>` from the installed
 * {@link DataFiles}, parsed once per source and then cached; with a `path`, that file, read every
 * time (a copy of the file: tests, what-ifs).
 */
export function csvLoader(schema: FileSchema): (path?: string) => ColumnTable {
  let cache: { from: DataFiles; table: ColumnTable } | undefined;
  return (path) => {
    const files = dataFiles();
    if (path !== undefined) {
      if (typeof path !== "string" || path === "") fail("notString", { name: "path", value: path, nonEmpty: true });
      if (!files.readPath) fail("noFileAccess", { path });
      return parseCsv(files.readPath(path), schema);
    }
    if (cache?.from !== files) cache = { from: files, table: parseCsv(files.read(schema.file), schema) };
    return cache.table;
  };
}

/**
 * A value derived from a loaded table, rebuilt only when the table changes:
 * `derived(loadGpus, (t) => new Map(…))`.
 */
export function derived<T>(load: () => ColumnTable, build: (table: ColumnTable) => T): () => T {
  let cache: { table: ColumnTable; value: T } | undefined;
  return () => {
    const table = load();
    if (cache?.table !== table) cache = { table, value: build(table) };
    return cache.value;
  };
}
