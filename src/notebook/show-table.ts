import type { ColumnTable } from "arquero";
import { fail } from "../errors/error.js";
import { displayOrFail } from "./show.js";

type HtmlOptions = NonNullable<Parameters<ColumnTable["toHTML"]>[0]>;

/** Options of {@link showTable}: how many rows, which columns, and how to write them. */
export interface ShowTableOptions {
  /** The most rows to show. Defaults to 50, so an output stays small; the caption says how many were left out. */
  readonly limit?: number;
  /** The columns to show, in order. Defaults to all. */
  readonly columns?: readonly string[];
  /** Per-column formats, as Arquero's `toHTML` takes them (`{ cost_usd: { digits: 0 } }`). */
  readonly format?: HtmlOptions["format"];
  /** Per-column alignment: `"l"`, `"c"` or `"r"`. Defaults to Arquero's guess (numbers right). */
  readonly align?: HtmlOptions["align"];
  /** The most fractional digits of a number. Defaults to Arquero's 6. */
  readonly maxdigits?: number;
}

/**
 * An Arquero table as an HTML table, every cell and column name escaped. Arquero's `toHTML`
 * escapes cell values (`&`, `<`, `>`) but writes column names as they are, so a name such as
 * `cost <USD>` would be read as a tag: names are escaped here. Rows past `limit` are left out
 * and counted in a caption.
 *
 * tableHtml(aq.table({ "a<b": ["x & y"] })) → `…<th …>a&lt;b</th>…<td …>x &amp; y</td>…`
 */
export function tableHtml(
  table: ColumnTable,
  { limit = 50, columns, format, align, maxdigits }: ShowTableOptions = {},
): string {
  if (typeof table?.toHTML !== "function" || typeof table.columnNames !== "function") {
    fail("notTable", { name: "table", value: table });
  }
  if (!Number.isInteger(limit) || limit < 1) fail("notPositiveWhole", { name: "limit", value: limit });
  const names = columns ? [...columns] : table.columnNames();
  const unknown = names.find((n) => !table.columnNames().includes(n));
  if (unknown !== undefined) fail("unknownEntry", { name: "column", value: unknown, known: table.columnNames() });
  const safe = new Map(names.map((n) => [n, escapeHtml(n)]));
  const renamed = [...safe].some(([n, s]) => n !== s) ? table.rename(Object.fromEntries(safe)) : table;
  const rekey = <T>(o: Record<string, T> | undefined) =>
    o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [safe.get(k) ?? k, v])) : undefined;
  const options: HtmlOptions = { limit, columns: names.map((n) => safe.get(n)!) };
  if (format) options.format = rekey(format);
  if (align) options.align = rekey(align);
  if (maxdigits !== undefined) options.maxdigits = maxdigits;
  const html = renamed.toHTML(options);
  const rows = table.numRows();
  return rows > limit ? `${html}<p><small>Showing ${limit} of ${rows} rows.</small></p>` : html;
}

/**
 * Shows an Arquero table in the notebook as HTML (see `tableHtml`); outside a tslab kernel
 * it throws `noKernel`.
 *
 * `showTable(loadArticleFigures(), { columns: ["label", "low", "high", "unit", "quote"] })`
 */
export function showTable(table: ColumnTable, options: ShowTableOptions = {}): void {
  const html = tableHtml(table, options);
  displayOrFail("showTable").raw("text/html", html);
}

/** `&`, `<`, `>` and `"` as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
