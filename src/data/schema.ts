import { quantityUnits, type AmountUnit } from "../amount/amount.js";
import { currencies } from "../money/currency.js";
import { isoDay } from "../validate/read-day.js";
import type { ParsedRow } from "./parse-csv.js";
import { brokenBound, type PlausibleBounds } from "./plausible.js";

/**
 * How the files in `data/` are described: each file's schema lists its columns in order, with
 * a type and whether a value is required, plus the row rules (a unique key, `low ≤ high`, two columns that must differ).
 * `readCsv()` (read-csv.ts) checks a file against its schema; the loaders hold the schemas.
 *
 * Cell types, and what a cell becomes in the Arquero table:
 * - `string`: the text as written (required cells must not be empty);
 * - `number`: a plain decimal (`989.5`, `2048`, `14800000000000`; no thousands separators,
 *   no spaces) → `number`, with an optional sign rule and whole-number rule;
 * - `date`: `YYYY-MM-DD`, a real calendar day → `Date` at UTC midnight;
 * - `unit`: an {@link AmountUnit}; `currency`: a {@link Currency}; `enum`: one of `values`;
 * - `boolean`: `true` or `false`, as written → `boolean`.
 * An empty optional cell becomes `null`. Nothing is trimmed, guessed or coerced.
 */
export type ColumnType = "string" | "number" | "date" | "unit" | "currency" | "enum" | "boolean";

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** An empty cell is an error when true, `null` when false. */
  readonly required: boolean;
  /** The accepted values of an `enum` column. */
  readonly values?: readonly string[];
  /** For `number` columns: `"positive"` (> 0) or `"nonNegative"` (≥ 0, the default). */
  readonly sign?: "positive" | "nonNegative";
  /** For `number` columns: whole numbers only (counts). */
  readonly integer?: boolean;
}

export interface FileSchema {
  /** The file's name inside `data/`, e.g. `"gpus.csv"`. */
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns whose values together must be unique (`["id"]`, or `["set", "date", "base", "quote"]`). */
  readonly key: readonly string[];
  /** `[low, high]` column pairs that must satisfy low ≤ high. */
  readonly ranges?: readonly (readonly [string, string])[];
  /** Column pairs that must hold different values (an FX rate's base and quote). */
  readonly distinct?: readonly (readonly [string, string])[];
  /** Rules across the cells of a row, checked after the cells parse (see {@link RowCheck}). */
  readonly checks?: readonly RowCheck[];
  /** A file with a header and no rows is valid. By default it is refused: every file here holds figures. */
  readonly optionalRows?: boolean;
  /** A rule across rows (fx-rates.csv: a rate and its inverse agree), checked once every row parses; it fails itself. */
  readonly acrossRows?: (rows: readonly ParsedRow[], file: string) => void;
}

/**
 * A rule across the cells of one parsed row: `undefined` when the row keeps it, else what is wrong.
 * With `column` the error names that column and its text (`invalid <file> line 7, column
 * training_chip_hours: "1920" (expected …)`); without, the line (`invalid <file> line 7: … (expected …)`).
 */
export type RowCheck = (
  row: Readonly<Record<string, unknown>>,
) =>
  | { readonly column: string; readonly expected: string }
  | { readonly problem: string; readonly expected: string }
  | { readonly column: string; readonly implausible: Implausible }
  | undefined;

/** A figure past its plausible bounds (./plausible.ts): which figure, the bound it breaks, its unit and why. */
export interface Implausible {
  /** `a USD/JPY rate`, `a price per GPU-hour`. */
  readonly what: string;
  readonly side: "least" | "most";
  readonly limit: number;
  readonly unit: string;
  readonly why: string;
}

/**
 * The check that `column` lies within `bounds` (./plausible.ts), the bounds and what the figure
 * is read from the row: `withinBounds("price_usd", (r) => …)`.
 */
