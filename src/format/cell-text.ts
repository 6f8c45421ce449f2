import { formatAmount } from "../amount/format-amount.js";
import { isCurrency, type Currency } from "../money/currency.js";
import { numberFormat } from "./number-format.js";
import { flopText } from "./text.js";

/** What a table cell shows, and the exact value behind it when the text rounds (for a tooltip). */
export interface CellText {
  readonly text: string;
  /** The value as stored (`52753049.785691 USD`), when `text` is not the whole of it. */
  readonly exact?: string;
}

/** Options of {@link cellFormatter}. */
export interface CellTextOptions {
  /** The most fractional digits of a plain number. Defaults to 6. */
  readonly maxdigits?: number;
}

/** How one column's values read, given the row they are in (for a unit held in another column). */
export type CellFormatter = (value: unknown, row: (column: string) => unknown) => CellText;

/**
 * Columns holding the ends or the value of an amount whose unit another column of the same row
 * names (`currency`: USD; `unit`: JPY, GPU, fraction), as the cost views' breakdowns and
 * data/article-figures.csv keep them.
 */
const AMOUNT_COLUMNS = /^(low|high|value|amount|cost|price|total)$/i;
/** Columns holding a count of FLOP (`flop`, `training_compute_flop`, `reportedFlop`), not TFLOPS or a text. */
const FLOP_COLUMN = /^flop$|_flop$|[a-z]Flop$/;
/** Columns naming the unit of a row's amounts, in the order they are looked for. */
const UNIT_COLUMNS = ["currency", "unit"] as const;

/**
 * The currency a column name carries, as the project names columns (units in names, STYLE.md
 * habit 7): `cost_usd`, `costUsdLow`, `priceJpy`, `price CNY` → USD, USD, JPY, CNY; else undefined.
 */
export function columnCurrency(name: string): Currency | undefined {
  const word = /(?:^|[^A-Za-z])(usd|jpy|cny|eur)(?![A-Za-z])/i.exec(name)?.[1];
  const camel = /[a-z](Usd|Jpy|Cny|Eur|USD|JPY|CNY|EUR)(?![a-z])/.exec(name)?.[1];
  const code = (word ?? camel)?.toUpperCase();
  return isCurrency(code) ? code : undefined;
}

/**
 * How the values of column `name` of a table with `columns` are written for people:
 *
 * - money, when the column's name carries a currency (`costUsdLow`), or when it holds an amount
 *   (`low`, `high`, `value`, …) and the row's `currency` or `unit` column names one: compact, as
 *   the README writes it (`$52.8M`, `JPY 4.0M`; yuan as the article writes them, `19.23万元`);
 * - a share, when the row's `unit` is `fraction`: `10%`;
 * - a count of FLOP, when the column is named for one (`flop`, `training_compute_flop`): `3.29 × 10²⁴`;
 * - any other number with thousands separators and at most `maxdigits` decimals, none padded
 *   (`2,788,000`, `0.048067`, `151.65`); a date at midnight UTC as `2025-02-11`;
 * - null as `—`.
 *
 * Where the text rounds, `exact` keeps the value as stored (`52753049.785691 USD`), for a tooltip.
 */
export function cellFormatter(
  name: string,
  columns: readonly string[],
  { maxdigits = 6 }: CellTextOptions = {},
): CellFormatter {
  const own = columnCurrency(name);
  if (own) return (value) => amountText(value, own, maxdigits);
  if (FLOP_COLUMN.test(name))
    return (value) =>
      typeof value === "number" && Number.isFinite(value)
        ? { text: flopText(value), exact: String(value) }
        : plainText(value, maxdigits);
  const unitColumn = AMOUNT_COLUMNS.test(name) ? UNIT_COLUMNS.find((c) => columns.includes(c)) : undefined;
  if (unitColumn) return (value, row) => amountText(value, row(unitColumn), maxdigits);
  return (value) => plainText(value, maxdigits);
}

/** A value in `unit`: money for a currency code, a percentage for `fraction`, else a plain number. */
export function amountText(value: unknown, unit: unknown, maxdigits = 6): CellText {
  if (typeof value !== "number" || !Number.isFinite(value)) return plainText(value, maxdigits);
  if (isCurrency(unit)) {
    const text = formatAmount({ low: value, high: value, currency: unit }, { locale: unit === "CNY" ? "zh" : "en" });
    return { text, exact: `${String(value)} ${unit}` };
  }
  if (unit === "fraction") {
    return { text: `${numberFormat({ maximumSignificantDigits: 4 }).format(value * 100)}%`, exact: String(value) };
  }
  return plainText(value, maxdigits);
}

/** A number with thousands separators and at most `maxdigits` decimals; a date; null as `—`; else the text. */
export function plainText(value: unknown, maxdigits = 6): CellText {
  if (value === null || value === undefined) return { text: "—", exact: "no value" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { text: String(value) };
    const text = numberFormat({ maximumFractionDigits: maxdigits }).format(value);
    return Number(text.replace(/,/g, "")) === value ? { text } : { text, exact: String(value) };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: "Invalid Date" };
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? { text: iso.slice(0, 10), exact: iso } : { text: iso };
  }
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean" || typeof value === "bigint") return { text: String(value) };
  return { text: JSON.stringify(value) ?? typeof value };
}
