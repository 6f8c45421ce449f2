import { from, type ColumnTable } from "arquero";
import { cellFormatter, plainText, type CellFormatter, type CellText } from "../format/cell-text.js";
import { isPlainObject } from "../validate/known-keys.js";
import { fail } from "./messages.js";
import { displayOrFail } from "./show.js";
import { knownKeys } from "../validate/known-keys.js";

/** A column's own format: a function of the value, or `{ digits }` (fixed decimals) and `{ utc }` for dates. */
export type ColumnFormat = ((value: unknown) => unknown) | { readonly digits?: number; readonly utc?: boolean };

/**
 * Options of {@link showTable}: how many rows, which columns, and how to write them.
 *
 * @category Display
 */
export interface ShowTableOptions {
  /** The most rows to show. Defaults to 50, so an output stays small; the caption says how many were left out. */
  readonly limit?: number;
  /** The columns to show, in order. Defaults to all. */
  readonly columns?: readonly string[];
  /**
   * Per-column formats, replacing the one the column's name and unit suggest (see
   * `cellFormatter`): `{ share: (x) => `${x * 100}%` }`, `{ rate: { digits: 4 } }`.
   */
  readonly format?: Readonly<Record<string, ColumnFormat>>;
  /** Per-column alignment: `"l"`, `"c"` or `"r"`. Defaults to right for numbers and dates, else left. */
  readonly align?: Readonly<Record<string, "l" | "c" | "r">>;
  /** The most fractional digits of a plain number. Defaults to 6; never padded with zeros. */
  readonly maxdigits?: number;
}

/**
 * MathJax skips elements of these classes (`mathjax_ignore`: MathJax 3, as JupyterLab 4 runs it;
 * `tex2jax_ignore`: MathJax 2, classic viewers). Without them JupyterLab typesets the text between
 * two dollar signs as math: `$5.74M–$7.11M` reads as an italic `5.74M–7.11M`.
 */
export const NO_MATH_CLASSES = "mathjax_ignore tex2jax_ignore";

const ALIGN = { l: "left", c: "center", r: "right" } as const;

/**
 * What {@link showTable} shows: an Arquero table, or a list of rows (`comparisonRows(estimate())`),
 * one object per row, its columns those of the first row, as Arquero's `from()` reads them.
 *
 * @category Display
 */
export type TableInput = ColumnTable | readonly object[];

/**
 * An Arquero table or a list of rows as an HTML table for people: money compact in its currency (`$52.8M`,
 * `JPY 4.0M`, `19.23万元`) with the exact value in the cell's tooltip (`title`), numbers with
 * thousands separators, dates as `2025-02-11`, null as `—` (see `cellFormatter`); every cell
 * and column name escaped; marked so that MathJax leaves its dollar signs alone. Rows past
 * `limit` are left out and counted in a caption.
 *
 * tableHtml(aq.table({ cost_usd: [52753049.79] })) → `<table class="mathjax_ignore tex2jax_ignore">…<td style="text-align: right;" title="52753049.79 USD">$52.8M</td>…`
 */
export function tableHtml(input: TableInput, options: ShowTableOptions = {}): string {
  knownKeys(options, ["limit", "columns", "format", "align", "maxdigits"], "options");
  const { limit = 50, columns, format = {}, align = {}, maxdigits } = options;
  const table = Array.isArray(input) ? fromRows(input as readonly unknown[]) : (input as ColumnTable);
  if (typeof table?.objects !== "function" || typeof table.columnNames !== "function") {
    fail("notTable", { name: "table", value: table });
  }
  if (!Number.isInteger(limit) || limit < 1) fail("notPositiveWhole", { name: "limit", value: limit });
  const all = table.columnNames();
  const names = columns ? [...columns] : all;
  const unknown = names.find((n) => !all.includes(n));
  if (unknown !== undefined) fail("unknownEntry", { name: "column", value: unknown, known: all });
  const rows = table.numRows();
  const shown = Math.min(rows, limit);
  const value = (name: string, i: number): unknown => table.get(name, i);
  const cells = names.map((name) => {
    const formatter = explicit(format[name]) ?? cellFormatter(name, all, maxdigits === undefined ? {} : { maxdigits });
    const values = Array.from({ length: shown }, (_, i) => value(name, i));
    const side = align[name] ?? (values.some((v) => typeof v === "number" || v instanceof Date) ? "r" : "l");
    const style = ` style="text-align: ${ALIGN[side]};"`;
    return { name, style, texts: values.map((v, i) => formatter(v, (c) => value(c, i))) };
  });
  const head = cells.map((c) => `<th${c.style}>${escapeHtml(c.name)}</th>`).join("");
  const body = Array.from(
    { length: shown },
    (_, i) =>
      `<tr>${cells.map((c) => `<td${c.style}${titleOf(c.texts[i]!)}>${escapeHtml(c.texts[i]!.text)}</td>`).join("")}</tr>`,
  ).join("");
  const html = `<table class="${NO_MATH_CLASSES}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return rows > limit ? `${html}<p><small>Showing ${limit} of ${rows} rows.</small></p>` : html;
}

/**
 * Shows an Arquero table, or a list of rows, in the notebook as HTML (see `tableHtml`); outside a
 * tslab kernel it throws `noKernel`.
 *
 * `showTable(comparisonRows(estimate()), { columns: ["label", "costText", "timesReportedText"] })`
 *
 * @category Display
 */
export function showTable(table: TableInput, options: ShowTableOptions = {}): void {
  const html = tableHtml(table, options);
  displayOrFail("showTable").raw("text/html", html);
}

/** A list of rows as an Arquero table, each row checked to be an object of column values. */
function fromRows(rows: readonly unknown[]): ColumnTable {
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) fail("notRow", { name: `table[${i}]`, value: row });
  });
  return from(rows as object[]);
}

/** `&`, `<`, `>` and `"` as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function titleOf(cell: CellText): string {
  return cell.exact === undefined ? "" : ` title="${escapeHtml(cell.exact)}"`;
}

function explicit(format: ColumnFormat | undefined): CellFormatter | undefined {
  if (format === undefined) return undefined;
  if (typeof format === "function") return (v) => ({ text: plainText(format(v)).text });
  const { digits, utc } = format;
  return (v) => {
    if (typeof v === "number" && digits !== undefined) return { text: v.toFixed(digits) };
    if (v instanceof Date) return { text: utc ? v.toISOString().slice(0, 10) : v.toLocaleDateString("en-CA") };
    return plainText(v);
  };
}
