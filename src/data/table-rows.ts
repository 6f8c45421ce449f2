import type { ColumnTable } from "arquero";

/**
 * The rows of an Arquero table as plain objects, `{ column: value }`, in table order.
 *
 * Why not Arquero's `table.objects()`: it compiles its row builder with `Function`, which the
 * live report page's Content-Security-Policy forbids (no 'unsafe-eval'); the loaders the
 * estimate runs on (the GPU catalog, the FX rates) must also run there.
 *
 * `tableRows(aq.table({ gpu: ["H800"], tdp_w: [null] }))` → `[{ gpu: "H800", tdp_w: null }]`
 */
export function tableRows<T = Record<string, unknown>>(table: ColumnTable): T[] {
  const names = table.columnNames();
  const columns = names.map((name) => table.array(name) as ArrayLike<unknown>);
  return Array.from({ length: table.numRows() }, (_, i) => {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => (row[name] = columns[j]![i]));
    return row as T;
  });
}