export function withinBounds(
  column: string,
  of: (row: Readonly<Record<string, unknown>>) => {
    readonly what: string;
    readonly bounds: PlausibleBounds;
    /** The unit of the column, when the bounds' own is not the whole of it: `USD per GPU`. */
    readonly unit?: string;
  },
): RowCheck {
  return (row) => {
    const { what, bounds, unit = bounds.unit ?? "" } = of(row);
    const broken = brokenBound(row[column] as number, bounds);
    return broken && { column, implausible: { what, unit, ...broken } };
  };
}

/**
 * The units a figure in the article can carry: an `AmountUnit` (src/amount/amount.ts), i.e. a
 * currency or a count of GPUs, hours, a plain fraction (0.1 = 10%) or trial runs.
 */
export const amountUnits: readonly AmountUnit[] = [...currencies, ...quantityUnits];

export type { AmountUnit } from "../amount/amount.js";
export { currencies, type Currency } from "../money/currency.js";

/** Shorthands for column specs, so each loader's schema reads as a table. */
export const col = {
  string: (name: string, required = true): ColumnSpec => ({ name, type: "string", required }),
  number: (
    name: string,
    options: { required?: boolean; sign?: "positive" | "nonNegative"; integer?: boolean } = {},
  ): ColumnSpec => ({
    name,
    type: "number",
    required: options.required ?? true,
    sign: options.sign ?? "nonNegative",
    integer: options.integer ?? false,
  }),
  date: (name: string, required = true): ColumnSpec => ({ name, type: "date", required }),
  unit: (name: string): ColumnSpec => ({ name, type: "unit", required: true }),
  currency: (name: string): ColumnSpec => ({ name, type: "currency", required: true }),
  enum: (name: string, values: readonly string[], required = true): ColumnSpec => ({
    name,
    type: "enum",
    required,
    values,
  }),
  boolean: (name: string): ColumnSpec => ({ name, type: "boolean", required: true }),
};

/** What a cell parsed to, or what was expected instead (worded for the error message). */
export type CellResult = { ok: true; value: string | number | boolean | Date | null } | { ok: false; expected: string };

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * The value of one cell under its column spec: `parseCell("7OO", col.number("tdp_w"))` →
 * `{ ok: false, expected: "a number" }`; `parseCell("", col.number("tdp_w", { required: false }))` → `null`.
 */
export function parseCell(text: string, spec: ColumnSpec): CellResult {
  if (text === "")
    return spec.required ? { ok: false, expected: "a value: the column is required" } : { ok: true, value: null };
  switch (spec.type) {
    case "string":
      return { ok: true, value: text };
    case "number":
      return parseNumber(text, spec);
    case "date":
      return parseDay(text);
    case "unit":
      return oneOf(text, amountUnits);
    case "currency":
      return oneOf(text, currencies);
    case "enum":
      return oneOf(text, spec.values ?? []);
    case "boolean":
      return text === "true" || text === "false"
        ? { ok: true, value: text === "true" }
        : { ok: false, expected: "true or false" };
  }
}

function parseNumber(text: string, spec: ColumnSpec): CellResult {
  if (!NUMBER.test(text)) return { ok: false, expected: "a number" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, expected: "a finite number" };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, expected: "a whole number" };
  if (spec.sign === "positive" && !(value > 0)) return { ok: false, expected: "a positive number" };
  if (spec.sign !== "positive" && value < 0) return { ok: false, expected: "a number ≥ 0" };
  return { ok: true, value };
}

function parseDay(text: string): CellResult {
  const date = isoDay(text); // a real day: "2025-02-30" is refused
  return date === undefined ? { ok: false, expected: "a date as YYYY-MM-DD" } : { ok: true, value: date };
}

function oneOf(text: string, values: readonly string[]): CellResult {
  return values.includes(text) ? { ok: true, value: text } : { ok: false, expected: `one of ${values.join(", ")}` };
}
