import type { ColumnTable } from "arquero";
import { fail } from "./messages.js";
import { tableRows } from "./table-rows.js";

/**
 * The rows of a loaded table, or the list itself: `rowsOf<FrontierModelRow>(loadFrontierModels(), "frontier")`.
 * Anything else is `notTable` naming `name`.
 */
export function rowsOf<T>(rows: ColumnTable | readonly T[], name: string): readonly T[] {
  if (Array.isArray(rows)) return rows as readonly T[];
  const table = rows as Partial<ColumnTable> | null;
  if (typeof table?.objects !== "function") fail("notTable", { name, value: rows });
  return tableRows<T>(rows as ColumnTable);
}
